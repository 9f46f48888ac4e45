"""A form's leader lines whitened before OCR (pipeline/formlines.py, pipeline/ocr.py), with the
real Tesseract."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pikepdf
import pytesseract
from PIL import Image, ImageChops, ImageDraw

from pipeline.formlines import without_leaders, without_ruling
from pipeline.ocr import PAGE_SEGMENTATION, ocr_page
from tests.letters import letter_lines, render_page

OBJECTION_FORM = [
    "Model PPID-F",
    "PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI",
    "",
    "Nomor Pendaftaran : 010/PPID/KPU-SS/IV/2026",
    "Nama Pemohon : Irfan Permana",
    "NIK : 1607130807891602",
    "Alamat : Komp. Perumnas Talang Kelapa Blok H-9",
    "Pekerjaan : Dosen",
    "Nomor Telepon : 0822-7752-6340",
    "",
    "Palembang, 11 Mei 2026",
]
ANSWERS = ["Irfan Permana", "1607130807891602", "Perumnas Talang Kelapa", "Dosen", "0822-7752-6340"]


def _page_image(pdf_path: Path) -> tuple[bytes, Image.Image]:
    """The PDF page's image: its stream as stored, and decoded."""
    with pikepdf.open(pdf_path) as pdf:
        (picture,) = pdf.pages[0].get_images(recursive=False).values()
        return picture.read_raw_bytes(), pikepdf.PdfImage(picture).as_pil_image()


def test_answers_typed_on_dashed_leaders_are_all_read(tmp_path: Path) -> None:
    """Tesseract alone drops every row whose dashes touch the answer (checked here, so the test
    shows that case); with the leaders whitened first, each answer is read."""
    form = render_page(OBJECTION_FORM, leaders=True, noise_sigma=8)
    bare = pytesseract.image_to_string(form, lang="ind", config=f"--psm {PAGE_SEGMENTATION}")
    assert not any(answer in bare for answer in ANSWERS)
    text = ocr_page(form, 300, tmp_path, "form", "ind", 120).text
    assert all(answer in text for answer in ANSWERS), text


def test_the_archived_page_keeps_its_leaders(tmp_path: Path) -> None:
    """Only Tesseract's copy is cleaned: the PDF page shows the scan with its dashed lines."""
    form = render_page(OBJECTION_FORM, leaders=True, noise_sigma=8)
    page = ocr_page(form, 300, tmp_path, "form", "ind", 120)
    assert _page_image(page.pdf)[0] == page.image.read_bytes()


def test_a_bilevel_page_keeps_its_leaders_too(tmp_path: Path) -> None:
    form = render_page(OBJECTION_FORM, leaders=True).point(lambda level: level > 160 and 255)
    bilevel = form.convert("1")
    page = ocr_page(bilevel, 300, tmp_path, "form", "ind", 120)
    assert "1607130807891602" in page.text
    archived = _page_image(page.pdf)[1].convert("L")
    assert np.array_equal(np.asarray(archived), np.asarray(Image.open(page.image).convert("L")))


def test_dotted_leaders_are_whitened_and_the_answers_kept() -> None:
    form = render_page(["Nama Pemohon : " + "." * 60, "NIK : 1607130807891602"])
    cleaned = without_leaders(form, 300)
    assert cleaned is not None
    ink_before = (np.asarray(form)[300:380, 900:2200] < 128).sum()
    ink_after = (np.asarray(cleaned)[300:380, 900:2200] < 128).sum()
    assert ink_after < ink_before / 5  # what is left are the scanner's specks
    assert "1607130807891602" in pytesseract.image_to_string(cleaned, lang="ind")


def test_a_letter_without_leaders_is_read_as_scanned() -> None:
    """Hyphens, an ellipsis and a row of digits are not leaders: nothing is whitened."""
    lines = [*letter_lines("KPU-SS/IV/2026"), "Telepon 0822-7752-6340 ... 0711-123-456"]
    assert without_leaders(render_page(lines, noise_sigma=8), 300) is None


