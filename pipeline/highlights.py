"""Lines a reader marked with a highlighter pen: the rows of the office's own Daftar Informasi
Publik an applicant sends back with "yang saya tandai", the copies they want.

Tesseract's global threshold takes a yellow ground for ink and drops the words printed on it,
so the page is read from a copy with the highlighter's colour painted white; the marked
stretches are then found as patches of that colour, and the words standing in each are one
row. Only a colour page shows the ink; a grey or bilevel copy keeps no trace of it that
tells a highlight from a table's shaded header.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image
from scipy import ndimage

from pipeline.checkboxes import Word, has_options, ticked_options

# A highlighter's colour: light, red and green both well above blue (yellow, orange, lime).
# Paper tint and a yellowed page are light but barely short of blue; a red stamp or a blue pen
# has one channel low.
LIGHT = 150
BLUE_SHARE = 0.75
SAMPLE = 4
MIN_SHARE = 0.002  # of the page: less is a speck of colour in a logo or a photograph
RIM = 2  # pixels: a patch's edge, blended into the paper, that OCR reads as a dash
STRETCH = 2.2  # a stroke on the ground is ~100 below its green; print is 225 below white
SLIVER = 0.5  # of the patch's words' median height
GROUND_SHARE = 0.3  # of a word's box: the rest is its strokes, and its lines' spacing
PATCH_HEIGHT = 0.6  # of a word's height: a patch lower than this is an underline
PATCH_WORDS = 2  # a patch holds at least this many words' width
CATALOGUE = re.compile(r"(?i)daftar\s+informasi|ringkasan\s+(?:isi\s+)?informasi|jenis\s+informasi")
RULE_READ = re.compile(r"^[\s|—–_.:;,-]+|[\s|—–_.:;,-]+$")  # a cell's rule beside the row


def may_be_marked(text: str) -> bool:
    """Only pages that offer choices, or list what may be asked for, are looked at as images."""
    return has_options(text) or CATALOGUE.search(text) is not None


def page_marks(
    image: Image.Image, words: list[Word], text: str, ink: np.ndarray | None = None
) -> dict[str, str]:
    """field → value for what a reader marked on the page: ticked boxes, and highlighted rows
    of a catalogue where no box picks any; ``ink`` as ``highlighter_ink`` found it."""
    marks = ticked_options(image, words) if has_options(text) else {}
    if CATALOGUE.search(text) and "information_requested" not in marks:
        rows = highlighted_rows(highlighter_ink(image) if ink is None else ink, words)
        if rows:
            marks["information_requested"] = rows
    return marks


def highlighter_ink(image: Image.Image) -> np.ndarray | None:
    """Where a colour page carries highlighter ink, or None when it carries too little."""
    if image.mode != "RGB":
        return None
    if not _marked(np.asarray(image)[::SAMPLE, ::SAMPLE]).mean() >= MIN_SHARE:
        return None
    return _marked(np.asarray(image))


def _marked(rgb: np.ndarray) -> np.ndarray:
    red, green, blue = (rgb[..., channel].astype(np.int16) for channel in range(3))
    return (red > LIGHT) & (green > LIGHT) & (blue < BLUE_SHARE * np.minimum(red, green))


def without_highlights(image: Image.Image, ink: np.ndarray | None) -> Image.Image | None:
    """A copy of ``image`` with the highlighter's ground white and the words on it black; None
    when it has none.

    On the ground the words are dark yellow, not black, and their blended edges are ground
    colour: each marked pixel is given the grey its green channel says (a JPEG keeps green
    sharpest), stretched so that the ground's green is white and a stroke's is as dark as print.
    """
    if ink is None:
        return None
    cleaned = np.array(image)
    marked = ndimage.binary_fill_holes(ndimage.binary_dilation(ink, iterations=RIM))
    green = cleaned[..., 1].astype(np.float32)
    ground = float(np.median(green[ink]))
    grey = np.clip(255 - STRETCH * (ground - green[marked]), 0, 255).astype(np.uint8)
    cleaned[marked] = grey[:, None]
    return Image.fromarray(cleaned)


def highlighted_rows(ink: np.ndarray | None, words: list[Word]) -> str | None:
    """The highlighted rows of a page, top to bottom, joined by "; "."""
    if ink is None:
        return None
    patches, _ = ndimage.label(ink)  # a table's rule between two marked rows parts them
    extents = ndimage.find_objects(patches)
    marked: dict[int, list[Word]] = {}
    for word in words:
        patch = _patch_under(patches, word)
        if patch:
            marked.setdefault(patch, []).append(word)
    rows = [
        RULE_READ.sub("", " ".join(word.text for word in _lettered(inside)))
        for patch, inside in sorted(marked.items(), key=lambda item: item[1][0].top)
        if _a_row(extents[patch - 1], inside[0])
    ]
    return "; ".join(row for row in rows if row) or None


def _patch_under(patches: np.ndarray, word: Word) -> int:
    """The patch that makes most of the ground of ``word``'s box, 0 where none makes enough."""
    box = patches[round(word.top) : round(word.bottom) + 1, round(word.x0) : round(word.x1) + 1]
    counts = np.bincount(box.ravel())
    counts[0] = 0
    patch = int(counts.argmax())
    return patch if counts[patch] >= GROUND_SHARE * box.size else 0


def _lettered(inside: list[Word]) -> list[Word]:
    """The words of a patch but the slivers a table's rule or the patch's edge reads as."""
    height = float(np.median([word.bottom - word.top for word in inside]))
    return [word for word in inside if word.bottom - word.top >= SLIVER * height]


def _a_row(extent: tuple[slice, slice], word: Word) -> bool:
    """A patch as high as its words and as wide as a few of them: no underline or speck."""
    rows, columns = extent
    height = max(1.0, word.bottom - word.top)
    return (
        rows.stop - rows.start >= PATCH_HEIGHT * height
        and columns.stop - columns.start >= PATCH_WORDS * height
    )
