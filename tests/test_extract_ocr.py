"""Extraction from OCR-damaged text of layouts the generator does not make: specks before labels,
a colon read as a digit, values split by a blank line OCR put inside them."""

from __future__ import annotations

import pytest

from config.settings import OfficeSettings, RegistrySettings
from pipeline.extract import extract_fields
from registry.numbering import own_formats

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


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("No.“ ; B.907/KCU-PLG/OPS/V/2026", "B.907/KCU-PLG/OPS/V/2026"),
        ("Nomor > 136/KI-Prov.SS/V/2026 Palembang, 8 Mei 2026", "136/KI-Prov.SS/V/2026"),
    ],
)
def test_a_colon_read_as_a_semicolon_or_an_angle_still_gives_the_number(
    line: str, number: str
) -> None:
    text = f"Palembang, 25 Mei 2026\n{line}\nPerihal : Konfirmasi Saldo"
    assert extract_fields([text], "surat_masuk").values["letter_number"] == number


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


TABLE_FORM = """Saya yang identitasnya tercantum di bawah ini:
Nama (sesuai KTP)   Prof. Dr. Kms. Arief Sanjaya, S.Pd.
NIK   1601170602941175
Pekerjaan/Jabatan   Pensiunan
Alamat Domisili   Jl. Merdeka No. 81, RT. 45 RW. 02, Palembang
1. Nomor HP/WA : 0812 3456 7890
2 Surel   arief.sanjaya@gmail.com
Nama saya tercantum di atas.
"""


def test_form_labels_are_read_in_their_many_wordings_and_without_a_colon() -> None:
    values = extract_fields([TABLE_FORM], "permohonan_informasi").values
    assert values["applicant_name"] == "Prof. Dr. Kms. Arief Sanjaya, S.Pd."
    assert values["nik"] == "1601170602941175"
    assert values["occupation"] == "Pensiunan"
    assert values["address"] == "Jl. Merdeka No. 81, RT. 45 RW. 02, Palembang"
    assert values["phone"] == "+6281234567890"
    assert values["email"] == "arief.sanjaya@gmail.com"


def test_prose_that_starts_like_a_label_is_not_a_value() -> None:
    values = extract_fields(["Hal ini kami sampaikan\nnama baik lembaga"], "surat_masuk").values
    assert values["subject"] is None
    text = "Tujuan kami datang adalah silaturahmi\nAlamat kami pindah ke kota lain"
    values = extract_fields([text], "permohonan_informasi").values
    assert values["purpose"] is None and values["address"] is None


def test_the_number_a_clerk_wrote_on_our_own_form_is_its_letter_number() -> None:
    form = "FORMULIR PERMOHONAN INFORMASI PUBLIK\nNomor Pendaftaran : 012/PPID/KPU-SS/III/2026\n"
    assert extract_fields([form], "permohonan_informasi").values["letter_number"] == (
        "012/PPID/KPU-SS/III/2026"
    )
    objection = "Nomor Pendaftaran : 012/PPID/KPU-SS/III/2026\nNama : Budi"
    assert extract_fields([objection], "keberatan").values["letter_number"] is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Register Nomor: 032/REG-PSI/II/2026", "032/REG-PSI/II/2026"),
        (
            "dicatat dalam Buku Register\nSengketa dengan Nomor 46/X/KI-SS-PS/2025 tanggal",
            "46/X/KI-SS-PS/2025",
        ),
        ("Nomor Register Sengketa REG.024/PSI/KISS/2025", "REG.024/PSI/KISS/2025"),
        ("telah diregister dengan Nomor 053/PSI-KIP.SS/II/2026, untuk", "053/PSI-KIP.SS/II/2026"),
        ("Nomor Registrasi Keberatan : - lihat 034/REG-PSI/III/2026", "034/REG-PSI/III/2026"),
    ],
)
def test_dispute_register_numbers_in_each_commissions_format(text: str, number: str) -> None:
    assert extract_fields([text], "sengketa").values["dispute_register_number"] == number


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("didasarkan pada Pasal 35 ayat (1) huruf g Undang-Undang Nomor 14 Tahun 2008", "g"),
        ("didasarkan pada huruf d Pasal 35 ayat (1) UU 14/2008", "d"),
        ("dengan alasan: tidak disediakannya informasi berkala (huruf b).", "b"),
        ("Alasan keberatan kami adalah tidak ditanggapinya permintaan informasi.", "c"),
        ("telah terjadi pengenaan biaya yang tidak wajar atas salinan", "f"),
        ("ditolak berdasarkan Pasal 17 huruf b UU KIP; kami minta diperiksa", None),
        (
            "ALASAN KEBERATAN\na. ditolak dengan alasan pengecualian\nb. informasi berkala\n"
            "c. tidak ditanggapi\nd. tidak sebagaimana yang diminta",
            None,
        ),
    ],
)
def test_objection_reason_cited_or_named_but_not_guessed_from_a_list(
    text: str, code: str | None
) -> None:
    assert extract_fields([text], "keberatan").values["objection_reason_code"] == code


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        (
            "sengketa informasi publik antara Saudara Kms. Sofyan Pratama, beralamat di Perum "
            "Villa\nKenten Permai Blok E15 No. 3, Palembang, sebagai Pemohon, untuk hadir",
            "Kms. Sofyan Pratama",
            "Perum Villa Kenten Permai Blok E15 No. 3, Palembang",
        ),
        (
            "penyelesaian sengketa informasi publik dari Saudara\nRahmat Effendi, beralamat di "
            "Jl. Seduduk Putih No. 7, Palembang 30111.\nDemikian kami sampaikan",
            "Rahmat Effendi",
            "Jl. Seduduk Putih No. 7, Palembang 30111",
        ),
        (
            "Register Nomor 006/PSI-KIP.SS/I/2026 antara H. Rudi, S.Ag., beralamat\ndi Jl. "
            "Sekayu-Betung No. 64, RT. 15 RW. 02, Sekayu sebagai Pemohon melawan PPID",
            "H. Rudi, S.Ag.",
            "Jl. Sekayu-Betung No. 64, RT. 15 RW. 02, Sekayu",
        ),
    ],
)
def test_the_applicant_of_a_dispute_is_read_from_the_commissions_sentence(
    text: str, name: str, address: str
) -> None:
    values = extract_fields([text], "sengketa").values
    assert (values["applicant_name"], values["address"]) == (name, address)


