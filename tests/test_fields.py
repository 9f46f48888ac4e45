"""Field normalisation and validation, on clean, OCR-damaged and invalid input."""

from __future__ import annotations

from datetime import date

import pytest

from config.settings import RegistrySettings
from pipeline.extract import extract_fields
from pipeline.fields import (
    clean_address,
    clean_name,
    clean_org,
    despeck,
    month_from_roman,
    normalise_email,
    normalise_number,
    normalise_phone,
    parse_date,
    parse_nik,
    snap_to_format,
)
from registry.numbering import own_formats


def test_valid_nik_is_decoded() -> None:
    nik = parse_nik("1613075009930789")
    assert nik.valid and nik.value == "1613075009930789"
    assert nik.province == "Sumatera Selatan" and nik.regency == "Musi Rawas Utara"
    assert nik.birth_date == "1993-09-10" and nik.sex == "P"
    assert parse_nik("1671091401620424").sex == "L"


@pytest.mark.parametrize(
    "damaged",
    [
        "16I3O75OO993O789",
        "1613 0750 0993 0789",
        "l613O75OO993O789",
        "]613075009930789",
        "\\6\\3075009930789",
        "1613 075009930789",
        "1613075009930789, bertempat tinggal di Jl. Merdeka No. 1",
    ],
)
def test_ocr_damaged_nik_is_repaired_when_the_result_is_valid(damaged: str) -> None:
    nik = parse_nik(damaged)
    assert nik.valid and nik.value == "1613075009930789"
    assert nik.raw == damaged


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("9913075009930789", "unknown province code"),
        ("1699075009930789", "unknown regency code"),
        ("1613073209930789", "impossible birth date"),
        ("1613075013930789", "impossible birth date"),
        ("161307500993078", "not 16 digits"),
        ("16130750099307891", "not 16 digits"),
        ("1613075009930000", "serial 0000"),
    ],
)
def test_invalid_nik_is_kept_as_written_and_flagged(written: str, problem: str) -> None:
    nik = parse_nik(written)
    assert not nik.valid
    assert nik.value == written
    assert nik.problem == problem


def test_damaged_nik_that_would_not_be_valid_is_not_fixed() -> None:
    nik = parse_nik("99I3O75OO993O789")
    assert not nik.valid and nik.value == "99I3O75OO993O789"


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("0813-9515-5464", "+6281395155464"),
        ("+62 896 3060 6541", "+6289630606541"),
        ("62 812 3456 7890", "+6281234567890"),
        ("(0711) 350 445", "+62711350445"),
        ("O8I3 9515 5464", "+6281395155464"),
        # letters for digits inside a phone-shaped token, mended only into a valid number
        ("O812 S4B7 1234", "+6281254871234"),
        ("Telp. 08l2-3456-789O (WA)", "+6281234567890"),
        # the word after the number is not read as digits
        ("0711 354123 Sekretariat", "+62711354123"),
        ("0812-7788-1234 SMS/WA", "+6281277881234"),
        ("0812 3456 7890 Budi", "+6281234567890"),
        ("0812 3456 7890 B", "+6281234567890"),
        # the plus read as a 4
        ("462 812 2266 687", "+628122266687"),
        # the trunk prefix written after the country code, the plus read as a 4 or not
        ("+62 (0)813 97254876", "+6281397254876"),
        ("462 (0)822 58735020", "+6282258735020"),
    ],
)
def test_phone_numbers_become_e164(written: str, e164: str) -> None:
    assert normalise_phone(written) == e164


