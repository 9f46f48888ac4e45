"""Ticked boxes on forms: which option of "Cara Memperoleh", "Cara Mendapatkan Salinan" and the
objection reasons a–g the applicant marked, which occupation an online form's radio buttons
(or a paper form's bubbles) choose, and which rows of a data catalogue were ticked.

A tick is not text: on a born-digital form it is a drawing, on a scan a few strokes that OCR
drops. So the page is looked at as an image: left of each option's first word we look for a
box (two horizontal and two vertical edges about a text line high) and call it ticked when
its inside carries ink. The word positions come from pdfplumber (born-digital) or from the same
Tesseract pass that read the text (scans). A radio button is a ring, not a box: it is the blot
of ink just left of an option's first word, and chosen when its middle is filled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pdfplumber
from PIL import Image
from scipy import ndimage

from pipeline import choices

# Darker than this is ink. A scan turned straight again greys its thin box edges (one pixel
# of black spread over two), so the line is drawn well above a crisp page's half-way mark.
INK_THRESHOLD = 170
EDGE_SHARE = 0.55
TICK_INK_SHARE = 0.06
SEARCH_LINES = 4
KIND_REACH = 6

OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "obtain_method": (
        (r"^melihat", "melihat"),
        (r"^hardcopy", "salinan_hardcopy"),
        (r"^softcopy", "salinan_softcopy"),
        (r"^mendapatkan", "salinan"),
    ),
    "delivery_method": (
        (r"^mengambil", "mengambil_langsung"),
        (r"^kurir", "kurir"),
        (r"^pos$", "pos"),
        (r"^faksimil", "faksimili"),
        (r"^e-?mail$", "email"),
    ),
    "objection_reason_code": tuple((rf"^(?-i:{code})[.)]$", code) for code in "abcdefg"),
}


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    line: int
    confidence: float = 100.0  # Tesseract's, 0..100; a text layer's words are certain


def _edges(mask: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Indices of rows (axis=1) or columns (axis=0) holding an ink run of about ``length``."""
    lines = mask if axis == 1 else mask.T
    padded = np.pad(lines.astype(np.int32), ((0, 0), (1, 0)))
    sums = np.cumsum(padded, axis=1)
    window = sums[:, length:] - sums[:, :-length]
    return np.flatnonzero((window >= EDGE_SHARE * length).any(axis=1))


def _square(region: np.ndarray, height: int) -> tuple[int, int, int, int] | None:
    """The box nearest the word: four ink edges closing a square about a line high.

    Strokes of glyphs between box and word (an OCR'd "1." or a stray mark) also make vertical
    runs, so every right edge is tried, nearest the word first. Of the squares closing at one,
    the one with the most solid edges is the box: a tick's stroke inside it, or a table's rule
    beside it, closes squares too, with an edge of the box or the rule's own, but no such
    square is drawn as one.
    """
    side = max(3, round(0.6 * height))
    rows, columns = _edges(region, side, axis=1), _edges(region, side, axis=0)
    if len(rows) < 2 or len(columns) < 2:
        return None
    centre = region.shape[0] / 2
    for x1 in (int(c) for c in columns[::-1]):
        squares = []
        for x0 in (int(c) for c in columns if 0.5 * height <= x1 - c <= 1.8 * height):
            width = x1 - x0
            pairs = [
                (int(a), int(b)) for a in rows for b in rows if abs((b - a) - width) <= 0.25 * width
            ]
            for y0, y1 in pairs:
                sides = (region[y0, x0 : x1 + 1], region[y1, x0 : x1 + 1],
                         region[y0 : y1 + 1, x0], region[y0 : y1 + 1, x1])  # fmt: skip
                solid = min(edge.mean() for edge in sides)
                if solid >= EDGE_SHARE:
                    nearness = abs((y0 + y1) / 2 - centre)
                    squares.append((round(solid, 1), -nearness, -width, (y0, y1, x0, x1)))
        if squares:
            return max(squares)[3]
    return None


def box_state(gray: np.ndarray, word: Word) -> bool | None:
    """True ticked, False empty, None when there is no box left of ``word``."""
    height = max(4, round(word.bottom - word.top))
    top, bottom = max(0, round(word.top - height)), min(gray.shape[0], round(word.bottom + height))
    left, right = max(0, round(word.x0 - SEARCH_LINES * height)), max(0, round(word.x0))
    region = gray[top:bottom, left:right] < INK_THRESHOLD
    box = _square(region, height) if region.size else None
    if box is None:
        return None
    y0, y1, x0, x1 = box
    margin = max(2, round(0.18 * (x1 - x0)))
    inside = region[y0 + margin : y1 - margin + 1, x0 + margin : x1 - margin + 1]
    return bool(inside.size and inside.mean() > TICK_INK_SHARE)