def test_a_few_specks_in_a_row_are_not_a_leader() -> None:
    """Six specks across a quarter of an inch (a full stop and i-dots among them, once) are left
    alone; the same marks spread over an inch are a dotted leader."""
    page = Image.new("L", (1200, 200), 255)
    for left in (15, 30, 45, 60, 75, 98):
        page.paste(0, (left, 100, left + 4, 102))
    assert without_leaders(page, 300) is None
    for left in range(15, 330, 16):
        page.paste(0, (left, 100, left + 4, 102))
    assert without_leaders(page, 300) is not None


def on_ruled_paper(page: Image.Image, grey: int = 175) -> Image.Image:
    """``page``'s writing on a folio sheet: grey lines edge to edge under its lines (70 px
    apart from 300 px down), a margin rule down it."""
    sheet = Image.new("L", page.size, 255)
    draw = ImageDraw.Draw(sheet)
    for y in range(348, page.height - 100, 70):
        draw.line((0, y, page.width, y), fill=grey, width=3)
    draw.line((150, 0, 150, page.height), fill=150, width=3)
    return ImageChops.darker(sheet, page)


LETTER_BY_HAND = [
    "Palembang, 3 Februari 2026",
    "Perihal : Permohonan Informasi Publik",
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan",
    "Dengan hormat,",
    "Saya yang bertanda tangan di bawah ini,",
    "Nama : Taufik Eka Sukma",
    "NIK : 1603060503952148",
    "Alamat : Jalan Jenderal Sudirman Nomor 207 Muara Enim",
    "dengan ini mengajukan permohonan informasi publik",
    "berupa salinan daftar pemilih tetap tahun 2024.",
]


def test_a_letter_written_on_ruled_paper_is_read_between_its_lines(tmp_path: Path) -> None:
    """The paper's lines are whitened before the skew is measured and in Tesseract's copy: the
    writing, turned straight, no longer has the lines cut through it in steps."""
    page = on_ruled_paper(render_page(LETTER_BY_HAND, skew=0.6, noise_sigma=4, font_px=44))
    text = ocr_page(page, 300, tmp_path, "folio", "ind", 120).text
    assert "Permohonan Informasi Publik" in text
    assert "1603060503952148" in text
    assert "Dengan hormat" in text
    assert "Sudirman Nomor 207 Muara Enim" in text


def test_ruled_paper_loses_its_lines_and_keeps_its_writing() -> None:
    page = on_ruled_paper(render_page(LETTER_BY_HAND, font_px=44))
    cleaned = without_ruling(page, 300)
    assert cleaned is not None
    pixels = np.asarray(cleaned)
    assert (pixels[2800:3300, :] < 200).sum() < 2000  # below the writing: the lines are gone
    assert "1603060503952148" in pytesseract.image_to_string(cleaned, lang="ind")


def test_a_table_within_the_margins_is_no_ruled_paper() -> None:
    page = render_page(LETTER_BY_HAND, font_px=44)
    draw = ImageDraw.Draw(page)
    for y in range(1200, 2400, 100):
        draw.line((200, y, page.width - 200, y), fill=0, width=3)
    assert without_ruling(page, 300) is None


def test_pale_lines_slanted_with_the_page_are_found_once_it_is_turned(tmp_path: Path) -> None:
    """A sheet scanned askew: its pale lines, slanted with the writing, are no lines to look
    for until the page is deskewed; then they are found and whitened."""
    sheet = on_ruled_paper(render_page(LETTER_BY_HAND, font_px=44), grey=212)
    askew = sheet.rotate(1.5, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert without_ruling(askew, 300) is None
    assert without_ruling(askew.rotate(-1.5, resample=Image.Resampling.BICUBIC), 300) is not None
    text = ocr_page(askew, 300, tmp_path, "folio", "ind", 120).text
    assert "1603060503952148" in text
    assert "Sudirman Nomor 207 Muara Enim" in text
