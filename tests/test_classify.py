"""Classification: unseen letters, hints, review, corrections and retraining."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from config.settings import Settings
from pipeline.classify import CLASSES, accuracy, classify, rule_scores, train
from pipeline.synthetic import corpus
from tests.conftest import Arsip
from tests.letters import born_digital_pdf


@pytest.fixture(scope="module")
def model_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("model-home")


def test_unseen_synthetic_letters_are_classified(model_home: Path) -> None:
    model = train()
    unseen = corpus(200, seed=987654)
    assert (
        accuracy(model, [letter.text for letter in unseen], [letter.cls for letter in unseen])
        >= 0.97
    )


OBJECTION = """Perihal : Keberatan atas Tanggapan Permohonan Informasi
Dengan hormat, saya mengajukan keberatan atas permohonan informasi dengan Nomor Pendaftaran
012/PPID/KPU-SS/II/2026 karena permohonan saya tidak ditanggapi."""


def test_folder_hint_is_weak_evidence_not_the_answer(model_home: Path) -> None:
    verdict = classify(OBJECTION, model_home, hint="surat_masuk")
    assert verdict.cls == "keberatan"
    assert set(verdict.probabilities) == set(CLASSES)
    assert 0 < verdict.confidence <= 1


def test_agency_data_request_is_incoming_mail_not_a_request(model_home: Path) -> None:
    text = """BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN
Jl. Angkatan 45 Palembang
Nomor : 77/PM.01/03/2026 Palembang, 5 Maret 2026
Hal : Permintaan Data Pengawasan
Kepada Yth. Ketua KPU Provinsi Sumatera Selatan
Dalam rangka pengawasan, kami meminta data daftar pemilih untuk keperluan kedinasan."""
    assert classify(text, model_home).cls == "surat_masuk"


COMPLAINT = """Palembang, 30/03/2026
Perihal : Pengaduan Petugas KPPS
Kepada Yth. Ketua KPU Provinsi Sumatera Selatan
Saya yang bertanda tangan di bawah ini:
Nama : Wahyu Saputra
Dengan ini menyampaikan pengaduan terhadap seorang petugas KPPS yang tidak netral. Saya mohon
pengaduan ini diproses dan saya diberi informasi mengenai hasil tindak lanjutnya."""
DISPOSITION = """KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN
LEMBAR DISPOSISI
Surat dari : Lembaga Bantuan Hukum Palembang
Hal : Permohonan Informasi Data Pemilih
Diteruskan kepada Sdr.: PPID Pelaksana
Catatan / Isi Disposisi: Mohon ditindaklanjuti sesuai ketentuan."""
STATISTICS = """BADAN PUSAT STATISTIK
PROVINSI SUMATERA SELATAN
Nomor : B-974/16000/PL.396/2026 Palembang, 20 Januari 2026
Hal : Permintaan Data Hasil Pemilihan untuk Publikasi Statistik Politik
Kami mohon data hasil pemilihan per kabupaten/kota untuk publikasi Statistik Politik."""
COURT = """MAHKAMAH AGUNG REPUBLIK INDONESIA
PENGADILAN TATA USAHA NEGARA PALEMBANG
Perihal : Pemberitahuan Pendaftaran Keberatan atas Putusan Komisi Informasi
Dengan ini diberitahukan bahwa telah didaftarkan permohonan keberatan terhadap Putusan Komisi
Informasi Provinsi Sumatera Selatan Nomor 0033/REG/PSI-KI.SS/II/2026, antara:
Pemohon Keberatan : Mgs. Ahmad Fauzi (semula Pemohon Informasi)
Termohon Keberatan : PPID KPU Provinsi Sumatera Selatan (semula Termohon)."""

CLIPPING = """KLIPING BERITA
Subbagian Teknis dan Hubungan Masyarakat KPU Provinsi Sumatera Selatan
Media : Berita Pagi
Edisi : Rabu, 2 Juli 2025
PPID KPU Sumsel Raih Predikat Informatif
PALEMBANG - Komisi Pemilihan Umum Provinsi Sumatera Selatan mencatat peningkatan permohonan
informasi publik sepanjang tahun ini. Sebagian besar permohonan berkaitan dengan data pemilih.
Menurut pejabat PPID, seluruh permohonan dilayani sesuai ketentuan Undang-Undang Keterbukaan
Informasi Publik, dan tidak ada keberatan yang berlanjut menjadi sengketa informasi."""


GARBLED_COMPLAINT = """Palembang, 30/04/2026
Perihal + Peraplurn Petusps KPPS
Kepnia Yu. Ketua KPU Provinsi Humateca Selatan
Dea hormat, Daya yag, bertanda tamapn di bawah ini: Nama : Eko Pensetyo
Pen w Ini menyampaikan pen uan tehadap Seorpn petu 8 ey TPO 022 Kelucakm Kolo Bato ra menucut,
Saya tidak netcal Aam menapeahkan weap lanyut USIA untuk memilih calon tertentu. Kejadian ini
Sudah Saya Sampaikan secaca lisan tetari belum Aa Hao laniut, DAYA mohon Tua inl diproses dan
Saya die infocwasi oe hasil tindak lanjutnya. Nas pechation Bapak Saya ucapkm terima kasih."""


INVOICE = """CV SINAR AMPERA PRINTING
Jl. Merdeka No. 43 Palembang Telp. (0711) 517 506
INVOICE
No. Invoice : INV/2026/06/0287
Tanggal : 15 Juni 2026
Kepada : Sekretariat KPU Provinsi Sumatera Selatan
Perihal : Tagihan Pencetakan Bahan Sosialisasi Keterbukaan Informasi
No | Uraian Qty Harga (Rp) Jumlah (Rp)
1 Banner layanan informasi publik 130 39.500 5.135.000
2 Map dokumen PPID 420 36.000 15.120.000
TOTAL 20.255.000
Pembayaran mohon ditransfer ke rekening Bank Ampera Syariah nomor 8849409013
a.n. CV SINAR AMPERA PRINTING.
Hormat kami,
Fitri Fajar Saputra
Direktur"""


DECLARATION = """SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama : Liem Tjoen Hok
NIK : 1605040401940695
Pekerjaan : Dosen
Alamat : Desa Wukirsari RT 45, Kecamatan Tugumulyo, Kabupaten Musi Rawas
dengan ini menyatakan bahwa data dan informasi yang saya terima dari PPID KPU Provinsi
Sumatera Selatan berdasarkan permohonan Nomor Pendaftaran 016/PPID/KPU-SS/VI/2025 hanya akan
saya gunakan untuk bahan penyusunan modul pendidikan pemilih pemula.
Muara Beliti, 29 Juli 2025
Yang membuat pernyataan,
Liem Tjoen Hok"""

NEWSLETTER = """JENDELA DEMOKRASI
Buletin Pusat Kajian Demokrasi FISIP
Edisi 07/Tahun V Terbit 31 Juli 2025 Tidak diperjualbelikan
PPID Diminta Perbarui Daftar Informasi Publik
Setiap badan publik wajib memutakhirkan Daftar Informasi Publik. Dari 13 sengketa informasi
yang diregister tahun ini, lebih dari separuh berakhir dengan kesepakatan mediasi."""

FORWARDED = """PEMERINTAH KOTA PALEMBANG
DINAS KOMUNIKASI DAN INFORMATIKA
Nomor : 489/296/Diskominfo/2026 Palembang, 15 Januari 2026
Hal : Penerusan Permohonan Informasi Publik
Yth. Ketua KPU Provinsi Sumatera Selatan
Dengan hormat, PPID Pemerintah Kota Palembang menerima permohonan informasi publik dari
Saudara Joko Adi Yusuf tanggal 12 Januari 2026 tentang daftar pemilih tetap. Informasi yang
dimohon tidak berada dalam penguasaan kami, tetapi dalam penguasaan KPU Provinsi Sumatera
Selatan. Sesuai Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008, permohonan tersebut kami
teruskan untuk ditindaklanjuti. Salinan surat permohonan pemohon kami lampirkan.
Tembusan: Saudara Joko Adi Yusuf (Pemohon)"""


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (DECLARATION, "surat_masuk"),
        (NEWSLETTER, "surat_masuk"),
        (FORWARDED, "permohonan_informasi"),
        (INVOICE, "surat_masuk"),
        (COMPLAINT, "surat_masuk"),
        (GARBLED_COMPLAINT, "surat_masuk"),
        (DISPOSITION, "surat_masuk"),
        (CLIPPING, "surat_masuk"),
        (STATISTICS, "surat_masuk"),
        (COURT, "sengketa"),
    ],
)
def test_mail_that_talks_like_a_request_objection_or_dispute(
    model_home: Path, text: str, cls: str
) -> None:
    """A printer bills for the desk's leaflets, a complaint asks to be told of its follow-up, a
    disposition sheet routes a request, an agency asks for data, a court hears an objection, a
    data recipient signs a statement, a newsletter reports on disputes: only the court carries a
    dispute on. An agency passing on a citizen's request sends a request."""
    assert classify(text, model_home).cls == cls


