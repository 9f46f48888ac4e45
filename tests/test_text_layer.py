"""The text layer of born-digital PDFs: words set close together stay apart."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from config.settings import PipelineSettings
from pipeline.identify import identify
from pipeline.text import extract

SENTENCE = [
    "mohon",
    "informasi",
    "diberikan",
    "dalam",
    "bentuk",
    "salinan",
    "dan",
    "diambil",
    "langsung",
]


def tightly_justified(path: Path) -> Path:
    """Words 2 pt apart at 11 pt, as a justified line squeezed to its margin sets them."""
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 11)
    x = 60.0
    for word in SENTENCE:
        page.drawString(x, 700, word)
        x += page.stringWidth(word, "Helvetica", 11) + 2
    page.save()
    return path


def test_words_set_close_together_are_still_words(tmp_path: Path) -> None:
    pdf = tightly_justified(tmp_path / "rapat.pdf")
    extracted = extract(
        pdf, identify(pdf, max_pages=5, max_megapixels=50), tmp_path, PipelineSettings()
    )
    assert extracted.pages[0].text.split() == SENTENCE
