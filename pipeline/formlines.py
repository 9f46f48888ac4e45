"""Dashed and dotted leader lines, found on a page image and whitened for OCR.

A form's answers are typed or written on leader lines ("Nama : ------------"). Tesseract's page
layout takes a row of short dashes touching the letters above it for a graphic and drops the
whole row, answer and all. So before recognition the leaders are found and painted over in the
copy Tesseract reads (the archived page keeps them, as OCRmyPDF's ``--clean`` does).

A leader is a chain of thin marks on one row: at least ``LEADER_MIN_MARKS`` of them, each no
taller than ``THIN_INCHES``, most of them close to the next, ``LEADER_MIN_INCHES`` long at
least. A solid rule is left alone (Tesseract handles those), and so are a sentence's hyphens,
full stops and i-dots.

A letter written on ruled paper (kertas folio bergaris) is another matter: its printed lines run
under every line of handwriting, and once the page is turned to deskew it they cross the letters
in steps that Tesseract reads as ink of theirs. A page with at least ``MIN_RULED_LINES`` lines
across most of its width is ruled paper; its lines, and the margin rule down it, are whitened in
the copy Tesseract reads and in the copy its skew is measured on (the lines are the paper's, the
skew to correct is the writing's).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import NamedTuple

import numpy as np
from PIL import Image
from scipy import ndimage

# Ink is anything this much darker than the paper: the leaders of a light scan are grey.
INK_CONTRAST = 45
THIN_INCHES = 0.03
# Narrower marks are the scanner's specks; a leader's dots are wider than that.
MARK_MIN_INCHES = 0.01
# A chain goes on across a gap this wide, where dashes are lost in the descenders above them,
MARK_GAP_INCHES = 0.3
# but it is a leader only if its marks mostly follow each other this closely: a line of text's
# i-dots, full stops and hyphens are further apart.
LEADER_PITCH_INCHES = 0.06
# How far a leader may drift from one mark to the next: a page deskewed to a tenth of a degree.
ROW_TOLERANCE_INCHES = 0.015
LEADER_MIN_MARKS = 6
# A form's shortest leader, for a date or a signature's name, is longer than this; a word's
# full stop and i-dots that happen to line up with a few specks are not.
LEADER_MIN_INCHES = 0.75
# A ruled paper's line, found as ink this long on one pixel row, and at least this share of
# the page across (its margin rule: of the page down); a page needs this many of them.
RULE_PIECE_INCHES = 0.5
RULE_MIN_SHARE = 0.85
MIN_RULED_LINES = 8
RULE_CONTRAST = 20
# How far above and below a ruled line writing that crosses it is looked for.
CROSSING_INCHES = 0.03


class _Mark(NamedTuple):
    left: int
    top: int
    right: int
    bottom: int

    @property
    def row(self) -> float:
        return (self.top + self.bottom) / 2


def _thin_marks(ink: np.ndarray, dpi: int) -> list[_Mark]:
    """Connected ink components no taller than a leader, left to right."""
    labels, _ = ndimage.label(ink)
    thin, narrow = THIN_INCHES * dpi, MARK_MIN_INCHES * dpi
    marks = [
        _Mark(columns.start, rows.start, columns.stop, rows.stop)
        for rows, columns in ndimage.find_objects(labels)
        if rows.stop - rows.start <= thin and columns.stop - columns.start >= narrow
    ]
    return sorted(marks)


def _leaders(marks: list[_Mark], dpi: int) -> list[list[_Mark]]:
    """The chains of marks, left to right on one row, that are leader lines.

    Chains are kept in buckets of rows, so a speckled page's thousands of marks cost one look at
    the few chains near each mark; a chain the scan has moved past is settled when next seen.
    """
    gap, tolerance = MARK_GAP_INCHES * dpi, ROW_TOLERANCE_INCHES * dpi
    buckets: dict[int, list[list[_Mark]]] = defaultdict(list)
    settled: list[list[_Mark]] = []
    for mark in marks:
        bucket = round(mark.row / tolerance)
        nearby: list[list[_Mark]] = []
        for key in (bucket - 1, bucket, bucket + 1):
            going_on = [chain for chain in buckets[key] if mark.left - chain[-1].right <= gap]
            settled.extend(chain for chain in buckets[key] if mark.left - chain[-1].right > gap)
            buckets[key] = going_on
            nearby.extend(chain for chain in going_on if abs(chain[-1].row - mark.row) <= tolerance)
        if nearby:
            chain = min(nearby, key=lambda candidate: abs(candidate[-1].row - mark.row))
            buckets[round(chain[-1].row / tolerance)].remove(chain)
            chain.append(mark)  # the chain follows a line that is not quite level
        else:
            chain = [mark]
        buckets[bucket].append(chain)
    settled.extend(chain for chains in buckets.values() for chain in chains)
    pitch, shortest = LEADER_PITCH_INCHES * dpi, LEADER_MIN_INCHES * dpi
    return [
        chain
        for chain in settled
        if len(chain) >= LEADER_MIN_MARKS
        and chain[-1].right - chain[0].left >= shortest
        and _gap(chain) <= pitch
    ]


def _gap(chain: list[_Mark]) -> float:
    """The median gap between a chain's marks."""
    gaps = [after.left - before.right for before, after in itertools.pairwise(chain)]
    return float(np.median(gaps))


