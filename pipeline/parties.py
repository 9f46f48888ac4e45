"""An identity table of two people side by side, the applicant and the proxy who files for them
("Uraian | Pemberi Kuasa (Pemohon) | Penerima Kuasa") or the first and the second of two who ask
together ("PEMOHON I | PEMOHON II"), read as the applicant's alone: the first named is the one
the register records.

Read across the page, each row gives both values one after the other ("Nama Kgs. Syarifuddin
Agus Dharma Fauzi") and no one could tell where one name ends. The other party's column is known
by its heading; each row parts at the gap between two cells where that column may begin, its
words right of the gap are left out, and the table ends at the first line that does not part
where the rows above did (the prose below runs across the column).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from pipeline.checkboxes import Word

# The two words heading the other party's column, after the applicant's heading on its line.
OTHER_PARTY = (
    (re.compile(r"(?i)^penerima$"), re.compile(r"(?i)^kuasa\W*$")),  # the proxy
    (re.compile(r"(?i)^(?:pemohon|pihak)$"), re.compile(r"^(?:II|2)\W*$")),  # the second of two
)
PRINCIPAL = re.compile(r"(?i)^(?:pemberi|\(?pemohon\)?)$")
MAX_ROWS = 14
# A row's gap before the other party's column, in text heights: wider than a space between words;
# or, where the cells stand close, 1.8 times any other gap among the row's values and half a
# height at least.
COLUMN_GAP = 0.8
SPACES_IN_GAP = 1.8
NARROW_GAP = 0.5
# How far past the start of the other party's heading its values may begin, in text heights; how
# far a row may part from where the rows above did.
ALIGNMENT = 1.0


def one_party(lines: Sequence[Sequence[Word]]) -> list[list[Word]] | None:
    """The lines with the other party's column left out of the table; None when there is no such
    table."""
    for index, line in enumerate(lines):
        reach = _other_column(line)
        if reach is None:
            continue
        kept = [list(line) for line in lines]
        kept[index] = [word for word in line if word.x0 < reach[1] - reach[2] * ALIGNMENT]
        column: float | None = None  # where the rows so far parted
        for row in range(index + 1, min(len(lines), index + 1 + MAX_ROWS)):
            split = _split(lines[row], *reach)
            if split is None or not _in_line(split, column, reach[2]):
                break
            column = column if split == float("inf") else (column or split)
            kept[row] = [word for word in lines[row] if word.x0 < split]
        return kept
    return None


def _other_column(line: Sequence[Word]) -> tuple[float, float, float] | None:
    """Where the other party's column may begin (from the end of the applicant's heading to a
    little past the start of its own, which may stand centred over its values) and the text's
    height, when the line heads the applicant's column before the other party's."""
    texts = [word.text for word in line]
    heading = next(
        (
            index
            for index in range(1, len(line) - 1)
            for first, second in OTHER_PARTY
            if first.match(texts[index]) and second.match(texts[index + 1])
        ),
        None,
    )
    if heading is None or not any(PRINCIPAL.match(text) for text in texts[:heading]):
        return None
    height = max(1.0, line[heading].bottom - line[heading].top)
    return line[heading - 1].x1, line[heading].x0 + ALIGNMENT * height, height


def _split(line: Sequence[Word], low: float, high: float, height: float) -> float | None:
    """Where a row of the table parts: at its widest gap, a cell's and not a space, before a
    word that begins where the other party's column may; past the row when it holds the
    applicant's wrapped value alone. None when the line is no row of the table (the prose
    below runs across the column)."""
    words = sorted(line, key=lambda word: word.x0)
    if not words:
        return None
    gaps = [
        (right.x0 - left.x1, right.x0)
        for left, right in itertools.pairwise(words)
        if right.x0 >= low  # (not the label's cell before the values)
    ]
    widest = max(((gap, x) for gap, x in gaps if low <= x <= high), default=None)
    if widest is not None and _cells_gap(widest[0], [gap for gap, _ in gaps], height):
        return widest[1]
    if words[-1].x0 < low:
        return float("inf")  # the applicant's cell alone
    if words[0].x0 >= low:
        return words[0].x0  # the other party's cell alone
    return None


def _cells_gap(gap: float, gaps: list[float], height: float) -> bool:
    """Whether a gap parts two cells rather than two words."""
    others = sorted(gaps)[:-1]
    return gap >= COLUMN_GAP * height or (
        gap >= SPACES_IN_GAP * max(others, default=0.0) and gap >= NARROW_GAP * height
    )


def _in_line(split: float, column: float | None, height: float) -> bool:
    """Whether a row parts where the rows above did: a line of prose may have a wide gap too."""
    return column is None or split == float("inf") or abs(split - column) <= ALIGNMENT * height
