"""Extraction from the shapes a second seed of the sixth corpus (bench/make_sixth_corpus.py,
seed 6002) showed going wrong: an e-mail's underscore OCR read as a gap before a digit, a
letter's date beside its number after a town OCR garbled, a table of requested items with
period and format columns, a Komisi Informasi notice's "teregister dengan Reg. No.", …"""

from __future__ import annotations

import pytest

from pipeline.choices import obtain_method
from pipeline.extract import extract_fields
from pipeline.fields import clean_address, clean_name, normalise_email, parse_date


def fields_of(text: str, cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text], cls).values


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("salsabila 8azz@outlook.com", "salsabila_8azz@outlook.com"),
        ("raden 7har@student.iba.ac.id", "raden_7har@student.iba.ac.id"),
        ("sahat- 8sih@outlook.com", "sahat_8sih@outlook.com"),
        ("info Ik2p52@yahoo.co.id", "info_lk2p52@yahoo.co.id"),
        ("firmansyah9 1 @ gmail.com", "firmansyah91@gmail.com"),
        # a capitalised name before an address is the writer's, not the address's
        ("Rina Ismail@yahoo.com", "ismail@yahoo.com"),
    ],
)
def test_an_underscore_ocr_read_as_a_gap_before_a_digit_or_an_l(written: str, address: str) -> None:
    assert normalise_email(written) == address


def test_an_address_alone_on_its_line_under_a_two_word_label_keeps_its_first_word() -> None:
    text = "Nama Pemohon\n\nAntonius Wibisono\n\nAlamat E-mail\n\nantonius wibisono88@yahoo.co.id\n"
    assert fields_of(text)["email"] == "antonius_wibisono88@yahoo.co.id"


def test_an_address_starting_a_line_of_prose_keeps_its_first_word() -> None:
    text = (
        "Saya, Firmansyah, pekerjaan Pekebun, nomor telepon +62 857 1564 9977, e-mail\n\n"
        "firmansyah9 1 @ gmail.com, dengan ini memohon informasi publik.\n"
    )
    assert fields_of(text)["email"] == "firmansyah91@gmail.com"


def test_a_sentence_word_before_an_address_is_not_part_of_it() -> None:
    text = "Jawaban mohon dikirim\nmelalui budi@gmail.com\n"
    assert fields_of(text)["email"] == "budi@gmail.com"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # the town OCR garbled, the date intact after its comma
        ("Nomor : 400.10.2/2219/Pemeri/2026 Tol Obatéhibang, 03/03/2026", "2026-03-03"),
        # the weekday's comma read as an "o"
        ("Nomor : 656/PL.01.1-Und/1606/2025 Sekayu, Selasao25 November 2025", "2025-11-25"),
        # the year's "0" read as a "P"
        ("Nomor : 100.2.1/1299/Pemeri/2026 Palembang, 16/03/2P26", "2026-03-16"),
    ],
)
def test_a_letters_date_beside_its_number_is_its_date_not_the_meetings(line: str, iso: str) -> None:
    text = (
        f"BIRO PEMERINTAHAN DAN OTONOMI DAERAH\n{line}\nLampiran : -\n"
        "Hal : Undangan Rapat\n\nRapat dilaksanakan pada Kamis, 19 Maret 2026 di Ruang Rapat.\n"
    )
    assert fields_of(text, "surat_masuk")["letter_date"] == iso


def test_a_bank_statements_print_date_is_its_date_not_its_periods_start() -> None:
    text = (
        "BANK SUMSEL BABEL\nREKENING KORAN\nPeriode : 01/12/2025 - 15/12/2025\n"
        "Tanggal Cetak : 15/12/2025\n01/12/2025 TRF HONOR PPK/PPS 751.000.000\n"
    )
    assert fields_of(text, "surat_masuk")["letter_date"] == "2025-12-15"


def test_a_year_with_a_letter_for_its_zero_is_still_a_year() -> None:
    assert parse_date("16/03/2P26") == "2026-03-16"


