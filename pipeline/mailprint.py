"""An e-mail as a webmail client prints it: its subject and the body that sent it.

Gmail's printout (and Yahoo's and Outlook's, which follow it) puts the mailbox's own account
("PPID KPU Sumsel <ppid.kpusumsel@gmail.com>") at the top, then the subject on a line or two of
its own, then the size of the thread ("1 pesan", "2 messages"), then each message headed by its
sender's display name, the sender's address and the date it was sent:

    Pemberitahuan Jadwal Sidang Sengketa Informasi Publik
    1 pesan
    Kepaniteraan Komisi Informasi Provinsi Sumatera Selatan    Kamis, 30 April 2026 pukul 09.01
    <kepaniteraan.kisumsel@gmail.com>

Such a printout has no letterhead and no "Perihal", so both are read from these places. A
display name is a sender body only when it names one ("Komisi …", "Dinas …"); a citizen's own
name is not.
"""

from __future__ import annotations

import re

from pipeline.sections import Section

HEAD_LINES = 15
SUBJECT_LINES = 3
# "1 pesan", "3 messages": the size of the thread, printed under its subject.
THREAD_SIZE = re.compile(r"(?i)^\s*\d{1,3}\s+(?:pesan|messages?|e-?mails?)\s*$")
# A mailbox address as OCR reads it: "<a.b@gmail.com>", "«a.b @ gmail.com»", "cppid.x@gmail.com»".
ADDRESS = re.compile(r"[<«‹(]?\s*[\w.+-]+\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)+\s*[>»›)]?")
# What follows a display name on its line: its address, or the date the message was sent,
# after the dashes and rules OCR makes of the gap ("… Selatan —— Senin, 20 April 2026 pukul …").
NAME_END = re.compile(
    r"\s*[-—–_~.]*\s*(?:[<«‹(]|\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"|[\s\-—–_~.]+$"
)
# Words that make a display name a body's, and the office inside a body that often sends its mail.
BODY = re.compile(
    r"\b(?:Komisi|KPU|Badan|Dinas|Pengadilan|Bawaslu|Ombudsman|Kementerian|Universitas"
    r"|Lembaga|Pemerintah|Yayasan|Perkumpulan|LBH|Sekretariat|DPRD|Kantor|Biro)\b"
)
OFFICE_OF_BODY = re.compile(
    r"^(?:Kepaniteraan|Panitera(?:an)?|Sekretariat|Humas|Admin|Tata\s+Usaha|Bagian\s+\w+)\s+"
    r"(?=(?:Komisi|KPU|Badan|Dinas|Pengadilan|Bawaslu|Ombudsman|Kementerian|Universitas)\b)",
    re.IGNORECASE,
)


def _thread_size_line(lines: list[str]) -> int | None:
    """The index of the "1 pesan" line, when an account's address stands above it."""
    for index, line in enumerate(lines[:HEAD_LINES]):
        if THREAD_SIZE.match(line) and any(ADDRESS.search(above) for above in lines[:index]):
            return index
    return None


def _offset(lines: list[str], index: int) -> int:
    return sum(len(line) + 1 for line in lines[:index])


def subject(pages: list[str]) -> Section | None:
    """The lines between the account's address and the size of the thread."""
    lines = pages[0].split("\n")
    size = _thread_size_line(lines)
    if size is None:
        return None
    top = next(index for index in range(size - 1, -1, -1) if ADDRESS.search(lines[index]))
    body = [index for index in range(top + 1, size) if lines[index].strip()]
    if not body or len(body) > SUBJECT_LINES:
        return None
    value = " ".join(lines[index].strip() for index in body)
    start = _offset(lines, body[0])
    return Section(value, 1, start, _offset(lines, body[-1]) + len(lines[body[-1]]))


def sender_body(pages: list[str]) -> Section | None:
    """The first message's display name, when it names a body rather than a person; the office
    inside the body that sent it ("Kepaniteraan …") gives way to the body itself."""
    lines = pages[0].split("\n")
    size = _thread_size_line(lines)
    if size is None:
        return None
    index = next((i for i in range(size + 1, len(lines)) if lines[i].strip()), None)
    if index is None:
        return None
    line = lines[index]
    end = NAME_END.search(line)
    name = line[: end.start() if end else len(line)].strip()
    if not BODY.search(name):
        return None
    office = OFFICE_OF_BODY.match(name)
    skipped = office.end() if office else 0
    start = _offset(lines, index) + len(line) - len(line.lstrip()) + skipped
    return Section(name[skipped:], 1, start, start + len(name) - skipped)