# Options worded otherwise than the official form's ("salinan cetak", "diambil langsung",
# "dikirim e-mail"): what the words from the option's first on say, read as a letter's are.
PHRASED: dict[str, choices.Options] = {
    "obtain_method": choices.OBTAIN,
    "delivery_method": choices.DELIVERY,
}
PHRASE_WORDS = 3
BOX_READ = 2  # characters: what OCR makes of an empty box ("O", "[]", "LJ")
SENDING = r"(?:(?:di)?kirim(?:kan)?|melalui|via|lewat)"
SENT = re.compile(rf"(?i)^{SENDING}\s+(?:{SENDING}\s+|ke\s+)?")
SENDING_WORD = re.compile(rf"(?i)^{SENDING}$")
QUESTION = re.compile(r"(?i)cara$")
# ("Kode Pos 30790" in a letterhead names a postal code, no way of sending)
LABEL_WORD = re.compile(r"(?i)alamat$|nomor$|no\.?$|kode$")
FORM_WORDS = re.compile(
    r"cara\s+mem|cara\s+mendapatkan|cara\s+pe[nm]|alasan\s+keberatan"
    rf"|bentuk\s+informasi{choices.NOT_A_CATALOGUE_COLUMN}"
    r"|faksimil|kurir|kolom\s+pilih",
    re.I,
)
RENDER_DPI = 150


# A form that offers occupations as options to mark: an online form's question alone on its
# line ("Pekerjaan *") over its radio buttons, or a paper form's row naming two or more.
OCCUPATION_CHOICES = re.compile(
    r"(?im)^[\W\d]*pekerjaan[^\w\n]*$"
    r"|^[^\n]*\bpekerjaan\b(?=(?:[^\n]*?\b(?:PNS|Pelajar|Mahasiswa|Swasta|Wiraswasta|Petani"
    r"|Lainnya)\b){2})"
)


def has_options(text: str) -> bool:
    """Only pages that offer choices are looked at as images."""
    return bool(FORM_WORDS.search(text) or OCCUPATION_CHOICES.search(text))


def words_from_tsv(tsv: str) -> list[Word]:
    """Word boxes and confidences from Tesseract's TSV output (pixels of the image it read)."""
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            left, top, width, height = (int(cells[i]) for i in (6, 7, 8, 9))
            line = int(cells[2]) * 10_000 + int(cells[3]) * 100 + int(cells[4])
            confidence = max(0.0, float(cells[10]))
            words.append(Word(cells[11], left, top, left + width, top + height, line, confidence))
    return words


def pdf_page_view(pdf_path: str, index: int) -> tuple[Image.Image, list[Word]]:
    """A born-digital page to look at for marks: a render of it, and pdfplumber's words in the
    render's pixels."""
    scale = RENDER_DPI / 72
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[index]
        image = page.to_image(resolution=RENDER_DPI).original
        words = [
            Word(w["text"], w["x0"] * scale, w["top"] * scale, w["x1"] * scale, w["bottom"] * scale,
                 round(w["top"]))
            for w in page.extract_words()
        ]  # fmt: skip
    return image, words


def ticked_options(image: Image.Image, words: list[Word]) -> dict[str, str]:
    """field → chosen option, for every option group with a ticked box on this page."""
    gray = np.asarray(image.convert("L"))
    chosen: dict[str, str] = {}
    occupation = chosen_occupation(gray, words)
    if occupation:
        chosen["occupation"] = occupation
    rows = picked_rows(gray, words)
    if rows:
        chosen["information_requested"] = rows
    ticked: dict[str, list[str]] = {}
    for index, word in enumerate(words):
        for name, options in OPTIONS.items():
            value = next(
                (v for pattern, v in options if re.match(pattern, word.text, re.I)), None
            ) or _phrased(name, words, index)
            if value is None or (name == "objection_reason_code" and name in ticked):
                continue
            previous = words[index - 1] if index else None
            if previous and previous.line == word.line and QUESTION.match(previous.text):
                continue  # "Cara Mendapatkan Salinan": the question's label, not an option
            if previous and previous.line == word.line and previous.text.endswith("/"):
                continue  # a label's alternatives ("No. HP / Email"): its slash is no tick
            if _sent_by(words, index):
                continue  # "dikirim pos", "Dikirim ke e-mail": the option, and its box, begin
                # at "dikirim"
            if _labels_a_row(words, index):
                continue
            candidates = [word]
            if (
                previous is not None
                and previous.line == word.line
                and re.fullmatch(r"\d[.)]", previous.text)
            ):
                candidates.append(previous)
            if any(box_state(gray, candidate) for candidate in candidates):
                ticked.setdefault(name, []).append(_copy_kind(value, words, index))
    for name, values in ticked.items():
        one = _one_choice(values)
        if one:
            chosen[name] = one
    return chosen