def test_a_press_clippings_paper_stops_before_its_edition() -> None:
    text = (
        "KLIPING MEDIA\nMedia: Sumatera Ekspres Edisi: Kamis, 2 April 2026 Hal. 4\n"
        "Warga Pertanyakan Data Pemilih Ganda di Palembang\n"
    )
    assert fields_of(text, "surat_masuk")["sender_org"] == "Sumatera Ekspres"


def test_a_mediation_notice_gives_the_register_number_it_says_the_case_was_registered_under() -> (
    None
):
    text = (
        "Menindaklanjuti permohonan penyelesaian sengketa informasi publik yang diajukan oleh\n"
        "Eko Prasetyo, beralamat di Jl. Mayor Ruslan No. 97, Palembang, yang telah teregister "
        "dengan Reg. No.\n63/REG/PSI-KISS/2025, dengan ini kami mengundang Saudara untuk hadir.\n"
    )
    assert fields_of(text, "sengketa")["dispute_register_number"] == "63/REG/PSI-KISS/2025"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("| Gede Arsana", "I Gede Arsana"),
        ("I Nyoman Sukadana", "I Nyoman Sukadana"),
        ("Nining Kurniasih, S.Kep., Ns", "Nining Kurniasih, S.Kep., Ns."),
        # no dot is added to a degree written without one after no dotted degree
        ("Rina, Ns", "Rina, Ns"),
    ],
)
def test_a_balinese_is_bar_and_a_last_degrees_lost_dot(written: str, name: str) -> None:
    assert clean_name(written) == name


ITEMS_TABLE = (
    "Saya, Agnes Kristina, dengan ini memohon informasi publik sebagaimana tabel berikut:\n\n"
    "No Periode Format Jenis Informasi\n\n"
    "1 2024-2025 hardcopy Laporan pelaksanaan sosialisasi dan pendidikan pemilih Tahun 2025\n"
    "beserta rincian anggarannya\n\n"
    "2 Tahun 2026 {second} Dokumen Standar Operasional Prosedur (SOP) pelayanan informasi\n"
    "publik KPU Provinsi Sumatera Selatan\n\n"
    "Adapun tujuan penggunaan informasi tersebut adalah bahan pemberitaan.\n"
)


def test_a_table_of_requested_items_gives_the_items_without_their_period_and_format() -> None:
    assert fields_of(ITEMS_TABLE.format(second="hardcopy"))["information_requested"] == (
        "Laporan pelaksanaan sosialisasi dan pendidikan pemilih Tahun 2025 beserta rincian "
        "anggarannya; Dokumen Standar Operasional Prosedur (SOP) pelayanan informasi publik "
        "KPU Provinsi Sumatera Selatan"
    )


def test_a_tables_format_column_is_the_copy_asked_for_when_all_rows_agree() -> None:
    found = obtain_method([ITEMS_TABLE.format(second="hardcopy")])
    assert found is not None and found.value == "salinan_hardcopy"
    assert obtain_method([ITEMS_TABLE.format(second="softcopy")]) is None


EPPID_RECEIPT = (
    "Bukti Permohonan Informasi Publik (Online)\n\n"
    "Nomor Registrasi : 073/PPID/KPU-SS/XI/2025\nTanggal Permohonan : 17 November 2025 12:17\n\n"
    "Nama Lengkap\n\nDwi Cahyono\n\n"
    "Pekerjaan\n\nWartawan\n\n"
    "Rincian Informasi yang Dibutuhkan\n\n"
    "Daftar inventaris Barang Milik Negara (BMN) eks logistik Pemilu 2024\n\n"
    "Tujuan Penggunaan Informasi\n\n{purpose}\n\n"
    "Cara Memperoleh Informasi\n"
)


def test_a_web_forms_values_under_their_labels_past_a_blank_line() -> None:
    values = fields_of(EPPID_RECEIPT.format(purpose="Bahan rapat kerja partai menjelang Pemilu"))
    assert values["applicant_name"] == "Dwi Cahyono"
    assert values["information_requested"] == (
        "Daftar inventaris Barang Milik Negara (BMN) eks logistik Pemilu 2024"
    )
    assert values["purpose"] == "Bahan rapat kerja partai menjelang Pemilu"


