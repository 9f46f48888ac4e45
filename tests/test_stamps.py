"""Stamps whitened before OCR (pipeline/stamps.py, pipeline/ocr.py), with the real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytesseract
from PIL import Image, ImageDraw

from pipeline.ocr import PAGE_SEGMENTATION, ocr_page
from pipeline.stamps import without_stamps
from tests.letters import letter_lines, press_stamp, render_page

LINE_HEIGHT = int(46 * 1.6)  # render_page's
SIGNED = [
    *letter_lines("CAP")[:13],
    "Ditetapkan di Palembang, pada tanggal 29 Januari 2026",
    "Ketua,",
    "",
    "",
    "Rizky Setiawan, S.E.",
]


def _stamped_letter() -> Image.Image:
    page = render_page(SIGNED, noise_sigma=8)
    return press_stamp(page, (480, 300 + LINE_HEIGHT * 15), ["UNIVERSITAS", "SRIWIJAYA"])


def test_the_dateline_and_signer_under_a_stamp_are_read(tmp_path: Path) -> None:
    """Tesseract alone drops every line the stamp touches (checked here, so the test shows that
    case); with the stamp whitened first, the dateline and the signer's name are read."""
    letter = _stamped_letter()
    bare = pytesseract.image_to_string(letter, lang="ind", config=f"--psm {PAGE_SEGMENTATION}")
    assert "Ditetapkan" not in bare and "Setiawan" not in bare
    text = ocr_page(letter, 300, tmp_path, "letter", "ind", 120).text
    assert "Ditetapkan di Palembang, pada tanggal 29 Januari 2026" in text
    assert "Rizky Setiawan" in text


def test_the_archived_page_keeps_its_stamp(tmp_path: Path) -> None:
    page = ocr_page(_stamped_letter(), 300, tmp_path, "letter", "ind", 120)
    with pikepdf.open(page.pdf) as pdf:
        (picture,) = pdf.pages[0].get_images(recursive=False).values()
        assert picture.read_raw_bytes() == page.image.read_bytes()


def test_a_logo_and_plain_text_are_not_stamps() -> None:
    """A dark ring, and a grey ring round a solid disc (a letterhead's logo), are no stamp."""
    page = render_page(letter_lines("LOGO"), noise_sigma=8)
    assert without_stamps(page, 300) is None
    draw = ImageDraw.Draw(page)
    draw.ellipse((1900, 100, 2300, 500), outline=0, width=12)
    assert without_stamps(page, 300) is None
    draw.ellipse((60, 60, 360, 360), outline=130, width=40)
    draw.ellipse((110, 110, 310, 310), fill=20)
    assert without_stamps(page, 300) is None