def test_an_offices_telephone_in_the_letterhead_is_not_the_applicants() -> None:
    form = (
        "Telp. (0711) 350 445  Laman: sumsel.kpu.go.id\nNama : Budi\n"
        "Nomor Telepon/HP : 0812 1111 2222\n"
    )
    assert extract_fields([form], "permohonan_informasi").values["phone"] == "+6281211112222"


def test_an_offices_switchboard_with_a_colon_gives_way_to_the_applicants_mobile() -> None:
    form = "Telp: (0711) 350 445\nNama : Budi\nNomor Telepon : 087789350313\n"
    assert extract_fields([form], "permohonan_informasi").values["phone"] == "+6287789350313"


@pytest.mark.parametrize("plus", ["+", "#", "“", "*"])
def test_a_plus_ocr_misread_before_the_country_code_is_still_a_phone(plus: str) -> None:
    text = f"Saya dapat dihubungi di:\n. Telp. {plus}62 821 9972 546\n"
    assert extract_fields([text], "keberatan").values["phone"] == "+628219972546"


def test_a_law_firms_mobile_in_its_letterhead_is_not_the_clients() -> None:
    letter = (
        "LAW OFFICE\nSIREGAR & PARTNERS\nJl. Merdeka No. 3, Palembang\n"
        "Telp. (0711) 800 393 HP 0812 4905 6323\nNomor : 43/SK/2026 Palembang, 5 Juni 2026\n"
        "Kami, advokat, berdasarkan Surat Kuasa Khusus bertindak untuk dan atas nama:\n"
        "Nama : Budi Hamzah\n"
    )
    assert extract_fields([letter], "keberatan").values["phone"] is None
    own_kop = letter.replace("Surat Kuasa Khusus", "surat ini").replace("untuk dan atas nama", "")
    assert extract_fields([own_kop], "keberatan").values["phone"] == "+6281249056323"


def test_a_law_firms_telephone_row_in_its_letterhead_gives_way_to_the_clients() -> None:
    letter = (
        "RUSDI TAMBUNAN, S.H., M.H. & REKAN\nTelp. 0813-6720-5511\n"
        "Nomor : 405/SK/RTR/XII/2025 Palembang, 4 Desember 2025\n"
        "berdasarkan Surat Kuasa Khusus tanggal 30 November 2025, bertindak untuk\n"
        "dan atas nama:\nNama : Yusuf Ramadhan\nNo. Telp/HP : 0877-8702-38140\n"
    )
    assert extract_fields([letter], "keberatan").values["phone"] == "+62877870238140"


def test_a_commissions_table_row_stops_before_the_next_sentence() -> None:
    text = (
        "Nomor Register Sengketa 007/REG-PSI/IV/2026\n"
        "Informasi yang Dimohon Data partisipasi pemilih per kabupaten/kota pada Pemilu\n"
        "Tahun 2024\n"
        "Termohon diminta menyampaikan tanggapan tertulis.\n"
    )
    assert extract_fields([text], "sengketa").values["information_requested"] == (
        "Data partisipasi pemilih per kabupaten/kota pada Pemilu Tahun 2024"
    )


def _address(text: str, cls: str = "keberatan") -> str | None:
    return extract_fields([text], cls).values["address"]


def test_an_address_under_a_signature_is_the_writers() -> None:
    mail = (
        "Mohon keberatan saya dicatat. Terima kasih.\nHormat saya,\nRatna Sari\n"
        "Jl. Talang Betutu Lr. Damai No. 7 RT 11 Kel. Sukodadi Kec. Sukarami Palembang\n"
        "Telp. 081377712345"
    )
    assert _address(mail) == (
        "Jl. Talang Betutu Lr. Damai No. 7 RT 11 Kel. Sukodadi Kec. Sukarami Palembang"
    )