@pytest.mark.parametrize("written", ["12", "OBSOLETE 1234", "SBlO 1234 5678 OO", "O8lSBOISBl"])
def test_unreadable_phone_is_none(written: str) -> None:
    assert normalise_phone(written) is None


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Saputra_Mgs@Yahoo.com", "saputra_mgs@yahoo.com"),
        ("budi . santoso @ yahoo . co . id", "budi.santoso@yahoo.co.id"),
        ("nama@mail.com.", "nama@mail.com"),
        # OCR's readings of '@' and of dots, and a confusion mended into a common mail domain
        ("bambang.syahputra35@gmail:com", "bambang.syahputra35@gmail.com"),
        ("andi@yahoo,co.id", "andi@yahoo.co.id"),
        ("andi.p@gmai1.com", "andi.p@gmail.com"),
        # a common mail domain OCR got two letters wrong of, the only one that near
        ("novri.abdul@protorh.me", "novri.abdul@proton.me"),
        ("sandi@hetmail.com", "sandi@hotmail.com"),
        ("anabasa@yrhoo.com", "anabasa@yahoo.com"),
        # "mail.com" is as near to gmail.com as to ymail.com: it stays as written
        ("dewi@mail.com", "dewi@mail.com"),
        ("riset@student.unsri.ac.id", "riset@student.unsri.ac.id"),
        # The sentence after the address is not its domain; a space inside the domain is OCR's.
        ("dwi_tanjung@yahoo.com. Terima kasih.", "dwi_tanjung@yahoo.com"),
        ("dwi_tanjung@yahoo. co.id", "dwi_tanjung@yahoo.co.id"),
        ("andi.p@grnail.com", "andi.p@gmail.com"),
        ("andi.p@yah00.co.id", "andi.p@yahoo.co.id"),
        ("andi.p © yahoo.com", "andi.p@yahoo.com"),
        ("andi.p(at)gmail.com", "andi.p@gmail.com"),
        ("Email : arif:lestari86@yahoo.co.id", "arif.lestari86@yahoo.co.id"),
        ("siti;rahma@gmail.com", "siti.rahma@gmail.com"),
        # not mended: a domain outside the common list, a separator followed by a space
        ("budi@mai1.org", "budi@mai1.org"),
        ("budi@kpu-sumsel1.go.id", "budi@kpu-sumsel1.go.id"),
        ("budi@gmail.com, Telp 0812", "budi@gmail.com"),
        ("a@b.com; c@d.com", "a@b.com"),
        ("budi@gmail.com,Telp", "budi@gmail.com"),
        ("budi@gmail.com;Hp 0812", "budi@gmail.com"),
        ("Email:budi@gmail.com", "budi@gmail.com"),
        ("e-mail;budi@yahoo.co.id", "budi@yahoo.co.id"),
        ("Telp 0812,budi@gmail.com", "budi@gmail.com"),
        # an '@' read as 'e' before a common domain, an underscore read as a space
        ("zulkifli.nasutionegmail.com", "zulkifli.nasution@gmail.com"),
        ("putri firmansyah@yahoo.com", "putri_firmansyah@yahoo.com"),
        ("novita sari @outlook.com", "novita_sari@outlook.com"),
        # Gmail takes no underscore: a gap or an underscore read there was a dot
        ("putri firmansyah@gmail.com", "putri.firmansyah@gmail.com"),
        ("bayu_ramadhan@gmail.com", "bayu.ramadhan@gmail.com"),
        ("budi@yahoo.com-", "budi@yahoo.com"),
        ("Siti susanti@gmail.com", "siti.susanti@gmail.com"),
        # not joined: a label, a capitalised name or a stray digit before the address
        ("Surel 1 rahmat.rusdi@gmail.com", "rahmat.rusdi@gmail.com"),
        ("Budi Santoso budi@gmail.com", "budi@gmail.com"),
        ("Rina rina.wati@gmail.com", "rina.wati@gmail.com"),
        ("Email budi@gmail.com", "budi@gmail.com"),
    ],
)
def test_email_is_lower_cased_and_repaired(written: str, normal: str) -> None:
    assert normalise_email(written) == normal