def test_low_confidence_goes_to_review_then_a_correction_clears_it(
    arsip: Arsip, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARSIP_CLASSIFY__REVIEW_THRESHOLD", "1.0")
    letter = born_digital_pdf(tmp_path / "keberatan.pdf", [OBJECTION.splitlines()])
    code, [outcome] = arsip.ingest(letter)
    assert code == 0 and outcome["class"] == "keberatan" and outcome["needs_review"] is True
    code, out, _ = arsip("review", "--json")
    assert [json.loads(line)["document_id"] for line in out.splitlines()] == [
        outcome["document_id"]
    ]
    code, _, _ = arsip("classify", "set", str(outcome["document_id"]), "sengketa", "--by", "siti")
    assert code == 0
    assert arsip("review", "--json")[1] == ""
    code, out, _ = arsip("search", "keberatan", "--json")
    assert json.loads(out.splitlines()[0])["class"] == "sengketa"
    with sqlite3.connect(arsip.home / "arsip.db") as db:
        events = db.execute(
            "SELECT actor, details FROM audit_events WHERE action = 'class_set'"
        ).fetchall()
    assert events[0][0] == "siti" and '"new": "sengketa"' in events[0][1]


def test_unknown_class_or_document_is_refused(arsip: Arsip, letters: dict[str, Path]) -> None:
    arsip.ingest(letters["digital"])
    code, _, err = arsip("classify", "set", "1", "surat_cinta")
    assert code == 2 and "surat_cinta" in err
    code, _, err = arsip("classify", "set", "999", "keberatan")
    assert code == 2 and "999" in err


def test_retrain_keeps_the_better_model_and_is_audited(
    arsip: Arsip, letters: dict[str, Path]
) -> None:
    arsip.ingest(letters["digital"])
    arsip("classify", "set", "1", "permohonan_informasi")
    model = arsip.home / "models" / "classifier.joblib"
    assert model.exists()
    code, out, _ = arsip("classify", "retrain", "--by", "admin")
    assert code == 0 and "akurasi" in out
    with sqlite3.connect(arsip.home / "arsip.db") as db:
        [details] = db.execute(
            "SELECT details FROM audit_events WHERE action = 'classifier_retrained'"
        ).fetchone()
    recorded = json.loads(details)
    assert recorded["new_accuracy"] >= recorded["old_accuracy"] or not recorded["kept_new"]
    assert arsip("audit", "verify")[0] == 0


BOX_GRID_FORM = """LEMBAR PERMINTAAN INFORMASI PUBLIK
Ditujukan kepada: PPID Komisi Pemilihan Umum Provinsi Sumatera Selatan
NAMA LENGKAP NOMOR INDUK KEPENDUDUKAN (NIK)
Arief Budiman 1671120805742978
RINCIAN INFORMASI YANG DIMINTA
Salinan SK pembentukan KPPS di Kecamatan Seberang Ulu I Kota Palembang"""
CHAT = """Chat WhatsApp dengan +62 878-0846-0317
Akun: Layanan Informasi KPU Sumsel (+62 811-7100-234)
08/04/26 09.25 - +62 878-0846-0317: Selamat pagi, apakah benar ini nomor layanan
informasi KPU Sumsel?
08/04/26 09.29 - Layanan Informasi KPU Sumsel: Selamat pagi. Benar, ini layanan
informasi PPID KPU Provinsi Sumatera Selatan. Ada yang bisa kami bantu?
08/04/26 09.34 - +62 878-0846-0317: Saya mau minta dua informasi: 1) Laporan hasil audit dana
kampanye; 2) Notulen rapat pleno penetapan pasangan calon Gubernur Tahun 2024
08/04/26 09.45 - Layanan Informasi KPU Sumsel: Baik. Mohon sebutkan nama lengkap, NIK, alamat,
pekerjaan, tujuan penggunaan informasi dan cara Bapak/Ibu ingin menerima informasinya.
08/04/26 09.51 - +62 878-0846-0317: Nama: Rusmini
Alamat: Jl. Letnan Muchtar Saleh No. 186 RT 9 RW 4 Kedaton, Kayuagung
Pekerjaan: Dosen
08/04/26 10.03 - +62 878-0846-0317: Tujuannya untuk penyusunan buku sejarah kepemiluan di
Sumatera Selatan. Saya mau datang baca langsung dokumennya di kantor
08/04/26 10.13 - Layanan Informasi KPU Sumsel: Terima kasih, permintaan informasi Bapak/Ibu
sudah kami catat dan akan kami jawab paling lambat 10 hari kerja."""

PROSE_REQUEST = """Bapak/Ibu PPID
KPU Provinsi Sumatera Selatan
Dengan hormat,
Perkenalkan, nama saya Eko Harahap, NIK 1610131801830979, pengemudi Ojek Online, beralamat di
Lr. Ikhlas No. 142 Kel. Indralaya Raya Kab. Ogan Ilir. Dengan surat ini saya bermaksud
meminta informasi mengenai Rencana Umum Pengadaan KPU Provinsi Tahun Anggaran 2026.
Terima kasih atas perhatian Bapak/Ibu.
Indralaya, 30 September 2025
Hormat saya,
Eko Harahap"""


PORTAL_TICKET = """SP4N-LAPOR! - Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional
Detail Laporan
Nomor Tracking : #5910682
Kategori : Permintaan Informasi
Instansi Terdisposisi : Komisi Pemilihan Umum Provinsi Sumatera Selatan
Judul Laporan : Data TPS Kecamatan Sako
Isi Laporan
Yth. KPU Provinsi Sumatera Selatan. Saya Dedi Kurniawan, pekerjaan wiraswasta. Mohon salinan
daftar lokasi TPS di Kecamatan Sako untuk bahan liputan. Terima kasih.
Tindak Lanjut
22/08/2025 - Admin Instansi: Laporan telah diteruskan kepada unit kerja terkait."""


@pytest.mark.parametrize("text", [BOX_GRID_FORM, CHAT, PROSE_REQUEST, PORTAL_TICKET])
def test_a_request_on_another_form_or_in_a_chat_is_sure_enough_to_skip_review(
    model_home: Path, text: str
) -> None:
    verdict = classify(text, model_home)
    assert verdict.cls == "permohonan_informasi"
    assert verdict.confidence >= 0.8


@pytest.mark.parametrize("text", [CLIPPING, INVOICE])
def test_a_press_clipping_or_a_bill_about_the_desks_work_is_surely_mail(
    model_home: Path, text: str
) -> None:
    verdict = classify(text, model_home)
    assert verdict.cls == "surat_masuk"
    assert verdict.confidence >= Settings().classify.review_threshold


def test_an_objection_written_by_hand_is_an_objection_though_ocr_garbled_its_subject(
    model_home: Path,
) -> None:
    """Tesseract's print model on a hand-written objection: "Perihal: Keberatan" and
    "mengajukan" are lost, what the letter objects to is still there."""
    text = (
        ": Lubuklingapu, 26 Oktober 1015\n\n0. Wepada Yu. oS\n\n| Nason PPID KPU Peovinsi Sumsel\n"
        "a Palembana\n\n00 | Perah K6obecatan .\n\nMaa 1 Dean hocmat, s1 ns 2\n\n"
        "| Saya Muhamad “Wi jaya Pentawn, NIK 1674052308841865, alamat Fl. Lintas\n\n"
        "| Bumateca Ga Dawn No. 4, RURW 023/004, wel. Banda Kiri, Kee.\n"
        "Lubuklin Xs Brent. 1, Lubuklinaapu, no HP +62 917-9966-4849, daa oN\n"
        "keberatan atas permohonan informasi SAYA naan mowoc pendaftaran =\n\n"
        "031/PPID/KPU-98/M/2015 entara bata wpmp don alawat, kantor “Sekeetadat\n\n"
        "partai politik peserta Pemilu 2014 tin kat provinsi. Masannya penyampaian\n\n"
        "infocmaSi melebihi jan an Tn Andona-Undona,\n\n| J\n"
        ". Nchon Bapak/Ibu dapat menindaklaniu 1 keberatm SAYA wi.\n1 : J |\n2 ee kasih.\n\n"
        "Kocmat, SYA 5\n\n: Muhammad Wha P atau ."
    )
    assert classify(text, model_home).cls == "keberatan"


GUEST_BOOK = (
    "BUKU TAMU LAYANAN INFORMASI PUBLIK Hal. 40\n"
    "PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN\n\n"
    "iNo IHari/Tangss! 15. “No, * a\n\n"
    "M6 (23-10-2016 | Wactika Nuc Mahmud | toomp. Perumnas “Talons, Welopa Blok H3 Wo. 13) 2057"
    " 520% 3315 onsultasi permohonan informasi Awas |\n\n"
    "In7 2310/2026 (Siti syah Komp. Cita Grand City Blok H5 No. 6 [(CG12) 919-2117 |Menapmbil"
    " Sis PPK menua |\n\n"
    "NG |atno/2026 | Romauli Sitompul Vomp. Griyr Sejaktern Indah Blok £9 No. 36/462-953-552-"
    "7515 {row}\n"
    "1G /PPW/KPU-SS/AN/1016 (ta |\npemutakhiran data pemilih |\n"
    "berkelaniutm Semester W 2025): |\npecwchonan Saya tidak dipenuhi dan |\n"
    "Saya tidak Diberi penjelasan. Saya |\nwinta infoemaSi tsb diberikan. |\n\n"
    "[NF (16/19/2026 eet Pentama Jl. Depati Sid No. 74 +62-836-6N-4 621 Lepplisic salinan"
    " keputusan |\n\n{note}"
)


@pytest.mark.parametrize(
    ("row", "note"),
    [
        ("ebecatan aps permohonan informasi | “Xu, |", ""),
        ("Kebecatm atas permohonan ———. Lg", "Dicatat Sta kebecatan, No. Res, 056/KEB/PPID/KPU\n"),
    ],
)
def test_a_guest_books_row_written_as_an_objection_is_an_objection(
    model_home: Path, row: str, note: str
) -> None:
    """A hand-written guest book, as Tesseract's print model reads it: the visitor's row says
    "keberatan atas permohonan informasi", a clerk noted it as an objection under the page."""
    assert classify(GUEST_BOOK.format(row=row, note=note), model_home).cls == "keberatan"


OPEN_LETTER = """Surat Terbuka untuk Atasan PPID KPU Sumsel
Rudi Hartono - Diposting 24 Sep 2025 - 3 menit baca
Yth. Atasan PPID KPU Provinsi Sumatera Selatan,
Pada 24 Juli 2025 saya mengajukan permohonan informasi kepada PPID KPU Provinsi Sumatera
Selatan dan tercatat dengan Nomor Pendaftaran 073/PPID/KPU-SS/VII/2025. Informasi yang saya
minta adalah salinan laporan hasil audit dana kampanye.
Melalui surat terbuka ini saya menyatakan KEBERATAN karena permohonan saya ditolak dengan
alasan informasi tersebut dikecualikan.
Hormat saya,
Rudi Hartono"""
PPID_ANSWER = """KOMISI PEMILIHAN UMUM
PROVINSI SUMATERA SELATAN
Nomor : 693/HM.02-Pb/16/2025 Palembang, 21 November 2025
Hal : Pemberitahuan Tertulis atas Permohonan Informasi Publik
Yth. Bapak Muhammad Aditya
Berdasarkan permohonan informasi Saudara dengan Nomor Pendaftaran 035/PPID/KPU-SS/X/2025
tanggal 17 Oktober 2025, bersama ini kami sampaikan:
Informasi yang dimohon Jumlah TPS dan jumlah pemilih per TPS di Kota Prabumulih
Keputusan Jangka waktu pemberian informasi diperpanjang 7 (tujuh) hari kerja.
Apabila Saudara berkeberatan, Saudara dapat mengajukan keberatan kepada Atasan PPID dalam
jangka waktu 30 hari kerja.
PPID KPU Provinsi Sumatera Selatan,
Rizky Wahyu"""
# The same answer, with what the applicant wrote on it by hand, as OCR reads a hand.
ANSWER_OBJECTED_ON = (
    PPID_ANSWER + "\nKepada Masan PPI: Day iD KEBERATAN alas jawaban ini karena sampai sekarang\n"
    "informasinya tidak diberikan. Mohon ditinjau kembali.\nPalembang, 5 Jan 2026"
)


KIOSK_SLIP = """KPU PROVINSI SUMATERA SELATAN
ANJUNGAN LAYANAN INFORMASI MANDIRI
BUKTI PERMOHONAN INFORMASI
Kode Tiket: ALIM-260126-0987
Nama : Nyayu Meiliana Sari
No. HP : 0831 3875 0207
Informasi yang diminta:
1. Besaran honorarium badan ad hoc pada Pemilihan Tahun 2024
Memperoleh: Lihat/baca di tempat
Simpan struk ini sebagai bukti."""


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (KIOSK_SLIP, "permohonan_informasi"),
        (OPEN_LETTER, "keberatan"),
        (PPID_ANSWER, "surat_masuk"),
        (ANSWER_OBJECTED_ON, "keberatan"),
    ],
)
def test_the_ppids_own_answer_is_mail_unless_the_applicant_objected_on_it(
    model_home: Path, text: str, cls: str
) -> None:
    """An open letter to the PPID's superior that states an objection is one; the PPID's
    written answer filed back tells of the right to object and is none, until the applicant
    writes "Saya KEBERATAN atas jawaban ini" on it."""
    assert classify(text, model_home).cls == cls