def test_an_address_inside_a_sentence_ends_where_the_sentence_goes_on() -> None:
    lives = (
        "Saya Rudi, tinggal di Jl. Mawar No. 3, RT. 04 RW. 02, Kel. Bukit Lama,\n"
        "Palembang, ingin mengajukan permohonan."
    )
    assert _address(lives, "permohonan_informasi") == (
        "Jl. Mawar No. 3, RT. 04 RW. 02, Kel. Bukit Lama, Palembang"
    )
    works = (
        "Saya, Tono, NIK 1671010101900001, beralamat di Komplek Griya No. B-2 Prabumulih, "
        "pekerjaan Guru, mengajukan keberatan."
    )
    assert _address(works) == "Komplek Griya No. B-2 Prabumulih"


def test_a_summons_gives_the_applicants_address_not_the_respondents() -> None:
    relaas = (
        "Nama : PPID KPU Provinsi Sumatera Selatan\nKedudukan : Termohon\n"
        "Alamat : Jl. Kapten A. Rivai No. 95, Palembang 30129\n"
        "dalam perkara sengketa informasi publik antara Bapak Ali Akbar, beralamat di\n"
        "Jl. Lingkar No. 4 Kayuagung, sebagai Pemohon, untuk hadir di persidangan."
    )
    assert _address(relaas, "sengketa") == "Jl. Lingkar No. 4 Kayuagung"


def test_a_dash_read_between_a_form_label_and_its_value_is_no_part_of_it() -> None:
    form = (
        "Nama Fajar Bakri\n"
        "Alamat - Jl. Srijaya Negara No. 74, RT 26/03, Talang Semut, Palembang\n"
        "Pekerjaan Guru"
    )
    assert _address(form) == "Jl. Srijaya Negara No. 74, RT 26/03, Talang Semut, Palembang"


def _name(text: str, cls: str = "keberatan") -> str | None:
    return extract_fields([text], cls).values["applicant_name"]


def test_the_signed_name_is_read_past_the_signers_role_and_the_scribble() -> None:
    letter = (
        "Demikian keberatan ini saya sampaikan.\nHormat saya,\nPemohon Keberatan,\n\nSN\n\n"
        "Rini Oktaviani\n"
    )
    assert _name(letter) == "Rini Oktaviani"


def test_the_respondent_a_summons_names_is_not_the_applicant() -> None:
    relaas = (
        "Nama : PPID KPU Provinsi Sumatera Selatan\nKedudukan : Termohon\n"
        "dalam perkara sengketa informasi publik antara Bapak Ali Akbar, beralamat di\n"
        "Jl. Lingkar No. 4 Kayuagung, sebagai Pemohon, untuk hadir di persidangan."
    )
    assert _name(relaas, "sengketa") == "Ali Akbar"


def test_a_name_in_a_sentence_is_read_before_where_the_writer_lives() -> None:
    assert _name("Saya Darma Lubis, tinggal di Jl. Mawar No. 3 Lahat, ingin mengajukan") == (
        "Darma Lubis"
    )
    assert _name("Perkenalkan, nama saya Budi Bakri. Saya berdomisili di Lahat.") == "Budi Bakri"


def _date(text: str) -> str | None:
    return extract_fields([text], "surat_masuk").values["letter_date"]


def test_the_letters_own_date_not_an_appointment_inside_a_sentence() -> None:
    summons = (
        "Register Nomor: 26/IV/KI-SS-PS/2026\nPada hari ini Jumat, tanggal 10 April 2026, saya\n"
        "memanggil Termohon untuk hadir pada Senin, 20 April 2026 pukul 09.00 WIB."
    )
    assert _date(summons) == "2026-04-10"
    assert _date("Kamis, 27 Maret 2025\nHal : Permohonan Informasi") == "2025-03-27"
    assert _date("Lampiran : 1 berkas Palembang, 24-03-2025\nPerihal : Permohonan") == "2025-03-24"


def test_a_speck_before_the_day_and_a_birth_date_below_leave_the_letters_date() -> None:
    letter = (
        "Palembang, .22-Mei 2026\nDengan hormat,\nNama : Irfan\n"
        "Tempat/Tgl. LahirPadang, 19.02.1991\nTempat/Tgl Lahir : PADANG, 19-02-1991\n"
    )
    assert _date(letter) == "2026-05-22"
    garbled = "Palembang, 1? Janupri 2026\nTempat/ Tgl. Lahir : Kayuagung, 13 DESEMBER 1974\n"
    assert _date(garbled) is None
    assert _date("Nomor: 0859/PM.00.02/K.SS/12/2025 Ralembang,, 15 Desembet 2025") == "2025-12-15"


def test_a_law_cited_by_year_is_no_date_and_a_mail_clients_date_is_one() -> None:
    circular = (
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n"
        "Ditetapkan di Jakarta pada tanggal 13 April 2026"
    )
    assert _date(circular) == "2026-04-13"
    assert _date("Nurul <nurul@gmail.com> Thu, Sep 18, 2025 at 6:16 AM") == "2025-09-18"
    assert _date("Tanggal Permohonan 20/09/2025 15:52 WIB") == "2025-09-20"


