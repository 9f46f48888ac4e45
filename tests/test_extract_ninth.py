"""Extraction from the shapes a ninth blind corpus (bench/make_ninth_corpus.py, seed 9001)
showed going wrong: a memo's numbered parts, a slip's two columns, a table's format column,
a date beside a subject, a phone with its trunk prefix after the country code."""

from __future__ import annotations

import pytest

from pipeline.choices import delivery_method, objection_reason, obtain_method
from pipeline.extract import extract_fields


def fields_of(text: str, cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text], cls).values


MEMO = """NOTA PERMINTAAN INFORMASI PUBLIK
Kepada : PPID KPU Provinsi Sumatera Selatan
Dari : Perorangan (lihat identitas pemohon)
Tanggal : 5 Desember 2025
Perihal : Permohonan Informasi Publik
Butir 1 — Dasar
Hak atas informasi sebagaimana diatur dalam UU KIP.
Butir 2 — Informasi yang Dimohon
a. Surat keputusan pembentukan PPID KPU Provinsi Sumatera Selatan
b. Rencana Kerja dan Anggaran Sekretariat KPU Provinsi Sumatera Selatan
Butir 3 — Tujuan Penggunaan
Bahan penyusunan artikel jurnal ilmiah
Butir 4 — Cara Memperoleh
Cara memperoleh : Melihat / membaca / mendengarkan / mencatat
Pemohon,
Rosmala Nur Aziz
IDENTITAS PEMOHON
Nama : Rosmala Nur Aziz
NIK : 1602015102791446
"""


def test_a_memos_numbered_parts_end_one_another_and_its_title_is_no_sender() -> None:
    values = fields_of(MEMO)
    assert values["information_requested"] == (
        "Surat keputusan pembentukan PPID KPU Provinsi Sumatera Selatan; "
        "Rencana Kerja dan Anggaran Sekretariat KPU Provinsi Sumatera Selatan"
    )
    assert values["purpose"] == "Bahan penyusunan artikel jurnal ilmiah"
    assert values["sender_org"] is None
    assert values["letter_date"] == "2025-12-05"


SLIP = """Lembar 1 - untuk Petugas
KARTU PERMINTAAN INFORMASI PUBLIK
PPID KOMISI PEMILIHAN UMUM PROVINSI SUMATERA SELATAN
No. Pendaftaran (diisi petugas) :
Nama : Lukman Wahyu Alatas Alamat Jl. Macan Lindungan No. 24, RT 08
Pekerjaan : Penulis Lepas
"""


def test_a_slips_second_column_label_ends_the_name_beside_it() -> None:
    values = fields_of(SLIP)
    assert values["applicant_name"] == "Lukman Wahyu Alatas"
    assert values["sender_org"] is None


TABLE = """LAMPIRAN SURAT LK2P-SS
RINCIAN INFORMASI PUBLIK YANG DIMINTA
No Uraian Informasi Bentuk
1 Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 untuk Kota Softcopy
Palembang yang dirinci per kecamatan
2 Laporan keuangan Satuan Kerja KPU Provinsi Sumatera Selatan Tahun Softcopy
2024 yang telah diaudit
Sekretaris Jenderal,
H. Reza Wahyu Aziz, M.Pd.
"""


def test_a_table_with_a_format_column_gives_the_items_and_the_copy_they_ask_for() -> None:
    assert fields_of(TABLE)["information_requested"] == (
        "Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 untuk Kota Palembang yang dirinci "
        "per kecamatan; Laporan keuangan Satuan Kerja KPU Provinsi Sumatera Selatan Tahun 2024 "
        "yang telah diaudit"
    )
    found = obtain_method([TABLE])
    assert found is not None and found.value == "salinan_softcopy"


def test_a_copy_asked_for_through_a_channel_names_the_delivery() -> None:
    letter = "Kami mohon salinan informasi melalui surat elektronik (email).\nTerima kasih."
    found = delivery_method([letter])
    assert found is not None and found.value == "email"