def ink_of(gray: np.ndarray) -> np.ndarray:
    """The page's ink: what is ``INK_CONTRAST`` darker than the paper, whose grey is the median
    of a sample of the page (as good as the whole, and sixteen times quicker)."""
    return gray < float(np.median(gray[::4, ::4])) - INK_CONTRAST


def without_leaders(image: Image.Image, dpi: int) -> Image.Image | None:
    """A copy of ``image`` with its leader lines painted white, or None when it has none.

    The band of a leader is painted from mark to mark, gaps included: where a dash touches a
    letter's descender it is part of the letter's ink and no mark of its own, but it is still
    cut off the letter.
    """
    gray = np.asarray(image.convert("L"))
    leaders = _leaders(_thin_marks(ink_of(gray), dpi), dpi)
    if not leaders:
        return None
    cleaned = np.array(image)
    for chain in leaders:
        for mark, following in itertools.pairwise(chain):
            top, bottom = min(mark.top, following.top), max(mark.bottom, following.bottom)
            cleaned[max(0, top - 1) : bottom + 1, mark.left : following.right] = 255
    # 255 is white in "L" and "RGB", and True (white) in a bilevel "1" page
    return Image.fromarray(cleaned)


def without_ruling(image: Image.Image, dpi: int) -> Image.Image | None:
    """A copy of ``image`` with a ruled paper's lines and margin rule painted white, or None
    when the page is no ruled paper (looked for at half the size first: most pages are none)."""
    gray = np.asarray(image.convert("L"))
    ink = gray < float(np.median(gray[::4, ::4])) - RULE_CONTRAST  # a ruled line is printed pale
    piece = max(2, int(RULE_PIECE_INCHES * dpi))
    rows = ink.shape[0] // 2 * 2
    halved = ink[:rows:2, ::2] | ink[1:rows:2, ::2]
    if _long_lines(_runs(halved, piece // 2), axis=1)[1] < MIN_RULED_LINES:
        return None
    across, count = _long_lines(_runs(ink, piece), axis=1)
    if count < MIN_RULED_LINES:
        return None
    down, _ = _long_lines(_runs(ink.T, piece).T, axis=0)
    lines = ndimage.binary_dilation(across | down)  # with the grey edges a scan gives them
    cleaned = np.array(image)
    cleaned[lines & ~_crossed(ink & ~lines, lines, dpi)] = 255
    return Image.fromarray(cleaned)


def _crossed(strokes: np.ndarray, lines: np.ndarray, dpi: int) -> np.ndarray:
    """Where writing crosses a ruled line: ink just above it and just below it (a descender,
    a letter's stem) keeps the line's pixels between, so the letter is not cut in two."""
    half = max(1, int(CROSSING_INCHES * dpi / 2))
    column = np.ones((2 * half + 1, 1), bool)  # a stroke's pixel marks 2 * half pixels beyond
    above = ndimage.binary_dilation(strokes, column, origin=(-half, 0))
    below = ndimage.binary_dilation(strokes, column, origin=(half, 0))
    return above & below & lines


def _runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The ink that lies in a run at least ``length`` long along its row (a morphological
    opening with a line, in two cumulative sums rather than ``length`` shifts)."""
    width = ink.shape[1]
    if width < length:
        return np.zeros_like(ink)
    sums = np.pad(np.cumsum(ink, axis=1, dtype=np.int32), ((0, 0), (1, 0)))
    starts = np.zeros(ink.shape, np.int32)
    starts[:, : width - length + 1] = (sums[:, length:] - sums[:, :-length]) == length
    started = np.cumsum(starts, axis=1, dtype=np.int32)  # runs begun at or before a column
    covered = started.copy()
    covered[:, length:] -= started[:, :-length]  # less those that ended before it
    return covered > 0


def _long_lines(pieces: np.ndarray, axis: int) -> tuple[np.ndarray, int]:
    """The connected runs of ``pieces`` that reach across ``RULE_MIN_SHARE`` of the page along
    ``axis`` (1: across, 0: down), and how many there are. A slightly skewed line is one run:
    its pieces on neighbouring rows touch."""
    labels, count = ndimage.label(pieces, np.ones((3, 3), bool))
    length = pieces.shape[axis] * RULE_MIN_SHARE
    long_lines = np.zeros(count + 1, bool)
    for number, found in enumerate(ndimage.find_objects(labels), start=1):
        long_lines[number] = found[axis].stop - found[axis].start >= length
    return long_lines[labels], int(long_lines.sum())
