"""Turning a scan upright before its OCR pass (pipeline/ocr.py), with the real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytesseract

from pipeline.ocr import OSD_CONFIG, OSD_MIN_CONFIDENCE, upright
from tests.letters import letter_lines, render_page


def test_an_upside_down_page_osd_is_unsure_about_is_turned_when_it_then_reads(
    tmp_path: Path,
) -> None:
    """A short note under sensor noise: Tesseract's orientation detection proposes the turn
    with a confidence below its threshold (checked here, so the test shows that case)."""
    page = render_page(letter_lines("X")[:6], rotate=180, noise_sigma=25)
    osd = pytesseract.image_to_osd(page, config=OSD_CONFIG, output_type=pytesseract.Output.DICT)
    assert float(osd["orientation_conf"]) < OSD_MIN_CONFIDENCE
    assert upright(page, tmp_path)[1] == 180


def test_an_upright_page_stays_as_it_is(tmp_path: Path) -> None:
    page = render_page(letter_lines("X")[:6], noise_sigma=25)
    assert upright(page, tmp_path)[1] == 0
