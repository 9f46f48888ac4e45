"""A chat printed from its export (WhatsApp's "Ekspor chat"): the applicant's own words.

An exported chat is one message per line, each led by its date, time and sender:

    08/06/26 09.14 - +62 812-0172-8157: Saya mau minta dua informasi: 1) …
    08/06/26 09.19 - Layanan Informasi KPU Sumsel: Baik. Mohon sebutkan nama lengkap, NIK, …
    [08/06/26 09.28.11] Joko Santoso: Nama: Joko Santoso

The desk's own replies ask for the very things a letter gives ("Mohon sebutkan nama lengkap,
NIK, alamat, …") and the leads sit where a label or a sentence should begin, so both are blanked
out before fields are read; a lead becomes a full stop, since a message ends where the next one
begins, whether its writer ended the sentence or not. Blanking keeps every other character where
it was, so the offsets of what is read still point into the page as OCR read it. The chat's date
is that of the applicant's first message.

A transcript the desk typed as a table leads each row with a time and the sender's role
("13.09 Pemohon Saya minta …"); its rows are read the same way, and its date is its header's.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.fields import A_DATE
from pipeline.sections import Section

MESSAGE_LEAD = re.compile(
    r"(?m)^[ \t]*\[?(?P<date>\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?"
    r"(?P<clock12>[ \t]*[AP]M)?\]?[ \t]*(?:-[ \t]*)?(?P<sender>[^:\n]{1,60}?):[ \t]"
)
# A transcript the desk typed as a table (Waktu | Pengirim | Pesan): a row's time and the
# sender's role lead its message ("13.09 Pemohon Saya minta daftar pemilih …").
ROW_LEAD = re.compile(
    r"(?m)^[ \t|]*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?[ \t|]+(?P<sender>Pemohon|Petugas|Admin|Operator"
    r"|Pengguna|Pelapor|Penanya|PPID|CS)\b[ \t|:]+"
)
# A chat has someone who wrote more than once; a hearing's timetable ("20/05/2026 09.00 -
# Mediasi: …") names each entry once.
MIN_FROM_ONE_SENDER = 2
# Who answers for the desk: its account's name.
DESK = re.compile(r"(?i)\b(?:KPU|PPID|layanan\s+informasi|admin|petugas|helpdesk)\b")


def _leads(text: str) -> list[re.Match[str]]:
    for lead in (MESSAGE_LEAD, ROW_LEAD):
        leads = list(lead.finditer(text))
        senders = Counter(lead.group("sender").strip() for lead in leads)
        if any(count >= MIN_FROM_ONE_SENDER for count in senders.values()):
            return leads
    return []


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


# A chat printed from the messenger's web page: the browser's header ("18/04/2026 12.33 (1)
# WhatsApp") or footer (its address), a bubble's time on a line of its own ("11.37", its ticks
# read as a letter or two: "11.28 Y"), and a day's chip over the day's messages ("15/04/2026").
WEB_PRINT = re.compile(
    r"(?im)web\.whatsapp\.com"
    r"|^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}[.:]\d{2}[ \t]+\(\d+\)[ \t]+WhatsApp"
)
BUBBLE_TIME = re.compile(r"(?m)^[ \t]*\d{1,2}[.:]\d{2}(?:[ \t]+\S{1,3})?[ \t]*$")
DAY_CHIP = re.compile(rf"(?m)^[ \t]*({A_DATE})[ \t]*$")


def applicant_words(pages: list[str]) -> list[str]:
    """Each page with the message leads and the desk's messages blanked, a web print's bubble
    times too; pages that are no chat come back as they were."""
    return [_without_bubble_times(_applicant_words(text)) for text in pages]


def _without_bubble_times(text: str) -> str:
    if not WEB_PRINT.search(text):
        return text
    return BUBBLE_TIME.sub(lambda time: _blank(time.group(0)), text)


def _applicant_words(text: str) -> str:
    leads = _leads(text)
    if not leads:
        return text
    pieces = [text[: leads[0].start()]]
    for lead, following in zip(leads, [*leads[1:], None], strict=True):
        message = text[lead.end() : following.start() if following else len(text)]
        pieces.append(_blank(lead.group(0))[:-2] + ". ")  # the message begins a sentence
        pieces.append(_blank(message) if DESK.search(lead.group("sender")) else message)
    return "".join(pieces)


def first_date(pages: list[str]) -> Section | None:
    """The date of the applicant's first message, its two-digit year read in this century and
    read month first when the export writes a 12-hour clock ("4/8/26, 9:25 AM" is 8 April); in
    a web print, its first day's chip."""
    for number, text in enumerate(pages, start=1):
        chip = DAY_CHIP.search(text) if WEB_PRINT.search(text) else None
        if chip:  # (not the browser's header: the day the chat began)
            return Section(chip.group(1), number, chip.start(1), chip.end(1))
        for lead in _leads(text):
            if DESK.search(lead.group("sender")) or "date" not in lead.groupdict():
                continue
            day, month, year = lead.group("date").split("/")
            if lead.group("clock12"):  # an export in US form: month first, a 12-hour clock
                day, month = month, day
            full_year = year if len(year) == 4 else f"20{year}"
            value = f"{int(day)}-{int(month)}-{full_year}"
            return Section(value, number, lead.start("date"), lead.end("date"))
    return None
