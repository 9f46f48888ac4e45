"""Extraction from shapes the eleventh corpus's held-out seed (bench/make_eleventh_corpus.py,
seed 11002) showed going wrong: a person's details in a column beside the name, a table of
items with format, count and remark columns, a Braille first page under the received stamp, a
masthead printed letter-spaced, a journalist's "Alamat Redaksi" row under the paper's own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields


def fields_of(pages: list[str], cls: str = "permohonan_informasi") -> dict[str, object]:
    return extract_fields(pages, cls).values


RESEARCH_LETTER = (
    "LEMBAGA SURVEI DAN KAJIAN PUBLIK MUSI\n"
    "Jl. Inspektur Marzuki No. 29 Palembang | Telp. (0711) 378701 | sekretariat@lskp.or.id\n"
    "Nomor : 260/LSKP/X/2025 Palembang, 29 Oktober 2025\n"
    "Hal : Permohonan Data Penelitian\n"
    "Yang bertanda tangan di bawah ini:\n"
    "Nama : Muhammad Indra Syahputra, S.Kom. Telepon : 0711 334488\n"
    "Jabatan : Koordinator Peneliti Surel : syahputra_muhammad@yahoo.com\n"
    "Alamat : Jl. Raya Palembang-Prabumulih No. 136 Kel. Indralaya Raya\n"
    "dengan ini mengajukan permohonan informasi publik sebagaimana tercantum dalam tabel "
    "berikut:\n"
    "No |Rincian Informasi yang Dimohon Format Jumlah Keterangan\n"
    "\n"
    "3 Rekap partisipasi pemilih Pemilihan Gubernur 2024 per kabupaten/kota Softcopy 1 berkas "
    "Per kabupaten/kota\n"
    "2 Daftar anggota PPK dan PPS di Kabupaten Ogan Ilir Softcopy (PDF/Excel) 1 set -\n"
    "3 Realisasi anggaran dana hibah Pemilihan 2024 per jenis belanja Hardcopy 2 eksemplar "
    "Bila tersedia\n"
    "\n"
    "Tujuan penggunaan informasi: Kajian akademik mengenai partisipasi pemilih.\n"
)


def test_a_phone_labelled_beside_the_name_is_the_applicants() -> None:
    fields = fields_of([RESEARCH_LETTER])
    assert fields["applicant_name"] == "Muhammad Indra Syahputra, S.Kom."
    assert fields["phone"] == "+62711334488"
    assert fields["email"] == "syahputra_muhammad@yahoo.com"


def test_a_phone_beside_the_name_whose_colon_ocr_lost_is_read_and_left_out_of_the_name() -> None:
    text = RESEARCH_LETTER.replace(
        "Syahputra, S.Kom. Telepon : 0711 334488", "Syahputra, S.Kom. Telepon 10813.539.5918"
    )
    fields = fields_of([text])
    assert fields["applicant_name"] == "Muhammad Indra Syahputra, S.Kom."
    assert fields["phone"] == "+628135395918"


def test_a_letterheads_contact_line_gives_no_applicants_email_beside_its_phone() -> None:
    text = (
        "JARINGAN PEREMPUAN UNTUK KEADILAN PEMILU\n"
        "Telp. 0853-2902-1792 Email: sekretariat@japeka.or.id\n"
        "Hal : Permohonan Data\n"
        "Nama : Benny Dwi Saputra\n"
        "Email : benny59@icloud.com\n"
    )
    assert fields_of([text])["email"] == "benny59@icloud.com"


def test_a_tables_format_count_and_remark_cells_are_no_part_of_its_items() -> None:
    assert str(fields_of([RESEARCH_LETTER])["information_requested"]).split("; ") == [
        "Rekap partisipasi pemilih Pemilihan Gubernur 2024 per kabupaten/kota",
        "Daftar anggota PPK dan PPS di Kabupaten Ogan Ilir",
        "Realisasi anggaran dana hibah Pemilihan 2024 per jenis belanja",
    ]


BRAILLE_PAGE = (
    "vey ve ee 3 3\n3 youve & »\n- vos\n4 5 sos ve\nvray oy +\n- 45 vow “\n"
    "DITERIMA\nKPU PROVINSI SUMATERA SELATAN\nTgl : 31-03-2026\nJam : 13.40\nParat :\n"
)
TRANSCRIPTION = (
    "O IKATAN TUNANETRA MUSLIM INDONESIA\n"
    "(ITMI)\n"
    "DEWAN PENGURUS WILAYAH SUMATERA SELATAN\n"
    "Sekretariat: Jl. Sersan Sani No. 23 Palembang Telp. (0711) 317161\n"
    "ALIH AKSARA SURAT BRAILLE\n"
    "Nomor : 079/DPW-ITMI/SS/VI/2026 Palembang, 05 Juni 2026\n"
    "Hal : Permohonan Informasi Publik dalam Format Aksesibel\n"
)


def test_a_braille_first_page_under_the_received_stamp_heads_nothing() -> None:
    assert fields_of([BRAILLE_PAGE, TRANSCRIPTION])["sender_org"] == (
        "IKATAN TUNANETRA MUSLIM INDONESIA (ITMI) DEWAN PENGURUS WILAYAH SUMATERA SELATAN"
    )


def test_a_page_of_a_letter_under_the_stamp_is_no_braille_page() -> None:
    stamped_letter = "DITERIMA\nKPU PROVINSI SUMATERA SELATAN\nTgl : 31-03-2026\n" + TRANSCRIPTION
    fields = fields_of([stamped_letter, "Lampiran: daftar pemilih\n"])
    assert fields["sender_org"] == (
        "IKATAN TUNANETRA MUSLIM INDONESIA (ITMI) DEWAN PENGURUS WILAYAH SUMATERA SELATAN"
    )


MASTHEAD_LETTER = (
    "Penerbit: PT Kabar Musi Raya\n"
    "KA BA R M U SI Redaksi: Jl. Demang Lebar Daun No. 119 Palembang\n"
    "Telp. (0711) 361287 redaksi@kabarmusi.co.id\n"
    "Palembang, 06.08.2025 Nomor : 119/Red-KM/VIII/2025\n"
    "Kepada Yth. Perihal : Permohonan Data\n"
    "Nama Wahyu Adi Harahap, S.H., M.M.\n"
    "Jabatan Reporter\n"
    "Alamat Redaksi Jl. Demang Lebar Daun No. 119, Palembang\n"
    "adalah wartawan Kabar Musi yang sedang melakukan peliputan, dengan ini mengajukan\n"
    "permohonan informasi publik berupa:\n"
    "- Daftar nama anggota PPK dan PPS di Kabupaten Lahat pada Pemilihan Tahun 2024\n"
)


def test_a_letter_spaced_masthead_is_named_as_the_letter_spells_it() -> None:
    assert fields_of([MASTHEAD_LETTER])["sender_org"] == "KABAR MUSI"


def test_letter_spaced_capitals_the_letter_never_spells_stay_as_read() -> None:
    text = MASTHEAD_LETTER.replace("wartawan Kabar Musi", "wartawan kami")
    text = text.replace("PT Kabar Musi Raya", "PT Media Raya").replace("kabarmusi", "km")
    assert fields_of([text])["sender_org"] != "KABAR MUSI"


def test_the_alamat_redaksi_row_is_the_journalists_address_over_the_letterheads() -> None:
    assert fields_of([MASTHEAD_LETTER])["address"] == "Jl. Demang Lebar Daun No. 119, Palembang"


def test_a_web_receipts_pengiriman_salinan_row_gives_the_delivery() -> None:
    text = (
        "FORMULIR PERMOHONAN INFORMASI ONLINE\n"
        "Nama Lengkap Kms. Ahmad Saputra\n"
        "Rincian Informasi 1. Data hasil pemutakhiran data pemilih Semester II Tahun 2025\n"
        "C. CARA MEMPEROLEH INFORMASI\n"
        "Cara Memperoleh Mendapatkan salinan informasi (hardcopy)\n"
        "Pengiriman Salinan Pos\n"
        "Lampiran KTP_Ahmad.jpg (260 KB)\n"
    )
    fields = fields_of([text])
    assert fields["obtain_method"] == "salinan_hardcopy"
    assert fields["delivery_method"] == "pos"


PROSE_REQUEST = (
    "Nama saya Ir. Eka Susanti, NIK 3578084402880046, beralamat di Jl. Letnan Muchtar Saleh\n"
    "No. 45, Kayuagung, dengan ini mengajukan permohonan informasi publik kepada PPID KPU\n"
    "Provinsi Sumatera Selatan, yakni daftar nama anggota PPK dan PPS di Kabupaten Ogan\n"
    "Komering Ilir pada Pemilihan Tahun 2024; dan jumlah TPS per desa/kelurahan di Kabupaten\n"
    "Ogan Komering Ilir pada Pemilu 2024.\n"
    "Informasi tersebut saya perlukan untuk dokumentasi pribadi dan pengetahuan umum.\n"
)


def test_items_after_yakni_are_read_without_the_dan_before_the_last() -> None:
    assert str(fields_of([PROSE_REQUEST])["information_requested"]).split("; ") == [
        "Daftar nama anggota PPK dan PPS di Kabupaten Ogan Komering Ilir pada Pemilihan Tahun 2024",
        "Jumlah TPS per desa/kelurahan di Kabupaten Ogan Komering Ilir pada Pemilu 2024",
    ]


def test_a_list_of_one_numbered_in_the_sentence_is_its_item_without_the_number() -> None:
    text = PROSE_REQUEST.replace("yakni daftar", "berupa: (1) daftar").replace(
        "Tahun 2024; dan jumlah TPS per desa/kelurahan di Kabupaten\nOgan Komering Ilir pada"
        " Pemilu 2024.",
        "Tahun 2024.",
    )
    assert fields_of([text])["information_requested"] == (
        "Daftar nama anggota PPK dan PPS di Kabupaten Ogan Komering Ilir pada Pemilihan Tahun 2024"
    )


BRIEF_TITLE_PAGE = (
    "MEMORI KEBERATAN\n"
    "ATAS\n"
    "PENOLAKAN PERMOHONAN INFORMASI PUBLIK\n"
    "NOMOR PENDAFTARAN 024/PPID/KPU-SS/VI/2025\n"
    "Diajukan oleh:\n"
    "PUTRI SUSANTI, S.H.\n"
    "melalui kuasa hukumnya:\n"
    "EFFENDI & PARTNERS LAW FIRM\n"
    "Palembang, Agustus 2025\n"
)
BRIEF = (
    "EFFENDI & PARTNERS LAW FIRM\n"
    "Advocates & Legal Consultants\n"
    "Jl. Jenderal Sudirman No. 42 Palembang Telp. (0711) 378259\n"
    "Nomor : 282/EFF-LF/VIII/2025\n"
    "Hal : Memori Keberatan atas Permohonan Informasi\n"
    "Palembang, 4 Agustus 2025\n"
)


def test_a_briefs_title_page_is_no_letterhead_the_firms_behind_it_is() -> None:
    fields = fields_of([BRIEF_TITLE_PAGE, BRIEF], "keberatan")
    assert fields["sender_org"] == "EFFENDI & PARTNERS LAW FIRM"


def test_a_title_page_over_an_attachment_gives_no_sender() -> None:
    ktp = "PROVINSI SUMATERA SELATAN\nKABUPATEN LAHAT\nNIK : 1604060806812304\n"
    assert fields_of([BRIEF_TITLE_PAGE, ktp], "keberatan")["sender_org"] is None


def test_a_fax_grids_rule_read_as_a_letter_before_its_label_is_skipped() -> None:
    text = (
        "FAKSIMILI\n"
        "Dari | Desi Marlina, S.I.Kom.\n"
        "Alamat Jl. Jenderal Sudirman No. 130, Kec. Muara Enim, _\n"
        "Kab. Muara Enim, Sumatera Selatan 31164\n"
        "i Perihal Permohonan Informasi\n"
    )
    fields = fields_of([text])
    assert fields["subject"] == "Permohonan Informasi"
    assert fields["address"] == (
        "Jl. Jenderal Sudirman No. 130, Kec. Muara Enim, Kab. Muara Enim, Sumatera Selatan 31164"
    )


def test_a_birth_date_after_lahir_on_the_line_above_is_no_letter_date() -> None:
    text = (
        "Palembang, 30-/-2026\n"
        "Hal : Permintaan Informasi\n"
        "Nama saya Rizki Indra Fauzi, NIK 1671131805780465, lahir di Medan pada\n"
        "18 Mei 1978, bertempat tinggal di Jl. Srijaya Negara No. 46 Palembang.\n"
    )
    assert fields_of([text])["letter_date"] is None


def test_to_see_read_and_note_is_to_obtain_by_seeing() -> None:
    text = PROSE_REQUEST + "Saya ingin melihat, membaca dan mencatat langsung informasi tersebut.\n"
    assert fields_of([text])["obtain_method"] == "melihat"


def test_a_web_receipts_submission_time_is_the_letters_date_not_its_print_date() -> None:
    text = (
        "FORMULIR PERMOHONAN INFORMASI ONLINE\n"
        "| No. Tiket | TKT/2025/08/007531 | status | Menunggu Verifikasi\n"
        "| Waktu Pengajuan | 2025-08-13 14:26:24\n"
        "Nama Lengkap Kms. Ahmad Saputra\n"
        "Dicetak: 14-08-2025 15.11 WIB Halaman 1 dari 1\n"
    )
    assert fields_of([text])["letter_date"] == "2025-08-13"


def test_a_printed_copy_in_the_format_column_is_the_obtain_method_and_no_part_of_the_item() -> None:
    text = RESEARCH_LETTER.replace("Softcopy 1 berkas", "Salinan cetak 1 berkas").replace(
        "Softcopy (PDF/Excel) 1 set", "Salinan cetak 1 set"
    )
    text = text.replace("Hardcopy 2 eksemplar", "Salinan cetak 2 eksemplar")
    fields = fields_of([text])
    assert str(fields["information_requested"]).split("; ")[0] == (
        "Rekap partisipasi pemilih Pemilihan Gubernur 2024 per kabupaten/kota"
    )
    assert fields["obtain_method"] == "salinan_hardcopy"


def test_items_numbered_in_the_sentence_with_dan_before_the_last() -> None:
    text = PROSE_REQUEST.replace("yakni daftar", "yaitu: (1) daftar").replace(
        "2024; dan jumlah", "2024; dan (2) jumlah"
    )
    assert str(fields_of([text])["information_requested"]).split("; ") == [
        "Daftar nama anggota PPK dan PPS di Kabupaten Ogan Komering Ilir pada Pemilihan Tahun 2024",
        "Jumlah TPS per desa/kelurahan di Kabupaten Ogan Komering Ilir pada Pemilu 2024",
    ]


def test_a_phone_beside_the_name_with_its_colon_against_the_number() -> None:
    text = RESEARCH_LETTER.replace("Telepon : 0711 334488", "Telepon :0711-387777")
    fields = fields_of([text])
    assert fields["applicant_name"] == "Muhammad Indra Syahputra, S.Kom."
    assert fields["phone"] == "+62711387777"


SIDE_HEADED_OBJECTION = (
    "Bersama ini saya menyampaikan keberatan dengan uraian sebagai berikut.\n"
    "Pengaju Siti Harahap\n"
    "NIK 1613056202870941\n"
    "Jalan Akmal Nomor 215 Blok C, RT.37 RW.05 Kelurahan Sukaraya\n"
    "Kecamatan Baturaja Timur Kab. OKU\n"
    "Telepon (0857) 482-4051\n"
)


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            "Jalan Akmal Nomor 215 Blok C, RT.37 RW.05 Kelurahan Sukaraya\n"
            "Kecamatan Baturaja Timur Kab. OKU\n",
            "Jalan Akmal Nomor 215 Blok C, RT.37 RW.05 Kelurahan Sukaraya Kecamatan Baturaja Timur"
            " Kab. OKU",
        ),
        (
            "Jl. Sultan Mahmud Badaruddin II No. 143, RT 37, RW 5, Kelurahan Lorok\n"
            "Pakjo, Kecamatan Ilir Barat I, Kota Palembang\n",
            "Jl. Sultan Mahmud Badaruddin II No. 143, RT 37, RW 5, Kelurahan Lorok Pakjo, Kecamatan"
            " Ilir Barat I, Kota Palembang",
        ),
        (
            "Jl. Raya Palembang-Prabumulih No. 149 Kel. Timbangan Kec. Indralaya Utara\n"
            "Indralaya\n",
            "Jl. Raya Palembang-Prabumulih No. 149 Kel. Timbangan Kec. Indralaya Utara Indralaya",
        ),
    ],
)
def test_an_unlabelled_address_line_goes_on_over_the_lines_that_finish_it(
    lines: str, address: str
) -> None:
    text = SIDE_HEADED_OBJECTION.replace(
        "Jalan Akmal Nomor 215 Blok C, RT.37 RW.05 Kelurahan Sukaraya\n"
        "Kecamatan Baturaja Timur Kab. OKU\n",
        lines,
    )
    fields = fields_of([text], "keberatan")
    assert fields["address"] == address
    assert fields["phone"] == "+628574824051"


def test_an_unlabelled_address_line_stops_before_the_name_under_it() -> None:
    text = (
        "Saya mengajukan keberatan.\n"
        "Jl. Merdeka No. 5 RT 02 Kel. Talang Ratu\n"
        "Hormat saya,\n"
        "Budi Santoso\n"
    )
    assert fields_of([text], "keberatan")["address"] == "Jl. Merdeka No. 5 RT 02 Kel. Talang Ratu"


def test_a_letter_spaced_masthead_read_a_letter_off_is_named_as_the_letter_spells_it() -> None:
    text = MASTHEAD_LETTER.replace("KA BA R M U SI", "KABAR MI SI")
    assert fields_of([text])["sender_org"] == "KABAR MUSI"


SHOP_PAD_NOTE = (
    "TOKO BUKU ILMU\n"
    "Buku • ATK • Fotocopy • Laminating\n"
    "Jl. Perintis Kemerdekaan No. 30 Telp. (0711) 465961 WA 0813-4144-7818\n"
    "No. Tgl. 17 Februari 2026\n"
    "Kepada Yth.\n"
    "PPID KPU Provinsi Sumatera Selatan\n"
    "Saya yang bertanda tangan di bawah ini,\n"
    "Nama : Darmawan Purba, S.T.\n"
    "Mohon diberikan informasi / data:\n"
    "- Laporan penyelenggaraan layanan informasi publik Tahun 2025\n"
)


def test_a_print_shops_memo_pad_under_a_citizens_note_is_no_sender() -> None:
    fields = fields_of([SHOP_PAD_NOTE])
    assert fields["sender_org"] is None
    assert fields["applicant_name"] == "Darmawan Purba, S.T."


def test_a_print_shops_own_offer_is_sent_by_the_shop() -> None:
    offer = SHOP_PAD_NOTE.replace("TOKO BUKU ILMU", "PERCETAKAN NUR JAYA")
    assert fields_of([offer], "surat_masuk")["sender_org"] == "PERCETAKAN NUR JAYA"


def test_a_foundation_over_its_school_is_no_part_of_the_sender_but_a_foundation_alone_is() -> None:
    school = "YAYASAN PENDIDIKAN BINA BANGSA\nSMA PLUS BINA BANGSA PALEMBANG\nNomor : 421/35/2025\n"
    assert fields_of([school], "surat_masuk")["sender_org"] == "SMA PLUS BINA BANGSA PALEMBANG"
    legal_aid = "YAYASAN LEMBAGA BANTUAN HUKUM MUSI\nNomor : 12/YLBH/2025\n"
    assert fields_of([legal_aid], "surat_masuk")["sender_org"] == (
        "YAYASAN LEMBAGA BANTUAN HUKUM MUSI"
    )


def test_a_schools_registration_number_after_its_address_is_no_part_of_it() -> None:
    text = "Nama : Budi\nAlamat : Jl. Sultan Mahmud Badaruddin II No. 5 Palembang 30153 NPSN 1060\n"
    assert fields_of([text])["address"] == "Jl. Sultan Mahmud Badaruddin II No. 5 Palembang 30153"


def test_a_purpose_after_a_comma_and_untuk_in_the_sentence_that_names_the_information() -> None:
    text = (
        "Permohonan Nomor Pendaftaran 118/PPID/KPU-SS/XII/2025, diajukan pada 6 Desember\n"
        "2025, berupa jumlah TPS per desa/kelurahan di Kota Palembang pada Pemilu 2024, untuk\n"
        "perencanaan program pendidikan pemilih di desa kami.\n"
    )
    fields = fields_of([text], "keberatan")
    assert fields["information_requested"] == (
        "Jumlah TPS per desa/kelurahan di Kota Palembang pada Pemilu 2024"
    )
    assert fields["purpose"] == "Perencanaan program pendidikan pemilih di desa kami"


TYPEWRITER_LETTER = (
    "PALEMBANG, 8 MEI 2026\n"
    "HAL : PERMOHONAN INFORMASI PUBLIK\n"
    "KEPADA\n"
    "YTH. BAPAK KETUA KPU PROVINSI SUMATERA SELATAN\n"
    "DENGAN HORMAT,\n"
    "YANG BERTANDA TANGAN DIBAWAH INI\n"
    "NAMA : YOHANES NUR SEMBIRING, S.IP.\n"
    "ALAMAT : JL. ANGKATAN 45 NO. 155 RT.03 RW.09 KEL.TALANG\n"
    "\n"
    "RATU KEC.ILIR TIMUR I PALEMBANG\n"
    "NOMOR TELEPON/HP : 0819.0838.6537\n"
    "DENGAN INI MENGAJUKAN PERMOHONAN INFORMASI SEBAGAI BERIKUT\n"
    "1. RINCIAN INFORMASI YANG DIBUTUHKAN\n"
    "A. LAPORAN PENYELENGGARAAN LAYANAN INFORMASI PUBLIK PPID KPU\n"
    "PROVINSI SUMATERA SELATAN TAHUN 2025\n"
    "B. LAPORAN REALISASI PENGGUNAAN DANA HIBAH PEMILIHAN GUBERNUR\n"
    "2. TUJUAN PENGGUNAAN INFORMASI : BAHAN LIPUTAN MENDALAM\n"
)


def test_a_letter_typed_all_in_capitals() -> None:
    """Its town's dateline, its address's "KEL.TALANG" and its items lettered "A.", "B." under
    a numbered row's label; the dateline in capitals is no letterhead."""
    fields = fields_of([TYPEWRITER_LETTER])
    assert fields["letter_date"] == "2026-05-08"
    assert fields["sender_org"] is None
    assert fields["address"] == (
        "JL. ANGKATAN 45 NO. 155 RT.03 RW.09 KEL.TALANG RATU KEC.ILIR TIMUR I PALEMBANG"
    )
    assert str(fields["information_requested"]).split("; ") == [
        "LAPORAN PENYELENGGARAAN LAYANAN INFORMASI PUBLIK PPID KPU PROVINSI SUMATERA SELATAN"
        " TAHUN 2025",
        "LAPORAN REALISASI PENGGUNAAN DANA HIBAH PEMILIHAN GUBERNUR",
    ]
    assert fields["purpose"] == "BAHAN LIPUTAN MENDALAM"


