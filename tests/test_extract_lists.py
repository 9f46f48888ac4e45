"""Lists of requested items as OCR reads them: round bullets read as other signs, letters or
pairs of capitals; an item's parts in sub-bullets under it ("…, meliputi:" over "i. jumlah …")."""

from __future__ import annotations

from pipeline.extract import normalise_value
from pipeline.sections import information_requested

LEAD = (
    "Saya, Budi Santoso, NIK 1671041803650713, dengan ini mengajukan permohonan informasi\n"
    "publik sebagai berikut:\n\n"
)
PURPOSE = "\nAdapun informasi tersebut saya perlukan untuk bahan penelitian.\n"


def asked(items: str) -> str | None:
    found = information_requested([LEAD + items + PURPOSE])
    return found.value if found else None


def test_bullets_read_as_letters_and_capitals_are_no_part_of_the_items() -> None:
    items = (
        "g Data keterwakilan perempuan dalam daftar calon tetap anggota DPRD Provinsi\n"
        "Sumatera Selatan\n\n"
        "HM Daftar nama dan alamat kantor sekretariat PPK di Kabupaten Ogan\n"
        "Komering Ilir\n"
    )
    assert asked(items) == (
        "Data keterwakilan perempuan dalam daftar calon tetap anggota DPRD Provinsi Sumatera"
        " Selatan; Daftar nama dan alamat kantor sekretariat PPK di Kabupaten Ogan Komering Ilir"
    )


def test_sub_bullets_are_the_parts_of_the_item_above_them() -> None:
    items = (
        "@ Daftar nama anggota PPK dan PPS se-Kota Palembang pada Pemilihan Tahun 2024\n"
        "@ Data badan ad hoc Pemilihan Tahun 2024 di Kota Palembang:\n"
        "° jumlah anggota PPK dan PPS\n"
        "° besaran honorarium per bulan\n"
        "e jumlah anggota yang diberhentikan beserta alasannya\n"
    )
    assert asked(items) == (
        "Daftar nama anggota PPK dan PPS se-Kota Palembang pada Pemilihan Tahun 2024; Data badan"
        " ad hoc Pemilihan Tahun 2024 di Kota Palembang: jumlah anggota PPK dan PPS, besaran"
        " honorarium per bulan, jumlah anggota yang diberhentikan beserta alasannya"
    )


def test_roman_sub_items_end_where_the_next_bullet_begins() -> None:
    items = (
        "“ Besaran honorarium badan ad hoc (PPK, PPS, KPPS) pada Pemilihan Tahun 2025\n"
        "* Data partisipasi pemilih pada Pemilihan Tahun 2024 di Kabupaten Ogan Komering\n"
        "Ilir, mencakup:\n"
        "i. persentase kehadiran pemilih per kecamatan\n"
        "ii. jumlah pemilih yang menggunakan DPTb\n"
        "¢ Informasi layanan PPID Tahun 2025, berupa:\n"
        "i. jumlah permohonan informasi yang diterima\n"
        "ii. jumlah permohonan yang dikabulkan dan ditolak\n"
    )
    assert asked(items) == (
        "Besaran honorarium badan ad hoc (PPK, PPS, KPPS) pada Pemilihan Tahun 2025; Data"
        " partisipasi pemilih pada Pemilihan Tahun 2024 di Kabupaten Ogan Komering Ilir,"
        " mencakup: persentase kehadiran pemilih per kecamatan, jumlah pemilih yang menggunakan"
        " DPTb; Informasi layanan PPID Tahun 2025, berupa: jumlah permohonan informasi yang"
        " diterima, jumlah permohonan yang dikabulkan dan ditolak"
    )


def test_parts_in_capitals_keep_their_commas_and_a_wrapped_opener_goes_on() -> None:
    items = (
        "- Laporan dana kampanye pasangan calon Tahun 2024, terdiri\n"
        "dari:\n"
        "   • Laporan Awal Dana Kampanye (LADK)\n"
        "   • Laporan Penerimaan Sumbangan Dana Kampanye (LPSDK)\n"
        "- Salinan Surat Keputusan penetapan pasangan calon Bupati\n"
    )
    assert asked(items) == (
        "Laporan dana kampanye pasangan calon Tahun 2024, terdiri dari: Laporan Awal Dana"
        " Kampanye (LADK), Laporan Penerimaan Sumbangan Dana Kampanye (LPSDK); Salinan Surat"
        " Keputusan penetapan pasangan calon Bupati"
    )


def test_a_margin_bar_before_a_wrapped_line_begins_no_item() -> None:
    items = (
        "¢ Salinan Laporan Keuangan KPU Provinsi Sumatera\n"
        "| Selatan Tahun Anggaran 2025 yang telah diaudit\n\n"
        "¢ Salinan Surat Keputusan tentang pembentukan PPID di\n"
        "| lingkungan KPU Provinsi Sumatera Selatan\n"
    )
    assert asked(items) == (
        "Salinan Laporan Keuangan KPU Provinsi Sumatera Selatan Tahun Anggaran 2025 yang telah"
        " diaudit; Salinan Surat Keputusan tentang pembentukan PPID di lingkungan KPU Provinsi"
        " Sumatera Selatan"
    )


def test_numbered_items_with_a_colon_but_no_parts_stay_apart() -> None:
    items = "1. Data DPT Kota Palembang:\n2. Salinan berita acara rekapitulasi tingkat provinsi\n"
    assert asked(items) == (
        "Data DPT Kota Palembang; Salinan berita acara rekapitulasi tingkat provinsi"
    )


def test_a_cover_letters_list_of_students_is_not_what_is_asked_for() -> None:
    cover = (
        "Kami sampaikan dengan hormat bahwa mahasiswa berikut:\n"
        "No | Nama NIM Program Studi | Semester\n"
        "1 Rohana Ayu Siregar 25141465181 Ilmu Komunikasi IX\n"
        "bermaksud mengajukan permohonan informasi/data kepada instansi yang Bapak/Ibu\n"
        "pimpin guna penyusunan skripsi.\n"
    )
    request = (
        "dengan ini mengajukan permohonan informasi publik sebagai berikut:\n"
        "1. Data rekapitulasi pemutakhiran data pemilih berkelanjutan semester II tahun\n"
        "2026\n"
        "2. Jumlah TPS dan jumlah pemilih per TPS di Kota Palembang\n"
        "Informasi tersebut akan saya gunakan sebagai data pendukung penelitian.\n"
    )
    found = information_requested([cover, request])
    assert found is not None
    assert found.value == (
        "Data rekapitulasi pemutakhiran data pemilih berkelanjutan semester II tahun 2026;"
        " Jumlah TPS dan jumlah pemilih per TPS di Kota Palembang"
    )


def test_a_title_whose_closing_quote_ocr_read_curly_is_between_straight_quotes() -> None:
    read = 'Bahan penelitian skripsi dengan judul "Partisipasi Pemilih Pemula”'
    assert normalise_value("purpose", read) == (
        'Bahan penelitian skripsi dengan judul "Partisipasi Pemilih Pemula"'
    )
    assert normalise_value("purpose", "judul “Pemilih Pemula”") == "judul “Pemilih Pemula”"
