"""Stage 5b: how sure OCR was of each field read from a scan, and a second look at the unsure.

Tesseract gives every word a confidence; a field is as sure as its least sure word. A number
OCR was unsure of is read a second time from its own crop of the page: a registration or letter
number by Tesseract again, at twice the size and as a single line; a phone number or a NIK, and
one written so badly that it did not read as one at all, by a second engine (RapidOCR's
recogniser, whose model reads handwritten digits far better than Tesseract's print model, and
a line of letters worse, as it runs words together); so is an occupation, a word or two the
second engine reads well when it is sure of them. Two readings that agree make the value surer.
Where they differ, a phone or NIK takes the second engine's digits, an occupation its sure
reading; a number keeps its first reading, unless the second differs
only by a stroke more in its Roman month ("III" for "II": OCR merges thin strokes, it does not
invent them; a letter number dated in the first reading's month keeps it) or the first has
characters no number is written with and the second has none.
Either way the field stays as unsure as its less sure reading. What is below
``classify.check_fields_below`` is listed for a clerk to check against the paper
(``fields_to_check``); a clerk's correction or confirmation takes it off the list.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import phonenumbers
import pytesseract
from PIL import Image

from pipeline.checkboxes import Word
from pipeline.combs import Comb, digits_of, find_combs
from pipeline.extract import Fields, normalise_value
from pipeline.fields import month_from_roman, parse_nik
from pipeline.text import PageText

# Registration and letter numbers: Tesseract is seldom sure of a long token of digits, letters
# and slashes even when it reads it right, so two readings at different sizes that agree count
# as two witnesses (1 - (1 - c1)(1 - c2)); so do two engines that agree on a phone or a NIK.
NUMBERS = ("letter_number", "reference_registration_number", "dispute_register_number")
DIGITS = ("phone", "nik")
# A one-word answer written by hand ("Peneliti", "Petani", "Dosen"): the second engine reads it
# better than Tesseract's print model when it is sure of it, and runs longer ones together.
WORDS = ("occupation",)
SURE_WORD = 0.9
REREAD_FIELDS = (*NUMBERS, *DIGITS, *WORDS)
# Where the second engine ran two words together ("PensiunnPNS"): a capital after a small letter.
LOST_SPACE = re.compile(r"(?<=[a-z])(?=[A-Z])")
ROMAN_MONTH = re.compile(r"(?<=/)[IVX]{1,4}(?=/)")
# What no registration number is written with: a first reading with it ("059/KANTOR!!!1/2026")
# gives way to a clean second one.
JUNK = re.compile(r"[^A-Za-z0-9./-]")
REREAD_SCALE = 2
REREAD_MARGIN = 0.3  # of the line's height, around the words
SINGLE_LINE = "--psm 7"
TRAILING = " .,;:"  # the sentence's punctuation the crop of a number's last word takes along
NIK_DIGITS = 16
# Combs are a form's: a page that reads as no form (its title, its questions, its applicant's
# label) is not searched for one, which costs 0.2 s a page. The NIK's own label is no guide:
# OCR garbles it with the comb beside it.
FORM_PAGE = re.compile(r"(?i)formulir|cara\s+mem|nama\s+pemohon")
# What a clerk is asked to check: what the registers and the notices rely on character by
# character. Free text is read whole and a box is ticked, not read.
CHECKED_FIELDS = (*REREAD_FIELDS, "email", "applicant_name", "address", "letter_date")


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


def _crop(words: Sequence[Word], image: Image.Image) -> Image.Image:
    height = max(word.bottom - word.top for word in words)
    margin = REREAD_MARGIN * height
    box = (
        max(0, int(min(word.x0 for word in words) - margin)),
        max(0, int(min(word.top for word in words) - margin)),
        min(image.width, int(max(word.x1 for word in words) + margin)),
        min(image.height, int(max(word.bottom for word in words) + margin)),
    )
    return image.crop(box).convert("L")


def _tesseract_line(crop: Image.Image, languages: str) -> tuple[str, float]:
    """The crop read again as one line at twice the size: (text, confidence 0..1)."""
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
    text = " ".join(text for text, _ in read).strip(TRAILING)
    return text, min(confidence for _, confidence in read) / 100


@cache
def _digit_engine() -> Any:
    """RapidOCR with its bundled models, loaded once per worker and only when needed (it takes
    a second and about 100 MB)."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def _second_engine(crop: Image.Image) -> tuple[str, float]:
    result, _ = _digit_engine()(
        np.asarray(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True
    )
    return (str(result[0][0]), float(result[0][1])) if result else ("", 0.0)


def valid_reading(name: str, raw: str, own_formats: Sequence[re.Pattern[str]]) -> Any:
    """The value a second reading makes, when it is one: a NIK that validates, a phone number
    that exists (not just one that could), a number as the extractor keeps it."""
    if name == "nik":
        nik = parse_nik(raw)
        return nik.value if nik.valid else None
    if name in WORDS:
        words = LOST_SPACE.sub(" ", raw.strip(" .,:;'`|-"))
        letters_only = re.fullmatch(r"[A-Za-z][A-Za-z /.]+", words)
        return normalise_value(name, words) if letters_only else None
    value = normalise_value(name, raw, own_formats)
    if name == "phone" and value:
        return value if phonenumbers.is_valid_number(phonenumbers.parse(value)) else None
    return value


def _second_reading(
    name: str, words: Sequence[Word], image_path: Path, languages: str
) -> tuple[str, float]:
    """(text, confidence) of the words' line read a second time; a phone, a NIK or an answer of
    a word by the second engine, anything else by Tesseract at twice the size."""
    with Image.open(image_path) as image:
        crop = _crop(words, image)
    if name in DIGITS or name in WORDS:
        return _second_engine(crop)
    return _tesseract_line(crop, languages)


def _rereadable(
    span: dict[str, int], pages: Sequence[PageText], located: Sequence[Sequence[Located]]
) -> tuple[list[Word], Path | None]:
    """The words a field was read from, and the page image to read them again from (when they
    stand on one line of a scanned page)."""
    words = _words_in(span, located[span["page"] - 1])
    one_line = len({word.line for word in words}) == 1
    return words, pages[span["page"] - 1].image if one_line else None


def _lost_stroke(first: str, second: str) -> bool:
    """Whether ``second`` is ``first`` with a stroke more in its Roman month ("II" → "III",
    "XI" → "XII"), everything else the same."""
    months = ROMAN_MONTH.findall(first), ROMAN_MONTH.findall(second)
    if len(months[0]) != 1 or len(months[1]) != 1:
        return False
    same_rest = ROMAN_MONTH.sub("/", first) == ROMAN_MONTH.sub("/", second)
    return same_rest and months[1][0] == months[0][0] + "I"


def _cut_short(first: str, second: str) -> bool:
    """Whether ``second`` has letters fewer by two or more: the end of a hand's word the crop of
    Tesseract's word boxes cut off ("Peneliti" read again as "Peneli")."""
    letters = [len(re.findall(r"[A-Za-z]", reading)) for reading in (first, second)]
    return letters[1] < letters[0] - 1


def weigh(
    name: str,
    first: Any,
    confidence: float,
    second: Any,
    sureness: float,
    dated_month: int | None = None,
) -> tuple[Any, float]:
    """(value, confidence) from two readings of a field; ``second`` is None when the second
    reading made no valid value. A letter number's first reading whose Roman month is
    ``dated_month``, the month of the letter's own date, keeps it against a stroke more."""
    if second is None:
        return first, confidence
    if second == first:
        return first, 1 - (1 - confidence) * (1 - sureness)
    better = (
        name in DIGITS
        or (name in WORDS and sureness >= SURE_WORD and not _cut_short(str(first), str(second)))
        or (_lost_stroke(str(first), str(second)) and month_from_roman(str(first)) != dated_month)
        or (bool(JUNK.search(str(first))) and not JUNK.search(str(second)))
    )
    return (second if better else first), min(confidence, sureness)


def verify(
    fields: Fields,
    pages: Sequence[PageText],
    languages: str,
    reread_below: float,
    own_formats: Sequence[re.Pattern[str]] = (),
) -> None:
    """Set ``fields.ocr_confidence`` for every checked field read from a scanned page, reading
    the unsure numbers again first, and a phone or NIK that did not read as one at all."""
    located = [locate(page.text, page.words) if page.ocr else [] for page in pages]
    for name, span in fields.unread.items():
        if name not in DIGITS:
            continue
        words, image = _rereadable(span, pages, located)
        if image is None:
            continue
        text, second = _second_reading(name, words, image, languages)
        value = valid_reading(name, text, own_formats)
        if value is not None:  # one engine made it out, the other did not: a clerk checks it
            first = min(word.confidence for word in words) / 100
            fields.values[name], fields.spans[name] = value, span
            fields.ocr_confidence[name] = round(min(first, second), 3)
    for name, span in fields.spans.items():
        if name not in CHECKED_FIELDS or name in fields.ocr_confidence:
            continue
        words, image = _rereadable(span, pages, located)
        if not words:
            continue
        confidence = min(word.confidence for word in words) / 100
        if name in REREAD_FIELDS and confidence < reread_below and image is not None:
            text, sureness = _second_reading(name, words, image, languages)
            second = valid_reading(name, text, own_formats)
            dated = _dated_month(fields) if name == "letter_number" else None
            value, confidence = weigh(
                name, fields.values[name], confidence, second, sureness, dated
            )
            if value != fields.values[name]:
                fields.values[name] = value
                if name == "nik":
                    fields.nik_info = parse_nik(text).as_dict()
        fields.ocr_confidence[name] = round(confidence, 3)


def _dated_month(fields: Fields) -> int | None:
    """The month of the letter's own date, in which letters are numbered."""
    dated = fields.values.get("letter_date")
    return int(dated[5:7]) if isinstance(dated, str) and len(dated) == len("2026-01-31") else None


def read_comb_nik(fields: Fields, pages: Sequence[PageText], default_dpi: int) -> None:
    """A NIK written in a form's comb of 16 boxes, where OCR read no valid one: the second
    engine reads the comb's digits, its walls whitened, set close and as they stand (see
    pipeline.combs), and the surer valid reading is kept. The NIK is as sure as that reading,
    and not sure at all when the two copies read two valid NIKs, so a clerk checks it."""
    if fields.nik_info and fields.nik_info.get("valid"):
        return
    for page in pages:
        if page.image is None or not FORM_PAGE.search(page.text):
            continue
        with Image.open(page.image) as image:
            dpi = round(image.info.get("dpi", (default_dpi,))[0])
            combs = [comb for comb in find_combs(image, dpi) if comb.boxes == NIK_DIGITS]
            for comb in combs:
                readings = [_second_engine(copy) for copy in digits_of(image, comb)]
                valid = {
                    nik.value: sureness
                    for text, sureness in sorted(readings, key=lambda reading: reading[1])
                    if (nik := parse_nik(unicodedata.normalize("NFKC", text))).valid  # "１６７…"
                }
                if valid:
                    value = max(valid, key=lambda nik: valid[nik])
                    nik = parse_nik(value)
                    fields.values["nik"], fields.nik_info = nik.value, nik.as_dict()
                    fields.spans["nik"] = _span_of(comb, page)
                    sureness = valid[value] if len(valid) == 1 else 0.0
                    fields.ocr_confidence["nik"] = round(sureness, 3)
                    fields.unread.pop("nik", None)
                    return


def _span_of(comb: Comb, page: PageText) -> dict[str, int]:
    """The text OCR made of what is written in ``comb``: the words inside it, else the words of
    its row (its label), else none."""
    row = [
        item
        for item in locate(page.text, page.words)
        if comb.top <= (item.word.top + item.word.bottom) / 2 <= comb.bottom
    ]
    inside = [item for item in row if comb.left <= (item.word.x0 + item.word.x1) / 2 <= comb.right]
    read = inside or row
    return {
        "page": page.number,
        "start": min((item.start for item in read), default=0),
        "end": max((item.end for item in read), default=0),
    }


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