def test_a_weekday_in_capitals_is_no_town_of_a_dateline() -> None:
    flyer = "SOSIALISASI PEMILIH PEMULA\nKAMIS, 25 SEPTEMBER 2025\nPukul 09.00 WIB\n"
    assert fields_of([flyer], "surat_masuk")["letter_date"] is None


FOREIGN_RESEARCHER = (
    "Palembang, 23 February 2026\n"
    "To / Kepada Yth.:\n"
    "The Information and Documentation Officer (PPID)\n"
    "Re / Perihal : Request for Public Information (Permohonan Informasi Publik)\n"
    "Dear Sir or Madam,\n"
    "I am writing to request public information held by the General Elections Commission.\n"
    "Name / Nama : Kenji Watanabe\n"
    "Nationality / Kewarganegaraan : Japanese\n"
    "Occupation / Pekerjaan : Researcher\n"
    "Local address / Alamat di Indonesia : Jl. Mayor Ruslan No. 74 Blok C RT 001/RW 11,\n"
    "Kel. Demang Lebar Daun, Kec. Ilir Barat I, Palembang\n"
    "Phone / Telepon : +62 838-421-5183\n"
    "E-mail / Surel : kenji.watanabe@kyoto-u.ac.jp\n"
    "The information reguested / Informasi yang dimohon:\n"
    "(1) Voter turnout figures for the 2024 South Sumatra gubernatorial election, by\n"
    "regency/city\n"
    "Purpose / Tujuan : Doctoral dissertation research on electoral governance in\n"
    "Indonesian provinces\n"
    "| would be grateful to receive the information as a soft copy (PDF or Excel) by e-mail\n"
    "to the address above.\n"
)


