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

Outlook's printout of a single message puts the client's name at the top, then the subject as a
heading, then the message's header with the sender's address:

    Outlook
    Pengajuan Keberatan
    Dari : Dewi Anggraini Maharani <maharani.d@yahoo.com>
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.fields import A_DATE, EMAIL_TOKEN, WEEKDAY, on_domains, parse_date
from pipeline.sections import Line, Section, lines_of

HEAD_LINES = 15
SUBJECT_LINES = 3
# "1 pesan", "3 messages": the size of the thread, printed under its subject.
THREAD_SIZE = re.compile(r"(?i)^\s*\d{1,3}\s+(?:pesan|messages?|e-?mails?)\s*$")
# What follows a display name on its line: its address, or the date the message was sent,
# after the dashes, rules and quotes OCR makes of the gap ("… Selatan —— Senin, 20 April …").
NAME_END = re.compile(
    rf"\s*[-—–_~.“”\"]*\s*(?:[<«‹(]|\b(?:{WEEKDAY.pattern}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|{A_DATE}"
    r"|\d{1,2}/\d{1,2}/\d{2})|[\s\-—–_~.“”\"]+$"
)
# Words that make a display name a body's.
BODY_WORDS = (
    r"Komisi|KPU|Badan|Dinas|Pengadilan|Bawaslu|Ombudsman|Kementerian|Universitas|Lembaga"
    r"|Pemerintah|Yayasan|Perkumpulan|LBH|Sekretariat|DPRD|Kantor|Biro"
)
BODY = re.compile(rf"\b(?:{BODY_WORDS})\b")
# The office inside a body that often sends its mail ("Kepaniteraan Komisi Informasi …").
OFFICE_OF_BODY = re.compile(
    r"^(?:Kepaniteraan|Panitera(?:an)?|Sekretariat|Humas|Admin|Tata\s+Usaha|Bagian\s+\w+)\s+"
    rf"(?=(?:{BODY_WORDS})\b)",
    re.IGNORECASE,
)


# The first line of a message's header: "Dari : Nama <alamat@…>", "From: …".
SENDER_HEADER = re.compile(r"(?i)^\s*(?:dari|from|pengirim)\s*[:»>]")  # "Dari »": OCR's colon
# A mail client's own name, printed above the subject.
MAIL_CLIENT = re.compile(r"(?i)^(?:microsoft\s+)?outlook|gmail|yahoo!?\s*mail|thunderbird|zimbra")
HEADING_LINES = 4
# Where a forwarded message begins, and the header that dates it.
FORWARDED = re.compile(
    r"(?i)forwarded\s+message|original\s+message|pesan\s+(?:yang\s+)?(?:diteruskan|asli|terusan)"
)
MAIL_SENT = re.compile(r"(?im)^[ \t]*(?:date|sent|dibuat\s+pada|dikirim)\s*:\s*([^\n]+)")
SENT_ON = re.compile(r"(?im)^[ \t]*(?:date|sent|tanggal|dikirim|dibuat\s+pada)\s*:\s*([^\n]+)")


CALENDAR_OWNER = re.compile(r"\(\s*[\w.+-]+@[\w.-]+\s*\)\s*$")


def _thread_size_line(lines: list[Line]) -> int | None:
    """The index of the "1 pesan" line on the first page, when an account's address stands
    above it."""
    first_page = [line for line in lines[:HEAD_LINES] if line.page == 1]
    for index, line in enumerate(first_page):
        if THREAD_SIZE.match(line.text) and any(
            EMAIL_TOKEN.search(above.text) for above in first_page[:index]
        ):
            return index
    return None


def _account_line(text: str) -> bool:
    """A line with the account's address on it, not a calendar invitation's subject that ends
    with the invited calendar's own in brackets ("… 09.00 - 11.00 (WIB) (ppid@…)")."""
    return EMAIL_TOKEN.search(text) is not None and not CALENDAR_OWNER.search(text)


def subject(pages: list[str]) -> Section | None:
    """The lines between the account's address and the size of the thread."""
    lines = lines_of(pages[:1])
    size = _thread_size_line(lines)
    if size is None:
        return None
    top = next(index for index in range(size - 1, -1, -1) if _account_line(lines[index].text))
    body = [line for line in lines[top + 1 : size] if line.text.strip()]
    if not body or len(body) > SUBJECT_LINES:
        return None
    value = " ".join(line.text.strip() for line in body)
    return Section(value, 1, body[0].start, body[-1].end)


def headed_subject(pages: list[str]) -> Section | None:
    """The heading printed above the first message's "Dari : … <address>", under the client's
    name; not a labelled line ("Yth. : …" above a memo's "Dari :")."""
    top = [line for line in lines_of(pages[:1]) if line.text.strip()][:HEADING_LINES]
    header = next((index for index, line in enumerate(top) if SENDER_HEADER.match(line.text)), 0)
    if not header or not EMAIL_TOKEN.search(top[header].text):
        return None
    heading = [line for line in top[:header] if not MAIL_CLIENT.match(line.text.strip())]
    if len(heading) != 1 or ":" in heading[0].text or EMAIL_TOKEN.search(heading[0].text):
        return None
    return Section(heading[0].text.strip(), 1, heading[0].start, heading[0].end)


