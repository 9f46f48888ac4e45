"""A writer's identity given as a one-row table (Nama | NIK | Pekerjaan | Alamat | No. HP /
Email) whose cells wrap: read down its columns, so each field comes out whole.

Scans go through real Tesseract, born-digital PDFs through pdfplumber, then through field
extraction.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from config.settings import PipelineSettings
from pipeline.checkboxes import Word
from pipeline.extract import extract_fields
from pipeline.identify import identify
from pipeline.tables import read_down
from pipeline.text import extract
from tests.letters import A4_300DPI, FONT, save_scan

ABOVE = [
    "Palembang, 19 November 2025",
    "Perihal : Permohonan Data dan Informasi",
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan",
    "di Palembang",
    "Dengan hormat,",
    "Yang bertanda tangan di bawah ini:",
]
# Column left edges as shares of the text width, the header, and each cell's wrapped lines.
COLUMNS = [0.0, 0.2, 0.4, 0.55, 0.8]
HEADER = ["Nama", "NIK", "Pekerjaan", "Alamat", "No. HP / Email"]
CELLS = [
    ["Firmansyah Wahyu", "Susanto"],
    ["1609021512721740"],
    ["Karyawan", "Swasta"],
    ["Jl. Diponegoro No. 23", "RT 006/RW 05, Desa", "Gumawang, Kec. Belitang"],
    ["0851-3463-3827 /", "firmansyah72@", "outlook.com"],
]
BELOW = [
    "mengajukan permohonan informasi publik berupa jumlah TPS dan jumlah pemilih per",
    "TPS di Kabupaten Musi Banyuasin.",
    "Adapun tujuan penggunaan informasi tersebut adalah bahan rapat internal partai.",
    "Hormat saya,",
    "Firmansyah Wahyu Susanto",
]


def drawn_rows() -> list[tuple[float, list[tuple[float, str]]]]:
    """(line number from the top, [(column share, text)]) for every line of the letter."""
    lines: list[tuple[float, list[tuple[float, str]]]] = [
        (number, [(0.0, text)]) for number, text in enumerate(ABOVE)
    ]
    top = len(ABOVE) + 0.5
    lines.append((top, list(zip(COLUMNS, HEADER, strict=True))))
    for wrapped in range(3):
        cells = [
            (share, cell[wrapped])
            for share, cell in zip(COLUMNS, CELLS, strict=True)
            if wrapped < len(cell)
        ]
        lines.append((top + 1.3 + wrapped, cells))
    lines += [(top + 5 + number, [(0.0, text)]) for number, text in enumerate(BELOW)]
    return lines


def scanned_table(path: Path) -> Path:
    page = Image.new("L", A4_300DPI, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 34)
    for number, cells in drawn_rows():
        for share, text in cells:
            draw.text((200 + share * 2080, 300 + number * 62), text, font=font, fill=0)
    return save_scan(path, [page])


def digital_table(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont("Helvetica", 9)
    for number, cells in drawn_rows():
        for share, text in cells:
            sheet.drawString(50 + share * 495, A4[1] - 72 - number * 14, text)
    sheet.save()
    return path


def read(path: Path, tmp_path: Path) -> list[str]:
    identified = identify(path, max_pages=5, max_megapixels=50)
    return [page.text for page in extract(path, identified, tmp_path, PipelineSettings()).pages]


def assert_identity_read_whole(pages: list[str]) -> None:
    fields = extract_fields(pages, "permohonan_informasi").values
    assert fields["applicant_name"] == "Firmansyah Wahyu Susanto"
    assert fields["nik"] == "1609021512721740"
    assert fields["occupation"] == "Karyawan Swasta"
    assert fields["address"] == ("Jl. Diponegoro No. 23 RT 006/RW 05, Desa Gumawang, Kec. Belitang")
    assert fields["phone"] == "+6285134633827"
    assert fields["email"] == "firmansyah72@outlook.com"


def test_a_scanned_identity_table_is_read_down_its_columns(tmp_path: Path) -> None:
    pages = read(scanned_table(tmp_path / "permohonan.png"), tmp_path)
    assert "Pekerjaan : Karyawan Swasta" in pages[0]
    assert_identity_read_whole(pages)


def test_a_born_digital_identity_table_is_read_down_its_columns(tmp_path: Path) -> None:
    pages = read(digital_table(tmp_path / "permohonan.pdf"), tmp_path)
    assert "Nama : Firmansyah Wahyu Susanto" in pages[0]
    assert pages[0].index("No. HP / Email :") < pages[0].index("mengajukan permohonan")
    assert_identity_read_whole(pages)


def cell_row(cells: list[tuple[float, str]], top: float, line: int) -> list[Word]:
    """Words 12 px per letter wide, 30 px high, each cell's starting at its x."""
    words = []
    for x, text in cells:
        for word in text.split():
            words.append(Word(word, x, top, x + 12 * len(word), top + 30, line))
            x += 12 * len(word) + 12
    return words


def test_a_table_of_several_numbered_rows_is_left_as_it_is() -> None:
    header = cell_row([(100, "No"), (250, "Nama"), (900, "NIM"), (1400, "Program Studi")], 100, 0)
    rows = [
        cell_row([(100, "1"), (250, "Joko Tri Hamzah"), (900, "2148118"), (1400, "Ilmu")], 150, 1),
        cell_row([(1400, "Pemerintahan")], 190, 2),
        cell_row([(100, "2"), (250, "Rohana Ayu"), (900, "2514146"), (1400, "Hukum")], 240, 3),
    ]
    assert read_down([header, *rows], 2480) is None


def test_a_sentence_under_labels_is_no_row() -> None:
    header = cell_row([(100, "Nama"), (600, "NIK"), (1100, "Alamat")], 100, 0)
    sentence = cell_row([(100, "mengajukan permohonan informasi publik berupa data DPT")], 150, 1)
    assert read_down([header, sentence], 2480) is None