def test_the_offices_own_address_is_never_the_writers_email() -> None:
    domains = OfficeSettings(email="ppid@kpu-sumselprov.go.id", website="sumsel.kpu.go.id")
    assert domains.mail_domains == ("kpu-sumselprov.go.id", "kpu.go.id")
    printout = (
        "Dari : Darma <darma.l@gmail.com>\nKepada : ppid.sumsel@kpu.go.id\n"
        "Mohon dikirim ke email darma.l@gmail.com. Terima kasih."
    )
    form = "KPU PROVINSI SUMATERA SELATAN\nSurel: ppid.sumsel@kpu.go.id\nNama : Darma\n"
    values = extract_fields([printout], "permohonan_informasi", None, (), domains.mail_domains)
    assert values.values["email"] == "darma.l@gmail.com"
    values = extract_fields([form], "permohonan_informasi", None, (), domains.mail_domains)
    assert values.values["email"] is None


def test_an_email_ends_at_its_sentence_and_keeps_a_dot_ocr_spaced() -> None:
    text = "atau surel\nindah. setiawan@gmail.com.\n\nAtas perhatian, inur54@yahoo.com. Terima"
    assert extract_fields([text], "permohonan_informasi").values["email"] == (
        "indah.setiawan@gmail.com"
    )
    other = "Mohon dikirim ke email inur54@yahoo.com. Terima kasih."
    assert extract_fields([other], "permohonan_informasi").values["email"] == "inur54@yahoo.com"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "From : Putra Wijaya «putra wijaya@yahoo.com-\nTo : ppid@kpu.go.id\n",
            "putra_wijaya@yahoo.com",
        ),
        ("HP: +62 856 5839 137 - Email: putra_wijayaeyahoo.com\n", "putra_wijaya@yahoo.com"),
        ("Alamat Surel : putra wijaya@outlook.com\n", "putra_wijaya@outlook.com"),
        ("E-mail putra wijaya @gmail.com\n", "putra.wijaya@gmail.com"),
        ("e-mail putra@gmail.com\n", "putra@gmail.com"),
    ],
)
def test_an_email_whose_at_or_underscore_ocr_lost_is_still_read(text: str, address: str) -> None:
    email = extract_fields([text], "keberatan", own_domains=("kpu.go.id",)).values["email"]
    assert email == address


def test_an_objection_cites_the_requests_number_not_its_own() -> None:
    form = (
        "Nomor Registrasi Keberatan 004/KEB/PPID/KPU-SS/X1/2025\n"
        "Nomor Pendaftaran Permohonan |057/PPID/KPU- SS/X//2025\n"
    )
    formats = own_formats(RegistrySettings())
    values = extract_fields([form], "keberatan", own_formats=formats).values
    assert values["reference_registration_number"] == "057/PPID/KPU-SS/X/2025"
    assert values["letter_number"] == "004/KEB/PPID/KPU-SS/XI/2025"


def test_a_colon_read_as_a_plus_before_a_word_and_a_plus_before_a_phone() -> None:
    text = "Lahat, 15 Januari 2026\nPerihal + Permintaan Informasi\nTelepon +62 812 7345 1190\n"
    values = extract_fields([text], "permohonan_informasi").values
    assert values["subject"] == "Permintaan Informasi"
    assert values["phone"] == "+6281273451190"


@pytest.mark.parametrize("line", ["“Pekerjaan . : Mahasiswa", "Pekerjaan ©. : Mahasiswa"])
def test_a_quote_before_a_label_and_a_copyright_sign_before_its_colon_are_specks(
    line: str,
) -> None:
    text = f"Nama : Rahmat Hidayat\n{line}\n"
    assert extract_fields([text], "permohonan_informasi").values["occupation"] == "Mahasiswa"


@pytest.mark.parametrize("speck", ["_", "'", "”", '"'])
def test_a_speck_between_a_label_and_its_colon_is_passed(speck: str) -> None:
    text = (
        f"Nomor {speck} : 40/KIP.SS/PS.02/V/2025\nNomor Register Sengketa | REG.035/PSI/KISS/2025\n"
    )
    values = extract_fields([text], "sengketa").values
    assert values["letter_number"] == "40/KIP.SS/PS.02/V/2025"
    assert values["dispute_register_number"] == "REG.035/PSI/KISS/2025"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kami, Koalisi Pemilu Bersih, beralamat di Jl. Merdeka No. 1, Palembang, melalui "
            "Desi Aulia, S.E. selaku Koordinator, dengan ini mengajukan keberatan",
            "Desi Aulia, S.E.",
        ),
        (
            "Saya yang bertanda tangan di bawah ini, Herman Putra, pemegang KTP dengan NIK",
            "Herman Putra",
        ),
        ("Saya Sofyan Anwar menyatakan KEBERATAN atas permohonan saya.", "Sofyan Anwar"),
        (
            "Saya, sebagaimana identitas pada kop surat ini, memohon data.\nDemikian, atas "
            "perhatian Bapak/Ibu saya ucapkan terima kasih.\nSalam,\nZulkifli Nasution, S.Pd.",
            "Zulkifli Nasution, S.Pd.",
        ),
        (
            "Demikian permohonan ini kami sampaikan.\nkami ucapkan terima kasih.\n"
            "Jaringan Pemilih Muda Sumatera Selatan,\nKoordinator,\n“NU\nDr. Maya Bakri\n"
            "Tembusan:\n1. Ketua KPU Provinsi Sumatera Selatan",
            "Dr. Maya Bakri",
        ),
        ("IDENTITAS PEMOHON :\nNarna Kms. Ferry Saputra, M.Si.\n", "Kms. Ferry Saputra, M.Si."),
    ],
)
def test_the_applicant_is_read_where_free_letters_name_them(text: str, name: str) -> None:
    assert extract_fields([text], "keberatan").values["applicant_name"] == name