def test_a_foreign_researchers_labels_in_english_first_then_indonesian() -> None:
    fields = fields_of([FOREIGN_RESEARCHER])
    assert fields["applicant_name"] == "Kenji Watanabe"
    assert fields["occupation"] == "Researcher"
    assert fields["address"] == (
        "Jl. Mayor Ruslan No. 74 Blok C RT 001/RW 11, Kel. Demang Lebar Daun, Kec. Ilir Barat I,"
        " Palembang"
    )
    assert fields["phone"] == "+628384215183"
    assert fields["subject"] == "Request for Public Information (Permohonan Informasi Publik)"
    assert fields["information_requested"] == (
        "Voter turnout figures for the 2024 South Sumatra gubernatorial election, by regency/city"
    )
    assert fields["purpose"] == (
        "Doctoral dissertation research on electoral governance in Indonesian provinces"
    )
    assert fields["obtain_method"] == "salinan_softcopy"
    assert fields["delivery_method"] == "email"


def test_a_foreign_writer_who_would_read_the_documents_obtains_by_seeing() -> None:
    text = FOREIGN_RESEARCHER.replace(
        "| would be grateful to receive the information as a soft copy (PDF or Excel) by e-mail\n"
        "to the address above.\n",
        "I would like to read the documents and take notes at your office.\n",
    )
    assert fields_of([text])["obtain_method"] == "melihat"