def test_a_stray_name_past_a_blank_line_is_no_purpose() -> None:
    assert fields_of(EPPID_RECEIPT.format(purpose='—_ "Nabila Bafadal'))["purpose"] is None


def test_an_items_number_whose_dot_ocr_read_as_a_colon() -> None:
    text = (
        "Dengan ini mengajukan permohonan informasi publik berupa:\n\n"
        "1: Salinan Keputusan tentang pembentukan PPK dan PPS\n\n"
        "Informasi tersebut diperlukan sebagai bahan pembelaan hukum.\n"
    )
    assert fields_of(text)["information_requested"] == (
        "Salinan Keputusan tentang pembentukan PPK dan PPS"
    )


def test_a_tables_header_is_no_requested_item() -> None:
    text = (
        "dengan ini memohon informasi publik sebagaimana tabel berikut:\n\n"
        "No Periode Format Jenis Informasi\n\n"
        "k 2024-2025 softcopy Laporan realisasi penggunaan dana hibah\n"
    )
    assert fields_of(text)["information_requested"] is None


def test_an_ngo_asking_in_its_own_name_keeps_its_letterhead_and_its_phone() -> None:
    text = (
        "LEMBAGA BANTUAN HUKUM RAKYAT SRIWIJAYA\n"
        "Jl. Sukabangun II No. 158 Blok C, Kel. 36 Ilir, Kec. Gandus, Kota Palembang\n"
        "Telp. (0711) 870 769 E-mail: info_lbhrs62@yahoo.co.id\n"
        "Nomor : 147/LBHRS/SK/IV/2026\nPerihal : Permintaan Informasi Publik\n"
        "Palembang, 22-04-2026\nKepada\nYth. PPID KPU Provinsi Sumatera Selatan\n"
        "Dengan hormat, Lembaga Bantuan Hukum Rakyat Sriwijaya, badan hukum berdasarkan SK\n"
        "Kemenkumham Nomor AHU-54929.AH.01.07.Tahun 2013, beralamat di Jl. Sukabangun II No. 158 "
        "Blok\nC, Kel. 36 Ilir, Kec. Gandus, Kota Palembang, dalam hal ini diwakili oleh Ni Ketut "
        "Sriasih, M.Pd. selaku\nDirektur Eksekutif, dengan ini mengajukan permohonan informasi "
        "publik sebagai berikut:\n- Daftar inventaris Barang Milik Negara (BMN).\n"
    )
    values = fields_of(text)
    assert values["applicant_name"] == "Lembaga Bantuan Hukum Rakyat Sriwijaya"
    assert values["sender_org"] == "LEMBAGA BANTUAN HUKUM RAKYAT SRIWIJAYA"
    assert values["phone"] == "+62711870769"


def test_a_labels_colon_ocr_read_as_a_one() -> None:
    text = "Nama 1 Marzuki\nPekerjaan 1 Karyawan BUMN\nAlamat : Jl. Kartini No. 3, Palembang\n"
    values = fields_of(text)
    assert values["applicant_name"] == "Marzuki"
    assert values["occupation"] == "Karyawan BUMN"


def test_an_occupation_in_brackets_after_a_doctors_name() -> None:
    text = (
        "Saya dr. M. Iqbal Maulana, M.H. (Pelaku UMKM), alamat Jl. Kartini No. 195, Palembang,\n"
        "mengajukan keberatan atas jawaban permohonan informasi saya.\n"
    )
    assert fields_of(text, "keberatan")["occupation"] == "Pelaku UMKM"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Hasnah tee’", "Hasnah"),
        ("Agus Setiawan Ke", "Agus Setiawan"),
        ("susi Mardiana Koto", "Mardiana Koto"),
        # particles and a surname OCR read in lower case stay
        ("Muhammad bin Abdullah", "Muhammad bin Abdullah"),
        ("Rahmat Hidayat sikumbang", "Rahmat Hidayat sikumbang"),
    ],
)
def test_specks_beside_a_name_are_no_part_of_it(written: str, name: str) -> None:
    assert clean_name(written) == name


