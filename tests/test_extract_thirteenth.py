"""Extraction from shapes the twelfth corpus's second seed (bench/make_twelfth_corpus.py, seed
12002) showed going wrong: a foreign researcher's English sentences after the purpose, a
student board's objection whose purpose runs into its consequence, an item table whose first
row number OCR misread, an address whose town stands alone below a blank line, and a logo read
as letters beside a letterhead's name."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields
from pipeline.fields import clean_name, clean_org, normalise_number, parse_nik


def fields_of(pages: list[str], cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields(pages, cls).values


ENGLISH_REQUEST = (
    "Palembang, August 11, 2025\n"
    "To / Kepada Yth.:\n"
    "PPID KPU Provinsi Sumatera Selatan\n"
    "Perihal / Subject : Request for Public Information\n"
    "Name / Nama : Daniel Okafor, M.A.\n"
    "Occupation / Pekerjaan : Lecturer\n"
    "The information requested / Informasi yang dimohon:\n"
    "1. Final voter list (DPT) totals for the 2024 General Election, by regency/city\n"
    "2. List of polling stations that held re-voting (PSU) in 2024\n"
    "Purpose / Tujuan : Comparative research on voter registration practices in\n"
    "\n"
    "Southeast Asia\n"
    "\n"
    "I will collect printed copies (hardcopy) in person at your office.\n"
    "Thank you for your kind assistance.\n"
)


def test_an_english_purpose_goes_on_after_a_preposition_and_stops_at_the_next_sentence() -> None:
    fields = fields_of([ENGLISH_REQUEST])
    assert (
        fields["purpose"]
        == "Comparative research on voter registration practices in Southeast Asia"
    )


def test_collecting_printed_copies_in_person_is_a_hardcopy_taken_at_the_office() -> None:
    fields = fields_of([ENGLISH_REQUEST])
    assert fields["obtain_method"] == "salinan_hardcopy"
    assert fields["delivery_method"] == "mengambil_langsung"


def test_a_request_that_says_nothing_of_collecting_has_no_delivery() -> None:
    text = ENGLISH_REQUEST.replace(
        "I will collect printed copies (hardcopy) in person at your office.\n", ""
    )
    fields = fields_of([text])
    assert fields["obtain_method"] is None
    assert fields["delivery_method"] is None


STUDENT_OBJECTION = (
    "BADAN EKSEKUTIF MAHASISWA\n"
    "UNIVERSITAS MUHAMMADIYAH PALEMBANG\n"
    "Hal : Keberatan atas Layanan Informasi Publik\n"
    "Yang bertanda tangan di bawah ini:\n"
    "Nama Ahmad Harahap\n"
    "selaku pemohon informasi yang mengajukan permohonan kepada PPID KPU\n"
    "Provinsi Sumatera Selatan pada tanggal 10 Desember 2025 dengan Nomor\n"
    "Pendaftaran 065/PPID/KPU-SS/XII/2025, berupa salinan kontrak pengadaan surat\n"
    "suara Pemilihan Gubernur Tahun 2024, dengan ini\n"
    "mengajukan keberatan kepada Atasan PPID karena {reason}.\n"
    "Informasi tersebut kami butuhkan sebagai bahan diskusi dan kajian mahasiswa\n"
    "tentang keterbukaan anggaran pemilu, sehingga penundaan lebih lama akan\n"
    "menghambat kegiatan kami.\n"
)
LATE = "informasi baru diberikan\nsetelah jangka waktu yang ditentukan undang-undang terlampaui"
UNANSWERED = "hingga lebih dari sepuluh hari kerja permohonan tersebut tidak mendapatkan tanggapan"


def test_a_purpose_ends_before_the_consequence_its_sentence_goes_on_with() -> None:
    fields = fields_of([STUDENT_OBJECTION.format(reason=LATE)], "keberatan")
    assert fields["purpose"] == (
        "Bahan diskusi dan kajian mahasiswa tentang keterbukaan anggaran pemilu"
    )


def test_information_given_after_the_statutory_time_has_passed_is_reason_g() -> None:
    assert (
        fields_of([STUDENT_OBJECTION.format(reason=LATE)], "keberatan")["objection_reason_code"]
        == "g"
    )


def test_a_request_that_got_no_answer_is_reason_c() -> None:
    assert (
        fields_of([STUDENT_OBJECTION.format(reason=UNANSWERED)], "keberatan")[
            "objection_reason_code"
        ]
        == "c"
    )


ITEM_TABLE = (
    "Nama : Dedi Putra Yusran\n"
    "Alamat : Jl. Jenderal Sudirman No. 206, RT 28 RW 07, Pasar II, Muara Enim, Kab. Muara\n"
    "\n"
    "Enim\n"
    "\n"
    "No. HP : 0813-5632-1122\n"
    "mengajukan permohonan informasi publik dengan rincian sebagai berikut:\n"
    "No | Rincian Informasi Bentuk\n"
    "{first} Rekapitulasi sisa dana hibah yang dikembalikan ke kas daerah Salinan\n"
    "2 Daftar Informasi Publik (DIP) Tahun 2025 Salinan\n"
    "1, RKA-K/L KPU Provinsi Sumatera Selatan Tahun Anggaran 2026 Salinan\n"
    "Il | Daftar aset tetap per 31 Desember 2025 Salinan\n"
    "\n"
    "Informasi tersebut akan kami gunakan sebagai bahan pemantauan anggaran.\n"
)
TABLE_ITEMS = (
    "Rekapitulasi sisa dana hibah yang dikembalikan ke kas daerah; Daftar Informasi Publik (DIP) "
    "Tahun 2025; RKA-K/L KPU Provinsi Sumatera Selatan Tahun Anggaran 2026; Daftar aset tetap "
    "per 31 Desember 2025"
)


def test_a_tables_rows_are_items_though_ocr_misread_their_numbers() -> None:
    for first in ("1", "l", "|", "I"):
        fields = fields_of([ITEM_TABLE.format(first=first)])
        assert fields["information_requested"] == TABLE_ITEMS, first


def test_a_regency_whose_name_wrapped_past_a_blank_line_is_whole() -> None:
    fields = fields_of([ITEM_TABLE.format(first="1")])
    assert fields["address"] == (
        "Jl. Jenderal Sudirman No. 206, RT 28 RW 07, Pasar II, Muara Enim, Kab. Muara Enim"
    )
    assert fields["phone"] == "+6281356321122"


def test_a_town_alone_below_a_subdistrict_ends_the_address_but_a_sentence_does_not() -> None:
    text = (
        "Nama : Yohanes Saputra\n"
        "Alamat : Jl. Residen Abdul Rozak No. 10 Rt.04 Rw.01 Kel.Kebun Bunga Kec.Sukarami\n"
        "\n"
        "Palembang\n"
        "Surel : yohanes@outlook.com\n"
    )
    assert fields_of([text])["address"] == (
        "Jl. Residen Abdul Rozak No. 10 Rt.04 Rw.01 Kel.Kebun Bunga Kec.Sukarami Palembang"
    )
    prose = text.replace("Palembang\n", "Dengan ini mengajukan permohonan informasi publik.\n")
    assert fields_of([prose])["address"] == (
        "Jl. Residen Abdul Rozak No. 10 Rt.04 Rw.01 Kel.Kebun Bunga Kec.Sukarami"
    )


def test_a_logo_read_as_letters_beside_a_letterhead_is_no_part_of_the_name() -> None:
    assert clean_org("CG KOMITE AKSI RAKYAT SRIWIJAYA OC") == "KOMITE AKSI RAKYAT SRIWIJAYA"
    assert clean_org("UNIVERSITAS MUHAMMADIYAH PALEMBANG BY") == (
        "UNIVERSITAS MUHAMMADIYAH PALEMBANG"
    )


def test_a_letterheads_own_short_words_stay() -> None:
    assert clean_org("PT BANK SUMSEL BABEL") == "PT BANK SUMSEL BABEL"
    assert clean_org("KEMENTERIAN DALAM NEGERI RI") == "KEMENTERIAN DALAM NEGERI RI"
    assert clean_org("FO M INDONESIA UNTUK TRANSPARANSI") == "FO M INDONESIA UNTUK TRANSPARANSI"


SCHEDULE = (
    "KOMISI INFORMASI\n"
    "PROVINSI SUMATERA SELATAN\n"
    "Nomor Surat : 272/KI-SS/III/2026 Palembang, 6 Maret 2026\n"
    "Hal : Penyampaian Jadwal Sidang Sengketa Informasi Publik\n"
    "Yth. Para Pihak Sengketa Informasi Publik\n",
    "JADWAL SIDANG SENGKETA INFORMASI PUBLIK\n"
    "No | Nomor Register Pemohon Termohon Agenda Hari/Tanggal Pukul Ruang\n"
    "1 033/REG-PSI/II/2026 Hendra Effendi PPID Pemerintah Kabupaten Banyuasin Kesimpulan "
    "Senin, 9 Maret 2026 13.30 Ruang Sidang |\n"
    "2 031/REG-PSI/1/2026 Yulia Nur Permata. S.Sos.. M.M. PPID KPU Provinsi Sumatera Selatan "
    "Pembacaan Putusan | Kamis, 12 Maret 2026 09.00 Ruang Sidang II\n"
    "3 017/REG-PSI/1/2026 Dewi Sari Setiawan PPID KPU Kabupaten Lahat Pembuktian Jumat, "
    "13 Maret 2026 14.30 Ruang Sidang |\n",
)


def test_a_hearing_schedule_gives_the_offices_own_case_and_its_applicant() -> None:
    fields = extract_fields(list(SCHEDULE), "sengketa", own_name="KPU Provinsi Sumatera Selatan")
    assert fields.values["dispute_register_number"] == "031/REG-PSI/I/2026"
    assert fields.values["applicant_name"] == "Yulia Nur Permata, S.Sos., M.M."
    assert fields.spans["dispute_register_number"]["page"] == 2


def test_a_schedule_without_the_office_among_its_respondents_names_no_applicant() -> None:
    pages = [SCHEDULE[0], SCHEDULE[1].replace("KPU Provinsi Sumatera Selatan", "Kota Palembang")]
    fields = extract_fields(pages, "sengketa", own_name="KPU Provinsi Sumatera Selatan")
    assert fields.values["applicant_name"] is None


@pytest.mark.parametrize(
    ("read", "written"),
    [
        ("Yulia Nur Permata. S.Sos.. M.M", "Yulia Nur Permata, S.Sos., M.M."),
        ("Yulia Kurnia. S.Sos. M.Si", "Yulia Kurnia, S.Sos., M.Si."),
        ("Muh. Rizki Pratama", "Muh. Rizki Pratama"),
        ("Dr. Ir. H. Ahmad Fauzi", "Dr. Ir. H. Ahmad Fauzi"),
    ],
)
def test_the_commas_before_a_names_degrees_ocr_read_as_dots_are_commas(
    read: str, written: str
) -> None:
    assert clean_name(read) == written


def test_a_researchers_name_row_names_the_applicant() -> None:
    text = (
        "Dalam rangka penelitian, kami yang bertanda tangan di bawah ini:\n"
        "Nama Peneliti : Kartika Nur Syahputra, S.Sos.\n"
        "Pekerjaan : Peneliti\n"
    )
    assert fields_of([text])["applicant_name"] == "Kartika Nur Syahputra, S.Sos."


def test_a_mediation_notice_names_the_applicant_whose_degree_lost_its_last_dot() -> None:
    text = (
        "KOMISI INFORMASI\nPROVINSI SUMATERA SELATAN\n"
        "Hal : Pemberitahuan Hasil Mediasi\n"
        "Menindaklanjuti penyelesaian Sengketa Informasi Publik Register Nomor\n"
        "005/REG-PSI/XII/2025 antara Aisyah Wati Zainal, S.IP, M.Pd., beralamat di Jl. Kolonel\n"
        "Wahid Udin No. 209, Kab. Muba, selaku Pemohon, dan PPID KPU Provinsi\n"
        "Sumatera Selatan selaku Termohon, bersama ini kami sampaikan bahwa mediasi gagal.\n"
    )
    assert fields_of([text], "sengketa")["applicant_name"] == "Aisyah Wati Zainal, S.IP., M.Pd."


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "Komisi Informasi\nfx Provinsi Sumatera Selatan\nJl. Kapten A. Rivai No. 3 Palembang\n",
            "Komisi Informasi Provinsi Sumatera Selatan",
        ),
        (
            "Ta KOMISI PEMBERANTASAN KORUPSI\nREPUBLIK INDONESIA\n",
            "KOMISI PEMBERANTASAN KORUPSI REPUBLIK INDONESIA",
        ),
        (
            "CG) KOMISI PEMBERANTASAN KORUPSI\nREPUBLIK INDONESIA\n",
            "KOMISI PEMBERANTASAN KORUPSI REPUBLIK INDONESIA",
        ),
        ("PT BANK SUMSEL BABEL\nJl. Kapten A. Rivai No. 7\n", "PT BANK SUMSEL BABEL"),
    ],
)
def test_an_emblem_read_as_letters_before_a_letterheads_first_line_is_dropped(
    head: str, sender: str
) -> None:
    text = head + "Nomor : B/1326/LHK.01.00/05/2026 Jakarta, 25 Mei 2026\nHal : Undangan\n"
    assert fields_of([text], "surat_masuk")["sender_org"] == sender


def test_a_colon_read_as_a_letter_and_a_sign_in_a_ruled_form_still_labels_the_address() -> None:
    text = (
        "Yang bertanda tangan di bawah ini:\n"
        "| Nama | Liem Swie Hok\n"
        "| Alamat a ~ Jalan Mayor Ruslan Nomor 127, RT.30 RW.02 Kecamatan Lahat Kab. |\n"
        "ea |\n"
        "selaku pemohon informasi yang mengajukan permohonan kepada PPID\n"
    )
    fields = fields_of([text], "keberatan")
    assert fields["address"] == "Jalan Mayor Ruslan Nomor 127, RT.30 RW.02 Kecamatan Lahat Kab."


def test_an_address_cut_at_its_regency_goes_on_with_the_name_in_capitals_below() -> None:
    text = "NAMA : SITI AMINAH\nALAMAT : JL. AKMAL NO. 85, KEL. SUKARAYA, KEC.\nBATURAJA TIMUR\n"
    assert fields_of([text])["address"] == "JL. AKMAL NO. 85, KEL. SUKARAYA, KEC. BATURAJA TIMUR"


def test_a_purpose_ends_before_sehingga_though_ocr_lost_the_comma() -> None:
    text = (
        "Informasi tersebut kami butuhkan sebagai bahan kajian publik BEM tentang tata kelola\n"
        "pemilihan sehingga penundaan lebih lama akan menghambat kegiatan kami.\n"
    )
    assert fields_of([text], "keberatan")["purpose"] == (
        "Bahan kajian publik BEM tentang tata kelola pemilihan"
    )


@pytest.mark.parametrize(
    "written",
    ["|1613075009930789|", "1613075009930789|", "l1613075009930789", "1 1613075009930789"],
)
def test_a_nik_boxs_rule_read_as_a_one_is_not_part_of_the_number(written: str) -> None:
    nik = parse_nik(written)
    assert nik.valid and nik.value == "1613075009930789"


@pytest.mark.parametrize("written", ["16130750099307891", "11613075009930789"])
def test_a_seventeenth_digit_typed_as_a_one_leaves_the_nik_flagged(written: str) -> None:
    nik = parse_nik(written)
    assert not nik.valid and nik.value == written


def test_a_courts_case_against_the_commission_keeps_its_ki() -> None:
    assert normalise_number("27/G/K1/2026/PTUN.PLG") == "27/G/KI/2026/PTUN.PLG"
