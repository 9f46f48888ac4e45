"""Turning a scan upright before its OCR pass (pipeline/ocr.py), with the real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.ocr import OSD_CONFIG, OSD_MIN_CONFIDENCE, OSD_TURN_CONFIDENCE, ocr_page, upright
from tests.letters import FONT, letter_lines, render_page


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


def _osd(page: Image.Image) -> tuple[int, float]:
    osd = pytesseract.image_to_osd(page, config=OSD_CONFIG, output_type=pytesseract.Output.DICT)
    return int(osd["rotate"]), float(osd["orientation_conf"])


# A letter written by hand in a pale ballpoint: the grey of its darkest ink.
PALE_PEN = 150


def test_a_letter_written_by_hand_upside_down_is_turned(tmp_path: Path) -> None:
    """OSD, trained on print, is unsure about handwriting; the turn that reads best wins."""
    page = render_page(letter_lines("X"), rotate=180, written=True, pen=PALE_PEN)
    assert _osd(page)[1] < OSD_MIN_CONFIDENCE
    assert upright(page, tmp_path)[1] == 180


def test_a_letter_written_by_hand_laid_sideways_is_turned_the_right_way(tmp_path: Path) -> None:
    page = render_page(letter_lines("X"), rotate=90, written=True, pen=PALE_PEN)
    assert _osd(page)[1] < OSD_MIN_CONFIDENCE
    assert upright(page, tmp_path)[1] == 90


def test_a_letter_written_by_hand_upright_stays_though_osd_would_turn_it(tmp_path: Path) -> None:
    """Under sensor noise OSD turns this page upside down, a little above its own threshold."""
    page = render_page(letter_lines("X"), noise_sigma=25, written=True, pen=PALE_PEN)
    turn, confidence = _osd(page)
    assert turn == 180
    assert confidence >= OSD_MIN_CONFIDENCE
    assert upright(page, tmp_path)[1] == 0


@pytest.mark.parametrize("size", [(5, 5), (40, 8), (2480, 3508)])
def test_a_blank_or_tiny_page_stays_as_it_is(tmp_path: Path, size: tuple[int, int]) -> None:
    assert upright(Image.new("L", size, 255), tmp_path)[1] == 0


def test_a_web_form_laid_sideways_under_a_filled_header_bar_is_turned(tmp_path: Path) -> None:
    """An e-PPID printout: its grey header bar with white letters is the inkiest band of the
    page, and no text Tesseract reads; the page's text below it tells which way is up."""
    page = render_page(letter_lines("X")[:3], noise_sigma=10)
    draw = ImageDraw.Draw(page)
    draw.rectangle((150, 60, page.width - 150, 260), fill=90)
    title = "e-PPID KPU Provinsi Sumatera Selatan"
    draw.text((200, 120), title, font=ImageFont.truetype(FONT, 70), fill=255)
    sideways = page.rotate(90, expand=True)
    assert _osd(sideways)[1] < OSD_TURN_CONFIDENCE
    assert upright(sideways, tmp_path)[1] == 90


# A printed form whose boxes the applicant filled in by hand, a digit to a box.
COMB_FORM = [
    "FORMULIR PERMOHONAN INFORMASI",
    "Nomor pendaftaran diisi petugas",
    "",
    "NIK : [[1671014509870003]]",
    "No. Telepon : [[081234567890]]",
    "Kode Pos : [[30129]]",
    "NIK Kuasa : [[1671014509870003]]",
    "No. HP : [[082345678901]]",
    "",
    "Tanda tangan pemohon",
]


def test_a_comb_form_upside_down_is_turned_though_its_inkiest_band_is_handwriting(
    tmp_path: Path,
) -> None:
    """The inkiest band of this page is the written boxes, no judge of which way is up; OSD
    proposes the turn without confidence; the whole page read both ways decides."""
    page = render_page(COMB_FORM, rotate=180)
    turn, confidence = _osd(page)
    assert turn == 180 and confidence < OSD_MIN_CONFIDENCE
    assert upright(page, tmp_path)[1] == 180
    assert upright(render_page(COMB_FORM), tmp_path)[1] == 0


def _ktp_copy_page() -> Image.Image:
    """A photocopied KTP as a letter's second page: small black type on the card's grey ground
    inside a frame, at 150 dpi as a PDF maker embeds it."""
    page = Image.new("L", (1240, 1754), 244)
    draw = ImageDraw.Draw(page)
    draw.text((100, 90), "FOTOKOPI KTP-el", fill=20, font=ImageFont.truetype(FONT, 20))
    draw.rectangle((230, 200, 1020, 700), fill=205, outline=90, width=2)
    small = ImageFont.truetype(FONT, 15)
    rows = [
        ("NIK", ": 1604060806812304"),
        ("Nama", ": AGUS NUR SETIAWAN"),
        ("Tempat/Tgl Lahir", ": KAYUAGUNG, 08-06-1981"),
        ("Alamat", ": JL. MAYOR RUSLAN NO. 61"),
        ("Pekerjaan", ": WIRASWASTA"),
    ]
    for index, (label, value) in enumerate(rows):
        draw.text((255, 300 + 30 * index), label, fill=40, font=small)
        draw.text((410, 300 + 30 * index), value, fill=40, font=small)
    draw.text((230, 740), "Sesuai dengan aslinya,", fill=20, font=small)
    return page


def test_a_ktp_copys_text_on_its_grey_card_is_read(tmp_path: Path) -> None:
    """Tesseract's global threshold takes the grey card for a picture and reads nothing in it;
    the page, read as few words, is read again with a local threshold."""
    page = _ktp_copy_page()
    assert "1604060806812304" not in pytesseract.image_to_string(page, lang="ind")
    text = ocr_page(page, 150, tmp_path, "ktp", "ind", 120).text
    assert "1604060806812304" in text.replace(" ", "")
    assert "AGUS NUR SETIAWAN" in text