def _one_choice(values: list[str]) -> str | None:
    """The option ticked, a copy's kind ticked in a box of its own below "Mendapatkan salinan"
    ("Hardcopy", "Softcopy") over the copy; none where boxes of two options hold ink (a bubble
    sheet prints each option's letter inside its bubble)."""
    kinds = set(values)
    if "salinan" in kinds and any(kind.startswith("salinan_") for kind in kinds):
        kinds.discard("salinan")
    return kinds.pop() if len(kinds) == 1 else None


OCCUPATION_QUESTION = re.compile(r"(?i)^\W*\d*\.?\s*pekerjaan\b")
CHOICE_LINES = 10  # lines below the question its options may take
OPTION_GAP = 1.2  # line heights between one option's words and the next option's: its mark
MARK_REACH = 3.5  # line heights left of an option's first word its mark stands in
MARK_SIZE = (0.5, 2.5)  # a mark's width and height, in line heights
FILLED_SHARE = 0.3  # ink in a mark's middle: a dot, a blackened bubble, a tick or a cross


def chosen_occupation(gray: np.ndarray, words: list[Word]) -> str | None:
    """The occupation a form's marked option names: the options after "Pekerjaan" (beside it
    or on the lines below, to the first line that opens with no mark), each with a radio
    button, a bubble or a box left of its words; the one option whose mark is filled."""
    start = next((i for i, word in enumerate(words) if OCCUPATION_QUESTION.match(word.text)), None)
    if start is None:
        return None
    height = float(np.median([_height(word) for word in words]))  # the page's line height
    options: list[tuple[bool, list[str]]] = []
    lines = [words[start].line]
    previous: Word | None = words[start]
    ended = None  # the line whose options ended before its end (a stamp, a column beside)
    column = 0.0  # where the first option's words begin
    for word in words[start + 1 :]:
        if word.line != lines[-1]:
            if len(lines) > CHOICE_LINES:
                break
            lines.append(word.line)
            previous = None
        if not re.search(r"[A-Za-z]{2}", word.text) or word.line == ended:
            continue  # a mark OCR read as a sign ("©", "(O", "@)"), or the question's "*"
        spaced = previous is not None and word.x0 - previous.x1 >= OPTION_GAP * height
        if previous is None or (spaced and not previous.text.endswith(":")):  # "Lainnya: …"
            state = _mark(gray, word, height)
            beside = bool(options) and word.x0 > column + OPTION_GAP * height
            if state is None and not (beside or (options and previous is not None)):
                break  # words with no mark before them: an answer written out, the next question
            if state is None:
                ended = word.line  # (a stamp's words, a note beside the options)
                continue
            column = column if options else word.x0
            options.append((state, [word.text]))
        elif options:
            options[-1][1].append(word.text)
        else:
            break
        previous = word
    filled = [texts for state, texts in options if state]
    if len(options) < 2 or len(filled) != 1:
        return None
    written = re.sub(r"(?i)^lainnya\s*:?\s*", "", " ".join(filled[0])).strip(" :")
    return written or None


# A catalogue's column of boxes to tick, headed "Pilih" at the end of its header row, beside
# the data sets it lists ("No | Kode | Jenis Data / Informasi | Pilih").
PICK_HEADER = re.compile(r"(?i)^(?:pilih(?:an)?|centang|tandai)$")
CATALOGUE_HEADER = re.compile(r"(?i)^(?:jenis|data|informasi|uraian|nama)\b")
CATALOGUE_ROWS = 30
ROW_MARK = re.compile(r"^\|?(?:\d{1,2}[.)]?|[A-Z]{1,4}-?\d{1,3})\|?$")  # its number and its code


def picked_rows(gray: np.ndarray, words: list[Word]) -> str | None:
    """The rows of a catalogue ticked in its "Pilih" column, their names joined by "; "."""
    header = next(
        (
            index
            for index, word in enumerate(words)
            if PICK_HEADER.match(word.text)
            and any(
                CATALOGUE_HEADER.match(other.text)
                for other in words
                if other.line == word.line and other.x1 < word.x0
            )
        ),
        None,
    )
    if header is None:
        return None
    column = words[header]
    rows: dict[int, list[Word]] = {}
    for word in words[header + 1 :]:
        if word.line != column.line and word.x1 < column.x0:
            rows.setdefault(word.line, []).append(word)
    picked = []
    for line in list(rows)[:CATALOGUE_ROWS]:
        cells = rows[line]
        probe = Word("", column.x1 + 2, cells[0].top, column.x1 + 3, cells[0].bottom, line)
        state = box_state(gray, probe)
        if state is None or not ROW_MARK.match(cells[0].text):
            break  # the table has ended ("C. Bentuk data …" below it)
        named = [word.text for word in cells if not ROW_MARK.match(word.text.strip("|"))]
        named = [text for text in named if text.strip("|")]
        if state and named:
            picked.append(" ".join(named))
    return "; ".join(picked) or None