REPLY_OBJECTION = (
    "Palembang, 05 September 2025\n"
    "Hal : Keberatan atas Surat Keputusan PPID Nomor 1/PPID-KPU-SS/Kpts/2025\n"
    "Surat Saudara:\n"
    "Nomor : 1/PPID-KPU-SS/Kpts/2025\n"
    "Tanggal : 30 Agustus 2025\n"
    "Kepada\n"
    "Yth. Atasan Pejabat Pengelola Informasi dan Dokumentasi\n"
    "Menanggapi Surat Keputusan PPID Nomor 1/PPID-KPU-SS/Kpts/2025 tanggal 30 Agustus 2025\n"
    "tentang Penolakan Permohonan Informasi Publik atas permohonan informasi saya dengan Nomor\n"
    "Pendaftaran 084/PPID/KPU-SS/VIII/2025 tanggal 17 Agustus 2025 mengenai standar biaya\n"
    "honorarium badan ad hoc pada Pemilihan Tahun 2024, dengan ini saya menyatakan keberatan.\n"
)


def test_a_reply_names_the_letter_it_answers_which_is_not_its_own() -> None:
    fields = fields_of([REPLY_OBJECTION], "keberatan")
    assert fields["letter_number"] is None
    assert fields["letter_date"] == "2025-09-05"
    assert fields["information_requested"] == (
        "Standar biaya honorarium badan ad hoc pada Pemilihan Tahun 2024"
    )


