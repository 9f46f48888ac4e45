"""Pictures on a born-digital page are read: a KTP copy pasted under a typed letter and a
letterhead pasted as an image (real Tesseract over a reportlab PDF)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from config.settings import PipelineSettings
from pipeline.extract import extract_fields
from pipeline.identify import identify
from pipeline.text import extract
from tests.letters import FONT

LETTER = [
    "Kayuagung, 3 April 2026",
    "Hal : Permohonan Informasi",
    "Kepada Yth. PPID KPU Provinsi Sumatera Selatan",
    "Dengan hormat,",
    "Saya, Bambang Putra Sukma, yang identitasnya sebagaimana fotokopi KTP di bawah ini,",
    "beralamat di Jl. Lintas Timur No. 81, Kelurahan Kedaton, Kayuagung, dengan ini",
    "mengajukan permohonan informasi publik berupa data pemilih Semester II 2025.",
    "Hormat saya,",
    "Bambang Putra Sukma",
]
CARD = [
    "PROVINSI SUMATERA SELATAN",
    "KABUPATEN OGAN KOMERING ILIR",
    "NIK : 1602050110742549",
    "Nama : BAMBANG PUTRA SUKMA",
    "Tempat/Tgl Lahir : KAYUAGUNG, 01-10-1974",
    "Alamat : JL. LINTAS TIMUR NO. 81",
    "Kel/Desa : KEDATON",
    "Pekerjaan : KARYAWAN SWASTA",
    "Berlaku Hingga : SEUMUR HIDUP",
]


def _picture(lines: list[str], size: tuple[int, int], font_px: int) -> Image.Image:
    image = Image.new("RGB", size, (236, 240, 250))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, font_px)
    for row, line in enumerate(lines):
        draw.text((30, 24 + row * round(font_px * 1.45)), line, fill=(20, 20, 30), font=font)
    return image


def _letter_with_pictures(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4)
    head = _picture(
        ["YAYASAN PEDULI PEMILU SUMATERA SELATAN", "Jl. Merdeka No. 5 Palembang"], (1700, 220), 52
    )
    sheet.drawImage(ImageReader(head), 60, A4[1] - 120, width=470, height=60)
    sheet.setFont("Helvetica", 11)
    y = A4[1] - 150
    for line in LETTER:
        sheet.drawString(72, y, line)
        y -= 16
    card = _picture(CARD, (1000, 560), 34)
    sheet.drawImage(ImageReader(card), 72, y - 250, width=360, height=200)
    sheet.save()
    return path


def test_a_pasted_letterhead_and_ktp_are_read_where_they_stand(tmp_path: Path) -> None:
    pdf = _letter_with_pictures(tmp_path / "surat.pdf")
    extracted = extract(
        pdf, identify(pdf, max_pages=5, max_megapixels=50), tmp_path, PipelineSettings()
    )
    page = extracted.pages[0]
    assert not page.ocr  # the text layer stays the page's text; the original is archived
    lines = page.text.splitlines()
    assert "PEDULI PEMILU" in lines[0]
    assert lines.index("Bambang Putra Sukma") < next(
        index for index, line in enumerate(lines) if "1602050110742549" in line
    )
    fields = extract_fields([page.text], "permohonan_informasi")
    assert fields.values["nik"] == "1602050110742549"
    assert fields.values["applicant_name"] == "Bambang Putra Sukma"
    assert fields.values["address"].startswith("Jl. Lintas Timur No. 81, Kelurahan Kedaton")
    # what the card said its holder did when it was issued is not what the letter says
    assert fields.values.get("occupation") is None


def test_a_picture_with_the_text_layer_over_it_is_not_read_again(tmp_path: Path) -> None:
    """A form's printed background under its typed text: its words are the layer's already."""
    pdf = tmp_path / "formulir.pdf"
    sheet = canvas.Canvas(str(pdf), pagesize=A4)
    background = _picture(["FORMULIR PERMOHONAN INFORMASI"], (1600, 900), 48)
    sheet.drawImage(ImageReader(background), 60, 400, width=480, height=270)
    sheet.setFont("Helvetica", 11)
    for row, line in enumerate(LETTER):
        sheet.drawString(80, 650 - row * 16, line)
    sheet.save()
    extracted = extract(
        pdf, identify(pdf, max_pages=5, max_megapixels=50), tmp_path, PipelineSettings()
    )
    assert "FORMULIR" not in extracted.pages[0].text
    assert extracted.pages[0].text.splitlines() == LETTER