@pytest.mark.parametrize(
    ("written", "subject"),
    [
        ("Permintaan Data 11 Desember 2025", "Permintaan Data"),
        ("Permohonan Salinan Dokumen Jumat, 15 Mei 2026", "Permohonan Salinan Dokumen"),
        ("Permohonan Salinan Dokumen 29-01-2026", "Permohonan Salinan Dokumen"),
        (
            "Undangan Rapat Koordinasi tanggal 15 Mei 2026",
            "Undangan Rapat Koordinasi tanggal 15 Mei 2026",
        ),
    ],
)
def test_the_date_beside_a_subject_is_no_part_of_it(written: str, subject: str) -> None:
    letter = f"Perihal : {written}\nYth. PPID KPU Provinsi Sumsel\nDengan hormat,"
    assert fields_of(letter)["subject"] == subject


PROSE = """Saya yang bertanda tangan di bawah ini, Maya Aziz, pemegang NIK 1609016401760365,
pekerjaan Karyawan Swasta, beralamat di Jl. Kolonel Wahid Udin No. 236, RT. 21 RW. 02,
Kelurahan Pasar Martapura, Kecamatan Martapura, Kabupaten Ogan Komering Ulu Timur
32334, dapat dihubungi melalui nomor +62 (0)878 09510692 atau surel
maya.aziz455@hotmail.com, dengan ini mengajukan permohonan informasi publik."""


def test_a_sentences_address_ends_where_its_phone_is_given() -> None:
    values = fields_of(PROSE)
    assert values["address"] == (
        "Jl. Kolonel Wahid Udin No. 236, RT. 21 RW. 02, Kelurahan Pasar Martapura, "
        "Kecamatan Martapura, Kabupaten Ogan Komering Ulu Timur 32334"
    )
    assert values["phone"] == "+6287809510692"


COLONLESS_FORM = """PERMOHONAN INFORMASI
Nama Mega Fitri Marpaung
Pekerjaan Pemohon Mahasiswa
Telepon Seluler 085333156911
Informasi yang Diminta Salinan formulir Model D.Hasil Kecamatan Ilir Timur I
Tujuan Penggunaan Informasi | Materi pendidikan pemilih bagi pemilih pemula
mengajukan keberatan dengan alasan sebagai berikut:
"""


def test_a_colonless_forms_longer_labels_and_the_sentence_after_its_rows() -> None:
    values = fields_of(COLONLESS_FORM)
    assert values["occupation"] == "Mahasiswa"
    assert values["phone"] == "+6285333156911"
    assert values["purpose"] == "Materi pendidikan pemilih bagi pemilih pemula"


@pytest.mark.parametrize(
    ("number", "read"),
    [
        ("61-SK/DPW/D/2025", "61-SK/DPW/D/2025"),
        ("108.BEM/SEKRE.III.2026", "108.BEM/SEKRE.III.2026"),
        ("219.SMA.V.2026", "219.SMA.V.2026"),
        ("Penting", None),
        ("0812-3456-7890", None),
    ],
)
def test_a_letter_number_in_dots_or_with_letters_first_is_read(number: str, read: str) -> None:
    letter = (
        f"DEWAN PIMPINAN WILAYAH\nNomor : {number} Palembang, 23-09-2025\n"
        "Hal : Penyampaian Dokumen\nKepada Yth.\nKetua KPU Provinsi Sumatera Selatan"
    )
    assert fields_of(letter, "surat_masuk")["letter_number"] == read


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "PEMERINTAH PROVINSI SUMATERA SELATAN\nDINAS PENDIDIKAN\nSMA NEGERI 2 LAHAT\n",
            "SMA NEGERI 2 LAHAT",
        ),
        (
            "DINAS KOMUNIKASI DAN INFORMATIKA\nPROVINSI SUMATERA SELATAN\n",
            "DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI SUMATERA SELATAN",
        ),
    ],
)
def test_a_school_under_its_service_is_the_sender_with_its_number(head: str, sender: str) -> None:
    letter = (
        f"{head}Jl. Inspektur Marzuki No. 6 Palembang\nNomor : 219.SMA.V.2026\n"
        "Hal : Ucapan Terima Kasih\nYth. Ketua KPU Provinsi Sumatera Selatan"
    )
    assert fields_of(letter, "surat_masuk")["sender_org"] == sender


