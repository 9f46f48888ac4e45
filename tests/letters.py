"""Fixture letters made on the spot: born-digital PDFs (reportlab) and scans (Pillow, 300 dpi).

The scans are rendered text, rasterised with a little noise, and optionally skewed or turned,
the way a desk scanner delivers them; nothing here depends on ../shared being present.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HANDWRITING = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
# A careful script hand, as a clerk fills a form's boxes.
SCRIPT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
A4_300DPI = (2480, 3508)


def letter_lines(keyword: str, name: str = "Budi Santoso") -> list[str]:
    return [
        "Palembang, 3 Februari 2026",
        "Kepada Yth.",
        "PPID Komisi Pemilihan Umum",
        "Provinsi Sumatera Selatan",
        "Perihal: Permohonan Informasi Publik",
        "",
        "Dengan hormat,",
        f"Saya yang bertanda tangan di bawah ini, {name},",
        "memohon salinan dokumen rekapitulasi hasil",
        f"penghitungan suara tahun 2024. Kode arsip {keyword}.",
        "Informasi ini akan digunakan untuk penelitian.",
        "",
        "Demikian permohonan ini saya sampaikan.",
        "Hormat saya,",
        name,
    ]


BODY = (
    "Sehubungan dengan pelaksanaan Pemilihan Gubernur dan Wakil Gubernur Sumatera Selatan",
    "Tahun 2024, bersama ini kami sampaikan permohonan informasi publik sebagaimana diatur",
    "dalam Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, yaitu",
    "salinan berita acara rekapitulasi hasil penghitungan suara di tingkat kabupaten/kota,",
    "daftar pemilih tetap per kecamatan, serta laporan penggunaan dana hibah penyelenggaraan.",
    "Informasi tersebut akan kami gunakan sebagai bahan kajian akademik dan pemantauan",
    "partisipasi masyarakat dalam proses demokrasi di wilayah Provinsi Sumatera Selatan.",
)


def dense_letter_lines(keyword: str, name: str = "Budi Santoso", paragraphs: int = 4) -> list[str]:
    """A full one-page letter, about as much text as a real one (for benchmarks)."""
    lines = letter_lines(keyword, name)
    body = [line for _ in range(paragraphs) for line in [*BODY, ""]]
    return [*lines[:7], *body, *lines[7:]]


def render_page(
    lines: list[str],
    *,
    skew: float = 0.0,
    rotate: int = 0,
    seed: int = 1,
    noise_sigma: float = 0.0,
    font_px: int = 46,
    handwritten: bool = False,
    leaders: bool = False,
    written: bool = False,
    pen: int = 0,
) -> Image.Image:
    """One A4 page at 300 dpi, grayscale, with scanner-like blur, specks and sensor noise.

    ``handwritten``: what follows "Label : " is written in a handwriting font, as on a form
    filled in by hand. ``leaders``: a form's dashed line runs under each value, touching it.
    ``written``: the whole page is written in the handwriting font, a letter written by hand.
    ``pen``: the grey of the darkest ink, lighter for a pale ballpoint than the printer's 0."""
    page = Image.new("L", A4_300DPI, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(HANDWRITING if written else FONT, font_px)
    hand = ImageFont.truetype(HANDWRITING, int(font_px * 1.05))
    y = 300
    for line in lines:
        label, colon, value = line.partition(" : ")
        comb = COMB.fullmatch(value)
        if comb:  # "NIK : [[1671…]]": a digit written by hand in each box of a comb
            _draw_line(draw, font, label + colon, 200, y, font_px)
            script = ImageFont.truetype(SCRIPT, font_px)
            _draw_comb(draw, script, 220 + draw.textlength(label + colon, font=font), y, comb[1])
        elif handwritten and colon and value:
            _draw_line(draw, font, label + colon, 200, y, font_px)
            x = 220 + draw.textlength(label + colon, font=font)
            draw.text((x, y - font_px // 10), value, font=hand, fill=0)
        else:
            _draw_line(draw, font, line, 200, y, font_px)
        if leaders and colon:
            start = 220 + draw.textlength(label + colon, font=font)
            _draw_leader(draw, start, y + font.getmetrics()[0] + 2, A4_300DPI[0] - 200)
        y += int(font_px * 1.6)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    if pen:
        page = page.point(lambda value: pen + value * (255 - pen) // 255)
    rng = random.Random(seed)
    noisy = page.load()
    for _ in range(20000):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        noisy[x, y] = rng.choice((0, 200))
    if noise_sigma:
        pixels = np.asarray(page, dtype=np.float32)
        pixels += np.random.default_rng(seed).normal(0, noise_sigma, pixels.shape)
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if skew:
        page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if rotate:
        page = page.rotate(rotate, expand=True)
    return page


BOX = re.compile(r"(\[X\]|\[ \])")
COMB = re.compile(r"\[\[(\d+)\]\]")


def _draw_comb(
    draw: ImageDraw.ImageDraw, hand: ImageFont.FreeTypeFont, x: float, y: int, digits: str
) -> None:
    """A comb of boxes 0.2 in wide and high, one digit written in each."""
    box_width = box_height = 60
    top = y - 2
    draw.rectangle((x, top, x + box_width * len(digits), top + box_height), outline=0, width=3)
    for index, digit in enumerate(digits):
        left = x + box_width * index
        if index:
            draw.line((left, top, left, top + box_height), fill=0, width=3)
        _, ink_top, _, ink_bottom = hand.getbbox(digit)
        draw.text(
            (left + 16, top + (box_height - ink_bottom - ink_top) / 2), digit, font=hand, fill=0
        )


def _draw_leader(draw: ImageDraw.ImageDraw, start: float, row: int, end: int) -> None:
    """Dashes of 12 px with 6 px gaps, 2 px thick: a typed form's leader line at 300 dpi."""
    for x in range(int(start), end - 12, 18):
        draw.rectangle((x, row, x + 11, row + 1), fill=90)


def _draw_line(
    draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, line: str, x: float, y: int, size: int
) -> None:
    """Text with '[X]' / '[ ]' drawn as a ticked or empty check box."""
    for part in BOX.split(line):
        if part in ("[X]", "[ ]"):
            side = int(size * 0.8)
            top = y + int(size * 0.15)
            draw.rectangle((x, top, x + side, top + side), outline=0, width=max(2, size // 16))
            if part == "[X]":
                draw.line(
                    (x + side * 0.15, top + side * 0.5, x + side * 0.4, top + side * 0.85),
                    fill=0,
                    width=max(3, size // 10),
                )
                draw.line(
                    (x + side * 0.4, top + side * 0.85, x + side * 1.05, top - side * 0.1),
                    fill=0,
                    width=max(3, size // 10),
                )
            x += side + size * 0.4
        elif part:
            draw.text((x, y), part, font=font, fill=0)
            x += draw.textlength(part, font=font)


def press_stamp(page: Image.Image, centre: tuple[int, int], words: list[str]) -> Image.Image:
    """The page in colour with a violet round stamp pressed on it, askew, and a blue signature
    scribbled across, as an office stamps what it signs."""
    stamp = Image.new("L", (520, 520), 0)
    draw = ImageDraw.Draw(stamp)
    draw.ellipse((10, 10, 510, 510), outline=255, width=9)
    draw.ellipse((70, 70, 450, 450), outline=255, width=4)
    font = ImageFont.truetype(FONT, 40)
    for number, word in enumerate(words):
        draw.text((110 + 20 * number, 200 + 60 * number), word, font=font, fill=255)
    stamp = stamp.rotate(20, resample=Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(1))
    stamped = page.convert("RGB")
    x, y = centre
    stamped.paste((110, 60, 150), (x - 260, y - 260), stamp)
    scribble = [
        (x + 40, y),
        (x + 120, y - 60),
        (x + 180, y + 20),
        (x + 240, y - 50),
        (x + 320, y + 10),
    ]
    ImageDraw.Draw(stamped).line(scribble, fill=(30, 40, 160), width=5)
    return stamped


def save_scan(path: Path, pages: list[Image.Image]) -> Path:
    """PNG, JPEG, TIFF (multi-page) or an image-only PDF, by the suffix of ``path``."""
    first, rest = pages[0], pages[1:]
    if path.suffix == ".tif":
        first.save(path, save_all=True, append_images=rest, dpi=(300, 300), compression="tiff_lzw")
    elif path.suffix == ".pdf":
        first.save(path, save_all=True, append_images=rest, resolution=300.0)
    else:
        first.save(path, dpi=(300, 300))
    return path


def born_digital_pdf(path: Path, pages: list[list[str]]) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = A4[1] - 72
        for line in lines:
            x = 72.0
            for part in BOX.split(line):
                if part in ("[X]", "[ ]"):
                    sheet.rect(x, y - 1, 8, 8)
                    if part == "[X]":
                        sheet.setLineWidth(1.5)
                        sheet.lines([(x + 1.5, y + 3, x + 3.5, y), (x + 3.5, y, x + 8.5, y + 9)])
                        sheet.setLineWidth(1)
                    x += 12
                elif part:
                    sheet.setFont("Helvetica", 11)
                    sheet.drawString(x, y, part)
                    x += sheet.stringWidth(part, "Helvetica", 11)
            y -= 15
        sheet.showPage()
    sheet.save()
    return path