def test_specks_after_a_subject_are_no_part_of_it() -> None:
    text = "Nomor : 12/LBH/2026\nPerihal : Permohonan Informasi Publik le Pa\n"
    assert fields_of(text)["subject"] == "Permohonan Informasi Publik"


def test_a_web_form_receipts_registration_number_is_its_number() -> None:
    values = fields_of(EPPID_RECEIPT.format(purpose="Bahan rapat kerja partai"))
    assert values["letter_number"] == "073/PPID/KPU-SS/XI/2025"


def test_a_commissions_notice_names_the_information_asked_for_before_its_number() -> None:
    text = (
        "Adapun informasi yang dimohonkan oleh Pemohon adalah Daftar Informasi Publik (DIP)\n"
        "KPU Provinsi Sumatera Selatan Tahun 2026 (Nomor Pendaftaran\n"
        "033/PPID/KPU-SS/VIII/2025).\n"
    )
    assert fields_of(text, "sengketa")["information_requested"] == (
        "Daftar Informasi Publik (DIP) KPU Provinsi Sumatera Selatan Tahun 2026"
    )


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("Sl. Basuki Rahmat No. 236", "Jl. Basuki Rahmat No. 236"),
        ("If, Padat Karya No. 130", "Jl. Padat Karya No. 130"),
        ("IC. Pramuka No. 22", "Jl. Pramuka No. 22"),
        ("Jl Inspektur Marzuki No. 109", "Jl. Inspektur Marzuki No. 109"),
        ("2. JL. Tanjung Api-Api No. 77", "Jl. Tanjung Api-Api No. 77"),
        ("Jl. Somad No, 126, Kel, Siring Agung", "Jl. Somad No. 126, Kel. Siring Agung"),
        ("Jl. Letnan Murod No. 144, Kec. . Kertapati", "Jl. Letnan Murod No. 144, Kec. Kertapati"),
        # a lane and an alley are written so
        ("Gg. Melati No. 4", "Gg. Melati No. 4"),
        ("Lr. Damai No. 4", "Lr. Damai No. 4"),
    ],
)
def test_ocrs_readings_of_jl_and_of_a_stop_as_a_comma_are_mended(
    written: str, address: str
) -> None:
    assert clean_address(written) == address


def test_specks_and_a_stray_digit_before_a_hand_written_answer_are_dropped() -> None:
    text = (
        "Rincian Informasi yang Dibutuhkan : — Salinan Keputusan tentang pembentukan PPK\n"
        "Tujuan Penggunaan Informasi : 8 Pengajuan gugatan ke Pengadilan Tata Usaha Negara\n"
    )
    values = fields_of(text)
    assert values["information_requested"] == "Salinan Keputusan tentang pembentukan PPK"
    assert values["purpose"] == "Pengajuan gugatan ke Pengadilan Tata Usaha Negara"


def test_a_wrapped_lead_in_gives_the_list_not_an_earlier_phrase() -> None:
    text = (
        "sehingga saya memerlukan\ndokumen resmi untuk membandingkannya. Adapun informasi\n"
        "yang saya\n"
        "mohon adalah:\n1. Daftar pemilih disabilitas per jenis disabilitas di Kota\nPalembang;\n"
        "2. Laporan Awal Dana Kampanye.\n"
    )
    assert fields_of(text)["information_requested"] == (
        "Daftar pemilih disabilitas per jenis disabilitas di Kota Palembang; Laporan Awal Dana "
        "Kampanye"
    )


def test_an_address_in_a_sentence_stops_before_nomor_telepon() -> None:
    address = clean_address("Jl. Tanjung Api-Api No. 12 Kel. Bagus Kuning, nomor telepon 0812")
    assert address == "Jl. Tanjung Api-Api No. 12 Kel. Bagus Kuning"