def test_a_commissions_clerk_who_signs_its_cover_letter_is_not_the_applicant() -> None:
    cover = (
        "Pemohon tidak ditanggapi sebagaimana mestinya.\nDemikian kami sampaikan.\n"
        "Panitera Komisi Informasi\nProvinsi Sumatera Selatan,\nAnton Adi Syahputra, M.Si.\n"
    )
    assert extract_fields([cover], "sengketa").values["applicant_name"] is None


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        (
            "Perihal : Permintaan Data Penyelenggaraan Pemilihan untuk Penyusunan\nProfil Daerah\n"
            "Yth. Sekretaris KPU Provinsi Sumatera Selatan\n",
            "Permintaan Data Penyelenggaraan Pemilihan untuk Penyusunan Profil Daerah",
        ),
        ("Perihal : Permohonan Data\nYth. Ketua PPID\n", "Permohonan Data"),
        (
            "Hal : Keberatan Informasi Publik      Palembang, 2 Juni 2025\nKepada Yth.\n",
            "Keberatan Informasi Publik",
        ),
        ("Subject : Request data pemilih\nSelamat pagi Bapak/Ibu,\n", "Request data pemilih"),
    ],
)
def test_a_subject_wrapped_over_two_lines_or_beside_a_dateline(head: str, subject: str) -> None:
    assert extract_fields([head], "surat_masuk").values["subject"] == subject


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        ("Saya, Rizky, beralamat di Palembang, pekerjaan\nPensiunan, dengan ini", "Pensiunan"),
        # capitalised as a form's answer is
        ("Garden No. D-197 Palembang. Pekerjaan saya pekerja lepas.", "Pekerja lepas"),
        ("NIK saya 1674096310742566, pekerjaan karyawan BUMD.", "Karyawan BUMD"),
        ("Pekerjaan : PEGAWAI BUMD\n", "Pegawai BUMD"),
        ("Pekerjaan : Pedagang | .\n", "Pedagang"),
    ],
)
def test_an_occupation_from_a_label_or_a_sentence(text: str, occupation: str) -> None:
    assert extract_fields([text], "keberatan").values["occupation"] == occupation


def test_a_dispute_carries_the_applicants_occupation() -> None:
    row = "Nama Pemohon : Budi Santoso\nPekerjaan Wiraswasta\n"
    assert extract_fields([row], "sengketa").values["occupation"] == "Wiraswasta"


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "MAHKAMAH AGUNG REPUBLIK INDONESIA\nPENGADILAN NEGERI PALEMBANG\nJl. Kapten No. 1\n",
            "PENGADILAN NEGERI PALEMBANG",
        ),
        (
            "KPU PROVINSI SUMATERA SELATAN DITERIMA\nKOMISI INFORMASI PROVINSI SUMATERA SELATAN\n"
            "Jl. Angkatan 45 No. 2\n",
            "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
        ),
        ("| S | PT BANK SRIWIJAYA SEJAHTERA\nJl. Merdeka No. 1\n", "PT BANK SRIWIJAYA SEJAHTERA"),
        (
            "LAW OFFICE\nSIREGAR, HAMZAH & PARTNERS\nJl. KH. Azhari No. 3\n",
            "LAW OFFICE SIREGAR, HAMZAH & PARTNERS",
        ),
        (
            "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA\nJl. Imam Bonjol 29\n",
            "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA",
        ),
        (  # the name in a column beside the address, OCR reading both columns as one
            "LABORATORIUM HUKUM TATA Jl. Prof. K.H. Zainal Abidin Fikry\nPalembang 30126\n"
            "NEGARA Telp. (0711) 354668\n",
            "LABORATORIUM HUKUM TATA NEGARA",
        ),
    ],
)
def test_the_sender_is_the_unit_on_the_letterhead(head: str, sender: str) -> None:
    assert extract_fields([head], "surat_masuk").values["sender_org"] == sender


