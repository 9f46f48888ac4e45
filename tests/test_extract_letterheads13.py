"""Letterheads the thirteenth corpus (bench/make_thirteenth_corpus.py) showed read wrong: a
coalition's strip of member logos over its name, a village enterprise's quoted name over its
village and regions, a decision's title over the commission, a speck between the words, and an
invitation's meeting medium labelled "Media"."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_fields
from pipeline.fields import clean_name

BODY = (
    "Nomor : 036/APDP/I/2026 Palembang, 2 Januari 2026\n"
    "Hal : Permohonan Informasi Publik\n"
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan\n"
    "Dengan hormat,\n"
    "Nama : Rosmala Wijaya\n"
)


@pytest.mark.parametrize(
    ("head", "sender"),
    [
        (
            "PKDS FJPS FMPD LBH-RM\nALIANSI PEMANTAU DATA PEMILU\nSUMATERA SELATAN\n",
            "ALIANSI PEMANTAU DATA PEMILU SUMATERA SELATAN",
        ),
        (
            'BADAN USAHA MILIK DESA (BUMDES) "SEJAHTERA MANDIRI" Na\nDESA KARANG AGUNG\n'
            "KECAMATAN LALAN KABUPATEN MUSI BANYUASIN\n",
            'BADAN USAHA MILIK DESA (BUMDES) "SEJAHTERA MANDIRI" DESA KARANG AGUNG',
        ),
        (
            "KELOMPOK INFORMASI MASYARAKAT (KIM)\n"
            '"CAHAYA INFORMASI" KELURAHAN LOROK PAKJO\n'
            "Kecamatan Ilir Barat I Kota Palembang - SK Lurah Lorok Pakjo Nomor 9/KPTS/KEL/2020\n",
            'KELOMPOK INFORMASI MASYARAKAT (KIM) "CAHAYA INFORMASI" KELURAHAN LOROK PAKJO',
        ),
        ("FORUM PEMUDA PEDULI DATA O KOTA PALEMBANG\n", "FORUM PEMUDA PEDULI DATA KOTA PALEMBANG"),
        # a board's own acronym is its name's
        (
            "DPD PARTAI PERSATUAN RAKYAT\nKOTA PALEMBANG\n",
            "DPD PARTAI PERSATUAN RAKYAT KOTA PALEMBANG",
        ),
    ],
)
def test_a_letterhead_is_its_bodys_name(head: str, sender: str) -> None:
    fields = extract_fields([head + BODY], "permohonan_informasi")
    assert fields.values["sender_org"] == sender


def test_a_decisions_title_is_not_the_commissions_name() -> None:
    page = (
        "KETETAPAN\nKOMISI INFORMASI PROVINSI SUMATERA SELATAN\nNOMOR 049/KETAP/KI-SS/X/2025\n"
        "TENTANG\nPENCABUTAN PERMOHONAN PENYELESAIAN SENGKETA INFORMASI\n"
        "PUBLIK REGISTER NOMOR 014/REG-PSI/X/2025\n"
    )
    fields = extract_fields([page], "sengketa")
    assert fields.values["sender_org"] == "KOMISI INFORMASI PROVINSI SUMATERA SELATAN"


def test_an_invitations_meeting_medium_is_not_its_sender() -> None:
    page = (
        "KOMISI PEMILIHAN UMUM\nREPUBLIK INDONESIA\n"
        "Jl. Imam Bonjol No. 29 Menteng, Jakarta Pusat 10310 Telp. (021) 31937223\n"
        "Nomor : 630/HM.02-Und/01/2025 Jakarta, 14 Oktober 2025\n"
        "Hal : Undangan Rakor PPID (Daring)\n"
        "Hari/Tanggal : Senin, 27 Oktober 2025\n"
        "Media : Zoom Meeting\n"
    )
    fields = extract_fields([page], "surat_masuk")
    assert fields.values["sender_org"] == "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA"


def test_a_signature_without_degrees_takes_them_from_the_writers_card() -> None:
    page = (
        "PT Sriwijaya Riset Indonesia\n\nIlham Adi Ramadhan, S.T., M.Si.\n\n"
        "Konsultan Riset Sosial\n"
        "Jl. Letda A. Rozak No. 155 Palembang\n\n"
        "Palembang, 25 Agustus 2025\nKepada Yth.\nPetugas Layanan Informasi PPID\n\n"
        "Dengan hormat,\nBersama ini saya mengajukan permohonan informasi publik berupa hasil\n"
        "rekapitulasi perolehan suara Pemilihan Gubernur Tahun 2024.\n"
        "Terima kasih.\n\nHormat saya,\n\nIlham Adi Ramadhan\n"
    )
    fields = extract_fields([page], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Ilham Adi Ramadhan, S.T., M.Si."


def test_a_speck_after_a_names_degrees_is_no_part_of_it() -> None:
    assert clean_name("Kartika Dwi Lubis, S.I.Kom. engcyoiney") == "Kartika Dwi Lubis, S.I.Kom."
    assert clean_name("Ahmad Fauzi, S.H., M.H.") == "Ahmad Fauzi, S.H., M.H."


def test_a_subject_ends_before_the_attachment_row_read_across() -> None:
    page = (
        "Palembang, 3 Februari 2026\n"
        "Perihal : Permintaan Informasi Publik Lamp. : 2 (dua) berkas\n"
        "Kepada Yth. PPID KPU Provinsi Sumatera Selatan\n"
    )
    fields = extract_fields([page], "permohonan_informasi")
    assert fields.values["subject"] == "Permintaan Informasi Publik"


def test_a_secretariats_address_runs_on_to_its_town() -> None:
    page = (
        "Hal : Keberatan atas Tanggapan PPID\n"
        "Nama : Zulkifli Zainal\n"
        "Alamat Sekretariat : Jl. Seduduk Putih No. 36, Kelurahan Sekip Jaya,\n"
        "Palembang\n"
        "No. HP : (0813) 6955-6740\n"
    )
    fields = extract_fields([page], "keberatan")
    assert fields.values["address"] == "Jl. Seduduk Putih No. 36, Kelurahan Sekip Jaya, Palembang"


def test_a_town_below_a_blank_line_after_a_districts_numeral_read_as_a_bar() -> None:
    page = (
        "Nama : Rudi Hartono\n"
        "Alamat : Jl. Depati Said No. 124 Kel. Taba Jemekeh Kec. Lubuklinggau Timur |\n"
        "\n"
        "Lubuklinggau\n"
        "\n"
        "Pekerjaan : Wiraswasta\n"
    )
    fields = extract_fields([page], "permohonan_informasi")
    assert fields.values["address"] == (
        "Jl. Depati Said No. 124 Kel. Taba Jemekeh Kec. Lubuklinggau Timur I Lubuklinggau"
    )


def test_a_ktp_date_as_ocr_read_it_or_a_number_beside_an_occupation_is_no_part_of_it() -> None:
    for written in ("Pekerjaan : WIRASWASTA 2a-vo-2023\n", "Pekerjaan : Mahasiswa 16062118\n"):
        fields = extract_fields(["Nama : Budi Santoso\n" + written], "permohonan_informasi")
        assert fields.values["occupation"] in ("Wiraswasta", "Mahasiswa")


def test_a_calendars_row_of_days_is_no_nik() -> None:
    page = (
        "Hal : Keberatan atas Tidak Ditanggapinya Permohonan Informasi\n"
        "Nama : Ahmad Indra\n"
        "AGUSTUS 2025\nSen Sel Rab Kam Jum Sab Min\n"
        "5 6 7 8 9 10 11 2 3 4 5 6 7 8\n"
    )
    assert extract_fields([page], "keberatan").values["nik"] is None
    written = page.replace(
        "Nama : Ahmad Indra\n", "Ahmad Indra, 1613 0750 0993 0789, warga Musi Rawas\n"
    )
    assert extract_fields([written], "keberatan").values["nik"] == "1613075009930789"


def test_a_signature_without_a_title_and_degrees_takes_them_from_the_card() -> None:
    page = (
        "PT Sriwijaya Riset Indonesia\nNyayu Rosmala Ramadhan, S.Kom.\nKonsultan Riset Sosial\n"
        "Jl. Sultan Mahmud Badaruddin II No. 85, Palembang\n"
        "Palembang, 2 Januari 2026\nKepada Yth.\nPetugas Layanan Informasi PPID\n\n"
        "Dengan hormat,\nBersama ini saya mengajukan permohonan informasi publik berupa daftar\n"
        "anggota PPK di Kabupaten Lahat.\nTerima kasih.\n\nHormat saya,\n\nRosmala Ramadhan\n"
    )
    fields = extract_fields([page], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Nyayu Rosmala Ramadhan, S.Kom."


def test_a_business_cards_mobile_number() -> None:
    for line in ("Mobile: (0853) 1505-8899\n", "M: +62-853-1505-8899\n"):
        page = "Yusuf Saputra, S.Ag., M.Pd.\nProgram Officer\n" + line + "E: yusuf@gmail.com\n"
        assert extract_fields([page], "permohonan_informasi").values["phone"] == "+6285315058899"