@pytest.mark.parametrize("written", ["budi@", "budi.gmail.com", "@gmail.com"])
def test_invalid_email_is_none(written: str) -> None:
    assert normalise_email(written) is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Palembang, 3 Februari 2026", "2026-02-03"),
        ("03-02-2026", "2026-02-03"),
        ("3/2/2026", "2026-02-03"),
        ("tanggal 17 Agt 2025", "2025-08-17"),
        ("Jakarta, 1 Nopember 2026", "2026-11-01"),
        ("31 Februari 2026", None),
        # A day of 1 read as a stroke, before a month and a year only.
        ("Palembang, | Januari 2026", "2026-01-01"),
        ("Palembang, l Mei 2026", "2026-05-01"),
        ("Lampiran l berkas 2026", None),
        ("Palembang, 22-Mei 2026", "2026-05-22"),  # a dash between the day and its month
        # a long month's name one letter off; a short one is never guessed
        ("Ralembang,, 15 Desembet 2025", "2025-12-15"),
        ("9 Febuari 2026", "2026-02-09"),
        ("2 Jali 2026", None),
        ("tanpa tanggal", None),
        # Spelled out, as a relaas or minutes date themselves.
        (
            "Pada hari ini Senin tanggal dua puluh tiga bulan Maret tahun dua ribu dua puluh enam",
            "2026-03-23",
        ),
        ("tanggal tiga belas bulan Oktober tahun dua ribu dua puluh lima", "2025-10-13"),
        ("tanggal tujuh bulan November tahun dua ribu dua -\npuluh lima, saya", "2025-11-07"),
        ("tanggal sebelas Mei tahun dua ribu dua puluh enam", "2026-05-11"),
        (
            "tanggal sepuluh bulan Juni tahun seribu sembilan ratus sembilan puluh sembilan",
            "1999-06-10",
        ),
        ("tanggal tiga puluh dua bulan Maret tahun dua ribu dua puluh enam", None),
        # the month in Roman numerals, and a web form's ISO timestamp
        ("Indralaya, 06-X-2025", "2025-10-06"),
        ("Baturaja, 6.XII.2025", "2025-12-06"),
        ("Nomor : 123/KPU/01/X/2025", None),
        ("Waktu Pengajuan 2025-08-13 14:26:24", "2025-08-13"),
        # the first date written, whatever its shape
        ("06-05-2025\n\nJatuh Tempo 5 Juni 2025", "2025-05-06"),
        ("3 Februari 2026, diterima 05/02/2026", "2026-02-03"),
    ],
)
def test_indonesian_dates(written: str, iso: str | None) -> None:
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        # handwriting's "2" that OCR read as "1", in the year of a letter read in Dec 2026
        ("Palembang, 7 Januari 2016", "2026-01-07"),
        ("Kayuagung, 07-01-1016", "2026-01-07"),
        ("Palembang, 17 Oktober 1015", "2025-10-17"),
        ("Sep 18, 2015", "2025-09-18"),
        ("Palembana, 26/12/2925", "2025-12-26"),
        ("Palembana, 12/05/2976", None),
        # a hand-written "0" OCR read as a degree sign or a letter
        ("Lubuklinnaru, 23 Oktober 2°25", "2025-10-23"),
        ("Sekayu, 12-03-2O26", "2026-03-12"),
        # years that are recent, or that no "1" for "2" makes recent, are as written
        ("3 Maret 2026", "2026-03-03"),
        ("3 Maret 2023", "2023-03-03"),
        ("3 Maret 2021", "2021-03-03"),
        ("3 Maret 2011", "2011-03-03"),
        ("9 Juni 1998", "1998-06-09"),
        ("5 Mei 1099", None),
    ],
)
def test_a_year_long_past_is_mended_where_ocr_read_a_2_as_1(written: str, iso: str | None) -> None:
    assert parse_date(written, today=date(2026, 12, 4)) == iso


def test_roman_month_in_a_registration_number() -> None:
    assert month_from_roman("049/PPID/KPU-SS/III/2026") == 3
    assert month_from_roman("012/KEB/PPID/KPU-SS/XII/2025") == 12


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Bapak Dr. Sri Wahyuni, S.Pd.", "Dr. Sri Wahyuni, S.Pd."),
        ("Sdr. Budi Santoso, S.H", "Budi Santoso, S.H."),
        ("Ibu  Hj. Ratna  Dewi", "Hj. Ratna Dewi"),
        ("Maya Handayani, S.IP", "Maya Handayani, S.IP."),
        ("M. Ali", "M. Ali"),
        # block capitals are written as names are; the degrees after the comma stay as written
        ("MGS. NUR HASIBUAN, M.H.", "Mgs. Nur Hasibuan, M.H."),
        ("FIRDAUS TRI SETIAWAN", "Firdaus Tri Setiawan"),
        # a speck after the name, a table's rule and a received stamp's words beside it
        ("Annisa Setiawan ~", "Annisa Setiawan"),
        ("Dedy Lubis | jak, PROV. Sumse, |", "Dedy Lubis"),
        ("Ridwan: Nugraha Simanjuntak", "Ridwan Nugraha Simanjuntak"),
        ("- Fitri", "Fitri"),  # "Nama :- Fitri": a speck after the colon
        ("Mgs. Irfan Wijaya _ A", "Mgs. Irfan Wijaya"),
        ("Indah Permana a pROV. SUMSEL", "Indah Permana"),
        ("Sutrisno, S.Psi. No. Agenda: 0402", "Sutrisno, S.Psi."),
        ("Joko Susilo 80", "Joko Susilo"),  # a teacher's score circled beside the name
    ],
)
def test_names_lose_courtesy_titles_but_keep_degrees(written: str, name: str) -> None:
    assert clean_name(written) == name


FORM = """FORMULIR PERMOHONAN INFORMASI PUBLIK
Nama : Bapak Andi Pratama, S.E.
Alamat : Jl. Sudirman No. 10 RT 001/RW 02,
Kel. Sekip Jaya, Kec. Kemuning, Palembang
Nomor KTP/NIK : 16710914O162O424
Pekerjaan : Wiraswasta
Nomor Telepon/HP : 0812 3456 7890
Email : Andi.Pratama @ gmail.com
Rincian Informasi yang Dibutuhkan : Daftar pemilih tetap
Kota Palembang
Tujuan Penggunaan Informasi : Kajian akademik
Cara Memperoleh Informasi : [X] mendapatkan salinan softcopy
Palembang, 3 Maret 2026"""


