"""Extraction from the shapes an eleventh corpus written apart from the pipeline
(bench/make_eleventh_corpus.py, seed 11001) showed going wrong: records named in prose with
commas and a "dan" between, what was asked named after a registration's date or after "informasi
saya tentang", a letter whose first page is Braille."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields


def fields_of(text: str, cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text], cls).values


def test_records_named_in_prose_with_commas_and_dan_are_items() -> None:
    text = (
        "Saya yang bernama Wahyu Putra Effendi, dengan ini mengajukan permohonan\n"
        "informasi publik kepada PPID KPU Provinsi Sumatera Selatan, berupa: salinan\n"
        "Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Rekapitulasi Hasil\n"
        "Penghitungan Suara Pemilihan Gubernur Tahun 2024, data Daftar Pemilih Tetap (DPT)\n"
        "Pemilu Tahun 2024 per kecamatan di Kabupaten Musi Rawas, rencana Kerja dan\n"
        "Anggaran (RKA) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026, dan jumlah TPS\n"
        "dan jumlah pemilih per desa/kelurahan di Kabupaten Empat Lawang pada Pemilu 2024.\n"
        "Informasi tersebut saya perlukan untuk dokumentasi pribadi dan pengetahuan umum.\n"
    )
    fields = fields_of(text)
    assert str(fields["information_requested"]).split("; ") == [
        "Salinan Keputusan KPU Provinsi Sumatera Selatan tentang Penetapan Rekapitulasi Hasil"
        " Penghitungan Suara Pemilihan Gubernur Tahun 2024",
        "Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 per kecamatan di Kabupaten Musi Rawas",
        "Rencana Kerja dan Anggaran (RKA) KPU Provinsi Sumatera Selatan Tahun Anggaran 2026",
        "Jumlah TPS dan jumlah pemilih per desa/kelurahan di Kabupaten Empat Lawang pada Pemilu"
        " 2024",
    ]
    assert fields["purpose"] == "Dokumentasi pribadi dan pengetahuan umum"


def test_two_records_with_dan_between_are_two_items_but_an_items_parts_stay() -> None:
    two = "Saya memohon informasi berupa data DPT Kota Lubuklinggau, dan rencana Kerja KPU 2026.\n"
    assert fields_of(two)["information_requested"] == (
        "Data DPT Kota Lubuklinggau; Rencana Kerja KPU 2026"
    )
    parts = (
        "Saya memohon informasi berupa Data DPT Kota Palembang, meliputi: jumlah pemilih per\n"
        "kecamatan, jumlah pemilih penyandang disabilitas, dan jumlah TPS per kelurahan.\n"
    )
    assert ";" not in str(fields_of(parts)["information_requested"])


def test_what_was_asked_after_the_registrations_date_and_its_purpose_are_read() -> None:
    text = (
        "Permohonan Nomor Pendaftaran 079/PPID/KPU-SS/VIII/2025, diajukan pada 27 Agustus\n"
        "2025, berupa salinan formulir Model C.Hasil untuk TPS 007 Kelurahan Pasar\n"
        "Lama, untuk bahan diskusi publik dan laporan tahunan lembaga.\n"
    )
    fields = fields_of(text, "keberatan")
    assert fields["information_requested"] == (
        "Salinan formulir Model C.Hasil untuk TPS 007 Kelurahan Pasar Lama"
    )
    assert fields["purpose"] == "Bahan diskusi publik dan laporan tahunan lembaga"


def test_what_was_asked_after_informasi_saya_tentang_is_read() -> None:
    text = (
        "Dengan ini saya Yusuf Fauzi mengajukan keberatan atas jawaban PPID terhadap permohonan\n"
        "informasi saya tentang salinan Keputusan KPU Provinsi Sumatera Selatan Tahun 2024,\n"
        "sebagaimana e-mail di bawah.\n"
    )
    assert fields_of(text, "keberatan")["information_requested"] == (
        "Salinan Keputusan KPU Provinsi Sumatera Selatan Tahun 2024"
    )


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "RAHASIA\nKEJAKSAAN REPUBLIK INDONESIA\nKEJAKSAAN NEGERI OGAN ILIR\n",
            "KEJAKSAAN NEGERI OGAN ILIR",
        ),
        (
            "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA\n"
            "KANTOR WILAYAH DITJEN PEMASYARAKATAN SUMATERA SELATAN\n"
            "RUMAH TAHANAN NEGARA KELAS I PALEMBANG\n",
            "RUMAH TAHANAN NEGARA KELAS I PALEMBANG",
        ),
        (
            "ORGANISASI SISWA INTRA SEKOLAH (OSIS)\n3 SMA NEGERI 1 INDRALAYA UTARA\n",
            "ORGANISASI SISWA INTRA SEKOLAH (OSIS) SMA NEGERI 1 INDRALAYA UTARA",
        ),
        (
            "PERSATUAN TUNANETRA INDONESIA\n(3 (PERTUNI)\nDEWAN PENGURUS DAERAH SUMATERA SELATAN\n"
            "Sekretariat: Jl. Dwikora II No. 66 Palembang Telp. (0711) 416061\n"
            "ALIH AKSARA SURAT BRAILLE\n",
            "PERSATUAN TUNANETRA INDONESIA (PERTUNI) DEWAN PENGURUS DAERAH SUMATERA SELATAN",
        ),
        (  # a party's board printed under its particulars is still its name's
            "PARTAI PERSATUAN RAKYAT SRIWIJAYA\nPROVINSI SUMATERA SELATAN\n"
            "Sekretariat: Jl. Angkatan 45 No. 81 Palembang Telp. 0711-374105\n"
            "3 DEWAN PIMPINAN WILAYAH\n",
            "DEWAN PIMPINAN WILAYAH PARTAI PERSATUAN RAKYAT SRIWIJAYA PROVINSI SUMATERA SELATAN",
        ),
    ],
)
def test_the_sender_is_the_unit_under_its_parents_and_markings(head: str, sender: str) -> None:
    text = f"{head}Nomor : 240/DPW/X/2025 Palembang, 9 Oktober 2025\nPerihal : Data\n"
    assert fields_of(text, "surat_masuk")["sender_org"] == sender


def test_a_braille_first_page_heads_nothing_the_transcriptions_letterhead_names_the_sender() -> (
    None
):
    braille = "9\n\n99\n\n00\n0 0\n9 8\nO52 6\n"
    transcription = (
        "PERSATUAN TUNANETRA INDONESIA (PERTUNI)\nDEWAN PENGURUS DAERAH SUMATERA SELATAN\n"
        "Sekretariat: Jl. Dwikora II No. 66 Palembang\nNomor : 041/DPD-PERTUNI/V/2026\n"
    )
    fields = extract_fields([braille, transcription], "permohonan_informasi")
    assert fields.values["sender_org"] == (
        "PERSATUAN TUNANETRA INDONESIA (PERTUNI) DEWAN PENGURUS DAERAH SUMATERA SELATAN"
    )
    assert fields.spans["sender_org"]["page"] == 2


def test_a_colonless_grids_value_stops_where_the_next_columns_label_and_value_begin() -> None:
    text = (
        "A. DATA PEMOHON\n"
        "Nama Lengkap Siti Hasibuan, S.Kom., M.Si.\n"
        "NIK 1606125807872634 Jenis Pemohon Perorangan\n"
        "Pekerjaan Advokat Nomor HP/WA +62 852-032-0766\n"
        "Email siti96@yahoo.com Jenis Kelamin Perempuan\n"
    )
    fields = fields_of(text)
    assert (fields["occupation"], fields["phone"]) == ("Advokat", "+628520320766")
    assert fields["applicant_name"] == "Siti Hasibuan, S.Kom., M.Si."


def test_a_box_of_number_and_subject_beside_the_dateline_and_the_addressee_is_read() -> None:
    text = (
        "Palembang, 19/01/2026 Nomor: 186/Red-STK/I/2026\n"
        "Lampiran : 1 (satu) lembar\n"
        "Kepada Yth. Perihal — : Permohonan Data\n"
        "PPID KPU Provinsi\n"
    )
    fields = fields_of(text)
    assert (fields["letter_number"], fields["subject"]) == ("186/Red-STK/I/2026", "Permohonan Data")
    assert fields["letter_date"] == "2026-01-19"


def test_the_purpose_after_yaitu_permohonan_in_an_objections_sentence_is_read() -> None:
    text = (
        "permohonan informasi saya yang terdaftar dengan Nomor Pendaftaran\n"
        "130/PPID/KPU-SS/IV/2026\n"
        "tanggal 5 April 2026, yaitu permohonan jumlah pemilih penyandang disabilitas per\n"
        "kabupaten/kota untuk kajian akademik mengenai partisipasi pemilih di daerah.\n"
    )
    assert fields_of(text, "keberatan")["purpose"] == (
        "Kajian akademik mengenai partisipasi pemilih di daerah"
    )


@pytest.mark.parametrize(
    ("hal", "subject"),
    [
        (
            "Hal : Permohonan Data Penelitian PPID KPU Provinsi Sumatera Selatan",
            "Permohonan Data Penelitian",
        ),
        (
            "Hal : Permohonan Informasi kepada PPID KPU Provinsi Sumatera Selatan",
            "Permohonan Informasi kepada PPID KPU Provinsi Sumatera Selatan",
        ),
        ("Hal : Keberatan atas Tanggapan PPID", "Keberatan atas Tanggapan PPID"),
    ],
)
def test_the_addressees_column_read_across_after_a_subject_is_no_part_of_it(
    hal: str, subject: str
) -> None:
    text = f"Nomor : 165/KRTP-SS/II/2026 Palembang, 23.02.2026\nLampiran : - Kepada Yth.\n{hal}\n"
    assert fields_of(text)["subject"] == subject


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "memutus Sengketa Informasi Publik Nomor Register 026/REG-PSI/I/2026 yang\n"
            "diajukan oleh:\n[1.2] Muhammad Eka Nasution, beralamat di Jl. Veteran No. 74,\n",
            "Muhammad Eka Nasution",
        ),
        (
            "dalam sengketa informasi publik Nomor Register 057/REG-PSI/VI/2025 antara Taufik\n"
            "Setiawan (Pemohon) dan PPID KPU Provinsi Sumatera Selatan (Termohon), yang amarnya\n",
            "Taufik Setiawan",
        ),
    ],
)
def test_a_commissions_decision_names_the_applicant_as_its_parties(
    sentence: str, name: str
) -> None:
    assert fields_of(sentence, "sengketa")["applicant_name"] == name


def test_a_commissions_list_of_documents_to_bring_is_no_information_asked_for() -> None:
    text = (
        "Dalam rangka pemeriksaan sengketa informasi publik tersebut di atas mengenai\n"
        "permohonan informasi Nomor Pendaftaran 018/PPID/KPU-SS/XII/2025 berupa salinan Berita\n"
        "Acara Rekapitulasi Hasil Penghitungan Suara di Kota Lubuklinggau, Majelis Komisioner\n"
        "memandang perlu memeriksa secara tertutup dokumen yang disengketakan. Sehubungan\n"
        "dengan itu, Saudara diminta menghadirkan dokumen berikut:\n"
        "No |Dokumen Bentuk Keterangan\n"
        "1 Dokumen yang dimohon Pemohon Asli dan salinan Utuh, tanpa\n"
        "2 Berita acara uji konsekuensi informasi yang Salinan Bila ada\n"
    )
    assert fields_of(text, "sengketa")["information_requested"] == (
        "Salinan Berita Acara Rekapitulasi Hasil Penghitungan Suara di Kota Lubuklinggau"
    )


def test_a_rulings_information_ends_before_what_the_ruling_says_of_it() -> None:
    text = (
        "2. Menyatakan informasi berupa standar biaya honorarium badan ad hoc pada Pemilihan\n"
        "Tahun 2024 adalah informasi yang terbuka,\n"
    )
    assert fields_of(text, "sengketa")["information_requested"] == (
        "Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024"
    )


def test_a_sub_list_under_a_numbered_lead_in_ends_at_the_next_numbered_item() -> None:
    text = (
        "untuk dan atas nama Pemberi Kuasa:\n"
        "1. Mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera Selatan.\n"
        "2. Informasi yang dimohon adalah:\n"
        "a. Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota\n"
        "b. Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 per kecamatan di Kota\n"
        "Lubuklinggau\n"
        "3. Menyampaikan bahwa informasi tersebut akan digunakan untuk bahan penyusunan skripsi.\n"
        "4. Melihat dan mencatat langsung informasi tersebut di kantor PPID.\n"
    )
    assert fields_of(text)["information_requested"] == (
        "Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota; Data"
        " Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 per kecamatan di Kota Lubuklinggau"
    )


def test_a_decision_titled_and_numbered_above_the_commission_is_the_commissions() -> None:
    text = (
        "PUTUSAN SELA\nNomor: 060/II/KI-SS-PS/2026\nKOMISI INFORMASI PROVINSI SUMATERA SELATAN\n"
        "1. IDENTITAS\n[1.1] Komisi Informasi Provinsi Sumatera Selatan yang menerima\n"
    )
    assert fields_of(text, "sengketa")["sender_org"] == "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"