DEAN_COVER = """KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI
UNIVERSITAS SRIWIJAYA
FAKULTAS HUKUM
Jl. Raya Palembang-Prabumulih Km. 32 Indralaya, Ogan Ilir 30662
Nomor : 4374/UN9.FH/KM.04/2026 4 Juni 2026
Hal : Permohonan Izin Memperoleh Data
Yth. Ketua Komisi Pemilihan Umum Provinsi Sumatera Selatan
c.q. Pejabat Pengelola Informasi dan Dokumentasi
Dalam rangka penyelesaian tugas akhir, dengan ini kami hadapkan mahasiswa Fakultas kami:
No Nama NIM Program Studi Semester
1 Ayu Koto 11441361111791 Akuntansi Sektor Publik IX
bermaksud mengajukan permohonan informasi/data kepada instansi yang Bapak/Ibu pimpin
guna penyusunan skripsi. Surat permohonan dari yang bersangkutan kami lampirkan.
a.n. Dekan,
Lestari Ayu Chaniago, S.H., M.H.
Palembang, 31 Mei 2026
Perihal : Permohonan Data dan Informasi
Yth. PPID KPU Provinsi Sumsel
Saya yang bertanda tangan di bawah ini:
Nama : Ayu Koto
NIM : 11441361111791
Pekerjaan : Mahasiswa
dengan ini mengajukan permohonan informasi publik sebagai berikut:
1. Laporan keuangan Satuan Kerja KPU Provinsi Sumatera Selatan Tahun 2024
2. Daftar nama dan alamat kantor sekretariat PPK di Kabupaten Musi Banyuasin
Hormat saya,
Ayu Koto
"""


