"""Comb fields: the row of boxes a form gives a number, one box for each digit (a NIK's 16).

Tesseract reads a comb's walls as strokes between the digits, "1", "l" or "|", and a NIK
written by hand in one comes out as garbage, label and all. A comb is found on the page image
instead: one connected mark, a line of text high and many times as wide, with a top rule and a
bottom one that at least ``COMB_MIN_WALLS`` walls join. Its walls and rules are
whitened in a copy of it, and the digits left standing in a row are for a second reader
(pipeline.verify).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PIL import Image
from scipy import ndimage

from pipeline.formlines import ink_of

COMB_MIN_INCHES = 0.12
COMB_MAX_INCHES = 0.5
COMB_MIN_WIDTH_INCHES = 1.5
# A comb is many times wider than high; a box round one word is not.
COMB_MIN_ASPECT = 6
COMB_MIN_WALLS = 8
# A wall runs from the top rule to the bottom one; a digit "1" written in a box does not.
WALL_SHARE = 0.9
# Of the comb's copy, a column or row this inked is a wall or a rule, whatever a digit adds.
RULE_SHARE = 0.8
# The grey edge a scan leaves beside a wall goes with it.
RULE_RIM = 2
# White round the digits, as a second reader expects a word's crop to have.
MARGIN = 10
SPECK_PIXELS = 12
# Digits set close are an eighth of their box's height apart, as written digits are.
DIGIT_GAP = 8


class Comb(NamedTuple):
    left: int
    top: int
    right: int
    bottom: int
    # The rows of its top rule and its bottom one: digits written across them reach further.
    rule_top: int
    rule_bottom: int
    boxes: int


def find_combs(image: Image.Image, dpi: int) -> list[Comb]:
    """The page's combs, top to bottom."""
    ink = ink_of(np.asarray(image.convert("L")))
    labels, _ = ndimage.label(ink)
    combs = []
    for label, (rows, columns) in enumerate(ndimage.find_objects(labels), start=1):
        height, width = rows.stop - rows.start, columns.stop - columns.start
        if not (
            COMB_MIN_INCHES * dpi <= height <= COMB_MAX_INCHES * dpi
            and width >= max(COMB_MIN_WIDTH_INCHES * dpi, COMB_MIN_ASPECT * height)
        ):
            continue
        mark = labels[rows, columns] == label
        rules = np.flatnonzero(mark.mean(axis=1) >= RULE_SHARE)
        if len(rules) < 2:  # a comb has a top rule and a bottom one
            continue
        walls = _runs(_walls(mark, rules[0], rules[-1]))
        if walls >= COMB_MIN_WALLS:
            top, bottom = rows.start + rules[0], rows.start + rules[-1]
            combs.append(
                Comb(columns.start, rows.start, columns.stop, rows.stop, top, bottom, walls - 1)
            )
    return sorted(combs, key=lambda comb: comb.top)


def _walls(ink: np.ndarray, rule_top: int, rule_bottom: int) -> np.ndarray:
    """The columns a comb's walls stand in: inked from its top rule to its bottom one."""
    return ink[rule_top : rule_bottom + 1].mean(axis=0) >= WALL_SHARE


def _runs(flags: np.ndarray) -> int:
    """How many runs of True ``flags`` holds: a wall is a few columns wide."""
    return int(np.count_nonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))) == 1))


def digits_of(image: Image.Image, comb: Comb) -> tuple[Image.Image, Image.Image]:
    """The digits written in ``comb``, its walls, rules and specks gone: set side by side as a
    number is written, and as they stand in their boxes. A second reader trained on lines of
    text reads most hands best set close (a box apart, it reads thin strokes as separate marks
    and drops some); a few it reads better as they stand."""
    gray = np.array(image.convert("L").crop((comb.left, comb.top, comb.right, comb.bottom)))
    ink = ink_of(gray)
    walls = _walls(ink, comb.rule_top - comb.top, comb.rule_bottom - comb.top)
    rules = np.zeros_like(ink)
    rules[:, walls] = True
    rules[ink.mean(axis=1) >= RULE_SHARE, :] = True
    gray[ndimage.binary_dilation(rules, iterations=RULE_RIM)] = 255
    gray[_specks(ink_of(gray))] = 255
    digits = [_trimmed(gray[:, cell]) for cell in _cells(walls) if ink_of(gray[:, cell]).any()]
    return _in_a_row(digits, gray.shape[0] // DIGIT_GAP), _in_a_row([gray])


def _in_a_row(pieces: list[np.ndarray], gap: int = 0) -> Image.Image:
    """``pieces`` of one height side by side, ``gap`` apart, on white with a margin."""
    height = pieces[0].shape[0] if pieces else 1
    width = sum(piece.shape[1] for piece in pieces) + gap * max(0, len(pieces) - 1)
    row = Image.new("L", (width + 2 * MARGIN, height + 2 * MARGIN), 255)
    left = MARGIN
    for piece in pieces:
        row.paste(Image.fromarray(piece), (left, MARGIN))
        left += piece.shape[1] + gap
    return row


def _specks(ink: np.ndarray) -> np.ndarray:
    """The scanner's specks among the digits: marks of a few pixels, which would be read as
    full stops and would widen a box's digit to the box."""
    labels, count = ndimage.label(ink)
    sizes = ndimage.sum_labels(ink, labels, index=np.arange(1, count + 1))
    return np.isin(labels, np.flatnonzero(sizes < SPECK_PIXELS) + 1)


def _trimmed(cell: np.ndarray) -> np.ndarray:
    """A box's columns from the first inked one to the last: the digit written in it."""
    inked = np.flatnonzero(ink_of(cell).any(axis=0))
    return cell[:, inked[0] : inked[-1] + 1]


def _cells(walls: np.ndarray) -> list[slice]:
    """The columns between walls."""
    edges = np.flatnonzero(np.diff(np.concatenate(([1], walls.astype(np.int8), [1]))))
    return [slice(start, stop) for start, stop in zip(edges[::2], edges[1::2], strict=True)]
