"""A letter a dot-matrix printer wrote all in capitals: its sentences are sentences, not
headings."""

from __future__ import annotations

from pipeline.extract import extract_fields

CAPITALS = (
    'BADAN USAHA MILIK DESA (BUMDES) "KARYA MAKMUR"\nDESA TALANG UBI TIMUR\n'
    "NOMOR : 042/BUMDES-KM/II/2026\n"
    "PERIHAL : PERMOHONAN INFORMASI PUBLIK\n"
    "KEPADA YTH.\nPPID KPU PROVINSI SUMATERA SELATAN\n"
    "NAMA : MEILANI DWI GUNAWAN\n"
    "DENGAN INI MENGAJUKAN PERMOHONAN INFORMASI PUBLIK SEBAGAI BERIKUT:\n"
    "1. DAFTAR NAMA ANGGOTA KPPS DI DESA TALANG UBI TIMUR PADA PEMILIHAN TAHUN 2024\n"
    "INFORMASI TERSEBUT AKAN KAMI GUNAKAN SEBAGAI BAHAN PENYUSUNAN RENCANA KERJA BUMDES\n"
    "BIDANG JASA PELAYANAN MASYARAKAT.\n"
    "DEMIKIAN PERMOHONAN INI KAMI SAMPAIKAN.\n"
)


def test_a_purpose_in_a_letter_all_in_capitals_is_read() -> None:
    fields = extract_fields([CAPITALS], "permohonan_informasi")
    assert fields.values["purpose"] == (
        "BAHAN PENYUSUNAN RENCANA KERJA BUMDES BIDANG JASA PELAYANAN MASYARAKAT"
    )


def test_a_heading_in_capitals_in_an_ordinary_letter_is_no_purpose() -> None:
    letter = (
        "Perihal : Permohonan Informasi Publik\n"
        "Nama : Budi Santoso\n"
        "Dengan ini saya mengajukan permohonan informasi berupa salinan DPT Kota Palembang.\n"
        "Informasi tersebut akan saya gunakan untuk bahan penelitian skripsi saya.\n"
        "LAMPIRAN DATA DIGUNAKAN SEBAGAI BAHAN RAPAT PLENO TERBUKA\n"
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["purpose"] == "Bahan penelitian skripsi saya"


def test_a_name_and_an_occupation_in_a_letter_all_in_capitals_stay_in_capitals() -> None:
    letter = CAPITALS.replace(
        "NAMA : MEILANI DWI GUNAWAN\n",
        "NAMA : DRS. MEILANI DWI GUNAWAN, S.IP.\nPEKERJAAN : PENSIUNAN PNS\n",
    )
    fields = extract_fields([letter], "permohonan_informasi")
    assert fields.values["applicant_name"] == "DRS. MEILANI DWI GUNAWAN, S.IP."
    assert fields.values["occupation"] == "PENSIUNAN PNS"


def test_a_name_in_block_letters_on_an_ordinary_form_is_written_as_names_are() -> None:
    form = (
        "Perihal : Permohonan Informasi Publik\n"
        "Nama : MEILANI DWI GUNAWAN\nPekerjaan : PENSIUNAN PNS\n"
        "Dengan ini saya mengajukan permohonan informasi berupa salinan DPT Kota Palembang\n"
        "untuk bahan penelitian. Demikian permohonan ini saya sampaikan, terima kasih atas\n"
        "perhatian Bapak/Ibu petugas layanan informasi di kantor KPU Provinsi Sumatera Selatan.\n"
    )
    fields = extract_fields([form], "permohonan_informasi")
    assert fields.values["applicant_name"] == "Meilani Dwi Gunawan"
    assert fields.values["occupation"] == "Pensiunan PNS"
