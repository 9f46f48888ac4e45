"""Comb fields: the row of boxes a form gives a number, one box for each digit (a NIK's 16).

Tesseract reads a comb's walls as strokes between the digits, "1", "l" or "|", and a NIK
written by hand in one comes out as garbage, label and all. A comb is found on the page image
instead: at least ``COMB_MIN_WALLS`` upright strokes of one height, a line of text high, in a
row many times as wide, joined by a top rule and a bottom one. Its walls and rules are
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
# A wall is a thin stroke; the next one stands within this many of its heights.
WALL_MAX_INCHES = 0.05
BOX_MAX_ASPECT = 2
# How far the walls of one comb may differ in their ends: a page deskewed to a tenth of a degree.
ROW_TOLERANCE_INCHES = 0.03
# A wall runs from the top rule to the bottom one; a digit "1" written in a box does not.
WALL_SHARE = 0.9
# Of the comb's copy, a column or row this inked is a wall or a rule, whatever a digit adds.
RULE_SHARE = 0.8
# A rule tilted by a quarter of a degree across a comb spreads over a twelfth of its height.
SKEW_SHARE = 1 / 12
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
    """The page's combs, top to bottom. A comb is found by its walls, not as a mark of its own:
    inside a form's table its rules touch the row's, and a received stamp may lie across it."""
    ink = ink_of(np.asarray(image.convert("L")))
    combs = []
    for run in _wall_runs(_upright_strokes(ink, dpi), dpi):
        comb = _comb(ink, run, dpi)
        if comb is not None:
            combs.append(comb)
    return sorted(combs, key=lambda comb: comb.top)


class _Stroke(NamedTuple):
    top: int
    bottom: int
    left: int
    right: int


def _upright_strokes(ink: np.ndarray, dpi: int) -> list[_Stroke]:
    """The upright strokes a comb's height: its walls, and digits such as a "1"."""
    lowest = round(COMB_MIN_INCHES * dpi)
    upright = ndimage.binary_opening(ink, structure=np.ones((max(2, lowest * 4 // 5), 1)))
    labels, _ = ndimage.label(upright)
    strokes = [
        _Stroke(rows.start, rows.stop, columns.start, columns.stop)
        for rows, columns in ndimage.find_objects(labels)
    ]
    return [
        stroke
        for stroke in strokes
        if lowest <= stroke.bottom - stroke.top <= COMB_MAX_INCHES * dpi
        and stroke.right - stroke.left <= WALL_MAX_INCHES * dpi
    ]


def _wall_runs(strokes: list[_Stroke], dpi: int) -> list[list[_Stroke]]:
    """Strokes of one height standing in a row, each at most ``BOX_MAX_ASPECT`` heights from
    the next, ``COMB_MIN_WALLS`` of them at least."""
    reach = max(3, round(ROW_TOLERANCE_INCHES * dpi))
    runs: list[list[_Stroke]] = []
    for stroke in sorted(strokes, key=lambda stroke: stroke.left):
        height = stroke.bottom - stroke.top
        run = next(
            (
                run
                for run in runs
                if abs(run[-1].top - stroke.top) <= reach
                and abs(run[-1].bottom - stroke.bottom) <= reach
                and stroke.left - run[-1].left <= BOX_MAX_ASPECT * height
            ),
            None,
        )
        if run is None:
            runs.append([stroke])
        else:
            run.append(stroke)
    return [run for run in runs if len(run) >= COMB_MIN_WALLS]


def _comb(ink: np.ndarray, run: list[_Stroke], dpi: int) -> Comb | None:
    """The comb whose walls ``run`` holds: a top rule and a bottom one across them, and the
    digits written across a rule reaching further."""
    top, bottom = min(wall.top for wall in run), max(wall.bottom for wall in run)
    left, right = run[0].left, run[-1].right
    height = bottom - top
    if right - left < max(COMB_MIN_WIDTH_INCHES * dpi, COMB_MIN_ASPECT * height):
        return None
    rules = np.flatnonzero(_ruled_rows(ink[top:bottom, left:right], height))
    if len(rules) < 2:  # a comb has a top rule and a bottom one
        return None
    rule_top, rule_bottom = top + rules[0], top + rules[-1]
    left, right = _along_rules(ink, rule_top, rule_bottom, left, right)
    walls = _runs(_walls(ink[:, left:right], rule_top, rule_bottom))
    if walls < COMB_MIN_WALLS:
        return None
    window_top, window_bottom = max(0, top - height // 2), bottom + height // 2
    marks, _ = ndimage.label(ink[window_top:window_bottom, left:right])
    inside = np.unique(marks[rule_top - window_top : rule_bottom - window_top + 1])
    rows = np.flatnonzero(np.isin(marks, inside[inside > 0]).any(axis=1))
    return Comb(
        left,
        window_top + int(rows[0]),
        right,
        window_top + int(rows[-1]) + 1,
        int(rule_top),
        int(rule_bottom),
        walls - 1,
    )


def _along_rules(
    ink: np.ndarray, rule_top: int, rule_bottom: int, left: int, right: int
) -> tuple[int, int]:
    """``left`` and ``right`` moved out to where the comb's rules end, past an end wall a stamp
    or a table's line touching it hid from ``_upright_strokes``."""
    reach = BOX_MAX_ASPECT * (rule_bottom - rule_top)
    top_rule = np.asarray(ink[rule_top : rule_top + 2].any(axis=0))
    ruled = top_rule & np.asarray(ink[rule_bottom - 1 : rule_bottom + 1].any(axis=0))
    start, stop = left, right
    while start > max(0, left - reach) and ruled[start - 1]:
        start -= 1
    while stop < min(len(ruled), right + reach) and ruled[stop]:
        stop += 1
    return start, stop


def _ruled_rows(ink: np.ndarray, height: int) -> np.ndarray:
    """The rows a comb ``height`` high has its rules in, a rule tilted by what deskewing left
    spreading over a few rows: each row with the ``SKEW_SHARE`` of the height below it."""
    slack = max(1, round(height * SKEW_SHARE))
    spread = ndimage.maximum_filter1d(ink.astype(np.uint8), size=slack + 1, axis=0, origin=0)
    return np.asarray(spread.mean(axis=1) >= RULE_SHARE)


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
    rules[_ruled_rows(ink, comb.rule_bottom - comb.rule_top), :] = True
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