def test_a_table_of_items_runs_on_over_the_page_break() -> None:
    first = (
        "mengajukan permohonan informasi publik dengan rincian sebagai berikut:\n"
        "No | Rincian Informasi Bentuk\n"
        + "".join(f"{n} Laporan kegiatan nomor {n} Tahun 2025 Fotokopi\n" for n in range(1, 15))
        + "LKAAP-SS - 097/LKAAP-SS/B/II/2026 Halaman 1 dari 2\n"
    )
    second = (
        "Lanjutan tabel rincian informasi:\n"
        "No | Rincian Informasi Bentuk\n"
        "15 | Laporan kegiatan nomor 15 Tahun 2025 Softcopy\n"
        "(PDF)\n"
        "16 | Laporan kegiatan nomor 16 Tahun 2025 Fotokopi\n"
        "Informasi tersebut akan kami gunakan sebagai bahan pemantauan.\n"
    )
    items = str(fields_of([first, second])["information_requested"]).split("; ")
    assert items == [f"Laporan kegiatan nomor {n} Tahun 2025" for n in range(1, 17)]


def test_a_decrees_clause_names_what_the_dispute_is_about() -> None:
    text = (
        "PENETAPAN KETUA KOMISI INFORMASI PROVINSI SUMATERA SELATAN\n"
        "TENTANG\nPENETAPAN MEDIATOR DAN JADWAL MEDIASI\nMenimbang :\n"
        "a. bahwa Komisi Informasi telah meregistrasi permohonan penyelesaian sengketa antara\n"
        "Usman Abdul Prasetyo sebagai Pemohon dan PPID KPU Provinsi Sumatera Selatan sebagai\n"
        "Termohon mengenai daftar Pemilih Tambahan (DPTb) pada Pemilu 2024 di Kota Palembang;\n"
        "b. bahwa para pihak sepakat menempuh mediasi;\n"
    )
    assert fields_of([text], "sengketa")["information_requested"] == (
        "Daftar Pemilih Tambahan (DPTb) pada Pemilu 2024 di Kota Palembang"
    )