def test_a_faculty_under_its_ministry_asking_leave_to_obtain_data_passes_on_a_request(
    model_home: Path,
) -> None:
    """A state university writes under its ministry's name; its dean asking leave for a
    student "to obtain data" covers the student's own request, which is one."""
    assert classify(DEAN_COVER, model_home).cls == "permohonan_informasi"


HAND_OBJECTION_AS_READ = """DITERIMA
KPU PROVINSI SUMATERA SELATAN
Tal : 23.03.2026
Jam : 09,22
Libutlinsspe, 17/3/2026
Fal : Webecatan
wig ae KPU Peovinsi Sumsel
Xi Palemban 1
NG koma :
so oO edan ie Xi bawah
ies i No. 92 RT ie ma kel. Pa
Nr Satel it, Kec. Lubuklinagpu Bacat 1 aah
: 09781054158
Ne. = kebecatan atas permohonan in oa a Ta san
MAN sa -So/l2026 tentan duta kasi pem in 2 Aa ee
5 Mn W "Tahun Wore, kacena ais a aa =
et patos Saya Sama sekali tidak mendapat err
o Cima kasih.
Nas haus Lubis
"""


def test_an_objections_subject_written_by_hand_is_known_through_ocrs_misreading(
    model_home: Path,
) -> None:
    """'Hal : Keberatan' on folio paper, as Tesseract reads a hand: 'Fal : Webecatan'."""
    assert classify(HAND_OBJECTION_AS_READ, model_home).cls == "keberatan"