def test_form_fields_with_spans() -> None:
    fields = extract_fields([FORM], "permohonan_informasi")
    values = fields.values
    assert values["applicant_name"] == "Andi Pratama, S.E."
    assert (
        values["address"]
        == "Jl. Sudirman No. 10 RT 001/RW 02, Kel. Sekip Jaya, Kec. Kemuning, Palembang"
    )
    assert values["nik"] == "1671091401620424"
    assert fields.nik_info and fields.nik_info["raw"] == "16710914O162O424"
    assert values["phone"] == "+6281234567890"
    assert values["email"] == "andi.pratama@gmail.com"
    assert values["information_requested"] == "Daftar pemilih tetap Kota Palembang"
    assert values["obtain_method"] == "salinan_softcopy"
    assert values["letter_date"] == "2026-03-03"
    span = fields.spans["occupation"]
    assert FORM[span["start"] : span["end"]] == "Wiraswasta" and span["page"] == 1


def test_objection_letter_reason_and_reference() -> None:
    text = """Perihal : Pengajuan Keberatan
Saya, Sdr. Eko Wijaya, NIK 1604011203880002, beralamat di Lahat,
mengajukan keberatan atas permohonan informasi dengan Nomor Pendaftaran
012/PPID/KPU-SS/II/2026 dengan alasan: tidak ditanggapinya permohonan informasi (huruf c).
Palembang, 20 Maret 2026"""
    values = extract_fields([text], "keberatan").values
    assert values["applicant_name"] == "Eko Wijaya"
    assert values["reference_registration_number"] == "012/PPID/KPU-SS/II/2026"
    assert values["objection_reason_code"] == "c"
    assert values["subject"] == "Pengajuan Keberatan"


def test_incoming_mail_keeps_only_letter_fields() -> None:
    text = """BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN
Jl. Angkatan 45 Palembang
Nomor : 77/PM.01/03/2026 Palembang, 5 Maret 2026
Hal : Permintaan Data
Narahubung: Budi (0812 1111 2222)"""
    values = extract_fields([text], "surat_masuk").values
    assert values["sender_org"] == "BADAN PENGAWAS PEMILIHAN UMUM PROVINSI SUMATERA SELATAN"
    assert values["letter_number"] == "77/PM.01/03/2026"
    assert values["letter_date"] == "2026-03-05"
    assert values["phone"] is None and values["applicant_name"] is None


@pytest.mark.parametrize(
    ("written", "roman_month", "normal"),
    [
        ("039/KI-SS/1X/2026", False, "039/KI-SS/IX/2026"),
        ("12/KI-SS/lll/2026", False, "12/KI-SS/III/2026"),
        ("844/PL:02-Und/09/2026", False, "844/PL.02-Und/09/2026"),
        ("815/PP.04-Und/11/2026", False, "815/PP.04-Und/11/2026"),
        ("034/REG-PSI/11/2026", True, "034/REG-PSI/II/2026"),
        ("062/PPID/KPU-SS/XII/2025", True, "062/PPID/KPU-SS/XII/2025"),
        (".278/ALIANSI/IV/2026", False, "278/ALIANSI/IV/2026"),
        ("-178/KI-SS/VIII/2026", False, "178/KI-SS/VIII/2026"),
        ("287 / KI-SS / III / 2026", False, "287/KI-SS/III/2026"),
        ("12/KI-SS/!!/2026", False, "12/KI-SS/II/2026"),
        ("12/KI-SS/!!!!/2026", False, "12/KI-SS/!!!!/2026"),
        ("80/JPM-SS/SK/01 .2026", False, "80/JPM-SS/SK/01.2026"),
        # an 'l' in a code of capitals is an I; one in a word stays
        ("B-139/Kl-Sumsel/12/2025", False, "B-139/KI-Sumsel/12/2025"),
        ("B-20/Kl.SS/PPID/Sumsel/2025", False, "B-20/KI.SS/PPID/Sumsel/2025"),
        # a register number's own slips, where the month is always Roman
        ("079/PPID/KPU-SS/II72025", True, "079/PPID/KPU-SS/II/2025"),
        ("055/ PPID/ KPU-SS/11/2026", True, "055/PPID/KPU-SS/II/2026"),
        ("048/PPID/KPU-SS/VI//2025", True, "048/PPID/KPU-SS/VI/2025"),
        ("009/PPID/KPU-SS/TII/2026", True, "009/PPID/KPU-SS/III/2026"),
        ("@50/PPID/KPU- SS/I1I/2025", True, "050/PPID/KPU-SS/III/2025"),
        ("|057/PPID/KPU-SS/X/2025", True, "057/PPID/KPU-SS/X/2025"),
        ("O11/REG-PSI/VI/2026", True, "011/REG-PSI/VI/2026"),
        ("197/PP.O1-ND/16/2025", False, "197/PP.01-ND/16/2025"),
        # a 1 ending a code's word is its I or l; a capital I after a small letter is an l
        ("020/KI-SS/PS1/05/2026", True, "020/KI-SS/PSI/05/2026"),
        ("405/KIP-SS/Pg1/2026", False, "405/KIP-SS/Pgl/2026"),
        ("470/PgI/KI-SS/VI/2026", False, "470/Pgl/KI-SS/VI/2026"),
        ("086/KI.Sumse1/06/2026", False, "086/KI.Sumsel/06/2026"),
        ("269/PPO1-Und/1671/2026", False, "269/PPO1-Und/1671/2026"),
        # a gap OCR put inside a Roman month
        ("003/Kbr/LOSI/V 1/2026", False, "003/Kbr/LOSI/VI/2026"),
        ("124/PP.01-ND/16/2026", False, "124/PP.01-ND/16/2026"),
        ("114/PPID-KPTI.SS/II/2026", True, "114/PPID-KPU.SS/II/2026"),
        ("083/PPID-KPU.S5/II/2026", True, "083/PPID-KPU.SS/II/2026"),
        # a commission's register writes its month second; one in digits there stays
        ("39/TX/KI-SS-PS/2025", True, "39/IX/KI-SS-PS/2025"),
        ("12/11/KI-SS-PS/2026", True, "12/11/KI-SS-PS/2026"),
    ],
)
def test_numbers_mend_ocr_slips_in_roman_months(
    written: str, roman_month: bool, normal: str
) -> None:
    assert normalise_number(written, roman_month) == normal