KAB_OBJECTION_FORM = (
    "KOMISI PEMILIHAN UMUM\n"
    "KABUPATEN OGAN ILIR\n"
    "Jl. Lintas Timur Km. 35 Indralaya, Ogan Ilir 30662\n"
    "FORMULIR PENGAJUAN KEBERATAN INFORMASI PUBLIK Model KEB.1\n"
    "1. DATA PERMOHONAN INFORMASI\n"
    "1.1 Nomor Pendaftaran Permohonan : 031/PPID/KPU-SS/VIII/2025\n"
    "1.2 Tanggal Permohonan : 25 Agustus 2025\n"
    "1.3 Informasi yang Dimohon : Jumlah pemilih penyandang disabilitas dalam DPT\n"
    "Pemilu 2024 per kabupaten/kota\n"
    "1.4 Tujuan Penggunaan Informasi : Kajian akademik mengenai partisipasi pemilih\n"
    "2. IDENTITAS PENGAJU KEBERATAN\n"
    "2.1 Nama : Rudi Nur Purba, S.Sos., M.M.\n"
    "2.3 Alamat : Jl. Jenderal Sudirman No. 218, RT 26 RW 05, Sialang,\n"
    "Sako, Palembang\n"
    "2.5 Nomor Telepon/HP : +6283855596403\n"
    "Palembang, 07-10-2025\n"
)


def test_an_objection_on_a_kpu_kabupatens_form_with_rows_numbered_2_1() -> None:
    """Its rows numbered "2.1"; the request's date it cites is not the objection's; the KPU
    kabupaten that printed the form sent nothing."""
    fields = fields_of([KAB_OBJECTION_FORM], "keberatan")
    assert fields["applicant_name"] == "Rudi Nur Purba, S.Sos., M.M."
    assert (
        fields["address"] == "Jl. Jenderal Sudirman No. 218, RT 26 RW 05, Sialang, Sako, Palembang"
    )
    assert fields["information_requested"] == (
        "Jumlah pemilih penyandang disabilitas dalam DPT Pemilu 2024 per kabupaten/kota"
    )
    assert fields["purpose"] == "Kajian akademik mengenai partisipasi pemilih"
    assert fields["letter_date"] == "2025-10-07"
    assert fields["sender_org"] is None