KIOSK = """KPU PROVINSI SUMATERA SELATAN
LAYANAN MANDIRI PPID
JL. Kapten A. Rivai No. 95 Palembang
BUKTI PERMOHONAN INFORMASI
Kode Tiket: PPID-260601-0023
Tanggal : 01/06/2026 13:21:03
Nama : Hartini Kurnia Tanjung, S.IP.
Pekerjaan : Advokat
Alamat : Jl. Mayor Zen No. 40 Lr.

Rt.11/Rw.02 Kel. Silaberanti
Kec. Jakabaring - Palembang

Informasi yang diminta:
1. Laporan hasil evaluasi penyelenggaraan Pemilihan Tahun 2024
Memperoleh: {obtain}
Dikirim : {delivery}
Simpan struk ini sebagai bukti.
"""


@pytest.mark.parametrize(
    ("obtain", "delivery", "obtained", "delivered"),
    [
        ("Lihat/baca di tempat", "Ambil di loket", "melihat", "mengambil_langsung"),
        ("Softcopy", "Email", "salinan_softcopy", "email"),
    ],
)
def test_a_kiosk_receipt_is_the_offices_own_and_says_how_in_its_own_words(
    obtain: str, delivery: str, obtained: str, delivered: str
) -> None:
    values = fields_of(KIOSK.format(obtain=obtain, delivery=delivery))
    assert values["sender_org"] is None
    assert values["address"] == (
        "Jl. Mayor Zen No. 40 Lr. Rt.11/Rw.02 Kel. Silaberanti Kec. Jakabaring - Palembang"
    )
    assert (values["obtain_method"], values["delivery_method"]) == (obtained, delivered)


def test_an_email_printouts_sent_date_names_no_delivery() -> None:
    printout = "Dari : budi@gmail.com\nDikirim : Senin, 12 Mei 2026 10.00\nKepada : ppid@kpu"
    assert delivery_method([printout]) is None


def test_a_summons_names_its_dispute_as_the_case_number_under_its_subject() -> None:
    summons = (
        "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\n"
        "Nomor : 184/KI-SS/PS/XII/2025 Palembang, 30 Desember 2025\n"
        "Hal : Panggilan Sidang Perkara Nomor\nREG.022/PSI/XII/2025\n"
        "Yth. Pejabat Pengelola Informasi dan Dokumentasi\nselaku Termohon\n"
    )
    assert fields_of(summons, "sengketa")["dispute_register_number"] == "REG.022/PSI/XII/2025"


def test_an_objections_reason_is_no_part_of_the_information_it_names() -> None:
    letter = (
        "Hal : Keberatan atas Tanggapan Permohonan Informasi\nYth. Atasan PPID\n"
        "Saya yang bertanda tangan di bawah ini:\nNama : Imam Sofyan\n"
        "dengan ini mengajukan keberatan atas permohonan informasi saya Nomor Pendaftaran "
        "114/PPID/KPU-SS/X/2025 tanggal 10 Oktober 2025.\n"
        "Informasi yang dimohon : Jadwal pemutakhiran data pemilih berkelanjutan Tahun 2026, "
        "karena informasi berkala yang seharusnya diumumkan tidak disediakan.\n"
    )
    assert fields_of(letter, "keberatan")["information_requested"] == (
        "Jadwal pemutakhiran data pemilih berkelanjutan Tahun 2026"
    )


IDENTITY_TABLE = """Perihal : Permintaan Data
Yth. PPID KPU Provinsi Sumsel
Bersama ini saya, yang identitasnya tercantum dalam tabel berikut:
Nama NIK Pekerjaan Alamat No. HP / Email

Fikri Koto, S.IP. 1671100202652466 | Pensiunan PNS | Jl. Kapten Abdullah No. 256 Blok +62 813 0125
B16, RT 009 RW 007, Kel. 19 Ilir, 0596 /
Kec. Bukit Kecil, Kota Palembang, koto_fikri@ymail.com
Sumatera Selatan
mengajukan permohonan informasi publik berupa:
1. Daftar nama anggota PPK dan PPS se-Kota Palembang pada Pemilihan Tahun 2024
"""