def test_letterhead_loses_stray_punctuation() -> None:
    assert (
        clean_org("KOMISI-PEMILIHAN UMUM. KABUPATEN OGAN ILIR")
        == "KOMISI PEMILIHAN UMUM KABUPATEN OGAN ILIR"
    )
    assert clean_org("Palembang Pos |") == "Palembang Pos"


def test_a_dot_in_an_address_spaced_from_its_at_is_no_speck() -> None:
    text = despeck("atau surel wahyu.nur @ gmail.com.")
    assert normalise_email(text) == "wahyu.nur@gmail.com"


def test_email_is_read_out_of_surrounding_noise() -> None:
    assert normalise_email("ratna.hasibuan97@gmail.com : 3") == "ratna.hasibuan97@gmail.com"


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("JI. Merdeka No. 1", "Jl. Merdeka No. 1"),
        ("J1 . Merdeka No. 1", "Jl. Merdeka No. 1"),
        ("Jl: Merdeka No: 65 RT:006/RW.10", "Jl. Merdeka No. 65 RT 006/RW 10"),
        # Both dotted, so written that way: kept.
        (
            "Jl. Lingkaran No. 5, RT.32 RW.02, Palembang",
            "Jl. Lingkaran No. 5, RT.32 RW.02, Palembang",
        ),
        ("Jl. Lingkaran No. 5, RT.32, RW.02", "Jl. Lingkaran No. 5, RT.32, RW.02"),
        (
            "Jl. Merdeka RT 012/RW O1, Kel: Plaju Ulu; Kec.-Plaju,",
            "Jl. Merdeka RT 012/RW 01, Kel. Plaju Ulu, Kec. Plaju",
        ),
        (
            "Kel. Pasar Il, Kec. Ilir Barat |, Palembang",
            "Kel. Pasar II, Kec. Ilir Barat I, Palembang",
        ),
        ("Fl. Mayor Ruslan No. 66", "Jl. Mayor Ruslan No. 66"),
        ("JL. Bangau No. 113 RT 018/RW 01", "Jl. Bangau No. 113 RT 018/RW 01"),
        # a wrapped line's leader colon, a rule, a dash or a label OCR left at the end
        (
            "Lr. Ikhlas No. 235 RT 25, Kayuagung : 30470",
            "Lr. Ikhlas No. 235 RT 25, Kayuagung 30470",
        ),
        (
            "Kel. Veteran Jaya, Kec. Martapura, : Martapura",
            "Kel. Veteran Jaya, Kec. Martapura, Martapura",
        ),
        ("Jl. | Macan Lindungan No. 156, Indralaya, |", "Jl. Macan Lindungan No. 156, Indralaya"),
        ("Kec. Bukit Kecil, Palembang -", "Kec. Bukit Kecil, Palembang"),
        ("Kec. Bukit Kecil, Palembang No HP 2: 0877-2755 1938", "Kec. Bukit Kecil, Palembang"),
        ("Kec. Anak Lebar, Palembang, Pekerjaan ;", "Kec. Anak Lebar, Palembang"),
        (
            "Kel. Lorok Pakjo, Kec. Ilir Barat | Palembang",
            "Kel. Lorok Pakjo, Kec. Ilir Barat I Palembang",
        ),
        ("IL. Garuda No. 55 RT 039/RW 07", "Jl. Garuda No. 55 RT 039/RW 07"),
        ("jl. Mayor Ruslan No. 39", "Jl. Mayor Ruslan No. 39"),
        (
            "Kel. Bandung Kiri Kee. Lubuklinggau Barat I, Kec.. Sekayu",
            "Kel. Bandung Kiri Kec. Lubuklinggau Barat I, Kec. Sekayu",
        ),
        ("Kel. Bukit . Lama, Kec. Ilir Barat I", "Kel. Bukit Lama, Kec. Ilir Barat I"),
        (
            "Kel. Taba Lestari, Kee-Lubuklinggau Barat I",
            "Kel. Taba Lestari, Kec. Lubuklinggau Barat I",
        ),
        ("Lr. Swadaya No.- 314, RT/RW 046/004", "Lr. Swadaya No. 314, RT/RW 046/004"),
        (
            "Lr. Pinang Mas No. 187 RT 20 RW-7 Kel. Air Batu",
            "Lr. Pinang Mas No. 187 RT 20 RW 7 Kel. Air Batu",
        ),
        # 'll' for the Il no word begins with; the full stop of the sentence it ended
        ("Kel. Sungai Pangeran, Kec. llir Timur I", "Kel. Sungai Pangeran, Kec. Ilir Timur I"),
        ("Desa Muara Beliti Baru, Kab. Musi Rawas.", "Desa Muara Beliti Baru, Kab. Musi Rawas"),
        # 'IL', 'jt.', 'J 1.' for 'Jl.'; a dot-matrix 'IT' for a place's numeral II
        ("IL Letnan Amir Hamzah No. 59 Blok C", "Jl. Letnan Amir Hamzah No. 59 Blok C"),
        ("jt. Jenderal Sudirman No. 210", "Jl. Jenderal Sudirman No. 210"),
        ("J 1. Residen Abdul Rozak No. 18", "Jl. Residen Abdul Rozak No. 18"),
        ("Dusun IT RT 003 RW 005 Desa Sukarami", "Dusun II RT 003 RW 005 Desa Sukarami"),
        (
            "Kel. Bukit Lama Kec. Ilir Barat 1 Palembang",
            "Kel. Bukit Lama Kec. Ilir Barat I Palembang",
        ),
    ],
)
def test_address_ocr_slips_in_fixed_parts_are_mended(written: str, normal: str) -> None:
    assert clean_address(written) == normal


