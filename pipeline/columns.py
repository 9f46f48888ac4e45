"""Two columns read across: put the left one before the right one.

Tesseract (``--psm 4``) and pdfplumber read a page line by line across its whole width. Where a
page runs in two columns of their own line pitch (a landscape form's two panels, a letter with a
summary sidebar), a line of one column lands between two lines of the other, and a sentence or
an address is cut in two ("… per TPS di Kecamatan" / "NIK : 1671…" / "Indralaya Utara"). This
module finds such a run of lines and gives the page's lines again, the left column's before the
right one's.

A label column beside its values is no such run: its left side holds labels, not lines of four
words and more; and a table's rows keep their order because its right side is short cells.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from statistics import median

from pipeline.checkboxes import Word

# Words further apart than this share of the page width, on one line, are in different columns.
GUTTER_GAP = 0.025
# Where a gutter may run, as shares of the page width, and the step its position is tried in.
GUTTER_FROM, GUTTER_TO, GUTTER_STEP = 0.2, 0.8, 0.005
MIN_RUN_LINES = 6
# A band this many text heights high, blank across the page, ends a run: a letterhead's name
# beside its address is one block, the letter's number beside its date the next.
BLANK_BAND = 1.5
# Two parts of one OCR line whose tops differ by less than this share of a text height sit on a
# common baseline: a row of a form or a table, not two columns meeting by chance.
SAME_BASELINE = 0.3
MIN_SIDE_LINES = 4
MIN_ONE_SIDED = 2  # lines on each side alone: columns of their own pitch interleave
MIN_UNPAIRED_SHARE = 0.5
LONG_LEFT_WORDS, MIN_LONG_LEFT_SHARE = 4, 0.4
LONG_RIGHT_WORDS, MIN_LONG_RIGHT_SHARE = 3, 0.3
MIN_RIGHT_WIDTH = 0.18


@dataclass(frozen=True)
class _Run:
    first: int
    end: int
    gutter: float


def lines_of(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into their lines, in reading order (``Word.line`` numbers a line)."""
    lines: list[list[Word]] = []
    for word in words:
        if lines and lines[-1][0].line == word.line:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def reading_order(lines: Sequence[Sequence[Word]], width: float) -> list[list[Word]] | None:
    """The lines with a two-column run's left parts before its right parts; None when the page
    has no such run."""
    run = _two_column_run(lines, width)
    if run is None:
        return None
    inside = lines[run.first : run.end]
    left = [[word for word in line if word.x1 <= run.gutter] for line in inside]
    right = [[word for word in line if word.x1 > run.gutter] for line in inside]
    middle = [line for line in left + right if line]
    return (
        [list(line) for line in lines[: run.first]]
        + middle
        + [list(line) for line in lines[run.end :]]
    )


def _blocks(line: Sequence[Word], width: float) -> list[tuple[float, float]]:
    """The stretches of a line, cut where its words stand a gutter apart."""
    stretches = [(line[0].x0, line[0].x1)]
    for word in line[1:]:
        start, end = stretches[-1]
        if word.x0 - end > GUTTER_GAP * width:
            stretches.append((word.x0, word.x1))
        else:
            stretches[-1] = (start, max(end, word.x1))
    return stretches


def _two_column_run(lines: Sequence[Sequence[Word]], width: float) -> _Run | None:
    """The longest run of lines, between blank bands, that a gutter parts into two columns."""
    if len(lines) < MIN_RUN_LINES:
        return None
    height = median(word.bottom - word.top for line in lines for word in line)
    blocks = [_blocks(line, width) for line in lines]
    best: _Run | None = None
    steps = round((GUTTER_TO - GUTTER_FROM) / GUTTER_STEP)
    for step in range(steps + 1):
        gutter = width * (GUTTER_FROM + step * GUTTER_STEP)
        for first, end in _clear_runs(blocks, gutter):
            for band_first, band_end in _bands(lines, first, end, height):
                longer = best is None or band_end - band_first > best.end - best.first
                if longer and _columns(lines[band_first:band_end], gutter, width, height):
                    best = _Run(band_first, band_end, gutter)
    return best


def _clear_runs(
    blocks: list[list[tuple[float, float]]], gutter: float
) -> Iterator[tuple[int, int]]:
    """Runs of consecutive lines no stretch of which crosses ``gutter``."""
    first = None
    for index, stretches in enumerate([*blocks, [(gutter - 1, gutter + 1)]]):
        crossed = any(start < gutter < end for start, end in stretches)
        if crossed and first is not None:
            if index - first >= MIN_RUN_LINES:
                yield first, index
            first = None
        elif not crossed and first is None:
            first = index


def _bands(
    lines: Sequence[Sequence[Word]], first: int, end: int, height: float
) -> Iterator[tuple[int, int]]:
    """The run cut where the page is blank across both columns."""
    start, bottom = first, max(word.bottom for word in lines[first])
    for index in range(first + 1, end):
        top = min(word.top for word in lines[index])
        if top - bottom > BLANK_BAND * height:
            yield start, index
            start = index
        bottom = max(bottom, *(word.bottom for word in lines[index]))
    yield start, end


def _columns(run: Sequence[Sequence[Word]], gutter: float, width: float, height: float) -> bool:
    """Whether the run reads as two columns of text at ``gutter``: each side has lines of its
    own, most lines are not rows pairing a left and a right part, the left side holds more than
    labels and the right side more than a table's short cells."""
    if len(run) < MIN_RUN_LINES:
        return False
    lefts, rights = [], []
    left_only = right_only = unpaired = 0
    for line in run:
        left = [word for word in line if word.x1 <= gutter]
        right = [word for word in line if word.x1 > gutter]
        lefts += [left] if left else []
        rights += [right] if right else []
        left_only += bool(left) and not right
        right_only += bool(right) and not left
        unpaired += not (left and right) or not _same_baseline(left, right, height)
    return (
        min(left_only, right_only) >= MIN_ONE_SIDED
        and min(len(lefts), len(rights)) >= MIN_SIDE_LINES
        and unpaired >= MIN_UNPAIRED_SHARE * len(run)
        and _share(lefts, LONG_LEFT_WORDS) >= MIN_LONG_LEFT_SHARE
        and _share(rights, LONG_RIGHT_WORDS) >= MIN_LONG_RIGHT_SHARE
        and max(part[-1].x1 - part[0].x0 for part in rights) >= MIN_RIGHT_WIDTH * width
    )


def _same_baseline(left: list[Word], right: list[Word], height: float) -> bool:
    offset = abs(median(word.top for word in left) - median(word.top for word in right))
    return offset <= SAME_BASELINE * height


def _share(parts: list[list[Word]], words: int) -> float:
    return sum(len(part) >= words for part in parts) / len(parts)