def test_an_identity_table_is_read_across_its_row_and_down_its_address_column() -> None:
    values = fields_of(IDENTITY_TABLE)
    assert values["applicant_name"] == "Fikri Koto, S.IP."
    assert values["nik"] == "1671100202652466"
    assert values["occupation"] == "Pensiunan PNS"
    assert values["address"] == (
        "Jl. Kapten Abdullah No. 256 Blok B16, RT 009 RW 007, Kel. 19 Ilir, "
        "Kec. Bukit Kecil, Kota Palembang, Sumatera Selatan"
    )
    assert values["email"] == "koto_fikri@ymail.com"


def test_the_items_a_sentence_names_after_informasi_yang_saya_minta_adalah() -> None:
    letter = (
        "Yth. Atasan PPID KPU Provinsi Sumatera Selatan,\n"
        "Pada 24 Juli 2025 saya mengajukan permohonan informasi dengan Nomor Pendaftaran "
        "073/PPID/KPU-SS/VII/2025. Informasi yang saya\nminta adalah: (1) Salinan Keputusan KPU "
        "tentang penetapan rekapitulasi Tahun 2024: (2)\nlaporan hasil audit dana kampanye.\n\n"
        "Informasi itu saya perlukan untuk bahan penulisan buku.\n"
    )
    assert fields_of(letter, "keberatan")["information_requested"] == (
        "Salinan Keputusan KPU tentang penetapan rekapitulasi Tahun 2024; "
        "Laporan hasil audit dana kampanye"
    )


def test_a_value_that_stops_at_anggota_goes_on_past_a_blank_line() -> None:
    form = (
        "Informasi yang Dimohon Data keterwakilan perempuan dalam daftar calon tetap anggota\n\n"
        "DPRD Provinsi Sumatera Selatan\n\nTujuan Penggunaan Informasi | Materi pendidikan\n"
    )
    assert fields_of(form, "keberatan")["information_requested"] == (
        "Data keterwakilan perempuan dalam daftar calon tetap anggota DPRD Provinsi Sumatera "
        "Selatan"
    )


REASONS_TABLE = """No | Alasan Keberatan Ya Tidak
a. Permohonan informasi ditolak berdasarkan alasan pengecualian
b. Tidak disediakannya informasi berkala
c. Tidak ditanggapinya permintaan informasi
d. Permintaan informasi ditanggapi tidak sebagaimana yang diminta{d}
e. Tidak dipenuhinya permintaan informasi{e}
f. Pengenaan biaya yang tidak wajar
g. Penyampaian informasi melebihi waktu yang diatur
"""


@pytest.mark.parametrize(("d", "e", "code"), [(" x", "", "d"), ("", " ✔", "e"), (" ✓", " ✓", None)])
def test_the_one_row_marked_at_its_end_in_a_reasons_table_is_the_reason(
    d: str, e: str, code: str | None
) -> None:
    """The mark stands in a "Ya" column right of the row; a mark closing one row is no mark
    before the next row's letter. Where two rows bear one, the text cannot tell the columns."""
    found = objection_reason([REASONS_TABLE.format(d=d, e=e)])
    assert (found.value if found else None) == code


def test_a_commissions_determination_is_numbered_and_about_its_tentang_title() -> None:
    decree = (
        "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\nJl. Demang Lebar Daun No. 4823 Palembang\n"
        "PENETAPAN\nKETUA KOMISI INFORMASI PROVINSI SUMATERA SELATAN\n"
        "NOMOR 005/PEN-MED/K I-SS/IX/2025\nTENTANG\nPENETAPAN MEDIATOR DAN JADWAL MEDIASI\n\n"
        "Menimbang\na. bahwa Komisi Informasi telah meregistrasi permohonan penyelesaian sengketa"
    )
    values = fields_of(decree, "sengketa")
    assert values["subject"] == "Penetapan Mediator dan Jadwal Mediasi"
    assert values["letter_number"] == "005/PEN-MED/KI-SS/IX/2025"


