"""Pages in two columns: the left column is read whole before the right one.

Scans go through real Tesseract, born-digital PDFs through pdfplumber, then through field
extraction, as a letter with a summary sidebar or a landscape form with two panels would.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from config.settings import PipelineSettings
from pipeline.checkboxes import Word
from pipeline.columns import reading_order
from pipeline.extract import extract_fields
from pipeline.identify import identify
from pipeline.text import extract
from tests.letters import A4_300DPI, FONT, save_scan

LETTER = [
    "Salsabila Rahma Sari",
    "Lr. Mawar No. 72 RT.009/RW.012, Kelurahan",
    "Muara Dua, Kecamatan Prabumulih Barat,",
    "Prabumulih 31116",
    "0852-9058-9849",
    "Palembang, 2 Juni 2026",
    "Kepada Yth.",
    "Atasan PPID KPU Provinsi Sumatera Selatan",
    "di Palembang",
    "Hal : Keberatan atas Permohonan Informasi",
    "Dengan hormat,",
    "Saya, Salsabila Rahma Sari, karyawan swasta,",
    "NIK 1674175704992217, mengajukan keberatan",
    "atas permohonan informasi yang tercatat dengan",
    "Nomor Pendaftaran 126/PPID/KPU-SS/V/2026.",
    "Informasi yang saya minta adalah notulen rapat",
    "pleno penetapan Daftar Pemilih Tetap tingkat",
    "provinsi, yang saya perlukan sebagai bahan",
    "penyusunan tesis. Namun saya dikenakan biaya",
    "penggandaan yang tidak wajar.",
    "Hormat saya,",
    "Salsabila Rahma Sari",
]
SIDEBAR = [
    "RINGKASAN KEBERATAN",
    "No. Pendaftaran Permohonan",
    "126/PPID/KPU-SS/V/2026",
    "Tanggal Permohonan",
    "11 Mei 2026",
    "Alasan Keberatan",
    "Huruf f: pengenaan biaya yang tidak wajar",
    "Lampiran",
    "Tanda bukti permohonan dan fotokopi KTP",
]
ADDRESS = (
    "Lr. Mawar No. 72 RT.009/RW.012, Kelurahan Muara Dua, Kecamatan Prabumulih Barat, "
    "Prabumulih 31116"
)


def scanned_two_columns(path: Path) -> Path:
    """The letter at the left in lines 74 px apart, the sidebar at the right 92 px apart."""
    page = Image.new("L", A4_300DPI, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 44)
    for row, line in enumerate(LETTER):
        draw.text((200, 300 + row * 74), line, font=font, fill=0)
    for row, line in enumerate(SIDEBAR):
        draw.text((1500, 300 + row * 92), line, font=ImageFont.truetype(FONT, 36), fill=0)
    return save_scan(path, [page])


def digital_two_columns(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont("Helvetica", 10)
    for row, line in enumerate(LETTER):
        sheet.drawString(50, A4[1] - 72 - row * 15, line)
    sheet.setFont("Helvetica", 8.5)
    for row, line in enumerate(SIDEBAR):
        sheet.drawString(360, A4[1] - 72 - row * 19, line)
    sheet.save()
    return path


def read(path: Path, tmp_path: Path) -> list[str]:
    identified = identify(path, max_pages=5, max_megapixels=50)
    return [page.text for page in extract(path, identified, tmp_path, PipelineSettings()).pages]


def test_a_scanned_letter_beside_a_sidebar_keeps_its_address_and_subject(tmp_path: Path) -> None:
    pages = read(scanned_two_columns(tmp_path / "keberatan.png"), tmp_path)
    fields = extract_fields(pages, "keberatan")
    assert fields.values["address"] == ADDRESS
    assert fields.values["subject"] == "Keberatan atas Permohonan Informasi"
    assert fields.values["objection_reason_code"] == "f"
    assert pages[0].index("penggandaan yang tidak wajar") < pages[0].index("RINGKASAN KEBERATAN")


def test_a_born_digital_letter_beside_a_sidebar_keeps_its_address(tmp_path: Path) -> None:
    pages = read(digital_two_columns(tmp_path / "keberatan.pdf"), tmp_path)
    fields = extract_fields(pages, "keberatan")
    assert fields.values["address"] == ADDRESS
    assert fields.values["subject"] == "Keberatan atas Permohonan Informasi"
    assert "Muara Dua, Kecamatan Prabumulih Barat,\nPrabumulih 31116" in pages[0]


def row(text: str, x: float, top: float, line: int) -> list[Word]:
    """A line of words 12 px per letter wide, 30 px high, starting at ``x``."""
    words = []
    for word in text.split():
        words.append(Word(word, x, top, x + 12 * len(word), top + 30, line))
        x += 12 * len(word) + 12
    return words


def test_a_form_of_labels_beside_values_keeps_its_rows() -> None:
    form = [
        ("Nama", "Budi Santoso"),
        ("NIK", "1671011203850004"),
        ("Alamat", "Jl. Merdeka No. 5 RT 01 RW 02, Kelurahan"),
        ("", "Talang Semut, Kecamatan Bukit Kecil, Palembang"),
        ("Pekerjaan", "Wiraswasta"),
        ("Informasi", "Salinan DPT Kecamatan Ilir Barat I"),
        ("Tujuan", "Bahan penelitian skripsi di kampus"),
        ("Telepon", ""),
    ]
    lines = [
        row(label, 100, 100 + 50 * number, number) + row(value, 700, 100 + 50 * number, number)
        for number, (label, value) in enumerate(form)
    ]
    assert reading_order([line for line in lines if line], 2480) is None


def test_a_table_with_short_cells_at_the_right_keeps_its_rows() -> None:
    items = [
        "Salinan keputusan penetapan DPT Pemilihan Gubernur",
        "Tahun 2024 tingkat provinsi",
        "Laporan dana kampanye pasangan calon yang telah",
        "diaudit kantor akuntan publik",
        "Notulen rapat pleno rekapitulasi hasil penghitungan",
        "suara tingkat provinsi",
    ]
    lines = [row(text, 100, 100 + 45 * number, number) for number, text in enumerate(items)]
    for number in (0, 2, 4):
        lines[number] += row("softcopy", 1900, 100 + 45 * number + 20, number)
    assert reading_order(lines, 2480) is None


def test_a_letterhead_beside_its_address_then_a_number_beside_a_date_stay_as_read() -> None:
    head = [
        ("PT MEDIA SUMSEL DIGITAL", "Jl. Residen Abdul Rozak No. 191 Komp."),
        ("", "Pertamina, Kel. Plaju Ulu, Palembang"),
        ("", "Telp. (0711) 560887 E-mail: info@msd.co.id"),
        ("", "SK Kemenkumham AHU-69061.AH.01.07.Tahun 2016"),
    ]
    lines = [
        row(left, 100, 100 + 40 * number, number) + row(right, 1300, 100 + 40 * number, number)
        for number, (left, right) in enumerate(head)
    ]
    number_block = [
        "Nomor : 142/MSD/B/V/2026",
        "Lampiran : 1 (satu) berkas",
        "Perihal : Permohonan Data",
        "Kepada Yth. PPID KPU Provinsi Sumatera Selatan",
    ]
    lines += [
        row(text, 100, 400 + 40 * number, 10 + number) for number, text in enumerate(number_block)
    ]
    lines[4] += row("Palembang, 11/05/2026", 1700, 420, 10)
    assert reading_order(lines, 2480) is None