def test_a_personal_letterhead_names_the_writer_not_a_sender() -> None:
    kop = "DIMAS ANWAR\nJl. Merdeka No. 1, Palembang\nNama : Dimas Anwar\n"
    assert extract_fields([kop], "permohonan_informasi").values["sender_org"] is None


def test_a_signed_name_is_read_with_the_span_of_its_own_line() -> None:
    text = "Demikian permohonan saya.\nHormat saya,\nTerima Kasih.\nBudi Santoso\n"
    fields = extract_fields([text], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Budi Santoso"
    span = fields.spans["applicant_name"]
    assert text[span["start"] : span["end"]] == "Budi Santoso"


def test_a_public_body_acting_through_someone_is_not_the_applicant() -> None:
    text = "diajukan melalui PPID KPU Provinsi Sumatera Selatan selaku Badan Publik.\n"
    assert extract_fields([text], "permohonan_informasi").values["applicant_name"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Mohon data proyek Dinas Pekerjaan Umum dan Penataan Ruang.",
        "rincian paket pekerjaan jalan yang dibiayai APBD.",
    ],
)
def test_public_works_are_not_an_occupation(text: str) -> None:
    assert extract_fields([text], "permohonan_informasi").values["occupation"] is None


def test_a_subject_listing_places_keeps_them() -> None:
    head = "Perihal : Data DPT Kabupaten Lahat, Musirawas, Banyuasin\nYth. Ketua\n"
    assert extract_fields([head], "surat_masuk").values["subject"] == (
        "Data DPT Kabupaten Lahat, Musirawas, Banyuasin"
    )


def test_a_city_governments_unit_is_the_sender_not_the_government() -> None:
    head = "PEMERINTAH KOTA PALEMBANG\nDINAS KOMUNIKASI DAN INFORMATIKA\nJl. Merdeka No. 1\n"
    assert extract_fields([head], "surat_masuk").values["sender_org"] == (
        "DINAS KOMUNIKASI DAN INFORMATIKA"
    )


def test_a_law_firms_letter_keeps_the_phone_its_client_gives_in_the_body() -> None:
    letter = (
        "LAW OFFICE SIREGAR\nTelp. HP 0812 4905 6323\nBerdasarkan Surat Kuasa Khusus klien kami\n"
        "dapat dihubungi di 0813 1111 2222.\nPalembang, 5 Juni 2026\n"
    )
    assert extract_fields([letter], "keberatan").values["phone"] == "+6281311112222"


def test_a_colon_ocr_read_inside_a_phone_number_is_passed() -> None:
    text = "Saya dapat dihubungi melalui nomor 0812.6596:5124."
    assert extract_fields([text], "keberatan").values["phone"] == "+6281265965124"


def test_a_dash_ocr_read_before_a_labels_colon_is_passed() -> None:
    text = "Nomor — : 215/KI-SS/II/2026 Palembang, 9 Februari 2026\nPerihal — : Undangan Rapat"
    values = extract_fields([text], "surat_masuk").values
    assert values["letter_number"] == "215/KI-SS/II/2026"
    assert values["subject"] == "Undangan Rapat"


def test_a_box_ticked_in_a_forms_text_wins_over_a_misread_image() -> None:
    form = (
        "III. ALASAN KEBERATAN\n[ ] a. Permohonan informasi ditolak\n"
        "[ ] f. Biaya yang dikenakan tidak wajar\n[X]g. Informasi disampaikan melebihi jangka waktu"
    )
    misread = {"objection_reason_code": ("a", 1)}
    assert extract_fields([form], "keberatan", misread).values["objection_reason_code"] == "g"
    unmarked = "Alasan keberatan: lihat lampiran."
    assert extract_fields([unmarked], "keberatan", misread).values["objection_reason_code"] == "a"


def test_a_speck_between_the_email_label_and_its_colon_keeps_the_label() -> None:
    text = "Nama : Bambang Saputra\nProfesi : Guru\n\nSurel - : bambang saputra@gmail.com\n"
    assert extract_fields([text], "keberatan").values["email"] == "bambang.saputra@gmail.com"


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # The dot OCR read as a space, the address on the line under its cue.
        ("dihubungi melalui WhatsApp 08575313523 atau surel\nbayu ramadhan@gmail.com.\n",
         "bayu.ramadhan@gmail.com"),
        ("dihubungi melalui surel:\nbayu@gmail.com.\n", "bayu@gmail.com"),
        # A word before the address on the cue's own line is the writer's, not the address's.
        ("dikirim ke email saya budi@gmail.com. Terima kasih.\n", "budi@gmail.com"),
    ],
)  # fmt: skip
def test_an_address_under_its_cue_keeps_its_first_word(text: str, email: str) -> None:
    assert extract_fields([text], "permohonan_informasi").values["email"] == email


