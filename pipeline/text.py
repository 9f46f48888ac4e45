"""Stage 3: the text of every page, and the PDF that will become the archive copy.

A PDF page that carries a text layer is read with pdfplumber and kept as it is; every other page
(image-only PDF pages, TIFF frames, JPEG and PNG files) is OCR'd once by ``pipeline.ocr``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pdfplumber
import pikepdf
from pdfplumber.page import Page
from pdfplumber.utils import cluster_objects
from PIL import Image, ImageSequence

from archive.pdfa import assemble
from config.settings import PipelineSettings
from pipeline.checkboxes import Word, pdf_page_view
from pipeline.columns import reading_order
from pipeline.errors import BadInput
from pipeline.highlights import may_be_marked, page_marks
from pipeline.identify import Identified
from pipeline.ocr import normalise_text, ocr_page
from pipeline.parties import one_party
from pipeline.pictures import Picture, picture_lines, readable_pictures, with_pictures
from pipeline.tables import read_down

RASTER_DPI = 300
# A gap between two letters wider than this share of the font size separates words. pdfplumber's
# fixed 3 pt glues the words of tightly justified text ("mohoninformasidiberikandalambentuk").
WORD_GAP = 0.15
LINE_TOLERANCE = 3  # points between the tops of words on one line: pdfplumber's own
FULL_PAGE_COVERAGE = 0.9


@dataclass
class PageText:
    number: int
    text: str
    ocr: bool
    rotated: int = 0
    skew: float = 0.0
    ticks: dict[str, str] = field(default_factory=dict)
    # A scanned page's recognised words and the image they were read from (in the job's
    # scratch folder, gone once the job ends).
    words: list[Word] = field(default_factory=list, repr=False)
    image: Path | None = None


@dataclass
class Extracted:
    kind: str
    pages: list[PageText] = field(default_factory=list)
    layout: list[tuple[Path, int]] = field(default_factory=list)

    @property
    def ocr(self) -> bool:
        return any(page.ocr for page in self.pages)


@dataclass
class Layer:
    """A PDF page's text layer: its lines and where each stands (points from the top), whether
    it holds an image at all, and the pictures on it worth reading by OCR."""

    lines: list[str]
    tops: list[float]
    has_image: bool
    pictures: list[Picture]
    width: float

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def _pdf_text_layer(path: Path) -> list[Layer]:
    try:
        with pdfplumber.open(path) as pdf:
            return [_layer(page) for page in pdf.pages]
    except Exception as broken:  # pdfminer raises many unrelated types on damaged files
        raise BadInput(f"PDF tidak dapat dibaca: {broken}", f"unreadable PDF: {broken}") from broken


def _layer(page: Page) -> Layer:
    """The page's text as pdfplumber's ``extract_text`` joins its words into lines, but with
    two columns it would read across put one after the other (``pipeline.columns``), an
    identity table's row read down its columns (``pipeline.tables``) and a proxy's column left
    out of a two-party table (``pipeline.parties``)."""
    found = page.extract_words(x_tolerance_ratio=WORD_GAP)
    lines = [
        [Word(word["text"], word["x0"], word["top"], word["x1"], word["bottom"], number)
         for word in line]
        for number, line in enumerate(cluster_objects(found, "top", LINE_TOLERANCE))
    ]  # fmt: skip
    width, height = float(page.width), float(page.height)
    pictures = readable_pictures(
        page.images, [word for line in lines for word in line], width, height
    )
    ordered = reading_order(lines, width)
    arranged = read_down(ordered or lines, width) or ordered
    arranged = one_party(arranged or lines) or arranged
    if arranged is None:
        written = (page.extract_text(x_tolerance_ratio=WORD_GAP) or "").split("\n")
        tops = _spread([line[0].top for line in lines], len(written))
        return Layer(written, tops, bool(page.images), pictures, width)
    written = [" ".join(word.text for word in line) for line in arranged]
    tops = [min(word.top for word in line) for line in arranged]
    return Layer(written, tops, bool(page.images), pictures, width)


def _spread(tops: list[float], count: int) -> list[float]:
    """Where each of ``count`` lines stands, from the tops of the lines pdfplumber clustered
    (``extract_text`` may join or part a few of them otherwise)."""
    if not tops:
        return [0.0] * count
    return [tops[min(len(tops) - 1, index * len(tops) // max(1, count))] for index in range(count)]


def _page_image(pdf_path: Path, index: int, workdir: Path) -> tuple[Image.Image, int]:
    """The scan behind a PDF page: its single full-page image if it has one, else a render."""
    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[index]
        images = list(page.get_images(recursive=False).values())
        width_pt = float(page.mediabox[2]) - float(page.mediabox[0])
        if len(images) == 1 and "/SMask" not in images[0] and "/Mask" not in images[0]:
            picture = pikepdf.PdfImage(cast(pikepdf.Stream, images[0]))
            dpi = round(picture.width / (width_pt / 72))
            if picture.width * 72 / dpi >= width_pt * FULL_PAGE_COVERAGE and dpi >= 70:
                try:
                    image = picture.as_pil_image()
                except Exception:  # an unusual filter: fall back to rendering the page
                    image = None
                if image is not None:
                    rotate = int(page.obj.get("/Rotate", 0)) % 360
                    return (image.rotate(-rotate, expand=True) if rotate else image), dpi
    return _render_page(pdf_path, index, workdir), RASTER_DPI


def _render_page(pdf_path: Path, index: int, workdir: Path) -> Image.Image:
    target = workdir / f"render-{index}.png"
    command = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m",
               f"-r{RASTER_DPI}", f"-dFirstPage={index + 1}", f"-dLastPage={index + 1}",
               f"-sOutputFile={target}", str(pdf_path)]  # fmt: skip
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=300)
    except subprocess.CalledProcessError as failed:
        raise BadInput(
            f"Halaman {index + 1} tidak dapat dirender", f"page {index + 1} cannot be rendered"
        ) from failed
    with Image.open(target) as rendered:
        return rendered.copy()


def _image_frames(path: Path) -> Iterator[tuple[Image.Image, int | None]]:
    with Image.open(path) as image:
        for frame in ImageSequence.Iterator(image):
            dpi = frame.info.get("dpi")
            declared = round(float(dpi[0])) if dpi and float(dpi[0]) > 1 else None
            yield frame.copy(), declared


def extract(
    path: Path, identified: Identified, workdir: Path, settings: PipelineSettings
) -> Extracted:
    def recognise(image: Image.Image, dpi: int, number: int) -> PageText:
        try:
            result = ocr_page(
                image, dpi, workdir, f"page-{number}", settings.ocr_languages, settings.ocr_timeout
            )
        except OSError as broken:
            raise BadInput(f"Gambar rusak: {broken}", f"damaged image: {broken}") from broken
        extracted.layout.append((result.pdf, 0))
        text = normalise_text(result.text)
        return PageText(
            number,
            text,
            True,
            result.rotated,
            result.skew,
            result.ticks,
            result.words,
            result.image,
        )

    if identified.kind != "pdf":
        extracted = Extracted(kind=identified.kind)
        try:
            for number, (frame, dpi) in enumerate(_image_frames(path), start=1):
                extracted.pages.append(recognise(frame, dpi or settings.default_dpi, number))
        except OSError as broken:
            raise BadInput(f"Gambar rusak: {broken}", f"damaged image: {broken}") from broken
        return extracted

    layers = _pdf_text_layer(path)
    scanned = [len(page.text) < settings.text_layer_min_chars and page.has_image for page in layers]
    kind = "pdf_image" if all(scanned) else "pdf_mixed" if any(scanned) else "pdf_text"
    extracted = Extracted(kind=kind)
    for index, layer in enumerate(layers):
        if scanned[index]:
            image, dpi = _page_image(path, index, workdir)
            extracted.pages.append(recognise(image, dpi, index + 1))
            continue
        text = layer.text
        if layer.pictures:
            text = _with_pictures_read(layer, _render_page(path, index, workdir), settings)
        ticks = page_marks(*pdf_page_view(str(path), index), text) if may_be_marked(text) else {}
        extracted.pages.append(PageText(index + 1, text, False, ticks=ticks))
        extracted.layout.append((path, index))
    return extracted


def _with_pictures_read(layer: Layer, rendered: Image.Image, settings: PipelineSettings) -> str:
    """The page's text with the lines OCR reads in its pictures put where they stand."""
    placed = []
    for picture in layer.pictures:
        read = picture_lines(
            rendered, picture, layer.width, settings.ocr_languages, settings.ocr_timeout
        )
        placed.append((picture.top, [normalise_text(line) for line in read]))
    return with_pictures(layer.lines, layer.tops, placed).strip()


def archive_source(extracted: Extracted, original: Path, workdir: Path) -> Path:
    """The PDF to turn into PDF/A: the original itself when no page was OCR'd."""
    if not extracted.ocr:
        return original
    combined = workdir / "combined.pdf"
    assemble(extracted.layout, combined)
    return combined
