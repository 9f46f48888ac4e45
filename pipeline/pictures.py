"""Pictures on a born-digital page: a letterhead pasted into a word processor as an image, an
identity card's photocopy pasted under a typed letter.

Their words are no part of the page's text layer, so a picture big enough to hold writing is
read by OCR on its own, and its lines are put into the page's text where the picture stands. A
picture with the text layer's words over it (a form's printed background, the scan under an
OCR'd PDF's invisible text) is left alone: its words are already read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytesseract
from PIL import Image

from pipeline.checkboxes import Word

MIN_PAGE_SHARE = 0.03  # of the page's area: a logo, a signature or a stamp is smaller
FULL_PAGE_SHARE = 0.9  # a picture this big is the page's scan, read as one
LEGIBLE_WORD = re.compile(r"[A-Za-z]{3,}")
MIN_LEGIBLE_WORDS = 2


@dataclass(frozen=True)
class Picture:
    x0: float  # PDF points from the page's top left corner
    top: float
    x1: float
    bottom: float


def readable_pictures(
    images: list[dict[str, float]], words: list[Word], width: float, height: float
) -> list[Picture]:
    """The pictures (pdfplumber's ``page.images``) worth reading: big enough to hold writing,
    not the whole page, with none of the text layer's ``words`` on them."""
    found = []
    for image in images:
        picture = Picture(
            max(0.0, image["x0"]),
            max(0.0, image["top"]),
            min(width, image["x1"]),
            min(height, image["bottom"]),
        )
        share = (picture.x1 - picture.x0) * (picture.bottom - picture.top) / (width * height)
        if not MIN_PAGE_SHARE <= share < FULL_PAGE_SHARE or _written_over(picture, words):
            continue
        found.append(picture)
    return sorted(found, key=lambda picture: picture.top)


def _written_over(picture: Picture, words: list[Word]) -> bool:
    return any(
        picture.x0 <= (word.x0 + word.x1) / 2 <= picture.x1
        and picture.top <= (word.top + word.bottom) / 2 <= picture.bottom
        for word in words
    )


def picture_lines(
    page_image: Image.Image, picture: Picture, page_width: float, languages: str, timeout: int
) -> list[str]:
    """The lines OCR reads in ``picture``, cut from ``page_image`` (the page rendered whole);
    none when it reads no words (a photograph, a drawing) or cannot read it at all: the letter's
    own text is still there, and the picture stays in the archived original."""
    scale = page_image.width / page_width
    box = (
        round(picture.x0 * scale),
        round(picture.top * scale),
        round(picture.x1 * scale),
        round(picture.bottom * scale),
    )
    try:  # (one block: a card's label and value stay on their row)
        text = pytesseract.image_to_string(
            page_image.crop(box), lang=languages, config="--psm 6", timeout=timeout
        )
    except (RuntimeError, pytesseract.TesseractError):  # a picture Tesseract cannot read
        return []
    if len(LEGIBLE_WORD.findall(text)) < MIN_LEGIBLE_WORDS:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def with_pictures(
    lines: list[str], tops: list[float], placed: list[tuple[float, list[str]]]
) -> str:
    """The page's text ``lines`` (their ``tops`` in points) with each picture's lines put in
    before the first line that stands below the picture's top."""
    merged: list[str] = []
    pending = sorted(placed, key=lambda item: item[0])
    for line, top in zip(lines, tops, strict=True):
        while pending and pending[0][0] <= top:
            merged.extend(pending.pop(0)[1])
        merged.append(line)
    for _, picture in pending:
        merged.extend(picture)
    return "\n".join(merged)
