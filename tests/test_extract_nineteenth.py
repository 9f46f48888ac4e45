"""Shapes the nineteenth generator's fresh seed and the twentieth's blind one showed: campaign
teams, notaries, a subject box beside the addressee, a commission's joinder, a court's ruling on
the office's own objection, a military letter, a congregation's minister."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields

CAMPAIGN_TEAM = (
    "TIM PEMENANGAN PASANGAN CALON\nBUPATI DAN WAKIL BUPATI EMPAT LAWANG\n\nTAHUN 2024\n"
    "ILHAM INDRA HIDAYAT — DESI NUR RAHMAWATI (NOMOR URUT 2)\n"
    "Sekretariat: Jl. Demang Lebar Daun No. 66, Kel. Sialang, Kec. Sako, Palembang 30160\n\n"
    "Nomor : 120/TP-EL/III/2026 Palembang, 12-III-2026\nHal : Permohonan Informasi Publik\n"
    "Kepada Yth.\nPPID KPU Prov. Sumsel\n"
)


def test_a_campaign_teams_name_ends_at_its_year_not_at_its_candidates() -> None:
    fields = extract_fields([CAMPAIGN_TEAM], "permohonan_informasi").values
    assert fields["sender_org"] == (
        "TIM PEMENANGAN PASANGAN CALON BUPATI DAN WAKIL BUPATI EMPAT LAWANG TAHUN 2024"
    )


@pytest.mark.parametrize("honorific", ["H.", "Hj.", "Dr."])
def test_a_notarys_office_keeps_the_honorific_of_the_name_it_bears(honorific: str) -> None:
    letter = (
        f"KANTOR NOTARIS & PPAT\n\n{honorific} FAJAR DHARMA SAPUTRA, S.H., M.Kn.\n\n"
        "SK Menteri Hukum dan HAM RI Nomor AHU-07424.AH.02.01.Tahun 2010\n"
        "Jl. Demang Lebar Daun No. 104, Palembang 30115 Telp. 0711 367142\n\n"
        "Nomor Surat : 078/Not-FD/IV/2026 Palembang, 16/4/2026\n"
        "Hal : Permohonan Legalisir Salinan Keputusan\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["sender_org"] == (
        f"KANTOR NOTARIS & PPAT {honorific} FAJAR DHARMA SAPUTRA, S.H., M.Kn."
    )


def test_a_land_office_is_named_without_its_ministrys_double_name() -> None:
    letter = (
        "KEMENTERIAN AGRARIA DAN TATA RUANG/\nBADAN PERTANAHAN NASIONAL\n\n"
        "KANTOR PERTANAHAN KABUPATEN BANYUASIN\n\n"
        "Jl. Jenderal Sudirman No. 316 Pangkalan Balai Telp. (0711) 311318\n\n"
        "Nomor Surat : HP.02.01/3717-16.07/XII/2025 Pangkalan Balai, 3/12/2025\n"
    )
    assert extract_fields([letter], "surat_masuk").values["sender_org"] == (
        "KANTOR PERTANAHAN KABUPATEN BANYUASIN"
    )


BOX_BESIDE_ADDRESSEE = (
    "Palembang, 16-I-2026\n"
    "Yth. PPID Komisi Pemilihan Umum Sifat : Biasa\n"
    "Provinsi Sumatera Selatan Lampiran : Fotokopi KTP\n"
    "{third} : Permintaan Informasi\n"
    "Palembang\nDengan hormat,\nYang bertanda tangan di bawah ini,\n"
    "Nama : Umar Bafadhal, S.Sos.\nNo. Induk Kependudukan : 16.71.13.580482.1358\n"
    "Pekerjaan Pokok : Pedagang\n"
)


@pytest.mark.parametrize(
    "third", ["Jl. Kapten A. Rivai No. 95 Perihal", "c.q. PPID KPU Provinsi Sumatera Selatan Hal"]
)
def test_a_subject_boxed_beside_the_addressee_is_read_on_its_own_line(third: str) -> None:
    fields = extract_fields([BOX_BESIDE_ADDRESSEE.format(third=third)], "permohonan_informasi")
    assert fields.values["subject"] == "Permintaan Informasi"  # not the addressee's next line
    assert fields.values["nik"] == "1671135804821358"
    assert fields.values["occupation"] == "Pedagang"


def test_a_subject_in_a_sentence_citing_a_letter_is_no_label() -> None:
    letter = "Menindaklanjuti surat Saudara Nomor : 12/PPID/2026 tentang jadwal, kami sampaikan\n"
    assert extract_fields([letter], "surat_masuk").values["letter_number"] is None


def test_items_named_in_one_sentence_are_each_capitalised() -> None:
    letter = (
        "Saya yang bertanda tangan di bawah ini:\nNama : Mgs. H. Ali Akbar\n"
        "dengan ini mengajukan permohonan informasi publik kepada PPID KPU Provinsi Sumatera "
        "Selatan berupa salinan\nkontrak pengadaan surat suara Tahun 2024, laporan "
        "penyelenggaraan layanan informasi publik Tahun 2025, serta rencana Kerja dan Anggaran "
        "(RKA) Tahun Anggaran 2026, untuk keperluan kelengkapan bahan advokasi hukum.\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["information_requested"] == (
        "Salinan kontrak pengadaan surat suara Tahun 2024; Laporan penyelenggaraan layanan "
        "informasi publik Tahun 2025; Rencana Kerja dan Anggaran (RKA) Tahun Anggaran 2026"
    )


def test_an_occupation_of_two_professions_in_prose_is_read_whole() -> None:
    letter = (
        "Yang bertanda tangan di bawah ini, H. Syafrizal Chaniago, S.H., M.Kn., pekerjaan "
        "Notaris dan\nPPAT, berkantor di Jl. Mayor Ruslan No. 172, Palembang 30148, dengan ini\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["occupation"] == (
        "Notaris dan PPAT"
    )


JOINDER = (
    "Komisi Informasi\nProvinsi Sumatera Selatan\nPENETAPAN\n"
    "NOMOR 059/PEN-GAB/KI-SS/VI/2026\nTENTANG\n"
    "PENGGABUNGAN PEMERIKSAAN SENGKETA INFORMASI PUBLIK\n"
    "MAJELIS KOMISIONER KOMISI INFORMASI PROVINSI SUMATERA SELATAN,\n"
    "Menimbang : a. bahwa Komisi Informasi telah menerima permohonan penyelesaian sengketa\n"
    "No Nomor Register Tanggal Objek Sengketa\n"
    "1 047/REG-PSI/IV/2026 30-04-2026 Data DPT Pemilu 2024 per\n"
    "2 048/REG-PSI/V/2026 04-05-2026 Data hasil pemutakhiran data\n"
    "KESATU : Menggabungkan pemeriksaan sengketa informasi publik Register\n"
    "Nomor 048/REG-PSI/V/2026 ke dalam\npemeriksaan Register Nomor 047/REG-PSI/IV/2026;\n"
)


def test_a_joinder_keeps_the_register_number_the_others_are_merged_into() -> None:
    fields = extract_fields([JOINDER], "sengketa").values
    assert fields["dispute_register_number"] == "047/REG-PSI/IV/2026"
    assert fields["subject"] == "Penggabungan Pemeriksaan Sengketa Informasi Publik"


@pytest.mark.parametrize("address", [", beralamat di Jl. Jenderal Sudirman No. 172", ""])
def test_a_ruling_on_the_offices_own_objection_names_the_citizen_as_applicant(
    address: str,
) -> None:
    letter = (
        "PENGADILAN TATA USAHA NEGARA PALEMBANG\nHal : Pemberitahuan Isi Putusan\n"
        "Bersama ini disampaikan salinan resmi putusan dalam perkara keberatan atas Putusan\n"
        "Komisi Informasi (Register Nomor 030/REG-PSI/V/2026), antara:\n"
        "Pemohon Keberatan : Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi\n"
        "Pemilihan Umum Provinsi Sumatera Selatan\n"
        f"Termohon Keberatan : Yuni Astuti{address}\n"
        "dengan amar putusan sebagai berikut:\n"
    )
    assert extract_fields([letter], "sengketa").values["applicant_name"] == "Yuni Astuti"


def test_a_named_party_after_antara_is_its_value_not_its_label() -> None:
    letter = (
        "dalam perkara keberatan atas Putusan Komisi Informasi, antara:\n"
        "Pemohon Keberatan : Mgs. H. M. Yusuf Effendi, beralamat di Komplek Perumahan Azhar\n"
        "Termohon Keberatan : Pejabat Pengelola Informasi dan Dokumentasi (PPID) Komisi\n"
    )
    assert extract_fields([letter], "sengketa").values["applicant_name"] == (
        "Mgs. H. M. Yusuf Effendi"
    )


def test_a_levy_assessment_is_numbered_by_its_skrd_number() -> None:
    letter = (
        "PEMERINTAH KOTA PALEMBANG\nDINAS LINGKUNGAN HIDUP DAN KEBERSIHAN\n"
        "SURAT KETETAPAN RETRIBUSI DAERAH (SKRD)\n"
        "No. SKRD: 3841/SKRD/LIN/2026 Masa: April s.d. Juni 2026 Tahun: 2026\n"
    )
    assert extract_fields([letter], "surat_masuk").values["letter_number"] == ("3841/SKRD/LIN/2026")


def test_a_balinese_i_read_as_a_bar_after_a_title_is_kept() -> None:
    letter = "Saya yang bertanda tangan di bawah ini:\nNama : Ir. | Gusti Ngurah Artha, S.T.\n"
    assert extract_fields([letter], "permohonan_informasi").values["applicant_name"] == (
        "Ir. I Gusti Ngurah Artha, S.T."
    )


def test_a_joinders_table_of_registers_gives_each_disputes_object() -> None:
    letter = JOINDER.replace(
        "2 048/REG-PSI/V/2026 04-05-2026 Data hasil pemutakhiran data\n",
        "kecamatan di Kabupaten Musi\nRawas\n\n"
        "2 |048/REG-PSI/V/2026 | 104-05-2026 Data hasil pemutakhiran data\npemilih\n\n"
        "b. bahwa permohonan-permohonan tersebut diajukan oleh Pemohon yang sama;\n",
    )
    assert extract_fields([letter], "sengketa").values["information_requested"] == (
        "Data DPT Pemilu 2024 per kecamatan di Kabupaten Musi Rawas; "
        "Data hasil pemutakhiran data pemilih"
    )


QUESTIONS = (
    "Dalam rangka pemeriksaan sengketa informasi publik:\n"
    "Register Nomor : 031/REG-PSI/XI/2025\nPemohon : Hj. Aisyah Assegaf\n"
    "{asked}"
    "Majelis Komisioner memandang perlu meminta keterangan tertulis dari\n"
    "Termohon atas pertanyaan sebagai berikut:\n"
    "No Pertanyaan Majelis Jawaban Termohon\n"
    "1 Apakah terhadap informasi tersebut telah dilakukan uji\nkonsekuensi?\n"
    "2 Berapa biaya penggandaan yang dikenakan kepada\nPemohon?\n"
)


def test_a_commissions_questions_to_the_office_are_not_what_was_asked_for() -> None:
    fields = extract_fields([QUESTIONS.format(asked="")], "sengketa").values
    assert fields["information_requested"] is None
    asked = "Informasi yang Dimohon : Daftar Informasi Publik (DIP) KPU Provinsi Tahun\n2025\n"
    fields = extract_fields([QUESTIONS.format(asked=asked)], "sengketa").values
    assert (
        fields["information_requested"] == "Daftar Informasi Publik (DIP) KPU Provinsi Tahun 2025"
    )


def test_a_table_rows_file_format_cell_is_no_part_of_the_item() -> None:
    letter = (
        "dengan ini mengajukan permohonan informasi publik sebagai berikut:\n"
        "No | Dokumen yang Dimohon Bentuk\n"
        "1 Rekapitulasi penggunaan surat suara cadangan per kecamatan File PDF/Excel\n"
        "2 Daftar TPS yang melaksanakan pemungutan suara ulang File PDF/Excel\n"
        "Informasi tersebut akan kami gunakan sebagai bahan evaluasi.\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["information_requested"] == (
        "Rekapitulasi penggunaan surat suara cadangan per kecamatan; "
        "Daftar TPS yang melaksanakan pemungutan suara ulang"
    )


def test_a_certified_copy_collected_by_staff_is_paper_collected_in_person() -> None:
    letter = (
        "dengan ini mengajukan permohonan informasi publik berupa:\n"
        "1. Salinan surat keterangan pengunduran diri calon anggota DPRD\n"
        "Kami mohon dapat diberikan salinan yang telah dilegalisir yang akan diambil oleh staf "
        "kami di kantor\nPPID.\n"
    )
    fields = extract_fields([letter], "permohonan_informasi").values
    assert fields["obtain_method"] == "salinan_hardcopy"
    assert fields["delivery_method"] == "mengambil_langsung"


@pytest.mark.parametrize(
    ("top", "parent", "expected"),
    [
        (
            "FAKULTAS HUKUM",
            "QO UNIVERSITAS MUHAMMADIYAH PALEMBANG",
            "UNIVERSITAS MUHAMMADIYAH PALEMBANG FAKULTAS HUKUM",
        ),
        (
            "PARTAI RAKYAT MERAH PUTIH\nKABUPATEN LAHAT",
            "(3 DEWAN PIMPINAN DAERAH",
            "DEWAN PIMPINAN DAERAH PARTAI RAKYAT MERAH PUTIH KABUPATEN LAHAT",
        ),
    ],
)
def test_a_parent_printed_under_the_address_heads_the_senders_name(
    top: str, parent: str, expected: str
) -> None:
    letter = (
        f"{top}\nJl. Jenderal Ahmad Yani No. 13 Palembang 30263 Telp. (0711) 510 820\n\n"
        f"{parent}\n\nNomor : 433/FH-UMP/IX/2026 Palembang, 25 September 2026\n"
        "Perihal : Permohonan Data\n"
    )
    assert extract_fields([letter], "permohonan_informasi").values["sender_org"] == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "BADAN PERTANAHAN NASIONAL\nKANTOR PERTANAHAN KOTA PALEMBANG",
            "KANTOR PERTANAHAN KOTA PALEMBANG",
        ),
        (
            "3\nKomisi Informasi\n\nIk Provinsi Sumatera Selatan",
            "Komisi Informasi Provinsi Sumatera Selatan",
        ),
        (
            "DEWAN PIMPINAN WILAYAH\n@ PARTAI GERAKAN NUSANTARA BARU BY\nPROVINSI SUMATERA SELATAN",
            "DEWAN PIMPINAN WILAYAH PARTAI GERAKAN NUSANTARA BARU PROVINSI SUMATERA SELATAN",
        ),
        (
            "NOTARIS & PPAT\nNI MADE SUKERTI, S.H., M.Kn.",
            "NOTARIS & PPAT NI MADE SUKERTI, S.H., M.Kn.",
        ),
        ("CQ) PT ASURANSI KERUGIAN NUSA RAYA |“ vommovsnito", "PT ASURANSI KERUGIAN NUSA RAYA"),
    ],
)
def test_a_letterheads_specks_and_parent_body_are_no_part_of_the_sender(
    head: str, expected: str
) -> None:
    letter = (
        f"{head}\nJl. Kapten A. Rivai No. 3 Palembang 30129 Telp. (0711) 312 608\n\n"
        "Nomor : PS.047/KI-SUMSEL/03/2026 Palembang, 6 Maret 2026\nHal : Pemberitahuan\n"
    )
    assert extract_fields([letter], "surat_masuk").values["sender_org"] == expected


def test_a_greeting_cards_sender_is_read_under_its_printed_border() -> None:
    card = (
        "O—\n\n= = = = = = cs = = = = = = = =\n\n=\n\n=\n\n=\n\n=\n\n"
        "BANK MITRA SRIWIJAYA\n\nSelamat Hari Raya Idul Fitri\n1 Syawal 1447 H\n\n"
        "Taqabbalallahu minna wa minkum. Mohon Maaf Lahir dan Batin.\n"
        "Pemimpin Cabang dan Keluarga Besar\nEka Siregar, S.Kom.\n"
    )
    assert extract_fields([card], "surat_masuk").values["sender_org"] == "BANK MITRA SRIWIJAYA"


def test_a_fax_header_line_is_no_border_over_a_letterhead() -> None:
    cover = (
        "10/10/2025 09:26 FROM: 0711331302 CV MANDIRI PRINT TO: 0711352445 P.001/001\n\n"
        "FAKSIMILI FAX COVER SHEET\n\nLembar Pengantar Faksimili\n\n"
        "Kepada : PPID KPU Provinsi Sumatera Selatan\n"
    )
    assert extract_fields([cover], "permohonan_informasi").values["sender_org"] is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Nama : IKomang Adi Putra, S.T., M.M.", "I Komang Adi Putra, S.T., M.M."),
        ("1. Nama : Dr. Rotua br. Manurung Parat", "Dr. Rotua br. Manurung"),
    ],
)
def test_a_names_glued_i_and_a_stamps_paraf_beside_it(written: str, expected: str) -> None:
    letter = f"Yang bertanda tangan di bawah ini:\n{written}\nNIK : 1671135804821358\n"
    assert extract_fields([letter], "permohonan_informasi").values["applicant_name"] == expected


MILITARY = (
    "{fax}KOMANDO DAERAH MILITER II/SRIWIJAYA\nKOMANDO RESOR MILITER 044/GARUDA DEMPO\n\n"
    "Palembang, 15 Juli 2026\n"
    "Nomor : B/1031/VII/2026 Kepada\nKlasifikasi : Segera Yth. Ketua KPU Provinsi\n"
    "Lampiran : - Sumatera Selatan\nPerihal : Permintaan Data Lokasi Gudang Logistik di\n"
    "Palembang\n1. Dasar:\na. Undang-Undang Nomor 34 Tahun 2004;\n"
)


@pytest.mark.parametrize(
    "fax", ["", "25/08/2026 14:52 FAX 0711614188 KOREM 044/GAPO P.001/002\n\n"]
)
def test_a_military_letter_is_from_its_command_and_its_addressees_column_is_apart(
    fax: str,
) -> None:
    fields = extract_fields([MILITARY.format(fax=fax)], "surat_masuk").values
    assert fields["sender_org"] == "KOMANDO RESOR MILITER 044/GARUDA DEMPO"
    assert fields["subject"] == "Permintaan Data Lokasi Gudang Logistik"


def test_a_national_agency_over_its_regional_office_is_its_parent() -> None:
    letter = (
        "BADAN PENGEMBANGAN DAN PEMBINAAN BAHASA\nBALAI BAHASA PROVINSI SUMATERA SELATAN\n"
        "Jl. Seniman Amri Yahya, Palembang 30137 Telp. (0711) 353 000\n\n"
        "Nomor : 0253/I5.12/BS.01.04/2025\n"
    )
    assert extract_fields([letter], "surat_masuk").values["sender_org"] == (
        "BALAI BAHASA PROVINSI SUMATERA SELATAN"
    )


@pytest.mark.parametrize(
    ("writer", "expected"),
    [
        (
            "Pdt. Togar Simanjuntak, S.Si. (Teol.), Pendeta Ressort",
            "Pdt. Togar Simanjuntak, S.Si. (Teol.)",
        ),
        ("Pdt. Dian Wati Purba, M.Th., Gembala\nSidang Gereja", "Pdt. Dian Wati Purba, M.Th."),
        ("Veronika Ratna Kurnia Anggraini, Wakil Ketua |", "Veronika Ratna Kurnia Anggraini"),
    ],
)
def test_a_ministers_degrees_and_a_writers_office_after_the_name(
    writer: str, expected: str
) -> None:
    letter = f"Syalom,\nYang bertanda tangan di bawah ini, {writer} Majelis Jemaat, beralamat di\n"
    assert extract_fields([letter], "permohonan_informasi").values["applicant_name"] == expected
