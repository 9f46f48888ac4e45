"""Extraction from OCR-damaged text of layouts the generator does not make: specks before labels,
a colon read as a digit, values split by a blank line OCR put inside them."""

from __future__ import annotations

from pipeline.extract import extract_fields

LETTER = """LEMBAGA BANTUAN HUKUM SUMSEL
Jl. Angkatan 45 No. 9 Palembang

, Nomor 1 14 / LBH-S / X / 2026
Palembang, 2 Oktober 2026
Hal : Permohonan Data

Berdasarkan Undang-Undang Nomor 1 Tahun 2008, kami memohon data berikut."""


def test_a_colon_read_as_one_and_spaced_slashes_still_give_the_number() -> None:
    values = extract_fields([LETTER], "surat_masuk").values
    assert values["letter_number"] == "14/LBH-S/X/2026"


def test_a_speck_before_the_label_and_dots_before_the_value_are_ignored() -> None:
    text = ". Nomor :.278/ALIANSI/IV/2026\nPalembang, 2 Oktober 2026"
    assert extract_fields([text], "surat_masuk").values["letter_number"] == "278/ALIANSI/IV/2026"


def test_nomor_with_a_digit_but_no_number_is_not_a_letter_number() -> None:
    text = "Nomor 1 Tahun 2013 tentang Prosedur\nPalembang, 2 Oktober 2026"
    assert extract_fields([text], "surat_masuk").values["letter_number"] is None


FORM = """PERMOHONAN INFORMASI
Nama : Rina Marlina
Alamat : JI. Kolonel Atmo No. 4 Blok B

RT 003/RW 01, Kel. Tuan Kentang, Kec. Seberang Ulu I, Palembang
Pekerjaan : Guru
Informasi yang dimohon : Daftar calon anggota legislatif

tingkat kabupaten
Tujuan penggunaan : Bahan ajar kewarganegaraan di sekolah

Saya menyatakan bahwa data di atas benar."""


def test_values_go_on_over_a_blank_line_when_the_next_line_continues_them() -> None:
    values = extract_fields([FORM], "permohonan_informasi").values
    assert values["address"] == (
        "Jl. Kolonel Atmo No. 4 Blok B RT 003/RW 01, Kel. Tuan Kentang, "
        "Kec. Seberang Ulu I, Palembang"
    )
    assert values["information_requested"] == "Daftar calon anggota legislatif tingkat kabupaten"


def test_a_new_paragraph_after_a_blank_line_is_not_part_of_the_value() -> None:
    values = extract_fields([FORM], "permohonan_informasi").values
    assert values["purpose"] == "Bahan ajar kewarganegaraan di sekolah"


TABLE = """Uraian Keterangan
Nomor Register Sengketa 012/REG-PSI/V/2026
Pemohon Rina Marlina, beralamat di JI. Kolonel Atmo No. 4

RT 003/RW 01, Kel. Tuan Kentang, Palembang

Termohon PPID KPU Provinsi Sumatera Selatan
Informasi yang Dimohon Salinan hasil rapat pleno KPU Provinsi

Sumatera Selatan tahun 2024

Mohon ditanggapi dalam waktu yang ditentukan."""


def test_table_rows_go_on_over_a_blank_line_and_stop_at_the_paragraph() -> None:
    values = extract_fields([TABLE], "sengketa").values
    assert values["applicant_name"] == "Rina Marlina"
    assert values["address"] == (
        "Jl. Kolonel Atmo No. 4 RT 003/RW 01, Kel. Tuan Kentang, Palembang"
    )
    assert values["information_requested"] == (
        "Salinan hasil rapat pleno KPU Provinsi Sumatera Selatan tahun 2024"
    )


def test_a_table_row_ending_in_a_full_value_stops_at_the_blank_line() -> None:
    table = TABLE.replace("KPU Provinsi\n", "KPU\n")
    assert extract_fields([table], "sengketa").values["information_requested"] == (
        "Salinan hasil rapat pleno KPU"
    )


def test_inline_address_read_with_ji_for_jl() -> None:
    text = (
        "Saya, Rina Marlina, NIK 1671094101900002, beralamat di JI. Kolonel Atmo No. 4, Palembang"
    )
    assert extract_fields([text], "keberatan").values["address"] == (
        "Jl. Kolonel Atmo No. 4, Palembang"
    )
