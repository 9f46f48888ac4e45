"""An identity table of two people side by side, the applicant and the proxy who files for them
("Uraian | Pemberi Kuasa (Pemohon) | Penerima Kuasa"), read as the applicant's alone.

Read across the page, each row gives both values one after the other ("Nama Kgs. Syarifuddin
Agus Dharma Fauzi") and no one could tell where one name ends. The proxy's column is known by
its heading; its words are left out of every row of the table, which ends at the first line
with no gap where the column begins (the prose below runs across it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.checkboxes import Word

PROXY = (re.compile(r"(?i)^penerima$"), re.compile(r"(?i)^kuasa\W*$"))
PRINCIPAL = re.compile(r"(?i)^(?:pemberi|\(?pemohon\)?)$")
MAX_ROWS = 14
# A row's gap before the proxy's column, in text heights: wider than a space between words.
COLUMN_GAP = 0.8
# The proxy's values start about where its heading does.
ALIGNMENT = 1.0


def one_party(lines: Sequence[Sequence[Word]]) -> list[list[Word]] | None:
    """The lines with the proxy's column left out of the table; None when there is no such
    table."""
    for index, line in enumerate(lines):
        column = _proxy_column(line)
        if column is None:
            continue
        start, end = column
        kept = [list(line) for line in lines]
        kept[index] = [word for word in line if not start <= word.x0 < end]
        for row in range(index + 1, min(len(lines), index + 1 + MAX_ROWS)):
            if not _parted_at(lines[row], start):
                break
            kept[row] = [word for word in lines[row] if not start <= word.x0 < end]
        return kept
    return None


def _proxy_column(line: Sequence[Word]) -> tuple[float, float] | None:
    """Where the proxy's column runs: from its heading to the next heading on the right, when
    the line also heads the applicant's column."""
    texts = [word.text for word in line]
    heading = next(
        (
            index
            for index in range(len(line) - 1)
            if PROXY[0].match(texts[index]) and PROXY[1].match(texts[index + 1])
        ),
        None,
    )
    if heading is None or not any(PRINCIPAL.match(text) for text in texts):
        return None
    height = max(1.0, line[heading].bottom - line[heading].top)
    start = line[heading].x0 - ALIGNMENT * height
    after = [word.x0 for word in line[heading + 2 :] if PRINCIPAL.match(word.text)]
    return start, min(after, default=float("inf"))


def _parted_at(line: Sequence[Word], start: float) -> bool:
    """Whether the line is a row of the table: no word runs over where the proxy's column
    begins, and a cell's gap, not a space, lies before it."""
    if not line or any(word.x0 < start < word.x1 for word in line):
        return False
    left = [word.x1 for word in line if word.x1 <= start]
    right = [word.x0 for word in line if word.x0 >= start]
    if not left or not right:
        return True  # a cell alone on its line: the applicant's wrapped value, or the proxy's
    height = max(1.0, max(word.bottom - word.top for word in line))
    return min(right) - max(left) >= COLUMN_GAP * height