def test_specks_around_a_labels_colon_are_no_part_of_the_value() -> None:
    text = (
        "Perihal. : Permohonan Informasi Publik -\n\n"
        "Nama : Kwee Lian Nio, S.Psi.\n\n"
        "Pekerjaan |. Jurnalis Lepas\n\n"
        "Alamat : _ : Jl. Sukabangun II No. 156 RT 018/RW 08, Kel. Talang Kelapa, Palembang\n"
    )
    values = extract_fields([text], "permohonan_informasi").values
    assert values["subject"] == "Permohonan Informasi Publik"
    assert values["occupation"] == "Jurnalis Lepas"
    assert values["address"] == (
        "Jl. Sukabangun II No. 156 RT 018/RW 08, Kel. Talang Kelapa, Palembang"
    )


def test_an_objection_form_read_through_specks_before_its_colons() -> None:
    form = (
        "PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI\nI. IDENTITAS\n"
        "Nomor Pendaftaran Permohonan : 067/PPID/K PU- SS/IX/2025\n"
        "Tujuan Penggunaan Informasi. : Bahan penulisan tesis Magister Ilmu Hukum\n"
        "Nama Pemohon | _ : Wahyu Nugraha, Ph.D.\u201d\n"
        "Pekerjaan : Perangkat Desa\n"
    )
    values = extract_fields([form], "keberatan", own_formats=own_formats(RegistrySettings())).values
    assert values["reference_registration_number"] == "067/PPID/KPU-SS/IX/2025"
    assert values["purpose"] == "Bahan penulisan tesis Magister Ilmu Hukum"
    assert values["applicant_name"] == "Wahyu Nugraha, Ph.D."


def test_a_box_ticked_beside_salinan_gives_way_to_the_copy_the_text_names() -> None:
    form = (
        "Rincian Informasi Laporan dana kampanye Tahun 2024\n"
        "Cara Memperoleh Mendapatkan salinan informasi (hardcopy)\nInformasi\n"
    )
    ticked = {"obtain_method": ("salinan", 1)}
    values = extract_fields([form], "permohonan_informasi", ticked).values
    assert values["obtain_method"] == "salinan_hardcopy"
    plain = extract_fields([form.replace(" (hardcopy)", "")], "permohonan_informasi", ticked)
    assert plain.values["obtain_method"] == "salinan"


def test_a_colon_read_as_an_angle_quote_beside_a_hand_written_answer_still_labels_it() -> None:
    form = (
        "FORMULIR PERMINTAAN INFORMASI PUBLIK\nNama Lengkap » Painem\n"
        "Alamat Lengkap : Jl. Merdeka No. 154, Kel. Seterio, Kec. Banyuasin III\n"
        "Pekerjaan » Buruh Harian Lepas\n"
    )
    values = extract_fields([form], "permohonan_informasi").values
    assert values["applicant_name"] == "Painem"
    assert values["address"] == "Jl. Merdeka No. 154, Kel. Seterio, Kec. Banyuasin III"
    assert values["occupation"] == "Buruh Harian Lepas"


# A letter written by hand on folio paper as Tesseract's print model reads it: the formula "Yang
# bertanda tangan di bawah ini" and the closing "Hormat saya" lose letters.
HAND_WRITTEN = """Palembang, 17 Oktober 1015
Kepada Yu
PPID KPU Peovinsi Sumateca Selatan
di Palembans
Menag hocmat,
Yous bertanda tanaan Ai bawah ini {prose} (NIK 16713160168058P),
EA pencliti, alamat, Fl. Nayor Ruslan No. 66 Rt 13 Ru 01 kel. Play Dacat
Informasi itu Saya perlukan untuk AvokaSi hak pilih penyandana disabilitas.
{closing}

oe

{signed}
"""


def test_a_hand_written_letters_applicant_is_read_after_di_bawah_ini() -> None:
    text = HAND_WRITTEN.format(prose="Ridwan Setiawan", closing="", signed="")
    assert extract_fields([text], "permohonan_informasi").values["applicant_name"] == (
        "Ridwan Setiawan"
    )


@pytest.mark.parametrize("closing", ["Hocmat, saya,", "Hemat, Saya,", "“eama kasih."])
def test_a_hand_written_letter_is_signed_under_a_closing_ocr_misread(closing: str) -> None:
    text = HAND_WRITTEN.format(prose="yang", closing=closing, signed="Ridwan Setiawan")
    assert extract_fields([text], "permohonan_informasi").values["applicant_name"] == (
        "Ridwan Setiawan"
    )


def test_a_letter_that_thanks_in_a_sentence_is_not_closed_by_it() -> None:
    text = HAND_WRITTEN.format(
        prose="yang",
        closing="Atas perhatiannya saya ucapkan terima kasih.",
        signed="Ridwan Setiawan",
    )
    assert extract_fields([text], "permohonan_informasi").values.get("applicant_name") is None


@pytest.mark.parametrize(
    ("sentence", "address"),
    [
        (
            "EA pencliti, alamat, Fl. Nayor Ruslan No. 66 Rt 13 Ru 01 kel. Play Dacat\n"
            "Kec. Pai U Pelentan, dengan ini memohon",
            "Jl. Nayor Ruslan No. 66 Rt 13 Ru 01 kel. Play Dacat Kec. Pai U Pelentan",
        ),
        (
            "mahaSiSwa alamat JI. Yos Sudarso No. 29 Kec Lubuklinggau Timur memohon informasi",
            "Jl. Yos Sudarso No. 29 Kec Lubuklinggau Timur",
        ),
    ],
)
def test_a_hand_written_letters_address_is_read_after_alamat(sentence: str, address: str) -> None:
    text = HAND_WRITTEN.replace(HAND_WRITTEN.splitlines()[6], sentence)
    values = extract_fields([text.format(prose="", closing="", signed="")], "permohonan_informasi")
    assert values.values["address"] == address


