"""An online form's answers printed from the browser: each question's title over its answer,
a required one marked with an asterisk, and a multiple-choice question's options listed one per
line with the chosen one marked only in the picture (a written-in "Lainnya: …" is read)."""

from __future__ import annotations

from pipeline.extract import extract_fields

PRINTED_FORM = (
    "06/04/26 14.07 Formulir Permintaan Informasi Publik\n"
    "Formulir Permintaan Informasi Publik\n"
    "Silakan isi formulir di bawah ini dengan data yang benar.\n"
    "* Menunjukkan pertanyaan yang wajib diisi\n"
    "Email *\n"
    "eka95@gmail.com\n"
    "Nama Lengkap *\n"
    "Eka Sari Kurniawan\n"
    "NIK (Nomor Induk Kependudukan) *\n"
    "1606055608962826\n"
    "Pekerjaan *\n"
    "Pelajar/Mahasiswa\n"
    "PNS/TNI/Polri\n"
    "Karyawan Swasta\n"
    "Wiraswasta\n"
    "{other}\n"
    "Nomor HP/WhatsApp *\n"
    "0878.440.2515\n"
    "Rincian Informasi yang Dibutuhkan *\n"
    "Daftar nama anggota PPK dan PPS di Kabupaten Lahat pada Pemilihan\n"
    "Tahun 2024\n"
    "Tujuan Penggunaan Informasi *\n"
    "Pengawasan partisipatif masyarakat terhadap penyelenggaraan pemilu\n"
    "Tanggal Permohonan *\n"
    "03/04/2026\n"
)


def test_a_required_questions_answer_below_it_is_read() -> None:
    fields = extract_fields([PRINTED_FORM.format(other="Lainnya:")], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Eka Sari Kurniawan"
    assert fields.values["information_requested"] == (
        "Daftar nama anggota PPK dan PPS di Kabupaten Lahat pada Pemilihan Tahun 2024"
    )
    assert fields.values["purpose"] == (
        "Pengawasan partisipatif masyarakat terhadap penyelenggaraan pemilu"
    )
    assert fields.values["letter_date"] == "2026-04-03"


def test_a_choice_list_is_not_read_as_its_first_option() -> None:
    fields = extract_fields([PRINTED_FORM.format(other="Lainnya:")], "permohonan_informasi")
    assert fields.values["occupation"] is None


def test_a_written_in_other_choice_is_the_answer() -> None:
    fields = extract_fields([PRINTED_FORM.format(other="Lainnya: Advokat")], "permohonan_informasi")
    assert fields.values["occupation"] == "Advokat"


def test_a_label_over_its_value_without_choices_still_reads() -> None:
    page = (
        "Nama Lengkap\nBudi Santoso\nPekerjaan\nWiraswasta\nAlamat : Jl. Merdeka No. 1, Palembang\n"
    )
    fields = extract_fields([page], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Budi Santoso"
    assert fields.values["occupation"] == "Wiraswasta"
