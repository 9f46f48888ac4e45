"""What a letter asks for, listed on the sheet it says is attached, and a commission's ruling
that names the information as open."""

from __future__ import annotations

from pipeline.extract import extract_fields

LETTER = (
    "Perihal : Permohonan Informasi Publik\n"
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan\n"
    "Nama : Kartika Sari Saputra\n"
    "dengan ini mengajukan permohonan informasi publik berupa data sebagaimana tercantum dalam "
    "daftar\nterlampir (lembar kerja Excel).\n"
    "Data tersebut akan saya gunakan untuk bahan liputan.\n"
    "Hormat saya,\nKartika Sari Saputra\n"
)
SHEET = (
    "Lampiran permohonan data.xlsx\n"
    "A B\n"
    "DAFTAR KEBUTUHAN DATA\n"
    "No Uraian Data\n"
    "1 Laporan dana kampanye pasangan calon Gubernur Tahun 2024\n"
    "2 Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025\n"
    "\n"
    "Halaman 1\n"
    "\n"
    "Format\nSoftcopy\nSoftcopy\n"
)


def test_the_attached_sheets_rows_are_what_is_asked_for() -> None:
    fields = extract_fields([LETTER, SHEET], "permohonan_informasi")
    assert fields.values["information_requested"] == (
        "Laporan dana kampanye pasangan calon Gubernur Tahun 2024; "
        "Daftar Informasi Publik KPU Provinsi Sumatera Selatan Tahun 2025"
    )


def test_a_table_without_an_attachment_named_is_not_the_request() -> None:
    letter = LETTER.replace("sebagaimana tercantum dalam daftar\nterlampir", "pemilih\nterbaru")
    fields = extract_fields([letter, SHEET], "permohonan_informasi")
    assert "Laporan dana kampanye" not in (fields.values["information_requested"] or "")


def test_a_ruling_ends_the_information_where_it_calls_it_open() -> None:
    page = (
        "PUTUSAN\nKOMISI INFORMASI PROVINSI SUMATERA SELATAN\n"
        "memutuskan:\n1. Mengabulkan permohonan Pemohon untuk seluruhnya;\n"
        "2. Menyatakan informasi berupa salinan kontrak pengadaan surat suara\n"
        "Pemilihan Gubernur dan Wakil Gubernur Tahun 2024 sebagai informasi yang\n"
        "terbuka dan dapat diberikan kepada Pemohon;\n"
    )
    fields = extract_fields([page], "sengketa")
    assert fields.values["information_requested"] == (
        "Salinan kontrak pengadaan surat suara Pemilihan Gubernur dan Wakil Gubernur Tahun 2024"
    )


def test_a_numbered_parts_list_numbered_again_and_a_label_among_alternatives() -> None:
    form = (
        "3. DATA PEMOHON\nNama Lengkap : Sandi Pratama\n"
        "4. URAIAN KEPERLUAN / INFORMASI YANG DIMOHON\n\n"
        "1. Salinan formulir Model C.Hasil untuk TPS 010 Kelurahan Kedaton\n\n"
        "2. Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 per kecamatan di Kabupaten Lahat\n\n"
        "Tujuan Penggunaan — : Kajian akademik mengenai partisipasi pemilih di daerah\n\n"
        "5. BENTUK DAN PENERIMAAN HASIL LAYANAN\n"
    )
    fields = extract_fields([form], "permohonan_informasi")
    assert fields.values["information_requested"] == (
        "Salinan formulir Model C.Hasil untuk TPS 010 Kelurahan Kedaton; "
        "Data Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 per kecamatan di Kabupaten Lahat"
    )
    assert fields.values["purpose"] == "Kajian akademik mengenai partisipasi pemilih di daerah"


def test_a_table_goes_on_past_a_footer_whose_page_number_ocr_read_as_a_bar() -> None:
    first = (
        "mengajukan permohonan informasi publik dengan rincian sebagai berikut:\n"
        "No | Rincian Informasi Bentuk\n"
        "1 | Daftar aset tetap per 31 Desember 2025 Salinan\n"
        "2 | Laporan Kinerja (LKj) Tahun 2025 Salinan\n\n"
        "PPKD - 224/PPKD/EK/IX/2025 Halaman | dari 2\n"
    )
    second = (
        "Lanjutan tabel rincian informasi:\n\nNo | Rincian Informasi Bentuk\n"
        "3 | Laporan Keuangan Tahun 2025 Salinan\n\n"
        "Informasi tersebut akan kami gunakan sebagai bahan pemantauan.\n"
    )
    fields = extract_fields([first, second], "permohonan_informasi")
    assert fields.values["information_requested"] == (
        "Daftar aset tetap per 31 Desember 2025; Laporan Kinerja (LKj) Tahun 2025; "
        "Laporan Keuangan Tahun 2025"
    )


def test_a_spreadsheets_row_numbers_and_its_format_and_note_cells_are_no_part_of_the_items() -> (
    None
):
    sheet = (
        "Daftar Permintaan Data.xlsx\nA B C D\n1 DAFTAR KEBUTUHAN DATA\n"
        "2 Lampiran Surat Permohonan Data\n3\n"
        "4 No Uraian Data Format Keterangan\n"
        "5 1 Salinan formulir Model C.Hasil untuk TPS 002 Kelurahan Pasar Lama Hardcopy Wajib\n"
        "6 2 Data DPT Pemilu 2024 per kecamatan di Kabupaten Banyuasin Softcopy (xlsx) Pendukung\n"
        "7 3 Rekap partisipasi pemilih Pemilihan Gubernur 2024 Excel/PDF Bab IV 8\n"
    )
    fields = extract_fields([LETTER, sheet], "permohonan_informasi")
    assert fields.values["information_requested"] == (
        "Salinan formulir Model C.Hasil untuk TPS 002 Kelurahan Pasar Lama; "
        "Data DPT Pemilu 2024 per kecamatan di Kabupaten Banyuasin; "
        "Rekap partisipasi pemilih Pemilihan Gubernur 2024"
    )
