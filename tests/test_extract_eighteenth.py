"""Shapes the eighteenth and nineteenth generators' letters showed."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields

MEDIATOR = (
    "Komisi Informasi\nProvinsi Sumatera Selatan\nHal : Penunjukan Mediator\n"
    "bersama ini kami sampaikan hal-hal sebagai berikut:\n"
    "Nomor Register : 44/REG-PSI/XII/2025\nPemohon : Nyimas Halimah\n"
    "Termohon : PPID KPU Provinsi Sumatera Selatan\n"
    "Objek Sengketa : Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil\n"
    "Gubernur Tahun 2024\nNo Nama Kedudukan\n1. Wulan Pertiwi, S.Ak. Mediator\n"
    "--- lampiran ---\nPERNYATAAN KESEDIAAN MENEMPUH MEDIASI\n"
    "Yang bertanda tangan di bawah ini:\n{form}"
)


@pytest.mark.parametrize("form", ["Nama :\nJabatan :\nNIP :\n", "Nama\n\nJabatan\nNIP\n"])
def test_a_blank_forms_rows_are_no_values(form: str) -> None:
    fields = extract_fields([MEDIATOR.format(form=form)], "sengketa").values
    assert fields["applicant_name"] == "Nyimas Halimah"  # not the blank row's next label
    assert fields["information_requested"] == (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024"
    )  # up to the table of the panel below it


SUPERVISOR = (
    "Hal : Permohonan Data Penelitian Mahasiswa\n"
    "selaku dosen pembimbing skripsi, dengan ini mengajukan permohonan informasi publik untuk\n"
    "keperluan penelitian mahasiswa bimbingan kami sebagai berikut:\n"
    "No | Nama NIM Data yang Diperlukan\nMahasiswa\n"
    "1 Felicia Oei 1695066607 Data partisipasi pemilih per kecamatan di Kabupaten\n"
    "Banyuasin pada Pemilu 2024\n"
    "2 |Bambang Putra Lubis | 0465176460] Jumlah pemilih penyandang disabilitas di Lahat\n"
    "Data tersebut akan digunakan sebagai bahan penelitian skripsi mahasiswa bimbingan.\n"
)


def test_a_supervisors_table_of_students_gives_the_items_without_names_and_numbers() -> None:
    fields = extract_fields([SUPERVISOR], "permohonan_informasi").values
    assert fields["information_requested"] == (
        "Data partisipasi pemilih per kecamatan di Kabupaten Banyuasin pada Pemilu 2024; "
        "Jumlah pemilih penyandang disabilitas di Lahat"
    )


def test_an_objections_grounds_are_not_what_was_asked_for() -> None:
    letter = (
        "Hal : Pengajuan Keberatan Informasi Publik\n"
        "dengan ini mengajukan keberatan kepada Atasan PPID dengan dasar sebagai berikut:\n"
        "DASAR:\n1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;\n"
        "2. Surat PPID KPU Provinsi Sumatera Selatan Nomor 359/PP.01-SD/16/2025.\n"
        "POKOK KEBERATAN:\n"
        "Kami memohon informasi berupa Daftar Informasi Publik (DIP) KPU Provinsi Sumatera\n"
        "Selatan Tahun 2025. Namun informasi baru kami terima setelah lewat jangka waktu.\n"
    )
    assert extract_fields([letter], "keberatan").values["information_requested"] == (
        "Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan Tahun 2025"
    )


def test_a_notarys_degrees_in_the_letterhead_and_the_sentence() -> None:
    letter = (
        "NOTARIS DAN PPAT\nBINSAR NAINGGOLAN, S.H., M.Kn.\n"
        "SK Menteri Hukum dan HAM RI Nomor AHU-07967.AH.02.01.Tahun 2009\n"
        "Nomor : 68/NOT/03/2026 Palembang, 24/03/2026\nPerihal : Permohonan Informasi Publik\n"
        "Dengan hormat,\n"
        "Yang bertanda tangan di bawah ini, Binsar Nainggolan, S.H., M.Kn., Notaris di Kota\n"
        "Palembang, dengan ini mengajukan permohonan informasi publik berupa salinan DCT.\n"
    )
    fields = extract_fields([letter], "permohonan_informasi").values
    assert fields["sender_org"] == "NOTARIS DAN PPAT BINSAR NAINGGOLAN, S.H., M.Kn."
    assert fields["applicant_name"] == "Binsar Nainggolan, S.H., M.Kn."


def test_a_word_processor_forms_unfilled_prompt_is_no_value() -> None:
    form = (
        "FORMULIR PERMOHONAN INFORMASI PUBLIK\n"
        "Nama Pemohon : Ahmad Fauzi\n"
        "Pekerjaan : Klik atau ketuk di sini untuk memasukkan teks.\n"
        "Rincian Informasi : Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025\n"
        "Tujuan Penggunaan Informasi : Click or tap here to enter text.\n"
    )
    fields = extract_fields([form], "permohonan_informasi").values
    assert fields["applicant_name"] == "Ahmad Fauzi"
    assert fields["occupation"] is None
    assert fields["purpose"] is None


def test_a_circulars_number_under_its_title() -> None:
    circular = (
        "KOMISI PEMILIHAN UMUM\nREPUBLIK INDONESIA\nYth. Ketua KPU Provinsi se-Indonesia\n"
        "SURAT EDARAN\nNOMOR 30 TAHUN 2026\nTENTANG\n"
        "HARI LIBUR NASIONAL DAN CUTI BERSAMA TAHUN 2026\nA. Latar Belakang\n"
        "Dalam rangka pelaksanaan Keputusan Bersama Nomor 983 Tahun 2025 perlu diatur.\n"
    )
    assert extract_fields([circular], "surat_masuk").values["letter_number"] == "30 TAHUN 2026"


def test_a_persons_telp_row_is_theirs_and_an_offices_signature_line_is_not() -> None:
    objection = (
        "Hal : Pengajuan Keberatan\nYang bertanda tangan di bawah ini:\nNama : Yusuf Effendi\n"
        "Alamat : Jalan Lettu Hamid Nomor 236 Kota Pagar Alam\nTelp. +62 811 3398 0793\n"
        "dengan ini mengajukan keberatan kepada Atasan PPID atas permohonan saya.\n"
    )
    assert extract_fields([objection], "keberatan").values["phone"] == "+6281133980793"
    forwarded = (
        "Fwd: Re: Permintaan Data Hasil Pemilihan 2024\n"
        "Silakan mengajukan permohonan kepada PPID KPU Provinsi melalui surel.\nSalam,\n"
        "Admin PPID KPU Kabupaten Ogan Komering Ulu Selatan\nTelp. (0735) 316444\n"
        "Pada Rabu, 20 Agustus 2025 22:05, Bambang Wahyudi menulis:\n"
        "Nama Lengkap : Bambang Wahyudi\nNomor Induk Kependudukan : 1671 0813 0482 2051\n"
        "No. WA : WA +6281301584644\nMengajukan permohonan informasi berupa:\n"
        "1. Data tingkat partisipasi pemilih pada Pemilihan Gubernur Tahun 2024\n"
    )
    assert extract_fields([forwarded], "permohonan_informasi").values["phone"] == (
        "+6281301584644"
    )  # the applicant's row, not the desk's line nor digits of the NIK


def test_a_periodic_publication_sought_on_the_website() -> None:
    objection = (
        "Hal : Keberatan atas Tidak Tersedianya Informasi Berkala\n"
        "Saya telah beberapa kali membuka laman PPID KPU Provinsi Sumatera Selatan untuk\n"
        "memperoleh laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran 2025,\n"
        "yang menurut ketentuan termasuk informasi yang wajib disediakan dan diumumkan secara\n"
        "berkala. Namun informasi tersebut tidak tersedia (tangkapan layar terlampir).\n"
    )
    assert extract_fields([objection], "keberatan").values["information_requested"] == (
        "Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran 2025"
    )


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (
            "Untuk dan atas nama Pemberi Kuasa mengajukan keberatan atas tanggapan terhadap\n"
            "permohonan informasi publik Nomor Pendaftaran 099/PPID/KPU-SS/IX/2026 mengenai\n"
            "salinan formulir Model C.Hasil untuk TPS 014 Kelurahan Kedaton, menghadiri\n"
            "pertemuan, menyampaikan dan menerima surat-surat, serta melakukan segala tindakan.\n",
            "keberatan",
        ),
        (
            "Termohon : PPID KPU Provinsi Sumatera Selatan\n"
            "Objek Sengketa : Salinan formulir Model C.Hasil untuk TPS 014 Kelurahan Kedaton\n"
            "kami minta Termohon menyampaikan dokumen berikut paling lambat 24 Juli 2026:\n",
            "sengketa",
        ),
    ],
)
def test_what_follows_the_object_in_the_same_sentence_is_no_part_of_it(text: str, cls: str) -> None:
    assert extract_fields([text], cls).values["information_requested"] == (
        "Salinan formulir Model C.Hasil untuk TPS 014 Kelurahan Kedaton"
    )