@pytest.mark.parametrize(
    "written",
    [
        "Jl. Ilham No. 12 RT 001/RW 02, Kel. Ilir, Kec. Ilir Timur I, Palembang",
        "JL. MERDEKA NO. 5, KOTA PALEMBANG",
        "Jalan Kolonel H. Barlian Km. 7, Blok O, Sukarami",
        "Jl. Merdeka No. 4, Kel. Talang Semut, Kec.",
        "Jl. Srijaya Negara No.203 Rt.24/Rw.11 Kel. 2 Ilir Kec. Ilir Timur II Kota Palembang",
        "Komp. IT Center Blok B No. 4, Palembang",
        "Jl. Lintas Timur 1 No. 5, Dusun 1 RT 02",
    ],
)
def test_clean_addresses_stay_as_written(written: str) -> None:
    assert clean_address(written) == written


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("062/PPID/KPU-SSI/XII/2025", "062/PPID/KPU-SS/XII/2025"),  # an extra letter
        ("O62/PPID/KPU-SS/XII/2025", "062/PPID/KPU-SS/XII/2025"),  # O read for 0
        ("062/PPlD/KPU-SS/XII/2025", "062/PPID/KPU-SS/XII/2025"),  # l read for I
        ("062/PPID/KPU-SS/XII/2025", "062/PPID/KPU-SS/XII/2025"),  # already right
        ("062/PPID/KPU-SS/II/2025", "062/PPID/KPU-SS/II/2025"),  # a valid month stays
        ("045/HM.02-SD/1671/2024", "045/HM.02-SD/1671/2024"),  # someone else's format
        ("062/PPID/KPU-SX/XII/2025", "062/PPID/KPU-SX/XII/2025"),  # no single mending fits
        ("067/PPID/K PU- SS/IX/2025", "067/PPID/KPU-SS/IX/2025"),  # spaces inside its code
    ],
)
def test_cited_registration_numbers_snap_to_our_own_format(read: str, expected: str) -> None:
    formats = own_formats(RegistrySettings())
    assert snap_to_format(read, formats) == expected