SERVICE_CENTRE_FORM = """DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU
MAL PELAYANAN PUBLIK KOTA PALEMBANG
PEMERINTAH KOTA PALEMBANG
FORMULIR PERMOHONAN LAYANAN GERAI D-157
1. INSTANSI / GERAI TUJUAN (beri tanda centang)
[ ] Disdukcapil Kota Palembang [v] KPU Provinsi Sumatera Selatan [ ] Samsat Palembang
2. JENIS LAYANAN
Layanan Informasi Publik
3. DATA PEMOHON
Nama Lengkap : Herlina Dwi Permata
Pekerjaan : Karyawan BUMN
4. URAIAN KEPERLUAN / INFORMASI YANG DIMOHON
1. Data tingkat partisipasi pemilih pada Pemilihan Gubernur Tahun 2024 per kabupaten/kota
2. Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan Tahun 2025
Tujuan Penggunaan : Dokumentasi pribadi dan pengetahuan umum
5. BENTUK DAN PENERIMAAN HASIL LAYANAN
Bentuk: [ ] Melihat/membaca [v] Salinan cetak [ ] Salinan elektronik
Diterima : [ ] Diambil di gerai [ ] Dikirim e-mail [v] Dikirim pos
Petugas Gerai, Pemohon,
"""
VOICE_NOTE = """KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN
TRANSKRIP PESAN SUARA (VOICE NOTE)
[00:00] Halo, selamat siang, ini dengan layanan informasi KPU Provinsi ya.
[00:24] Saya mau menyampaikan keberatan, Pak, Bu, atas permohonan informasi saya nomor
pendaftaran 009/PPID/KPU-SS/X/2025.
[00:53] Yang dikirim ke saya itu bukan data yang saya minta, tapi dokumen lain.
Catatan petugas: Transkrip ini dibuat untuk dicatat dalam register keberatan.
"""
ENGLISH_REQUEST = """Palembang, 07 January 2026
To / Kepada Yth.: The Information and Documentation Officer (PPID)
General Elections Commission of South Sumatra Province
Perihal / Subject : Permohonan Informasi Publik / Reguest for Public Information
Dear Sir or Madam,
I am writing to request public information held by the General Elections Commission under
Law No. 14 of 2008 on Public Information Disclosure. I am a researcher at Seoul National
University. Name / Nama : Ji-woo Park, M.Sc.
"""
DEMONSTRATION_NOTICE = """FRONT MAHASISWA DAN MASYARAKAT SIPIL UNTUK KETERBUKAAN
Hal : Surat Pemberitahuan Penyampaian Pendapat di Muka Umum
Kepada Yth. Kapolrestabes Palembang
dengan ini kami memberitahukan bahwa kami akan melaksanakan aksi unjuk rasa damai di Kantor
KPU Provinsi Sumatera Selatan. Adapun tuntutan kami adalah:
1. Menuntut transparansi penggunaan dana hibah Pemilihan Tahun 2024
2. Meminta KPU mengumumkan Daftar Informasi Publik secara lengkap
Tembusan: Ketua KPU Provinsi Sumatera Selatan
"""


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (SERVICE_CENTRE_FORM, "permohonan_informasi"),
        (VOICE_NOTE, "keberatan"),
        (ENGLISH_REQUEST, "permohonan_informasi"),
        (DEMONSTRATION_NOTICE, "surat_masuk"),
    ],
)
def test_a_counter_form_a_voice_note_an_english_request_and_a_demonstration_notice(
    model_home: Path, text: str, cls: str
) -> None:
    """A service centre's form under a government body's letterhead, an objection the desk
    transcribed from a voice message, a request written in English, and a notice of a
    demonstration that demands the information be published."""
    verdict = classify(text, model_home)
    assert verdict.cls == cls
    assert verdict.confidence >= Settings().classify.review_threshold