def test_an_undated_invitation_has_no_letter_date_but_a_record_keeps_its_day() -> None:
    invitation = (
        "PEMERINTAH KABUPATEN MUSI RAWAS UTARA\nUNDANGAN\n"
        "Bupati Musi Rawas Utara mengharapkan kehadiran Bapak/Ibu pada acara Upacara Hari Jadi,\n"
        "yang akan dilaksanakan pada:\nHari/Tanggal : Minggu, 1 Maret 2026\nPukul : 09.00 WIB\n"
    )
    record = (
        "BERITA ACARA\nPENERIMAAN KEBERATAN YANG DISAMPAIKAN SECARA LISAN\n"
        "Hari / tanggal : Selasa 24/6/2025\nbertempat di Ruang Layanan Informasi, petugas "
        "telah menerima keberatan yang disampaikan secara lisan oleh:\nNama : Fery Ramadhan\n"
    )
    assert fields_of(invitation, "surat_masuk")["letter_date"] is None
    assert fields_of(record, "keberatan")["letter_date"] == "2025-06-24"


def test_the_letters_identity_table_outranks_the_ktp_copy_behind_it() -> None:
    letter = (
        "Saya yang data dirinya sebagai berikut:\nNama NIK Pekerjaan Alamat No. HP\n"
        "Anggraini Indah Aziz 1671074408701021 Apoteker Jl. Dr. M. Isa No. 52 RT 012/RW 09, Kel. "
        "081916506912\nBagus Kuning, Kec. Plaju, Palembang\n"
        "mengajukan permohonan informasi publik berupa:\n1. Jumlah pemilih dalam DPT\n"
    )
    ktp = "NIK :1671074408701021\nNama : ANGGRAINI INDAH AZIZ\nAlamat : JL. DR. M. ISA NO. 52\n"
    values = extract_fields([letter, ktp], "permohonan_informasi").values
    assert (
        values["address"]
        == "Jl. Dr. M. Isa No. 52 RT 012/RW 09, Kel. Bagus Kuning, Kec. Plaju, Palembang"
    )
    assert values["occupation"] == "Apoteker"


def test_a_street_name_goes_on_with_its_number_past_a_blank_line() -> None:
    form = (
        "Nama : Rina\nAlamat : Jalan Ki Hajar Dewantara\n\nNomor 2, RT 31/RW 11, Desa Timbangan\n"
    )
    assert (
        fields_of(form)["address"]
        == "Jalan Ki Hajar Dewantara Nomor 2, RT 31/RW 11, Desa Timbangan"
    )


def test_a_bodys_representative_named_across_a_line_break() -> None:
    letter = (
        "PERKUMPULAN PEMANTAU DEMOKRASI SRIWIJAYA\nHal : Keberatan atas Permohonan Informasi\n"
        "Kami, Perkumpulan Pemantau Demokrasi Sriwijaya (PPDS), dalam hal ini diwakili oleh Teguh\n"
        "Hidayat, S.Pd. selaku Koordinator, beralamat di Jl. Rajawali No. 17 Palembang 30126,\n"
        "dengan ini mengajukan keberatan atas permohonan informasi kami.\n"
    )
    assert fields_of(letter, "keberatan")["applicant_name"] == "Teguh Hidayat, S.Pd."


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Telp./HP : 0823 2099 4734", "phone", "+6282320994734"),
        ("Telp./HP 1462 823 2099 4734", "phone", "+6282320994734"),
        ("Tanggal 111 Jun 2026", "letter_date", "2026-06-11"),
        ("Tanggal 12 Juni 2026", "letter_date", "2026-06-12"),
    ],
)
def test_a_memos_labels_as_ocr_reads_their_colons(line: str, field: str, value: str) -> None:
    assert fields_of(f"Nama : Irfan Halim\n{line}\n")[field] == value


