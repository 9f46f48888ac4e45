"""Extraction from the shapes a fresh blind corpus (bench/make_fourth_corpus.py, seed 64) showed
still going wrong: an e-PPID printout's lower-case "dr.", an objection e-mail's prose, a law
firm's name with its partners' degrees, a relaas dated in words, a received stamp printed over
the applicant's rows, an organisation's letter with its signer's KTP copy behind it."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields
from pipeline.fields import clean_org, parse_date


def fields_of(text: str | list[str], cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields([text] if isinstance(text, str) else text, cls).values


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("Nama Lengkap dr. Syahrial Pratama, S.T.", "dr. Syahrial Pratama, S.T."),
        ("Nama Pemohon drg. Ayu Lestari", "drg. Ayu Lestari"),
        ("Nama Lengkap Budi Santoso", "Budi Santoso"),
    ],
)
def test_a_colonless_name_row_may_start_with_a_physicians_title(row: str, name: str) -> None:
    text = f"Bukti Pengajuan Permohonan Informasi Publik\n{row}\nNIK 1603042208810214\n"
    assert fields_of(text)["applicant_name"] == name


def test_a_received_stamps_date_beside_a_name_is_no_part_of_it() -> None:
    text = "Jenis Pemohon Perorangan DITERIMA\nNama Lengkap Romi Ramadhan Tal: 15-11-2025\n"
    assert fields_of(text)["applicant_name"] == "Romi Ramadhan"


def test_a_lower_case_word_after_the_name_label_is_no_name() -> None:
    text = "Bukti Pengajuan Permohonan Informasi Publik\nNama Lengkap diisi sesuai KTP\n"
    assert fields_of(text)["applicant_name"] is None


OBJECTION_MAIL = (
    "Kepada Yth. Atasan PPID KPU Provinsi Sumatera Selatan,\n"
    "Saya, Prof. Dr. Firdaus Nugraha Hidayat, S.H., M.H. (NIK 1609030908701728), wartawan,"
    " beralamat di Jl.\nLetnan Muchtar Saleh No. 122 RT 015/RW 08, Kel. Kedaton, Kec."
    " Kayuagung, dengan\nini mengajukan keberatan atas layanan informasi publik.\n"
    "Pada 10-05-2026 saya meminta jumlah TPS dan jumlah pemilih per TPS di Kabupaten Ogan"
    " Komering Ilir pada\nPemilu 2024 (nomor pendaftaran 008/PPID/KPU-SS/V/2026). Namun"
    " jawaban yang diberikan tidak sesuai.\n"
)


def test_an_objection_in_prose_gives_the_occupation_after_degrees_and_nik() -> None:
    assert fields_of(OBJECTION_MAIL, "keberatan")["occupation"] == "Wartawan"


def test_an_objection_in_prose_gives_the_number_of_things_asked_for() -> None:
    assert fields_of(OBJECTION_MAIL, "keberatan")["information_requested"] == (
        "Jumlah TPS dan jumlah pemilih per TPS di Kabupaten Ogan Komering Ilir pada Pemilu 2024"
    )


def test_a_stray_quote_inside_informasi_publik_berupa() -> None:
    text = (
        "dengan. ‘ini mengajukan permohonan informasi “publik berupa Laporan\n"
        "pertanggungjawaban honorarium KPPS di Kota Prabumulih pada Pemilihan 2024.\n"
    )
    assert fields_of(text)["information_requested"] == (
        "Laporan pertanggungjawaban honorarium KPPS di Kota Prabumulih pada Pemilihan 2024"
    )


def test_a_speck_after_tujuan_penggunaan() -> None:
    text = (
        "Adapun tujuan penggunaan. informasi tersebut adalah untuk kepentingan\n"
        "pribadi sebagai anggota KPPS.\n"
    )
    assert fields_of(text)["purpose"] == "Kepentingan pribadi sebagai anggota KPPS"


@pytest.mark.parametrize(
    ("letterhead", "name"),
    [
        ("RUSDI TAMBUNAN, S.H., M.H. & REKAN", "RUSDI TAMBUNAN, S.H., M.H. & REKAN"),
        ("Palembang Pos |", "Palembang Pos"),
        ("- LEMBAGA BANTUAN HUKUM . PALEMBANG.", "LEMBAGA BANTUAN HUKUM PALEMBANG"),
    ],
)
def test_a_firms_name_keeps_its_partners_degrees(letterhead: str, name: str) -> None:
    assert clean_org(letterhead) == name


@pytest.mark.parametrize(
    "words",
    [
        "tanggal satu bulan Mei tahun dua ribu—dua puluh enam",
        "tanggal satu bulan Mei tahun dua ribu - dua puluh enam",
        "tanggal satu bulan Mei tahun dua ribu dua puluh enam",
    ],
)
def test_a_date_in_words_with_a_dash_ocr_read_between_them(words: str) -> None:
    assert parse_date(f"Pada hari ini Jumat {words}, saya") == "2026-05-01"


def test_a_birth_date_after_a_colonless_label_is_not_the_letters_date() -> None:
    text = (
        "Nama : Aprilia Oktaviani\nTempat/Tgl. Lahir Jambi, 18 Juli 1993\n"
        "Pada tanggal 29 Oktober 2025, klien kami telah mengajukan permohonan.\n"
    )
    assert fields_of(text, "keberatan")["letter_date"] == "2025-10-29"


STAMPED_ROWS = (
    "Saya yang bertanda tangan di bawah ini:\n"
    "Nama : Aprilia Handayani, S.I.Kom.\n"
    "Pekerjaan : Pedagang DITERIMA\n"
    "Nomor WA : 0895-2865-0477 PPID KPU PROV. Sumse\n"
    "Alamat : Lr. Banten VI No. 97 RT 20 RW 8 Kel. Sialang Kec. Sako\n"
    "dengan ini mengajukan permohonan informasi publik berupa Rencana Umum Pengadaan.\n"
)


def test_a_received_stamp_over_the_rows_leaves_occupation_and_address() -> None:
    values = fields_of(STAMPED_ROWS)
    assert values["occupation"] == "Pedagang"
    assert values["address"] == "Lr. Banten VI No. 97 RT 20 RW 8 Kel. Sialang Kec. Sako"


def test_a_commissions_letter_still_skips_the_respondents_address() -> None:
    text = (
        "Termohon : PPID KPU Provinsi Sumatera Selatan\n"
        "Alamat : Jl. Kapten A. Rivai No. 95 Palembang\n"
    )
    assert fields_of(text, "sengketa")["address"] is None


ORGANISATION = (
    "YAYASAN SUAR KEADILAN Komp: Bukit Sejahtera Blok BK-12, Palembang\n"
    "30139\nTelp. 0821-7700-1928\n"
    "Nomor: 077/Srt-YSK/03.2026 Palembang, 24 Maret 2026\n"
    "Perihal : Permohonan Informasi Publik\n"
    "Dengan hormat,\nbersama ini kami mengajukan permohonan informasi publik berupa salinan"
    " putusan DKPP.\nHormat kami,\nKetua,\nDr. Nyimas Novita Amelia, S.IP.\n"
)
KTP_COPY = (
    "Lampiran: Fotokopi KTP\nPROVINSI SUMATERA SELATAN\nKABUPATEN OGAN KOMERING ULU\n"
    "NIK : 1601025511600127\nNama : NYIMAS NOVITA AMELIA\nAlamat : LR. HIKMAH NO. 41\n"
)


def test_an_organisation_is_written_to_at_its_letterhead_not_its_signers_home() -> None:
    values = fields_of([ORGANISATION, KTP_COPY])
    assert values["sender_org"] == "YAYASAN SUAR KEADILAN"
    assert values["address"] == "Komp. Bukit Sejahtera Blok BK-12, Palembang 30139"
    assert values["phone"] == "+6282177001928"


def test_a_citizens_ktp_copy_still_gives_the_address() -> None:
    letter = (
        "Dengan hormat,\nSaya Budi Santoso mengajukan permohonan informasi publik berupa"
        " salinan DPT.\nHormat saya,\nBudi Santoso\n"
    )
    assert fields_of([letter, KTP_COPY])["address"] == "LR. HIKMAH NO. 41"


CHECKLIST = (
    "B. ALASAN PENGAJUAN KEBERATAN\n"
    "a. Permohonan informasi ditolak\n"
    "b. Informasi berkala tidak disediakan\n"
    "c. Permintaan informasi tidak ditanggapi\n"
    "d. Permintaan informasi ditanggapi tidak sebagaimana yang diminta\n"
    "e. Permintaan informasi tidak dipenuhi\n"
    "f. Biaya yang dikenakan tidak wajar\n"
    "g. Informasi disampaikan melebihi jangka waktu yang ditentukan\n"
)
OBJECTION_FORM = (
    "PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI\n"
    "Nomor Pendaftaran Permohonan : 053/PPID/KPU-Prov-SS/IV/2026\n"
    "Nama : Hendra Firdaus\n" + CHECKLIST + "C. KASUS POSISI\n"
    "Saya mengajukan permohonan informasi dengan nomor pendaftaran\n"
    "053/PPID/KPU-Prov-SS/IV/2026, namun permohonan ditanggapi tidak sebagaimana yang\n"
    "diminta.\n"
)


def test_a_printed_list_of_reasons_leaves_the_case_prose_to_name_the_reason() -> None:
    assert fields_of(OBJECTION_FORM, "keberatan")["objection_reason_code"] == "d"


def test_a_single_listed_reason_is_the_letters_own() -> None:
    text = "Alasan keberatan:\nf. Biaya yang dikenakan tidak wajar\nHormat saya,\n"
    assert fields_of(text, "keberatan")["objection_reason_code"] == "f"


def test_a_registration_number_in_mixed_case_is_kept_as_written() -> None:
    fields = fields_of(OBJECTION_FORM, "keberatan")
    assert fields["reference_registration_number"] == "053/PPID/KPU-Prov-SS/IV/2026"


def test_a_printed_list_behind_ocrs_empty_boxes_is_still_a_list() -> None:
    boxes = ["(J", "Ul", "Ul", "OI", "Ul", "OJ", "OO"]
    items = CHECKLIST.replace("f. Biaya", "£. Biaya").splitlines()[1:]
    boxed = "\n".join(f"{box} {item}" for box, item in zip(boxes, items, strict=True))
    prose = "Keberatan ini diajukan karena informasi yang saya mohon tidak diberikan.\n"
    assert fields_of(boxed + "\n" + prose, "keberatan")["objection_reason_code"] == "e"


@pytest.mark.parametrize(
    ("prose", "code"),
    [
        ("karena jawaban yang saya terima tidak sesuai dengan informasi yang saya minta.", "d"),
        ("karena informasi yang saya mohon tidak diberikan.", "e"),
        ("namun informasi berkala yang semestinya diumumkan tidak disediakan oleh PPID.", "b"),
    ],
)
def test_an_objection_letter_names_its_reason_in_prose(prose: str, code: str) -> None:
    text = f"Dengan ini mengajukan keberatan.\nKeberatan ini diajukan {prose}\nHormat saya,\n"
    assert fields_of(text, "keberatan")["objection_reason_code"] == code


def test_a_lists_misread_last_item_goes_with_it_but_the_next_section_stays() -> None:
    form = (
        "II. ALASAN KEBERATAN (beri tanda pada kotak yang sesuai)\n"
        "$a. Permohonan informasi ditolak berdasarkan alasan pengecualian (Pasal 17 UU KIP)\n"
        "CJ) b. Tidak disediakannya informasi berkala\n"
        "CJ c: Tidak ditanggapinya permohonan informasi\n\n"
        "CJ d. Permohonan informasi ditanggapi tidak sebagaimana yang diminta\n"
        "CJ e. Tidak dipenuhinya permohonan informasi\n"
        "CJ f. Pengenaan biaya yang tidak wajar\n"
        "CJ sg. Penyampaian informasi yang melebihi waktu yang diatur\n\n"
        "III. KASUS POSISI\n"
        "Saya sudah menunggu, namun permohonan saya tidak ditanggapi sama sekali.\n"
    )
    assert fields_of(form, "keberatan")["objection_reason_code"] == "c"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Saya Rina, beralamat di Lr. Ikhlas No. 69 RT 13,\nSukabangun, Sukarami, Palembang"
            " 30926, No. HP 0822-1961-4931,\n\n",
            "Lr. Ikhlas No. 69 RT 13, Sukabangun, Sukarami, Palembang 30926",
        ),
        (
            "Alamat : Jl. Macan Lindungan No. 102 RT 029/RW\n\n11, Kel. Srijaya, Kec. Alang-Alang"
            "\nLebar, Palembang\n",
            "Jl. Macan Lindungan No. 102 RT 029/RW 11, Kel. Srijaya, Kec. Alang-Alang Lebar,"
            " Palembang",
        ),
        (
            "Alamat : Jl. Macan Lindungan No. 44 RT 001/RW 04, Kel. Talang Semut, Kec. Bukit\n\n"
            "Kecil, Palembang\nNarahubung : 085315101983\n",
            "Jl. Macan Lindungan No. 44 RT 001/RW 04, Kel. Talang Semut, Kec. Bukit Kecil,"
            " Palembang",
        ),
        (
            "Alamat : Perum Griya Permai Blok E3 No. 249, Kel.\nBeringin Jaya, Kec. Pagar Alam"
            " Utara, Pagar\nAlam :\n\nPekerjaan : Buruh Harian Lepas\n",
            "Perum Griya Permai Blok E3 No. 249, Kel. Beringin Jaya, Kec. Pagar Alam Utara,"
            " Pagar Alam",
        ),
        (
            "Pemohon Ibu Nurul Yuliani\n\nAlamat Pemohon Jl. Merdeka No. 34 RT 003/RW 11, Kel."
            " Kayuara, Kec. Sekayu, Sekayu\nTermohon PPID KPU Provinsi Sumatera Selatan\n",
            "Jl. Merdeka No. 34 RT 003/RW 11, Kel. Kayuara, Kec. Sekayu, Sekayu",
        ),
    ],
)
def test_an_address_runs_to_its_end_and_no_further(text: str, address: str) -> None:
    assert fields_of(text)["address"] == address


def test_a_representative_says_what_the_applicant_needs_the_information_for() -> None:
    text = (
        "Keberatan ini diajukan berdasarkan Pasal 35 ayat (1) huruf g.\n"
        "Informasi tersebut Pemohon perlukan untuk pemetaan kerawanan pemilu untuk\n"
        "program pemantauan.\n"
    )
    assert fields_of(text, "keberatan")["purpose"] == (
        "Pemetaan kerawanan pemilu untuk program pemantauan"
    )


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "UNIVERSITAS BINA DARMA\nUNIV\nFAKULTAS ILMU KOMUNIKASI\nJl. Srijaya Negara, Bukit"
            " Besar, Palembang 30139, Telp. (0711) 808-316\n",
            "UNIVERSITAS BINA DARMA FAKULTAS ILMU KOMUNIKASI",
        ),
        (
            "DINAS KOMUNIKASI DAN INFORMATIKA\nKOMI\nPROVINSI SUMATERA SELATAN\n"
            "Jl. Kapten A. Rivai No. 3 Palembang\n",
            "DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI SUMATERA SELATAN",
        ),
        (
            "KOMISI INFORMASI\nKI PROVINSI SUMATERA SELATAN\nJl. Angkatan 45 No. 2 Palembang"
            " 30137\n",
            "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
        ),
        (
            "KOMISI INFORMASI\n\nSa PROVINSI SUMATERA SELATAN\nJl. Angkatan 45 No. 2 Palembang\n",
            "KOMISI INFORMASI PROVINSI SUMATERA SELATAN",
        ),
        (
            "PT BANK AMPERA SYARIAH\n\nBAS Kantor Cabang Palembang, Jl. Jenderal Sudirman No. 88\n",
            "PT BANK AMPERA SYARIAH",
        ),
        (
            "CV SINAR AMPERA PRINTING\n\nCV Jl. Kolonel Atmo No. 33 Palembang Telp. (0711)"
            " 778558\nFAKTUR TAGIHAN\n",
            "CV SINAR AMPERA PRINTING",
        ),
        (
            "KOMISI PEMILIHAN UMUM\nKOTA PALEMBANG\nJl. Ade Irma Nasution No. 12 Palembang\n",
            "KOMISI PEMILIHAN UMUM KOTA PALEMBANG",
        ),
    ],
)
def test_a_logos_text_beside_a_letterhead_is_no_part_of_the_senders_name(
    head: str, sender: str
) -> None:
    text = f"{head}Nomor : 045/1222/2026 Palembang, 17 April 2026\nPerihal : Undangan\n"
    assert fields_of(text, "surat_masuk")["sender_org"] == sender


def test_an_email_after_its_cue_in_a_sentence_keeps_its_first_word() -> None:
    text = (
        "Nomor Telepon 0822-9032-2122, Email herlina ilham@ gmail.com,\n"
        "dengan ini mengajukan permohonan informasi.\n"
    )
    assert fields_of(text)["email"] == "herlina.ilham@gmail.com"


def test_a_lawyers_letter_names_the_client_as_the_applicant() -> None:
    text = (
        "Kami yang bertanda tangan di bawah ini, Yudi Santoso, S.H., M.Kn., advokat,\n"
        "berdasarkan Surat Kuasa Khusus tanggal 9 Juni 2026 bertindak untuk dan atas nama\n"
        "klien kami, Indah Kurniawan, S.Pd., NIK 1613 0761 0496 5074, beralamat di Jl. Demang\n"
        "Lebar Daun No. 226 RT 045/RW 03, Kel. Muara Rupit, Kec. Rupit, Rupit, selanjutnya\n"
        "disebut Pemohon.\n"
    )
    assert fields_of(text, "keberatan")["applicant_name"] == "Indah Kurniawan, S.Pd."


def test_a_sentences_name_before_a_nik_row_and_its_occupation_before_an_address() -> None:
    text = (
        "Saya yang bertanda tangan di bawah ini, Desi Kurniawan,\n\n"
        "Nomor Induk Kependudukan 1604194212909403, pekerjaan Konsultan, beralamat di\n"
        "Lr. Hikmah No. 69 RT 01, Bandar Agung, Lahat, Lahat 30395,\n"
    )
    fields = fields_of(text)
    assert fields["applicant_name"] == "Desi Kurniawan"
    assert fields["occupation"] == "Konsultan"


def test_a_registers_applicant_row_ends_where_the_address_row_begins() -> None:
    text = (
        "Nomor Register 19/REG-PSI/KI-SS/III/2026\n"
        "Pemohon Sdr. Hasan Saputra, S.Sos.\n"
        "Alamat Pemohon Jl. Garuda No. 37 RT 010/RW 06, Kel. Batu Urip,\n\n"
        "Kec. Lubuklinggau Utara II, Lubuklinggau\n\n"
        "Termohon PPID KPU Provinsi Sumatera Selatan\n"
    )
    fields = fields_of(text, "sengketa")
    assert fields["applicant_name"] == "Hasan Saputra, S.Sos."
    assert fields["address"] == (
        "Jl. Garuda No. 37 RT 010/RW 06, Kel. Batu Urip, Kec. Lubuklinggau Utara II, Lubuklinggau"
    )


@pytest.mark.parametrize(
    ("text", "cls", "number"),
    [
        (
            "FORMULIR PERMOHONAN INFORMASI PUBLIK\nNomor Pendaftaran* : 127/PPID/KPU-SS/III/2026\n"
            "Nama Pemohon : Wulan Maharani\n",
            "permohonan_informasi",
            "127/PPID/KPU-SS/III/2026",
        ),
        (
            "CV SINAR AMPERA PRINTING\nINVOICE\nNo. Invoice : INV/2026/06/0287\n"
            "Tanggal : 15 Juni 2026\n",
            "surat_masuk",
            "INV/2026/06/0287",
        ),
        (
            "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA\nSURAT EDARAN\n"
            "NOMOR 1880/HK.03-SE/06/2026\nTENTANG\nLayanan Informasi Publik\n",
            "surat_masuk",
            "1880/HK.03-SE/06/2026",
        ),
        (
            "KOMISI PEMILIHAN UMUM\nNOTA DINAS\nNomor 389/HM.02-ND/16/2026\n"
            "Yth. : Sekretaris KPU Provinsi Sumatera Selatan\nHal : Laporan Triwulan\n",
            "surat_masuk",
            "389/HM.02-ND/16/2026",
        ),
        (
            "Dengan ini kami mengajukan keberatan atas jawaban permohonan informasi\n"
            "Nomor 091/PPID/KPU-SS/X/2025 tanggal 3 Oktober 2025.\n",
            "keberatan",
            None,
        ),
        (
            "Lampiran: - Palembang, 23 Des 2025\nPerihal : Keberatan atas Permohonan Informasi\n"
            "No. 091/PPID/KPU-SS/X/2025\n\nKepada Yth.\n",
            "keberatan",
            None,
        ),
    ],
)
def test_the_letters_own_number_on_a_form_a_bill_a_circular_and_not_a_cited_one(
    text: str, cls: str, number: str | None
) -> None:
    assert fields_of(text, cls).get("letter_number") == number


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Alamat : Jl. Angkatan 45 No. 176 RT 011/RW 12, Kel. Sei Selincah, Kec. Kalidoni,\n\n"
            "Palembang\nTelepon : 0896-8000-1320\n",
            "Jl. Angkatan 45 No. 176 RT 011/RW 12, Kel. Sei Selincah, Kec. Kalidoni, Palembang",
        ),
        (
            "Alamat : Jl. Jenderal Sudirman No. 235 RT 035/RW 08, Kel. 20 Ilir\n"
            "D. IV, Kec. Ilir Timur I, Palembang\n\nNomor Telepon : 0853 3878 7217\n",
            "Jl. Jenderal Sudirman No. 235 RT 035/RW 08, Kel. 20 Ilir D. IV, Kec. Ilir Timur I,"
            " Palembang",
        ),
    ],
)
def test_an_address_goes_on_after_a_comma_and_over_a_line_that_looks_lettered(
    text: str, address: str
) -> None:
    assert fields_of(text)["address"] == address


def test_a_form_section_lettered_after_the_address_ends_it() -> None:
    text = "Alamat : Jl. Merdeka No. 5, Kel. Ilir, Palembang\nB. ALASAN PENGAJUAN KEBERATAN\n"
    assert fields_of(text, "keberatan")["address"] == "Jl. Merdeka No. 5, Kel. Ilir, Palembang"


def test_a_date_set_right_of_the_letters_number_is_its_date() -> None:
    text = (
        "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA\n"
        "Nomor : 1692/PL.02.1-Und/05/2026 25-5-2026\nSifat : Segera\n"
        "Hal : Undangan Rapat\nHari/Tanggal : Selasa, 9 Juni 2026\n"
    )
    assert fields_of(text, "surat_masuk")["letter_date"] == "2026-05-25"


def test_a_nik_wrapped_at_the_margin_of_a_sentence_is_read_whole() -> None:
    text = (
        "bertindak untuk dan atas nama klien kami, Novita Sari, S.H., NIK 160112\n"
        "541280 6902, beralamat di Lr. Sepakat No. 227 RT 33, Sukaraya, Baturaja 30497,\n"
    )
    assert fields_of(text, "keberatan")["nik"] == "1601125412806902"


def test_a_valid_nik_in_the_letter_wins_over_a_ktp_copy_read_with_a_digit_too_many() -> None:
    letter = "Saya yang bertanda tangan di bawah ini, Lia Anggraini, No. KTP 1671176105012168,\n"
    ktp = "PROVINSI SUMATERA SELATAN\nKOTA PALEMBANG\nNIK 11671176105012168\nNama : LIA ANGGRAINI\n"
    assert fields_of([letter, ktp])["nik"] == "1671176105012168"


@pytest.mark.parametrize(
    ("row", "nik"),
    [
        # a bracket OCR read for the hand-written last 1, and a gap inside the run
        ("NIK / No. Identitas : 167115260267 039]", "1671152602670391"),
        # no valid NIK inside: kept as written, to be flagged
        ("NIK/ No. Identitas : 16711055°5639992", "16711055°5639992"),
        # the dots of a row left blank, a scrawl without digits: no NIK at all
        ("NIK / No. Identitas : . .", None),
        ("NIK / No. Identitas : idee ete", None),
    ],
)
def test_a_nik_row_labelled_with_its_identity_number_is_read(row: str, nik: str | None) -> None:
    text = f"FORMULIR PERMOHONAN INFORMASI\nNama Pemohon : Agus Gunawan\n{row}\nPekerjaan : Guru\n"
    assert fields_of(text)["nik"] == nik


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Hal : Undangan Rapat Kerja Komisi |\nKepada\n", "Undangan Rapat Kerja Komisi I"),
        (
            "Hal : Laporan Hasil Pemutakhiran Data Pemilih Berkelanjutan Triwulan | Tahun\n"
            "2026\n\n",
            "Laporan Hasil Pemutakhiran Data Pemilih Berkelanjutan Triwulan I Tahun 2026",
        ),
        (
            "Perihal : Tagihan Pencetakan Bahan Sosialisasi Keterbukaan Informasi\n\n"
            "No Uraian Qty Harga (Rp) Jumlah (Rp)\n1 Map dokumen PPID 210 9.500 1.995.000\n",
            "Tagihan Pencetakan Bahan Sosialisasi Keterbukaan Informasi",
        ),
        (
            "Hal : Permintaan Salinan Data Rekapitulasi\nDPB\n\nYth. Ketua\n",
            "Permintaan Salinan Data Rekapitulasi DPB",
        ),
        (
            "Perihal : Keberatan atas Permohonan Informasi No. 038/PPID-KPU-SS/II/2026 ©\n",
            "Keberatan atas Permohonan Informasi No. 038/PPID-KPU-SS/II/2026",
        ),
    ],
)
def test_a_subject_keeps_its_numeral_one_and_not_a_bills_table(text: str, subject: str) -> None:
    assert fields_of(text, "surat_masuk")["subject"] == subject


def test_an_address_stops_where_a_sentence_begins_below_it() -> None:
    text = (
        "Alamat : Jalan Merdeka Nomor 36, RT 20 RW 06, Kelurahan Sukajadi,\n"
        "Kecamatan Talang Kelapa, Kabupaten Banyuasin\n"
        "Bersama surat ini saya memohon agar dapat diberikan informasi sebagai berikut:\n"
    )
    assert fields_of(text)["address"] == (
        "Jalan Merdeka Nomor 36, RT 20 RW 06, Kelurahan Sukajadi, Kecamatan Talang Kelapa,"
        " Kabupaten Banyuasin"
    )


def test_a_physician_signs_an_organisations_letter_with_a_lower_case_title() -> None:
    text = (
        "Perihal : Permohonan Informasi Publik\nDengan hormat,\n"
        "bersama ini kami mengajukan permohonan informasi publik sebagai berikut:\n"
        "1. Data tingkat partisipasi pemilih per kabupaten/kota pada Pemilu 2024.\n"
        "Demikian permohonan ini kami sampaikan.\nHormat kami,\nPKD FISIP\nKepala Pusat,\n"
        "dr. Lie Kim Hwa\nNIP. 19690812 199902 1 006\n"
    )
    assert fields_of(text)["applicant_name"] == "dr. Lie Kim Hwa"


def test_an_assignment_letter_is_dated_where_it_was_enacted() -> None:
    text = (
        "SURAT TUGAS\nNomor: 9823/UN9.FISIP/TU.00.03/2026\n"
        "untuk menghadiri sidang di Komisi Informasi Provinsi Sumatera\n"
        "Selatan pada tanggal 20 Juni 2026, serta melaporkan hasilnya kepada Dekan.\n"
        "Ditetapkan di Palembang. pada tanggal 13 Juni 2026\n"
    )
    assert fields_of(text, "surat_masuk")["letter_date"] == "2026-06-13"