LAWYERS_WARNING = """KANTOR ADVOKAT NURDIN, S.H. & REKAN
Jl. Kol. Atmo No. 77 Palembang
Nomor : 102/NR/SMS/VI/2026
Hal : Somasi Pertama
Kepada Yth. Sekretaris KPU Provinsi Sumatera Selatan
di Palembang
Kami selaku kuasa hukum PT Sinar Baliho berdasarkan Surat Kuasa Khusus tanggal 1 Juni 2026
menyampaikan bahwa tagihan pemasangan baliho sosialisasi sebesar Rp 54.000.000 belum dibayar.
Kami meminta pelunasan dalam 7 (tujuh) hari; bila tidak, klien kami akan menggugat dan tetap
berhak untuk mengajukan keberatan serta meminta dokumen kontrak melalui pengadilan.
Hormat kami, Nurdin, S.H."""

JOB_APPLICATION = """Lubuklinggau, 4 Mei 2026
Hal : Lamaran Pekerjaan
Kepada Yth. Sekretaris KPU Provinsi Sumatera Selatan
Dengan hormat, berdasarkan informasi lowongan pengemudi yang saya peroleh, saya:
Nama : Yusuf Hidayat
Alamat : Jl. Yos Sudarso No. 12, Lubuklinggau
No. HP : 0812 7788 1020
bermaksud melamar sebagai pengemudi. Saya lampirkan daftar riwayat hidup, fotokopi KTP dan SIM.
Hormat saya, Yusuf Hidayat"""

VOTER_REPORT = """FORMULIR LAPORAN MASYARAKAT
DAFTAR PEMILIH BERKELANJUTAN
A. IDENTITAS PELAPOR
Nama : Siti Aminah
NIK : 1671045203850002
Alamat : Jl. Sultan Agung No. 3, Palembang
B. DATA PEMILIH YANG DILAPORKAN
Nama : Abdul Karim   TPS : 012   Keterangan : pindah domisili ke Jambi
Mohon informasi tindak lanjut atas laporan ini disampaikan kepada pelapor.
Palembang, 2 Juni 2026
Pelapor, Siti Aminah"""


@pytest.mark.parametrize("text", [LAWYERS_WARNING, JOB_APPLICATION, VOTER_REPORT])
def test_a_warning_a_job_application_and_a_voter_list_report_are_mail(
    model_home: Path, text: str
) -> None:
    """Each names a person's data, information and the right to object, and asks for none."""
    assert classify(text, model_home).cls == "surat_masuk"


def test_an_audit_boards_request_for_documents_is_mail(model_home: Path) -> None:
    letter = (
        "BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA\n"
        "PERWAKILAN PROVINSI SUMATERA SELATAN\n"
        "Nomor : 327/S/XVIII.PLG/09/2025 Palembang, 12 September 2025\n"
        "Hal : Permintaan Data dan Dokumen Pemeriksaan atas Dana Hibah Pemilihan Tahun 2024\n"
        "Yth. Sekretaris KPU Provinsi Sumatera Selatan\n"
        "Dalam rangka pemeriksaan, kami meminta data dan dokumen sebagaimana daftar terlampir.\n"
    )
    assert classify(letter, model_home).cls == "surat_masuk"


PAY_CUT_OBJECTION = """Kepada Yth. Ketua KPU Provinsi Sumatera Selatan
Up. Kabag Keuangan
Hal : Keberatan atas Pemotongan Honorarium PPS
Kami anggota PPS Desa Suka Mulya menyatakan keberatan atas pemotongan honorarium bulan
Oktober sebesar Rp 350.000 per orang tanpa penjelasan tertulis.
Nama : Ferry Gunawan   Jabatan : Ketua PPS
Kami meminta penjelasan dasar pemotongan tersebut."""

STUDENT_BOARD_REQUEST = """BADAN EKSEKUTIF MAHASISWA
UNIVERSITAS MUHAMMADIYAH PALEMBANG
Kementerian Kajian Strategis
Hal : Permintaan Dokumen Anggaran
Kepada Yth. PPID KPU Provinsi Sumatera Selatan
Dalam rangka kajian efisiensi anggaran, kami meminta salinan DIPA KPU Provinsi Sumatera
Selatan Tahun Anggaran 2026, beserta informasi jumlah pegawai."""

ENGLISH_OBJECTION = """To: The Superior of the Information and Documentation Officer (Atasan PPID)
Re: Information request no. 109/PPID/KPU-SS/IX/2025
On 16 September 2025 I requested data on ad hoc election staff. The PPID replied that item 3
is exempt information without naming the statutory ground.
Pursuant to Article 35 of Law No. 14 of 2008, I hereby lodge an objection on the grounds that
my request was refused. Yours faithfully, Nurul Hasanah"""