def sender_body(pages: list[str], own_domains: Sequence[str] = ()) -> Section | None:
    """The first message's display name, when it names a body rather than a person; the office
    inside the body that sent it ("Kepaniteraan …") gives way to the body itself. A message from
    an address on one of ``own_domains`` is the office's own desk forwarding a letter."""
    lines = lines_of(pages[:1])
    size = _thread_size_line(lines)
    if size is None:
        return None
    line = next((line for line in lines[size + 1 :] if line.text.strip()), None)
    if line is None:
        return None
    end = NAME_END.search(line.text)
    name = line.text[: end.start() if end else len(line.text)].strip()
    address = EMAIL_TOKEN.search(line.text)
    if not BODY.search(name) or (address and on_domains(address.group(0), own_domains)):
        return None
    office = OFFICE_OF_BODY.match(name)
    skipped = office.end() if office else 0
    start = line.start + len(line.text) - len(line.text.lstrip()) + skipped
    return Section(name[skipped:], 1, start, start + len(name) - skipped)


def sent_date(pages: list[str]) -> Section | None:
    """When a printed mail was sent, from its headers ("Date: Tue, 21 Apr 2026 10:11 +0700",
    Gmail's "Dibuat pada: Selasa, 21 Apr 2026 pukul 10.11"), on a page that has a sender's
    header; a received stamp's "Tanggal :" is no header."""
    for number, text in enumerate(pages, start=1):
        if not any(SENDER_HEADER.match(line) for line in text.splitlines()):
            continue
        for sent in MAIL_SENT.finditer(text):
            if parse_date(sent.group(1)):
                return Section(sent.group(1).strip(), number, sent.start(1), sent.end(1))
    return None


# A webmail printout's sender line, dated at its end: "Panitera KI <panitera@…> Sel, 7 Jul 2026
# pukul 12.24", "Budi <budi@…> Tue, Apr 7, 2026 at 9:12 AM".
SENDER_LINE_DATE = re.compile(
    r"(?im)<[^<>\s]+@[^<>\s]+>[ \t]+((?:sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z']*,?[ \t]+[^\n]{6,24}?)[ \t]+(?:pukul|at)[ \t]+\d"
)


def sender_line_date(pages: list[str]) -> Section | None:
    """When a webmail printout's message was sent, from the end of its sender's line (the
    printout's own header dates the printing, the message's body its appointments); none for a
    forwarded message, dated by its own header (``forwarded_date``)."""
    if any(FORWARDED.search(text) for text in pages):
        return None
    for number, text in enumerate(pages, start=1):
        for sent in SENDER_LINE_DATE.finditer(text):
            if parse_date(sent.group(1)):
                return Section(sent.group(1).strip(), number, sent.start(1), sent.end(1))
    return None


def forwarded_date(pages: list[str]) -> Section | None:
    """When the forwarded message was sent ("Date: Thu, Apr 9, 2026 at 3:49 PM" under
    "Forwarded message"): the letter's own date, not the day the desk forwarded it."""
    for number, text in enumerate(pages, start=1):
        marker = FORWARDED.search(text)
        sent = SENT_ON.search(text, marker.end()) if marker else None
        if sent and parse_date(sent.group(1)):
            return Section(sent.group(1).strip(), number, sent.start(1), sent.end(1))
    return None


# A printed thread's sender line: the display name, the address in angle brackets, the day.
SENDER_LINE = re.compile(
    r"(?im)^[^<>\n]*<(?P<address>[^<>\s]+@[^<>\s]+)>[ \t]+"
    r"(?:sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun)[^\n]*$"
)


QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*")


def applicant_words(
    pages: list[str], own_domains: Sequence[str], quotes_too: bool = True
) -> list[str]:
    """Each page of a printed thread with the desk's own replies and the lines a reply quotes
    blanked (their lists of what it needs, "Nama lengkap …", "Cara memperoleh informasi
    (melihat / salinan …)", are no request); the thread's first message stays, whoever sent
    it. Other pages come back as they were. Quotes are blanked only with ``quotes_too`` (a
    request): an objection's quote cites the answer objected to and its registration number."""
    return [_without_own_replies(text, own_domains, quotes_too) for text in pages]


def _without_own_replies(text: str, own_domains: Sequence[str], quotes_too: bool) -> str:
    senders = list(SENDER_LINE.finditer(text))
    if senders and quotes_too:  # a reply's quote of the message before it ("> Cara …")
        text = QUOTED_LINE.sub(lambda quoted: " " * len(quoted.group()), text)
    pieces = [text[: senders[0].end()]] if senders else [text]
    for index, sender in enumerate(senders):
        following = senders[index + 1] if index + 1 < len(senders) else None
        message = text[sender.end() : following.start() if following else len(text)]
        own = index > 0 and on_domains(sender.group("address"), own_domains)
        pieces.append(re.sub(r"[^\n]", " ", message) if own else message)
        if following:
            pieces.append(following.group(0))
    return "".join(pieces)