@pytest.mark.parametrize(
    ("read", "month", "expected"),
    [
        ("058/KI-SS/11/2026", 2, "058/KI-SS/II/2026"),  # the letter is dated February
        ("385/KI-SS/111/2026", 3, "385/KI-SS/III/2026"),
        # a month in digits is written with two: a lone '1' in January is a Roman I misread
        ("281/KI-SS/1/2026", 1, "281/KI-SS/I/2026"),
        ("281/KI-SS/01/2026", 1, "281/KI-SS/01/2026"),
        ("045/SEKR/11/2026", 11, "045/SEKR/11/2026"),
        ("123/PP.01-SD/11/2026", 5, "123/PP.01-SD/11/2026"),  # 11 is a unit code here
        ("012/HM.02-SD/11/2026", 11, "012/HM.02-SD/11/2026"),
        ("464/PL.01.1-SD/06/2026", 6, "464/PL.01.1-SD/06/2026"),  # not ones: never a month
        # a T OCR read for I: mended only in the letter's own month ("TV" may be a unit's code)
        ("149/JPM-SS/TII/2025", 3, "149/JPM-SS/III/2025"),
        ("414/KI-SS/TV/2026", 4, "414/KI-SS/IV/2026"),
        ("12/TV/2026", 5, "12/TV/2026"),
        ("12/TV/2026", None, "12/TV/2026"),
        # no Roman month at all: the letter's own; a valid one stays, the date may be misread
        ("223/KI-SS/IIV/2026", 3, "223/KI-SS/III/2026"),
        ("223/KI-SS/IIV/2026", None, "223/KI-SS/IIV/2026"),
        ("082/KI-SS/II/2026", 3, "082/KI-SS/II/2026"),
    ],
)
def test_a_month_read_as_ones_is_mended_only_when_the_date_agrees(
    read: str, month: int | None, expected: str
) -> None:
    assert normalise_number(read, month=month) == expected


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Palembang, 27 Januari.2026", "2026-01-27"),
        ("Palembang, 7. Oktober 2026", "2026-10-07"),
        ("Palembang, 23 Februari. 2026", "2026-02-23"),
        ("16 Juni,2026", "2026-06-16"),
    ],
)
def test_a_speck_between_the_parts_of_a_date_is_passed(written: str, iso: str) -> None:
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    ("written", "cleaned"),
    [
        ("Informasi tersebut akan.saya gunakan", "Informasi tersebut akan saya gunakan"),
        ("PROVINSI SUMATERA.SELATAN", "PROVINSI SUMATERA SELATAN"),
        ("Email: budi.santoso@gmail.com", "Email: budi.santoso@gmail.com"),
        ("Laman: sumsel.kpu.go.id", "Laman: sumsel.kpu.go.id"),
        ("Kel.Plaju Ulu, Kec. Plaju", "Kel.Plaju Ulu, Kec. Plaju"),
        ("selesai. Terima kasih", "selesai. Terima kasih"),
    ],
)
def test_dots_glued_between_words_are_specks(written: str, cleaned: str) -> None:
    assert despeck(written) == cleaned
    assert len(despeck(written)) == len(written)


SPECKLED_LETTER = """LEMBAGA PEMANTAU PEMILU SUMSEL
Nomor : 074/LEMBAGA/IX/2026
Hal.: Permintaan Data dan Informasi.
Palembang, 14. September 2026
Kepada Yth. PPID KPU Provinsi Sumatera Selatan
Nama : Ayu Kurniawan
Nomor KTP/NIK:: 1671045203900002
Pekerjaan.: Peneliti
Adapun tujuan penggunaan informasi-adalah kajian advokasi kebijakan kepemiluan.
"""


def test_labels_and_phrases_are_read_through_ocr_specks() -> None:
    values = extract_fields([SPECKLED_LETTER], "permohonan_informasi").values
    assert values["subject"] == "Permintaan Data dan Informasi"
    assert values["letter_date"] == "2026-09-14"
    assert values["nik"] == "1671045203900002"
    assert values["occupation"] == "Peneliti"
    assert values["purpose"] == "Kajian advokasi kebijakan kepemiluan"