COURT_APPEAL = """PENGADILAN TATA USAHA NEGARA PALEMBANG
PEMBERITAHUAN PERNYATAAN KASASI
Nomor: 14/G/KI/2025/PTUN.PLG
Kepada Yth. Ketua KPU Provinsi Sumatera Selatan c.q. PPID
Diberitahukan bahwa pihak Pemohon telah menyatakan kasasi terhadap Putusan Pengadilan Tata
Usaha Negara Palembang Nomor 14/G/KI/2025/PTUN.PLG dalam perkara atas Puusan Komisi Informasi
Provinsi Sumatera Selatan."""


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (PAY_CUT_OBJECTION, "surat_masuk"),
        (STUDENT_BOARD_REQUEST, "permohonan_informasi"),
        (ENGLISH_OBJECTION, "keberatan"),
        (COURT_APPEAL, "sengketa"),
    ],
)
def test_an_objection_about_pay_a_student_boards_request_and_an_appeal_in_court(
    model_home: Path, text: str, cls: str
) -> None:
    """An objection about anything but information is mail; a students' board's "ministry" is
    no agency; an objection in English is one; a court hearing the commission's case goes on
    with the dispute."""
    assert classify(text, model_home).cls == cls


def test_a_commissions_press_release_on_disputes_is_mail(model_home: Path) -> None:
    release = (
        "Komisi Informasi\nProvinsi Sumatera Selatan\nSIARAN PERS\nNomor: 54/SP/HMS/I/2026\n"
        "Permohonan Penyelesaian Sengketa Informasi Meningkat, KI Sumsel Dorong PPID\n"
        "Perkuat Layanan\n"
        "Palembang (28 Januari 2026) - Komisi Informasi menyampaikan perkembangan terbaru\n"
        "keterbukaan informasi di Sumatera Selatan. Tahun ini 22 badan publik dinilai.\n"
        '"Kami mengapresiasi badan publik yang menyediakan informasi secara cepat," ujarnya.\n'
        "Menurutnya 67 permohonan berlanjut ke tahap keberatan dan 29 di antaranya dibawa ke\n"
        "penyelesaian sengketa. Badan publik diminta memperkuat layanan PPID.\n"
        "Narahubung: Rina Nur Simanjuntak, S.E. (6281277228508)\nHHH\n"
    )
    assert classify(release, model_home).cls == "surat_masuk"


def test_an_objection_counting_the_deadline_by_the_law_is_an_objection(model_home: Path) -> None:
    letter = (
        "Hal : Keberatan atas Tidak Ditanggapinya Permohonan Informasi\n"
        "Kepada Yth. Atasan PPID KPU Provinsi Sumatera Selatan\n"
        "Nama : Ahmad Indra Simanjuntak\n"
        "mengajukan keberatan kepada Atasan PPID. Pada 1 Agustus 2025 saya mengajukan permohonan\n"
        "informasi publik dengan Nomor Pendaftaran 120/PPID/KPU-SS/VIII/2025.\n"
        "Berdasarkan Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008, PPID wajib menyampaikan\n"
        "pemberitahuan tertulis paling lambat 10 (sepuluh) hari kerja sejak permohonan diterima.\n"
    )
    assert classify(letter, model_home).cls == "keberatan"


def test_an_embassys_note_in_english_about_information_services_is_surely_mail(
    model_home: Path,
) -> None:
    """A note verbale announcing a visit "to learn about … the handling of information
    requests": English, about the desk's work, and no request."""
    note = (
        "EMBASSY OF THE KINGDOM OF NORWAY\nJl. H.R. Rasuna Said Kav. 3, Jakarta 12950\n"
        "Note No. 2026/POL/031\n"
        "The Royal Norwegian Embassy presents its compliments to the General Elections\n"
        "Commission of South Sumatra Province and has the honour to inform that a delegation\n"
        "of the Embassy will visit Palembang on 14 October 2026 to learn about the management\n"
        "of public information and the handling of information requests at the provincial\n"
        "level. The Embassy would be grateful if the Commission could kindly receive the\n"
        "delegation for a courtesy call and a short briefing.\n"
        "The Royal Norwegian Embassy avails itself of this opportunity to renew to the\n"
        "Commission the assurances of its highest consideration.\n"
        "Jakarta, September 30, 2026\n"
    )
    verdict = classify(note, model_home)
    assert verdict.cls == "surat_masuk"
    assert verdict.confidence >= Settings().classify.review_threshold


@pytest.mark.parametrize(
    "paperwork",
    [
        "KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN\n"
        "SURVEI KEPUASAN MASYARAKAT (SKM)\nLAYANAN INFORMASI PUBLIK\n"
        "Tanggal Survei: 3 Februari 2026\nJenis Kelamin [x] Laki-laki [ ] Perempuan\n"
        "Layanan diterima [ ] Permohonan Informasi Publik [x] Pengajuan Keberatan [ ] Konsultasi\n"
        "U1 Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan? 1 2 3 [4]\n"
        "U2 Bagaimana pendapat Saudara tentang kecepatan waktu pelayanan? 1 [2] 3 4\n"
        "Saran / Masukan: jawaban atas keberatan saya baru datang setelah tiga minggu.\n",
        "TELAAHAN STAF\nKepada : Ketua KPU Provinsi Sumatera Selatan\n"
        "Dari : Sekretaris\nHal : Penyelesaian Tunggakan Permohonan Informasi dan Keberatan\n"
        "I. PERSOALAN\nTerdapat 17 permohonan informasi dan 3 keberatan yang melewati jangka\n"
        "waktu, satu di antaranya berpotensi menjadi sengketa informasi.\n"
        "II. SARAN\nPenambahan petugas meja layanan selama dua bulan.\n",
    ],
)
def test_the_desks_own_survey_and_staff_appraisal_naming_objections_are_mail(
    model_home: Path, paperwork: str
) -> None:
    assert classify(paperwork, model_home).cls == "surat_masuk"