def test_an_address_cut_after_kec_goes_on_in_a_line_that_looks_like_a_label() -> None:
    """A form's wrapped address line ends in a speck OCR read as a colon."""
    text = (
        "Nama : Budi Santoso\n"
        "Alamat : Jl. Kolonel Wahid Udin No. 220 Rt. 47 Rw. 06 Kel. Kayuara Kec.\n"
        "Sekayu - Kab. Musi Banyuasin :\n"
        "Pekerjaan : Wiraswasta\n"
    )
    assert extract_fields([text], "permohonan_informasi").values["address"] == (
        "Jl. Kolonel Wahid Udin No. 220 Rt. 47 Rw. 06 Kel. Kayuara Kec. Sekayu"
        " - Kab. Musi Banyuasin"
    )


@pytest.mark.parametrize(
    ("head", "org"),
    [
        (
            "KOMISI INFORMASI\n\n-PROVINSI SUMATERA SELATAN\n"
            "Jl. Angkatan 45 No. 2 Palembang 30137 Telp. (0711) 356 771",
            "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
        ),
        # the name's column beside the address column, read across as one
        (
            "FORUM PEMANTAU PEMILU Jl. Angkatan 45 Lr. Pancasila No. 3, Palembang\n\n"
            "Telp. (0711) 315667\n\nSUMATERA SELATAN E-mail: info@forppes.org\n(FORPPES)",
            "FORUM PEMANTAU PEMILU SUMATERA SELATAN",
        ),
    ],
)
def test_a_letterheads_second_line_belongs_to_its_name(head: str, org: str) -> None:
    text = f"{head}\nNomor : 398/FORPPES/VI/2026 Palembang, 18 Juni 2026\nPerihal : Undangan\n"
    assert extract_fields([text], "surat_masuk").values["sender_org"] == org


def test_a_hand_written_phone_after_a_forms_own_label_is_left_for_a_second_reading() -> None:
    """ "No. Telp / HP" is a form's label, never a letterhead's: what OCR made of the number
    written after it is the phone's, unread, and its span goes to the second engine."""
    text = "Nama Pemohon Evi Panjaitan\nNo. Telp / HP 0113 yo 539\nE-mail eviels@fisip"
    fields = extract_fields([text], "permohonan_informasi")
    assert fields.values["phone"] is None
    span = fields.unread["phone"]
    assert text[span["start"] : span["end"]] == "0113 yo 539"


def test_a_phone_row_with_a_speck_before_its_number_gives_the_number() -> None:
    text = "Nama : Budi\nNomor Telepon/HP 5 628771 45544540\nPekerjaan : Wartawan"
    assert extract_fields([text], "permohonan_informasi").values["phone"] == "+62877145544540"


def test_an_offices_telephone_without_hp_in_its_label_is_not_taken_for_a_form_row() -> None:
    text = "DINAS KOMUNIKASI\nTelp 0113 yo 539\nNama : Budi"
    fields = extract_fields([text], "permohonan_informasi")
    assert fields.values["phone"] is None
    assert "phone" not in fields.unread


@pytest.mark.parametrize(
    "sentence",
    [
        "Data tersebut tercantum pada tabel di bawah ini Data Pemilih Tetap (DPT) tahun 2024.",
        "Salinan itu saya kirim ke kantor KPU dengan alamat Jl. Kapten A. Rivai No. 16 Palembang.",
    ],
)
def test_prose_that_only_looks_like_a_hand_written_formula_gives_no_applicant(
    sentence: str,
) -> None:
    fields = extract_fields([f"Kepada Yth. PPID KPU Sumsel\n{sentence}\n"], "permohonan_informasi")
    assert fields.values["applicant_name"] is None
    assert fields.values["address"] is None


def test_an_address_cut_after_kec_stops_at_the_next_label() -> None:
    text = "Alamat : Jl. Merdeka No. 5 Kel. Sekip Jaya Kec.\nPekerjaan : Wiraswasta\n"
    assert extract_fields([text], "permohonan_informasi").values["address"] == (
        "Jl. Merdeka No. 5 Kel. Sekip Jaya Kec."
    )


def test_a_forms_phone_row_that_does_not_read_takes_no_other_number_of_the_page() -> None:
    text = (
        "FORMULIR PERMOHONAN INFORMASI\nLayanan WhatsApp PPID 0811 7123 4567\n"
        "Nama Pemohon Evi Panjaitan\nNo. Telp / HP 0113 yo 539\n"
    )
    fields = extract_fields([text], "permohonan_informasi")
    assert fields.values["phone"] is None
    assert "phone" in fields.unread
