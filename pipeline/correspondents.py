"""Stage 5a: a letterhead OCR damaged, read as the known correspondent it is.

The bodies that write to the office most (the KPU above and beside it, the Komisi Informasi,
Bawaslu, the courts) are listed in ``[office] correspondents``, as Paperless-ngx lists its
correspondents. Their letterheads are where a received stamp, a logo or a scan's noise most
often cuts into the words ("KOMISI NA nana PROVINSI SUMATERA SELATAN", "PENGADILAN NEGERI
PALEMBANG MIN"). A sender read close to one listed name, and clearly closer to it than to any
other, is that name; a letterhead too damaged to have been read as a sender is looked for among
the lines above the letter's first own line the same way. What is nearest the office's own
name is its own form or its received stamp, never a correspondent. A sender written in mixed
case is a digital letter's, and is kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz

from pipeline.extract import CLASS_FIELDS, LETTER_START, TOP_LINES, Fields, printed_form

MATCH = 85  # the similarity (0..100) a reading needs to be taken for a listed name
MARGIN = 6  # how much nearer to that name it must be than to the next one
SHORTEST = 12  # letters in a line worth comparing; a speck or a stamp's date is not a name
NOT_NAME = re.compile(r"[^A-Z0-9& ]+")


def _plain(text: str) -> str:
    return " ".join(NOT_NAME.sub(" ", text.upper()).split())


def nearest(read: str, names: Sequence[str]) -> str | None:
    """The name ``read`` is an OCR-damaged reading of, if it is clearly one of ``names``."""
    plain = _plain(read)
    scored = sorted(((fuzz.ratio(plain, _plain(name)), name) for name in names), reverse=True)
    (best, name), runner_up = scored[0], scored[1][0] if len(scored) > 1 else 0.0
    return name if best >= MATCH and best - runner_up >= MARGIN else None


def completed(read: str, names: Sequence[str], page: str) -> str | None:
    """The listed name a letterhead's first line only begins, where the name goes on in a
    column beside the address ("KOMISI PEMILIHAN UMUM KABUPATEN MUSI  Jl. …" over "BANYUASIN
    kab-sekayu.kpu.go.id"): the longest name it begins whose remaining words stand in the
    lines above the letter's first own line."""
    plain = _plain(read)
    top = f" {_plain(' '.join(line for line, _, _ in _letterhead_lines(page)))} "
    whole = [
        name
        for name in names
        if _plain(name).startswith(f"{plain} ") and f" {_plain(name)[len(plain) :].strip()} " in top
    ]
    return max(whole, key=len) if whole else None


def _letterhead_lines(text: str) -> Iterator[tuple[str, int, int]]:
    """Each line above the letter's first own line, and each two of them together (a name
    written over two lines), with where it stands: (text, start, end)."""
    lines, offset = [], 0
    for line in text.split("\n")[:TOP_LINES]:
        if LETTER_START.match(line):
            break
        if sum(char.isalpha() for char in line) >= SHORTEST // 2:
            lines.append((line.strip(), offset, offset + len(line)))
        offset += len(line) + 1
    for index, (line, start, end) in enumerate(lines):
        yield line, start, end
        if index + 1 < len(lines):
            following, _, following_end = lines[index + 1]
            yield f"{line} {following}", start, following_end


def _mostly_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= SHORTEST and sum(char.isupper() for char in letters) > len(letters) / 2


def recognise(
    fields: Fields, pages: list[str], cls: str, known: Sequence[str], own_name: str
) -> None:
    """Put the listed name for a sender OCR damaged, or one it could not read, into ``fields``."""
    if "sender_org" not in CLASS_FIELDS.get(cls, ()) or not known or not pages:
        return
    names = (own_name, *known)
    read = fields.values.get("sender_org")
    if read:
        name = None
        if read.isupper():
            name = nearest(read, names) or completed(read, known, pages[0])
        if name and name != read and read.endswith(" " + name):
            name = read  # the listed name read whole after a unit's ("SEKRETARIAT KOMISI …")
        if name == own_name and cls != "surat_masuk":  # its own form, filled in by an outsider
            fields.values["sender_org"] = None
            fields.spans.pop("sender_org", None)
        elif name:
            fields.values["sender_org"] = name
        return
    if cls != "surat_masuk" and printed_form(pages[0]):
        return  # a form a person filled in: the body that printed it sent nothing
    for line, start, end in _letterhead_lines(pages[0]):
        name = nearest(line, names) if _mostly_capitals(line) else None
        if name and name != own_name:
            fields.values["sender_org"] = name
            fields.spans["sender_org"] = {"page": 1, "start": start, "end": end}
            return