def test_a_kpu_kabupatens_own_letter_is_sent_by_it() -> None:
    letter = KAB_OBJECTION_FORM.replace("FORMULIR PENGAJUAN KEBERATAN INFORMASI PUBLIK", "Nomor :")
    assert fields_of([letter], "surat_masuk")["sender_org"] == (
        "KOMISI PEMILIHAN UMUM KABUPATEN OGAN ILIR"
    )


def test_a_student_boards_cabinet_is_no_part_of_its_name() -> None:
    text = (
        "BADAN EKSEKUTIF MAHASISWA\nKELUARGA MAHASISWA UNIVERSITAS SRIWIJAYA\n"
        "KABINET HARMONI BERGERAK\nSekretariat: Gedung Student Center Lt. 2\n"
        "Nomor : 061/BEM-KM-UNSRI/VI/2026\nHal ikhwal : Keberatan atas Layanan Informasi Publik\n"
    )
    fields = fields_of([text], "keberatan")
    assert (
        fields["sender_org"] == "BADAN EKSEKUTIF MAHASISWA KELUARGA MAHASISWA UNIVERSITAS SRIWIJAYA"
    )
    assert fields["subject"] == "Keberatan atas Layanan Informasi Publik"


HEARING_SCHEDULE = (
    "Komisi Informasi\n"
    "Provinsi Sumatera Selatan\n"
    "Jl. Kapten A. Rivai No. 3 Palembang 30129 Telp. (0711) 312 608\n"
    "Nomor : 207/KI-SS/XII/2025 Palembang, 16/12/2025\n"
    "Hal : Jadwal Sidang Periode 22 Desember 2025 s.d. 26 Desember 2025\n"
    "Bersama ini kami sampaikan jadwal sidang sengketa informasi publik. Perkara\n"
    "Register Nomor 011/REG-PSI/XI/2025 dengan Pemohon Rosmala Dwi Saputra\n"
    "termasuk dalam jadwal tersebut.\n"
)


def test_a_commissions_schedule_in_ordinary_case_names_its_case_in_a_sentence() -> None:
    fields = fields_of([HEARING_SCHEDULE], "sengketa")
    assert fields["sender_org"] == "Komisi Informasi Provinsi Sumatera Selatan"
    assert fields["subject"] == "Jadwal Sidang Periode 22 Desember 2025 s.d. 26 Desember 2025"
    assert fields["applicant_name"] == "Rosmala Dwi Saputra"
    assert fields["dispute_register_number"] == "011/REG-PSI/XI/2025"


def test_the_applicant_named_inside_a_sentence_ends_where_the_sentence_goes_on() -> None:
    text = HEARING_SCHEDULE.replace(
        "Saputra\ntermasuk dalam", "Saputra, S.T. termasuk dalam"
    ).replace("Rosmala Dwi", "Anisa")
    assert fields_of([text], "sengketa")["applicant_name"] == "Anisa Saputra, S.T."


def test_a_request_as_a_questionnaire_asks_its_questions() -> None:
    letter = (
        "Nama Peneliti : Nurhayati Lubis, S.H., M.Si.\n"
        "mengajukan permohonan informasi publik dalam bentuk daftar pertanyaan sebagaimana\n"
        "terlampir. Kolom jawaban mohon diisi oleh PPID.\n"
    )
    questions = (
        "DAFTAR PERTANYAAN\n"
        "No Pertanyaan Jawaban\n"
        "1 Berapa anggaran yang dialokasikan untuk sosialisasi dan\n"
        "pendidikan pemilih pada Tahun Anggaran 2025?\n"
        "2 Berapa jumlah keberatan yang diajukan kepada Atasan PPID\n"
        "pada Tahun 2025 dan bagaimana hasilnya?\n"
    )
    assert str(fields_of([letter, questions])["information_requested"]).split("; ") == [
        "Berapa anggaran yang dialokasikan untuk sosialisasi dan pendidikan pemilih pada Tahun"
        " Anggaran 2025?",
        "Berapa jumlah keberatan yang diajukan kepada Atasan PPID pada Tahun 2025 dan bagaimana"
        " hasilnya?",
    ]


def test_a_voice_messages_transcript_gives_the_address_and_the_ground() -> None:
    text = (
        "TRANSKRIP PESAN SUARA (VOICE NOTE)\n"
        "[00:08] Perkenalkan, nama saya Aprizal, alamat saya di Jl. Padat Karya No. 190,\n"
        "Kelurahan Muara Dua, Prabumulih. [00:17] NIK saya 1613152410041299.\n"
        "[00:24] Saya mau menyampaikan keberatan atas permohonan informasi saya nomor\n"
        "pendaftaran 009/PPID/KPU-SS/X/2025.\n"
        "[00:53] Yang dikirim ke saya itu bukan data yang saya minta, tapi dokumen lain.\n"
    )
    fields = fields_of([text], "keberatan")
    assert fields["address"] == "Jl. Padat Karya No. 190, Kelurahan Muara Dua, Prabumulih"
    assert fields["objection_reason_code"] == "d"


RELAAS = (
    "PENGADILAN TATA USAHA NEGARA PALEMBANG\n"
    "Jl. Jenderal Ahmad Yani No. 67, Plaju, Palembang 30267 Laman: ptun-palembang.go.id\n"
    "RELAAS PEMBERITAHUAN PERNYATAAN KASASI\n"
    "Nomor: 12/G/KI/2025/PTUN.PLG\n"
    "telah memberitahukan kepada:\n"
    "Nama : Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi Pemilihan Umum\n"
    "Provinsi Sumatera Selatan\n"
    "Alamat : Jl. Kapten A. Rivai No. 95 Palembang\n"
    "Kedudukan : Termohon Kasasi, semula Pemohon Keberatan\n"
    "bahwa Fajar Dharma Harahap, beralamat di Jl. Lintas Timur No. 204 RT 008/RW 01,\n"
    "Kel. Kedaton, Kec. Kayuagung, Kayuagung, selaku Pemohon Kasasi, semula Termohon Keberatan /\n"
    "Pemohon Informasi, pada tanggal 26 Agustus 2025 telah mengajukan permohonan kasasi.\n"
)


