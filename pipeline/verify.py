"""Stage 5b: how sure OCR was of each field read from a scan, and a second look at the unsure.

Tesseract gives every word a confidence; a field is as sure as its least sure word. A number
or an address it was unsure of (a Roman month at 200 dpi, "III" read as "II"; a digit of a phone
number) is read again from its own crop of the page, at twice the size and as a single line, and
the second reading is kept when it makes a valid value that Tesseract is surer of. What stays
below ``classify.check_fields_below`` is listed for a clerk to check against the paper
(``fields_to_check``); a clerk's correction or confirmation takes it off the list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytesseract
from PIL import Image

from pipeline.checkboxes import Word
from pipeline.extract import Fields, normalise_value
from pipeline.fields import parse_nik
from pipeline.text import PageText

# Values whose every character counts, and that a second reading can tell right from wrong.
REREAD_FIELDS = (
    "letter_number",
    "reference_registration_number",
    "dispute_register_number",
    "nik",
    "phone",
    "email",
)
# Registration and letter numbers: Tesseract is seldom sure of a long token of digits, letters
# and slashes even when it reads it right, so two readings at different sizes that agree count
# as two witnesses (1 - (1 - c1)(1 - c2)). Not so for handwriting, where both readings of the
# same strokes tend to make the same mistake: a phone number or a NIK keeps its first confidence.
NUMBERS = ("letter_number", "reference_registration_number", "dispute_register_number")
REREAD_SCALE = 2
REREAD_MARGIN = 0.3  # of the line's height, around the words
SINGLE_LINE = "--psm 7"
# What a clerk is asked to check: what the registers and the notices rely on character by
# character. Free text is read whole and a box is ticked, not read.
CHECKED_FIELDS = (*REREAD_FIELDS, "applicant_name", "address", "letter_date")


@dataclass(frozen=True)
class Located:
    """A recognised word and where it stands in its page's text."""

    start: int
    end: int
    word: Word


def locate(text: str, words: Sequence[Word]) -> list[Located]:
    """Each word's offsets in ``text``, which Tesseract wrote from the same words in the same
    order (blank lines aside)."""
    located, cursor = [], 0
    for word in words:
        start = text.find(word.text, cursor)
        if start < 0:
            continue
        located.append(Located(start, start + len(word.text), word))
        cursor = start + len(word.text)
    return located


def _words_in(span: dict[str, int], located: Sequence[Located]) -> list[Word]:
    return [item.word for item in located if item.start < span["end"] and item.end > span["start"]]


def _reread(words: Sequence[Word], image: Image.Image, languages: str) -> tuple[str, float]:
    """The words' line read again from its crop at twice the size: (text, confidence 0..1)."""
    height = max(word.bottom - word.top for word in words)
    margin = REREAD_MARGIN * height
    box = (
        max(0, int(min(word.x0 for word in words) - margin)),
        max(0, int(min(word.top for word in words) - margin)),
        min(image.width, int(max(word.x1 for word in words) + margin)),
        min(image.height, int(max(word.bottom for word in words) + margin)),
    )
    crop = image.crop(box).convert("L")
    crop = crop.resize((crop.width * REREAD_SCALE, crop.height * REREAD_SCALE))
    data = pytesseract.image_to_data(
        crop, lang=languages, config=SINGLE_LINE, output_type=pytesseract.Output.DICT
    )
    read = [
        (text, float(confidence))
        for text, confidence in zip(data["text"], data["conf"], strict=True)
        if text.strip()
    ]
    if not read:
        return "", 0.0
    return " ".join(text for text, _ in read), min(confidence for _, confidence in read) / 100


def _valid(name: str, raw: str, own_formats: Sequence[re.Pattern[str]]) -> Any:
    if name == "nik":
        nik = parse_nik(raw)
        return nik.value if nik.valid else None
    return normalise_value(name, raw, own_formats)


def verify(
    fields: Fields,
    pages: Sequence[PageText],
    languages: str,
    reread_below: float,
    own_formats: Sequence[re.Pattern[str]] = (),
) -> None:
    """Set ``fields.ocr_confidence`` for every field read from a scanned page, reading the
    unsure numbers and addresses again first."""
    for name, span in fields.spans.items():
        if name not in CHECKED_FIELDS:
            continue
        page = pages[span["page"] - 1]
        words = _words_in(span, locate(page.text, page.words)) if page.ocr else []
        if not words:
            continue
        confidence = min(word.confidence for word in words) / 100
        one_line = len({word.line for word in words}) == 1
        if name in REREAD_FIELDS and confidence < reread_below and one_line and page.image:
            with Image.open(page.image) as image:
                text, second = _reread(words, image, languages)
            value = _valid(name, text, own_formats)
            if value is not None and value == fields.values.get(name) and name in NUMBERS:
                confidence = 1 - (1 - confidence) * (1 - second)
            elif value is not None and second > confidence:
                fields.values[name], confidence = value, second
                if name == "nik":
                    fields.nik_info = parse_nik(text).as_dict()
        fields.ocr_confidence[name] = round(confidence, 3)


def stored_spans(fields: Fields) -> str:
    """The spans as the document keeps them, each with the confidence it was read with."""
    spans: dict[str, dict[str, Any]] = {
        name: {**span, "ocr_confidence": fields.ocr_confidence[name]}
        if name in fields.ocr_confidence
        else dict(span)
        for name, span in fields.spans.items()
    }
    return json.dumps(spans)


def to_check(fields: Fields, threshold: float) -> list[str]:
    """The fields a clerk should check against the paper, in contract order."""
    return [name for name in fields.values if fields.ocr_confidence.get(name, 1.0) < threshold]