def _height(word: Word) -> float:
    return max(4.0, word.bottom - word.top)


def _mark(gray: np.ndarray, word: Word, height: float) -> bool | None:
    """True filled, False empty, None when no mark stands just left of ``word``: the nearest
    blot of ink there, about a line (``height``) high and as wide as it is high."""
    top, bottom = max(0, round(word.top - 0.4 * height)), round(word.bottom + 0.4 * height)
    left, right = max(0, round(word.x0 - MARK_REACH * height)), max(0, round(word.x0 - 1))
    patch = gray[top:bottom, left:right]
    if not patch.size or patch.min() >= INK_THRESHOLD:
        return None
    # (a form printed in light grey: its ring, darker than the paper, is ink too)
    region = patch < max(INK_THRESHOLD, (int(patch.min()) + float(np.median(patch))) / 2)
    blots, count = ndimage.label(ndimage.binary_closing(region, iterations=2))
    if not count:  # a speck at the patch's edge, which the closing took away
        return None
    spans = ndimage.find_objects(blots)
    nearest = max(range(count), key=lambda index: spans[index][1].stop)
    rows, columns = spans[nearest]
    tall, wide = rows.stop - rows.start, columns.stop - columns.start
    low, high = (bound * height for bound in MARK_SIZE)
    if not (low <= tall <= high and low <= wide <= high and 0.7 <= tall / wide <= 1.4):
        return None
    middle = region[
        rows.start + round(0.3 * tall) : rows.stop - round(0.3 * tall),
        columns.start + round(0.3 * wide) : columns.stop - round(0.3 * wide),
    ]
    return bool(middle.size and middle.mean() > FILLED_SHARE)


def _sent_by(words: list[Word], index: int) -> bool:
    """Whether the word is the way of sending after "dikirim" ("dikirim pos"), or after
    "dikirim ke" ("Dikirim ke e-mail")."""
    before = [word for word in words[max(0, index - 2) : index] if word.line == words[index].line]
    if before and SENDING_WORD.match(before[-1].text):
        return True
    joined = len(before) == 2 and before[1].text.lower() in ("ke", "lewat", "via", "melalui")
    return joined and SENDING_WORD.match(before[0].text) is not None


def _phrased(name: str, words: list[Word], index: int) -> str | None:
    """The option the words from ``index`` on begin with, in a letter's wording: "salinan
    cetak", "diambil langsung", "dikirim pos"."""
    if name not in PHRASED:
        return None
    line = words[index].line
    phrase = " ".join(w.text for w in words[index : index + PHRASE_WORDS] if w.line == line)
    phrase = SENT.sub("", phrase.lower())
    value = next((value for value, pattern in PHRASED[name] if re.match(pattern, phrase)), None)
    return value if value and _in_a_choice(PHRASED[name], words, index) else None


def _in_a_choice(options: choices.Options, words: list[Word], index: int) -> bool:
    """Whether the word begins an option of a choice, not a sentence's words ("… dan fotokopi
    KTP"), where letters beside it may close a square: it opens its line (past the specks OCR
    makes of a box), or its line offers two options or more."""
    line = [word for word in words if word.line == words[index].line]
    before = [word for word in line if word.x0 < words[index].x0]
    if all(len(word.text) <= BOX_READ for word in before):
        return True
    return len(choices.named(" ".join(word.text for word in line), options)) >= 2


def _labels_a_row(words: list[Word], index: int) -> bool:
    """Whether the option's word stands in a row's label ("Alamat E-mail :"), where a box found
    beside it is the letters of the label around it."""
    word = words[index]
    previous = words[index - 1] if index else None
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        (
            previous is not None
            and previous.line == word.line
            and LABEL_WORD.match(previous.text) is not None
        )
        or word.text.endswith(":")
        or (following is not None and following.line == word.line and following.text[:1] == ":")
    )


def _copy_kind(value: str, words: list[Word], index: int) -> str:
    """'Mendapatkan salinan informasi (hardcopy)': the kind of copy named further along the
    ticked option's line; a line naming both ('(hardcopy/softcopy)') says no kind."""
    if value != "salinan":
        return value
    line = " ".join(
        word.text
        for word in words[index + 1 : index + KIND_REACH]
        if word.line == words[index].line
    )
    kinds = [kind for kind in choices.named(line, choices.OBTAIN) if kind.startswith("salinan_")]
    return kinds[0] if len(kinds) == 1 else value
