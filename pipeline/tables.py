"""A one-row table of a writer's identity, read down its columns.

A letter may give who writes it as a table: a header row of labels (Nama | NIK | Pekerjaan |
Alamat | No. HP / Email) over one row of values whose cells wrap onto a second and a third line.
Tesseract and pdfplumber read it line by line across the page, so the cells' lines mix
("Firmansyah Wahyu 1609… Karyawan Jl. Diponegoro No. 23 RT 006/RW" / "Susanto Swasta 05, Desa …")
and no field can be read from it. This module finds such a header and gives the table again as
one labelled line per column ("Nama : Firmansyah Wahyu Susanto"), the header's own words as the
label, so the fields are read from it as from a form.

A table of several rows (a faculty's list of students, numbered 1, 2, …) is left as it is: its
rows are no one person.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from pipeline.checkboxes import Word

# Words further apart than this share of the page width, on one line, are in different cells.
CELL_GAP = 0.02
# A header cell's words: the labels an identity is given under.
HEADER_CELL = re.compile(
    r"(?i)^(?:no\.?|nomor|nama(?:\s+lengkap)?|nik|no\.?\s*ktp|nim|npm|pekerjaan|jabatan|profesi"
    r"|alamat|domisili|no\.?\s*(?:hp|telp|telepon|wa)|telepon|hp|kontak|e-?mail|surel"
    r"|program\s+studi|prodi|fakultas|semester|instansi|lembaga|tempat|ttl|jenis\s+kelamin)\b"
)
NAME_CELL = re.compile(r"(?i)^nama\b")
# The numbering column of a table of several rows, whose values are no field.
NUMBER_CELL = re.compile(r"(?i)^(?:no\.?|nomor)$")
MIN_COLUMNS = 3
MAX_ROW_LINES = 5
# The narrowest gap between two cells, in text heights: wider than a space between words.
MIN_CELL_GAP = 0.6
# A band this many text heights high ends the row (a blank line or two inside a cell does not).
ROW_GAP = 2.5


def read_down(lines: Sequence[Sequence[Word]], width: float) -> list[list[Word]] | None:
    """The lines with a one-row identity table's rows given as one labelled line per column;
    None when the page has no such table."""
    for index, line in enumerate(lines):
        header = _header(line, width)
        if header is None:
            continue
        found = _row(lines, index, header)
        if found is None:
            continue
        rows, edges = found
        labelled = _labelled(header, rows, edges, line[0].line)
        return [
            *(list(part) for part in lines[:index]),
            *labelled,
            *(list(part) for part in lines[index + 1 + len(rows) :]),
        ]
    return None


def _cells(line: Sequence[Word], width: float) -> list[list[Word]]:
    cells = [[line[0]]]
    for word in line[1:]:
        if word.x0 - cells[-1][-1].x1 > CELL_GAP * width:
            cells.append([word])
        else:
            cells[-1].append(word)
    return cells


def _header(line: Sequence[Word], width: float) -> list[list[Word]] | None:
    """The header's cells, when every cell of the line is an identity label, one is the name's,
    and there are enough of them."""
    cells = _cells(line, width)
    texts = [" ".join(word.text for word in cell) for cell in cells]
    if len(cells) < MIN_COLUMNS or not all(HEADER_CELL.match(text) for text in texts):
        return None
    return cells if any(NAME_CELL.match(text) for text in texts) else None


def _row(
    lines: Sequence[Sequence[Word]], index: int, header: list[list[Word]]
) -> tuple[list[Sequence[Word]], list[float]] | None:
    """The lines of the one row under the header and the edges between its columns: lines up to
    a wide blank band or one that leaves no gap between two header cells (the sentence after the
    table); None when there is no row, or the numbering column counts a second one."""
    height = median(word.bottom - word.top for cell in header for word in cell)
    bottom = max(word.bottom for cell in header for word in cell)
    rows: list[Sequence[Word]] = []
    edges: list[float] = []
    for line in lines[index + 1 : index + 1 + MAX_ROW_LINES]:
        if rows and min(word.top for word in line) - bottom > ROW_GAP * height:
            break
        found = _edges(header, [*rows, line], height)
        if found is None:
            break
        rows.append(line)
        edges, bottom = found, max(word.bottom for word in line)
    if not rows or (_numbered(header) and sum(_in_first_column(row, edges[0]) for row in rows) > 1):
        return None
    return rows, edges


def _edges(
    header: list[list[Word]], rows: list[Sequence[Word]], height: float
) -> list[float] | None:
    """Between each two header cells, the middle of the widest stretch no word of the rows
    covers; None when one pair has none as wide as a gap between cells."""
    covered = sorted((word.x0, word.x1) for row in rows for word in row)
    edges = []
    for left, right in itertools.pairwise(header):
        gap = _widest_gap(left[-1].x1, right[0].x0, covered)
        if gap is None or gap[1] - gap[0] < MIN_CELL_GAP * height:
            return None
        edges.append((gap[0] + gap[1]) / 2)
    return edges


def _widest_gap(
    start: float, end: float, covered: list[tuple[float, float]]
) -> tuple[float, float] | None:
    widest: tuple[float, float] | None = None
    cursor = start
    for x0, x1 in [*covered, (end, end)]:
        if x0 > cursor and (widest is None or min(x0, end) - cursor > widest[1] - widest[0]):
            widest = (cursor, min(x0, end))
        cursor = max(cursor, x1)
        if cursor >= end:
            break
    return widest


def _numbered(header: list[list[Word]]) -> bool:
    return bool(NUMBER_CELL.match(" ".join(word.text for word in header[0])))


def _in_first_column(line: Sequence[Word], edge: float) -> bool:
    return any(word.x1 < edge for word in line)


def _labelled(
    header: list[list[Word]], rows: list[Sequence[Word]], edges: list[float], line_number: int
) -> list[list[Word]]:
    """One line per column: its label, a colon, and its words from each row line in turn."""
    columns: list[list[Word]] = [[] for _ in header]
    for row in rows:
        for word in row:
            columns[sum((word.x0 + word.x1) / 2 > edge for edge in edges)].append(word)
    labelled = []
    for cell, values in zip(header, columns, strict=True):
        if not values or NUMBER_CELL.match(" ".join(word.text for word in cell)):
            continue
        colon = replace(cell[-1], text=":", x0=cell[-1].x1)
        labelled.append([replace(word, line=line_number) for word in [*cell, colon, *values]])
    return labelled
