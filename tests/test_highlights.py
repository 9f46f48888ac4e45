"""Rows of the office's Daftar Informasi Publik an applicant marked with a highlighter and sent
back with the request (pipeline/highlights.py), read with the real Tesseract from scans and
from a born-digital printout; and the rows a letter cites by number when the marks are lost."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import extract_fields
from pipeline.ocr import ocr_page
from tests.conftest import Arsip
from tests.letters import render_page

ROWS = [
    "Profil dan struktur organisasi KPU Provinsi",
    "Rencana Strategis KPU Provinsi 2025-2029",
    "Laporan Keuangan Tahun 2024",
    "DIPA Tahun Anggaran 2025",
    "Laporan layanan informasi publik Tahun 2024",
]
CATALOGUE = [
    "DAFTAR INFORMASI PUBLIK",
    "PPID KPU Provinsi Sumatera Selatan",
    "",
    "No  Ringkasan Isi Informasi",
    *(f"{number}  {row}" for number, row in enumerate(ROWS, start=1)),
]
FONT_PX = 46
LINE_HEIGHT = int(FONT_PX * 1.6)  # render_page's
FIRST_ROW = 4  # CATALOGUE's index of row 1
YELLOW = np.array([250, 236, 110], dtype=np.float32)


def _highlighted(lines: list[str], marked: list[int]) -> Image.Image:
    """The printout as a colour scan, the lines ``marked`` (indexes) gone over with a yellow
    highlighter: the ink multiplies the paper and the print under it."""
    page = np.asarray(render_page(lines, noise_sigma=4).convert("RGB"), dtype=np.float32)
    for index in marked:
        top = 300 + index * LINE_HEIGHT - 8
        band = page[top : top + FONT_PX + 16, 300:2100]
        band[:] = band * YELLOW / 255
    return Image.fromarray(page.astype(np.uint8))


def test_highlighted_rows_of_a_scanned_catalogue_are_what_is_asked_for(tmp_path: Path) -> None:
    scan = _highlighted(CATALOGUE, [FIRST_ROW + 1, FIRST_ROW + 2])
    page = ocr_page(scan, 300, tmp_path, "dip", "ind", 120)
    assert page.ticks["information_requested"] == f"{ROWS[1]}; {ROWS[2]}"
    assert all(row in page.text for row in ROWS)  # the marked rows are read as the others


def test_a_highlight_outside_a_catalogue_or_on_a_grey_copy_picks_nothing(tmp_path: Path) -> None:
    letter = ["Dengan hormat,", "Saya mohon salinan dokumen berikut.", *ROWS]
    marked_letter = ocr_page(_highlighted(letter, [3]), 300, tmp_path, "letter", "ind", 120)
    assert "information_requested" not in marked_letter.ticks
    grey = _highlighted(CATALOGUE, [FIRST_ROW + 1]).convert("L")
    assert "information_requested" not in ocr_page(grey, 300, tmp_path, "grey", "ind", 120).ticks


REQUEST = [
    "Palembang, 3 Februari 2026",
    "Hal : Permohonan Informasi Publik",
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan",
    "Nama : Rina Marlina",
    "Alamat : Jl. Merdeka No. 5 Palembang",
    "dengan ini mengajukan permohonan informasi publik sebagaimana tercantum dalam",
    "Daftar Informasi Publik yang telah saya tandai dengan stabilo pada lampiran.",
    "Informasi tersebut ingin saya peroleh dengan cara mendapatkan salinan",
    "elektronik (softcopy) dan dikirim melalui e-mail.",
]


def _printout_pdf(path: Path, marked: list[int]) -> Path:
    """The request, and the catalogue printed from the website with a yellow highlight drawn
    behind the ``marked`` rows (1-based), its format column beside the titles."""
    sheet = canvas.Canvas(str(path), pagesize=A4)
    for page in (REQUEST, None):
        y = A4[1] - 72
        sheet.setFont("Helvetica", 11)
        if page is not None:
            for line in page:
                sheet.drawString(72, y, line)
                y -= 16
            sheet.showPage()
            continue
        for line in ("DAFTAR INFORMASI PUBLIK", "No Ringkasan Isi Informasi"):
            sheet.drawString(72, y, line)
            y -= 16
        sheet.drawString(360, y + 16, "Bentuk Informasi   Jangka Waktu Penyimpanan")
        for number, row in enumerate(ROWS, start=1):
            if number in marked:
                sheet.setFillColorRGB(1.0, 0.93, 0.35)
                sheet.rect(88, y - 4, 250, 15, stroke=0, fill=1)
                sheet.setFillColorRGB(0, 0, 0)
            sheet.drawString(72, y, str(number))
            sheet.drawString(92, y, row)
            sheet.drawString(360, y, "Softcopy / Hardcopy    5 Tahun")
            y -= 20
        sheet.showPage()
    sheet.save()
    return path


def test_a_born_digital_printouts_highlighted_rows_and_the_letters_own_choice(
    arsip: Arsip, tmp_path: Path
) -> None:
    """The catalogue's "Bentuk Informasi" column offers both copies: the letter's sentence, not
    the column, says which the applicant wants."""
    code, (outcome,) = arsip.ingest(_printout_pdf(tmp_path / "dip.pdf", [2, 4]))
    assert code == 0
    fields = outcome["fields"]
    assert fields["information_requested"] == f"{ROWS[1]}; {ROWS[3]}"
    assert fields["obtain_method"] == "salinan_softcopy"


def test_rows_a_letter_cites_by_number_are_read_from_the_catalogue_behind_it() -> None:
    """A grey or bilevel copy keeps no highlight; the letter's numbers still name the rows."""
    letter = "\n".join([
        *REQUEST[:5],
        "dengan ini mengajukan permohonan informasi publik sebagaimana tercantum dalam Daftar",
        "Informasi Publik (DIP) KPU Provinsi Sumatera Selatan yang saya unduh dari laman resmi,",
        "yaitu nomor 2 dan 5 yang telah saya tandai dengan stabilo pada lampiran surat ini.",
    ])  # fmt: skip
    printout = (
        "DAFTAR INFORMASI PUBLIK\nNo | Ringkasan Isi Informasi\n1 Profil dan struktur\n"
        "V 2 | Rencana Strategis KPU Provinsi 2025-2029\n3 | Laporan Keuangan Tahun 2024\n"
        "4 DIPA Tahun Anggaran 2025\n5 Laporan layanan informasi publik Tahun 2024"
    )
    fields = extract_fields([letter, printout], "permohonan_informasi")
    assert fields.values["information_requested"] == f"{ROWS[1]}; {ROWS[4]}"