def test_an_objection_headed_hal_ikhwal_to_the_ppids_superior_spelled_out(
    model_home: Path,
) -> None:
    """A letter telling its request first ("saya mengajukan permohonan informasi …") objects
    all the same when its subject and its addressee say so."""
    letter = (
        "Indralaya, 11 November 2025\nHal ikhwal : Keberatan atas Tanggapan PPID\n"
        "Kepada\nYth. Atasan Pejabat Pengelola Informasi dan Dokumentasi\n"
        "Komisi Pemilihan Umum Provinsi Sumatera Selatan\nDengan hormat,\n"
        "Pada tanggal 14 Oktober 2025 saya mengajukan permohonan informasi dengan Nomor\n"
        "Pendaftaran 107/PPID/KPU-SS/X/2025 berupa data tingkat partisipasi pemilih.\n"
        "PPID meminta saya membayar biaya penggandaan sebesar Rp 880.000 sebelum informasi\n"
        "diberikan, jauh melebihi biaya riil.\nHormat saya,\nAisyah Simanjuntak\n"
    )
    verdict = classify(letter, model_home)
    assert verdict.cls == "keberatan"
    assert verdict.confidence >= Settings().classify.review_threshold


def test_a_complaint_asking_to_be_handled_as_an_objection_is_one(model_home: Path) -> None:
    complaint = (
        "Palembang, 4 Nov 2025\nHal ikhwal : Pengaduan Pelayanan Informasi\n"
        "Kepada Yth.\nKetua KPU Provinsi Sumatera Selatan\nselaku Atasan PPID\n"
        "SURAT PENGADUAN\nI. IDENTITAS PENGADU\nNama : Kgs. Muhammad Rizal\n"
        "II. URAIAN PENGADUAN\n1. Pada tanggal 17 Oktober 2025 saya mengajukan permohonan"
        " informasi kepada PPID KPU Provinsi Sumatera Selatan (Nomor Pendaftaran\n"
        "076/PPID/KPU-SS/X/2025) berupa laporan layanan informasi publik Tahun 2025.\n"
        "2. PPID mengirimkan jawaban, tetapi yang dilampirkan adalah dokumen lain.\n"
        "III. PERMINTAAN\n1. Agar pengaduan ini diterima dan diproses sebagai keberatan kepada\n"
        "Atasan PPID sebagaimana dimaksud dalam Pasal 35 Undang-Undang Nomor 14 Tahun 2008.\n"
    )
    assert classify(complaint, model_home).cls == "keberatan"


def test_a_hand_written_requests_subject_misread_is_still_a_request(model_home: Path) -> None:
    """ "Perihal : Permohonan lnformSi": OCR's reading of "Informasi" in a hand is no request
    for something else (a permit, an interview)."""
    letter = (
        "Perihal : Permohonan lnformSi\nKepada Yth. Pejabat Pengelola Informasi dan Dokumentasi\n"
        "Dengan hormat, saya Indah, NIK 1610154906022411, beralamat di Jl. Raya Palembang.\n"
        "Dengan ini saya mengajukan permohonan informasi publik yaitu:\n"
        "1. Realisasi anggaran dana hibah Pemilihan 2024 per jenis belanja\n"
        "Informasi tersebut saya perlukan untuk penyusunan laporan pemantauan pemilihan.\n"
    )
    assert rule_scores(letter)["surat_masuk"] == 0
    assert classify(letter, model_home).cls == "permohonan_informasi"


REQUEST_CITING_NEWS = (
    "Palembang, 03 September 2025\nLampiran : 1 (satu) lembar kliping\nHal : Mohon Informasi\n"
    "Kepada Yth. Ketua KPU Provinsi Sumatera Selatan c.q. PPID\nDengan hormat,\n"
    "Nama : Drs. I Gusti Ngurah Artha\nNIK : 1671121612710723\n"
    'Sehubungan dengan pemberitaan di Sriwijaya Pagi edisi 29 Agustus 2025 berjudul "Honor\n'
    'Badan Adhoc Pilkada Dipertanyakan" (kliping terlampir), saya bermaksud memperoleh\n'
    "dokumen yang disebut dalam berita tersebut, yaitu:\n"
    "- Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024\n"
    "Informasi tersebut saya perlukan untuk referensi penelitian lembaga.\n"
    "Hormat saya,\nDrs. I Gusti Ngurah Artha\n"
    "Lampiran: Kliping berita\nSRIWIJAYA PAGI Jumat, 29 Agustus 2025 | Halaman 8\n"
    "Honor Badan Adhoc Pilkada Dipertanyakan\nPALEMBANG - Sejumlah mantan anggota PPS mengaku\n"
)


def test_a_request_enclosing_the_news_it_cites_is_a_request(model_home: Path) -> None:
    assert rule_scores(REQUEST_CITING_NEWS)["surat_masuk"] == 0
    assert classify(REQUEST_CITING_NEWS, model_home).cls == "permohonan_informasi"


def test_an_objection_enclosing_its_request_is_judged_by_its_own_subject() -> None:
    objection = (
        "Perihal : Pengajuan Keberatan\nDengan hormat, saya mengajukan keberatan karena\n"
        "permohonan saya tidak ditanggapi. Bersama ini saya lampirkan salinan permohonan saya.\n"
        "Perihal : Permohonan Informasi Publik\nDengan hormat, saya mengajukan permohonan\n"
        "informasi berupa daftar TPS.\n"
    )
    unlabelled = objection.replace("Perihal : Permohonan", "Permohonan")
    assert rule_scores(objection) == rule_scores(unlabelled)  # the enclosed subject adds nothing
    forwarded = (
        "Perihal : Penerusan Surat Sdr. Hasan Basri\nBersama ini kami teruskan surat berikut.\n"
        "Hal : Keberatan atas Pelayanan Informasi\nSaya mengajukan keberatan atas tanggapan PPID.\n"
    )
    assert rule_scores(forwarded)["keberatan"] > 0  # the letter it forwards tells the class
