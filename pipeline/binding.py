"""Pages of one letter scanned as separate images become one letter.

A scanner that saves every page as its own image names the files after the letter with a page
marker ("surat_p1.jpg", "surat_p2.jpg", "Surat Andi hal 1.png"); the desk means one letter. Files
handed over together (one `arsip ingest`, or the files of a watched inbox that settle in the same
round) whose names differ only by the number after an explicit page marker (p, pg, page, hal,
hlm, halaman), numbered 1, 2, 3… without a gap, are bound in page order into one PDF, and that
PDF is the letter's original. img2pdf embeds each image as it is (a JPEG byte for byte, a PNG
without re-encoding), so binding loses nothing, and the same pages always bind to the same bytes:
a letter dropped twice is still a duplicate. A bare trailing number ("surat_1.jpg",
"surat_2.jpg") is not a page marker: two letters scanned in a row are often numbered that way.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from pathlib import Path

import img2pdf
from PIL import Image, UnidentifiedImageError

from pipeline.errors import BadInput

PAGE_NAME = re.compile(
    r"^(?P<stem>.*?\S)[\s_.-]*(?:p|pg|page|hal|hlm|halaman)[\s_.-]?(?P<page>\d{1,3})$",
    re.IGNORECASE,
)
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"})


def page_of(path: Path) -> tuple[tuple[Path, str], int] | None:
    """((folder, letter stem), page number) of a page image's name, else None."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    match = PAGE_NAME.match(path.stem)
    if match is None:
        return None
    return (path.parent, match["stem"].casefold()), int(match["page"])


def _complete_letters(files: Sequence[Path]) -> dict[Path, list[Path]]:
    """Each page image of a complete letter (pages 1..n, n ≥ 2, no number twice) → its pages."""
    pages: dict[tuple[Path, str], dict[int, Path]] = {}
    clashing: set[tuple[Path, str]] = set()
    for path in files:
        found = page_of(path)
        if found is None:
            continue
        letter, number = found
        if number in pages.setdefault(letter, {}):
            clashing.add(letter)
        pages[letter][number] = path
    letters: dict[Path, list[Path]] = {}
    for letter, numbered in pages.items():
        if letter in clashing or sorted(numbered) != list(range(1, len(numbered) + 1)):
            continue
        if len(numbered) > 1:
            ordered = [numbered[number] for number in sorted(numbered)]
            letters.update(dict.fromkeys(ordered, ordered))
    return letters


def group_pages(files: Sequence[Path]) -> list[list[Path]]:
    """The files as letters, in the order given: alone, or a letter's page images in page order."""
    letters = _complete_letters(files)
    grouped: list[list[Path]] = []
    for path in files:
        pages = letters.get(path)
        if pages is None:
            grouped.append([path])
        elif pages not in grouped:
            grouped.append(pages)
    return grouped


def bound_name(pages: Sequence[Path]) -> str:
    """The bound letter's file name: the pages' shared name without the page marker."""
    match = PAGE_NAME.match(pages[0].stem)
    return f"{match['stem'] if match else pages[0].stem}.pdf"


REFUSED = (
    img2pdf.ImageOpenError,
    img2pdf.AlphaChannelError,
    img2pdf.UnsupportedColorspaceError,
    img2pdf.JpegColorspaceError,
    img2pdf.ExifOrientationError,
    img2pdf.NegativeDimensionError,
    ValueError,
)


def _flattened(path: Path) -> bytes:
    """A page img2pdf refuses as it is (a transparent PNG, say) as plain RGB PNG bytes."""
    try:
        with Image.open(path) as image:
            buffer = io.BytesIO()
            dpi = image.info.get("dpi", (300, 300))
            image.convert("RGB").save(buffer, format="PNG", dpi=dpi)
    except (OSError, UnidentifiedImageError, ValueError) as error:
        raise BadInput(
            f"Halaman {path.name} bukan gambar yang dapat dibaca",
            f"page {path.name} is not a readable image: {error}",
        ) from error
    return buffer.getvalue()


def _pdf_of(images: list[str] | list[bytes]) -> bytes:
    # img2pdf's own writer: through pikepdf it asks for a deterministic /ID only when the version
    # string compares above "6.2.0", which "10.x" does not, and every binding would differ.
    return bytes(img2pdf.convert(images, nodate=True, engine=img2pdf.Engine.internal))


def bind_pages(pages: Sequence[Path], target: Path) -> Path:
    """Write the page images as one PDF at target (atomically) and return target."""
    try:
        try:
            bound = _pdf_of([str(path) for path in pages])
        except REFUSED:
            bound = _pdf_of([_flattened(path) for path in pages])
    except FileNotFoundError as missing:
        raise BadInput(
            "Halaman surat hilang sebelum dapat dibaca",
            f"a page of the letter vanished before it could be read: {missing.filename}",
        ) from missing
    except img2pdf.PdfTooLargeError as error:
        raise BadInput(
            "Halaman surat terlalu besar untuk digabung",
            f"the pages are too large to bind into one letter: {error}",
        ) from error
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(bound)
    os.replace(partial, target)
    return target