def test_a_courts_relaas_names_the_applicant_in_its_sentence_not_the_ppid_it_serves() -> None:
    fields = fields_of([RELAAS], "sengketa")
    assert fields["applicant_name"] == "Fajar Dharma Harahap"
    assert fields["address"] == (
        "Jl. Lintas Timur No. 204 RT 008/RW 01, Kel. Kedaton, Kec. Kayuagung, Kayuagung"
    )


def test_a_treasury_offices_address_line_in_capitals_is_no_part_of_its_name() -> None:
    text = (
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PERBENDAHARAAN\n"
        "KANTOR PELAYANAN PERBENDAHARAAN NEGARA PALEMBANG\n"
        "GEDUNG KEUANGAN NEGARA PALEMBANG, JALAN KAPTEN A. RIVAI NOMOR 111, TELEPON (0711) 353396\n"
        "Nomor : S-123/KPN.0601/2026\n"
    )
    assert fields_of([text], "surat_masuk")["sender_org"] == (
        "KANTOR PELAYANAN PERBENDAHARAAN NEGARA PALEMBANG"
    )


def test_a_groups_request_is_made_by_its_named_representative() -> None:
    text = (
        "Kami, warga RT 42 RW 03 Kelurahan Bukit Lama, secara bersama-sama sebagai kelompok orang\n"
        "mengajukan permohonan informasi publik, dan menunjuk wakil kelompok:\n"
        "Nama Wakil Kelompok : Mega Gunawan, S.T., M.Kom.\n"
        "NIK : 1671115110802965\n"
        "Daftar anggota kelompok:\n"
        "No Nama NIK RT/RW Tanda Tangan\n"
        "1 Mega Gunawan, S.T., M.Kom. 1671115110802965 042/003\n"
        "2 Rudi Lubis 1671121209651760 042/003\n"
    )
    assert fields_of([text])["applicant_name"] == "Mega Gunawan, S.T., M.Kom."


def test_a_service_centres_counter_form_filled_in_by_a_person_has_no_sender() -> None:
    text = (
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU\n"
        "MAL PELAYANAN PUBLIK KOTA PALEMBANG\n"
        "Gedung MPP Lt. 2, Jl. Merdeka No. 1 Palembang 30131 Telp. (0711) 370 100\n"
        "FORMULIR PERMOHONAN LAYANAN GERAI D-157\n"
        "3. DATA PEMOHON\n"
        "Nama Lengkap : Herlina Dwi Permata\n"
    )
    fields = fields_of([text])
    assert fields["sender_org"] is None
    assert fields["applicant_name"] == "Herlina Dwi Permata"


def test_a_press_releases_title_is_no_letterhead() -> None:
    text = (
        "Komisi Informasi\nProvinsi Sumatera Selatan\n"
        "Jl. Kapten A. Rivai No. 3 Palembang 30129 Telp. (0711) 312 608\n"
        "SIARAN PERS\nKomisi Informasi Sumsel Umumkan Hasil Monitoring\n"
    )
    assert fields_of([text], "surat_masuk")["sender_org"] == (
        "Komisi Informasi Provinsi Sumatera Selatan"
    )


def test_a_forms_reasons_numbered_1_to_7_are_its_checklist_not_the_applicants_ground() -> None:
    text = KAB_OBJECTION_FORM + (
        "4. ALASAN KEBERATAN (beri tanda X pada salah satu kotak)\n"
        "1. Permohonan informasi ditolak dengan alasan pengecualian (Pasal 17)\n"
        "2. Informasi berkala tidak disediakan\n"
        "3. Permohonan informasi tidak ditanggapi\n"
        "4. Permohonan informasi ditanggapi tidak sebagaimana yang diminta\n"
        "5. Permohonan informasi tidak dipenuhi\n"
        "6. Biaya yang dikenakan tidak wajar\n"
        "7. Informasi disampaikan melebihi jangka waktu yang ditentukan\n"
        "5. URAIAN SINGKAT / KASUS POSISI\n"
        "Sampai lewat sepuluh hari kerja permohonan saya sama sekali tidak mendapat tanggapan\n"
        "tertulis dari PPID.\n"
    )
    assert fields_of([text], "keberatan")["objection_reason_code"] == "c"


def test_an_empty_row_over_the_forms_next_section_has_no_value() -> None:
    text = KAB_OBJECTION_FORM.replace(
        "1.4 Tujuan Penggunaan Informasi : Kajian akademik mengenai partisipasi pemilih\n",
        "1.4 Tujuan Penggunaan Informasi :\n",
    )
    assert fields_of([text], "keberatan")["purpose"] is None


def test_hal_ikhwal_read_as_one_word_labels_the_subject() -> None:
    text = "Nomor : 133/JPPB-SS/B/1/2026 Palembang, 30 Januari 2026\nHalikhwal : Permohonan Data\n"
    assert fields_of([text])["subject"] == "Permohonan Data"