@pytest.mark.parametrize(
    ("read", "name"),
    [
        ("UNI VERSITAS MUHAMMADIYAH PALEMBANG", "UNIVERSITAS MUHAMMADIYAH PALEMBANG"),  # a gap
        ("VERSITAS ISLAM NEGERI RADEN FATAH", "UNIVERSITAS ISLAM NEGERI RADEN FATAH"),  # a logo
        (
            "ORUM INDONESIA UNTUK TRANSPARANSI ANGGARAN",
            "FORUM INDONESIA UNTUK TRANSPARANSI ANGGARAN",
        ),
        ("DAFRAH SUMATERA SELATAN", "DAERAH SUMATERA SELATAN"),  # a letter misread
        # words near a body's usual ones are its own: no "PEMILIHAN", "REPUBLIK", "POLITEKNIK"
        ("JARINGAN PEMILIH MUDA PALEMBANG", "JARINGAN PEMILIH MUDA PALEMBANG"),
        ("INSTITUT KAJIAN KEBIJAKAN PUBLIK", "INSTITUT KAJIAN KEBIJAKAN PUBLIK"),
        ("FAKULTAS ILMU SOSIAL DAN ILMU POLITIK", "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK"),
        ("KOMUNITAS DISABILITAS PEDULI PEMILU", "KOMUNITAS DISABILITAS PEDULI PEMILU"),
    ],
)
def test_a_letterheads_usual_words_cut_or_misread_are_mended(read: str, name: str) -> None:
    assert clean_org(read) == name


@pytest.mark.parametrize(
    ("written", "mended"),
    [
        (
            "Jl. Sultan No. 224, RT. O1 / RW. 06, Kel. Sekip Jaya",
            "Jl. Sultan No. 224, RT. 01 / RW. 06, Kel. Sekip Jaya",
        ),
        (
            "Jl. Depati Said No. 64 Rt.33 Rw.O1 Kel.Pasar Satelit",
            "Jl. Depati Said No. 64 Rt.33 Rw.01 Kel.Pasar Satelit",
        ),
        ("Jl. Merdeka RT. OO", "Jl. Merdeka RT. OO"),
        (
            "Jl. Angkatan 45 No. 213 RT 014/RW OI, Kel. Demang",
            "Jl. Angkatan 45 No. 213 RT 014/RW 01, Kel. Demang",
        ),
        ("Blok C, RT.08 RW.0S Kelurahan Air Lintang", "Blok C, RT.08 RW.05 Kelurahan Air Lintang"),
    ],
)
def test_an_o_read_for_a_zero_in_an_rt_written_with_its_dot(written: str, mended: str) -> None:
    assert clean_address(written) == mended


def test_a_zero_read_for_the_o_beginning_a_codes_word() -> None:
    assert normalise_number("STR/339/I/0PS.1.4./2026") == "STR/339/I/OPS.1.4./2026"
    assert normalise_number("005/PL.O2/2026") == "005/PL.02/2026"


def test_a_tables_rules_and_commas_read_as_full_stops_in_an_address() -> None:
    bordered = (
        "Jl. Dr. Moh. Hatta No. 237, Kelurahan Sukaraya, | | Kecamatan Baturaja Timur, Kab. OKU |"
    )
    stopped = "Jl. Kol. H. Burlian No. 24 RT 002/RW 05. Kel. Kebun Bunga. Kee. Sukarami, Palembang"
    assert clean_address(bordered) == (
        "Jl. Dr. Moh. Hatta No. 237, Kelurahan Sukaraya, Kecamatan Baturaja Timur, Kab. OKU"
    )
    assert clean_address(stopped) == (
        "Jl. Kol. H. Burlian No. 24 RT 002/RW 05, Kel. Kebun Bunga, Kec. Sukarami, Palembang"
    )


def test_a_hyphen_inside_a_bodys_name_stays_a_stray_dash_between_words_goes() -> None:
    assert (
        clean_org("PANITIA PEMBANGUNAN MASJID AL-IKHLAS") == "PANITIA PEMBANGUNAN MASJID AL-IKHLAS"
    )
    assert clean_org("PALEMBANG - POS -") == "PALEMBANG POS"


def test_a_received_stamps_word_beside_a_names_degrees_is_no_part_of_it() -> None:
    assert clean_name("Kgs. Heri Indra Simanjuntak, S.Sos. Parat") == (
        "Kgs. Heri Indra Simanjuntak, S.Sos."
    )


def test_a_state_companys_branch_under_its_name_is_no_part_of_the_sender() -> None:
    assert clean_org("PT POS INDONESIA (PERSERO) KANTOR CABANG PALEMBANG") == (
        "PT POS INDONESIA (PERSERO)"
    )
    assert clean_org("KANTOR PELAYANAN PAJAK PRATAMA PALEMBANG ILIR BARAT") == (
        "KANTOR PELAYANAN PAJAK PRATAMA PALEMBANG ILIR BARAT"
    )