def test_a_cover_letters_date_is_the_letters_not_the_covered_requests() -> None:
    cover = (
        "UNIVERSITAS BINA DARMA\nFAKULTAS SOSIAL HUMANIORA\n"
        "Nomor : 2110/UBD.FSH/TU.01.05/2025 31 Juli 2025\nHal : Permohonan Bantuan Data Skripsi\n"
        "Yth. Ketua Komisi Pemilihan Umum Provinsi Sumatera Selatan\n"
    )
    request = "Palembang, 27 Juli 2025\nPerihal : Permohonan Memperoleh Informasi Publik\n"
    assert extract_fields([cover, request], "permohonan_informasi").values["letter_date"] == (
        "2025-07-31"
    )


STUDENTS_REQUEST = """Palembang, 31.12.2025
Perihal : Permohonan Data dan Informasi
Kepada Yth. Ketua KPU Provinsi Sumatera Selatan
Saya yang bertanda tangan di bawah ini:
Nama : Fatimah Sari Kusuma
NIM : 0443439951
Alamat : Jl. Garuda Hitam No. 234 RT 011/RW 04, Kel. Kayuara Kuning, Pangkalan Balai
Nomor HP : 085233600896
dengan ini mengajukan permohonan informasi publik sebagai berikut:
1. Berita acara rapat pleno terbuka rekapitulasi tingkat provinsi
"""
FACULTY_COVER = """UNIVERSITAS BINA DARMA
FAKULTAS SOSIAL HUMANIORA
Jl. Jenderal Ahmad Yani No. 3 Palembang 30264
Nomor : 710/UBD.FSH/AK/2026 1 Januari 2026
Hal : Permohonan Data Penelitian
Yth. Ketua Komisi Pemilihan Umum Provinsi Sumatera Selatan
Dalam rangka penyelesaian tugas akhir, dengan ini kami hadapkan mahasiswa Fakultas kami
yang bermaksud mengajukan permohonan informasi. Surat permohonan dari yang bersangkutan
kami lampirkan.
Dekan,
Dr. Muhammad Surya Panjaitan, S.IP., M.Si.
"""


def test_the_student_behind_a_faculty_cover_is_the_applicant_not_the_dean() -> None:
    values = extract_fields([FACULTY_COVER, STUDENTS_REQUEST], "permohonan_informasi").values
    assert values["applicant_name"] == "Fatimah Sari Kusuma"
    assert values["address"] == (
        "Jl. Garuda Hitam No. 234 RT 011/RW 04, Kel. Kayuara Kuning, Pangkalan Balai"
    )
    assert values["sender_org"] == "UNIVERSITAS BINA DARMA FAKULTAS SOSIAL HUMANIORA"


ANSWER_OBJECTED_ON = """KOMISI PEMILIHAN UMUM
PROVINSI SUMATERA SELATAN
Nomor : 617/HM.03-SD/16/2025 Palembang, 31 Desember 2025
Hal : Pemberitahuan Tertulis
Yth. Ibu Khairunnisa Kurnia Assegaf
di
Jalan Merdeka Nomor 74, Kelurahan Pasar III, Muara Enim
Berdasarkan permohonan informasi Saudara dengan Nomor Pendaftaran
121/PPID/KPU-SS/XI/2025 tanggal 7 November 2025, bersama ini kami sampaikan:
Keputusan Dikabulkan; informasi akan disampaikan setelah dokumen selesai disusun.
Apabila Saudara berkeberatan, Saudara dapat mengajukan keberatan kepada Atasan
PPID dalam jangka waktu 30 hari kerja.
PPID KPU Provinsi Sumatera Selatan,
Usman Eka Herlambang, S.Psi.
Kepada Atasan PPID: Saya KEBERATAN atas jawaban ini karena sampai
sekarang informasinya tidak diberikan. Mohon ditinjau kembali.
Palembang, 5 Jan 2026
"""


def test_an_objection_written_on_the_ppids_answer_is_the_addressees_and_dated_below() -> None:
    values = fields_of(ANSWER_OBJECTED_ON, "keberatan")
    assert values["applicant_name"] == "Khairunnisa Kurnia Assegaf"
    assert (values["letter_number"], values["subject"]) == (None, None)
    assert values["letter_date"] == "2026-01-05"
    assert values["reference_registration_number"] == "121/PPID/KPU-SS/XI/2025"
