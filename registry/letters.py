"""The outgoing letters of the SOP, rendered from templates the office can edit, as PDF/A-2b.

Kinds (``KINDS``): ``tanda_bukti`` (Tanda Bukti Penerimaan Permintaan Informasi Publik),
``pemberitahuan_tertulis`` (PPID-D; a rejection carries the PPID-E decision), ``perpanjangan``
(Pemberitahuan Perpanjangan Waktu) and ``tanggapan_keberatan`` (the Atasan PPID's answer).

Templates
---------
Each kind is one Jinja2 file, ``<kind>.txt``. The office's own copy in
``office.templates_dir`` is used when it exists, else the one shipped in ``registry/templates``;
copy a shipped file there to change the wording. A misspelt variable stops the letter with a
``LetterTemplateError`` naming the file and line. Every ``{{ value }}`` is escaped, so an
applicant's "A & B" or "<" prints as written and cannot trigger the markup below; None prints
as "-". Filters: ``tanggal`` (a date or ISO string -> "3 Februari 2026", None -> "-"),
``rupiah`` (15000 -> "Rp 15.000") and ``hari_kerja`` (30 -> "30 (tiga puluh) hari kerja").

Context given to every template:
  ``office``   the office settings (name, short_name, city, ppid_title, atasan_title, ...)
  ``title``    the kind's title from ``KINDS``
  ``number``   this letter's number;  ``issued`` its date
  ``request``  registration_number, received_date, applicant_name, address, phone, email,
               occupation, information_requested, purpose, obtain_method (melihat | salinan |
               salinan_hardcopy | salinan_softcopy | None), delivery_method (mengambil_langsung |
               kurir | pos | faksimili | email | None), due_date, channel
  ``officer``  name, title, nip of whoever signs
  ``deadlines`` the request's regime in working days: response_days, extension_days,
               objection_filing_days, objection_response_days, dispute_filing_days
Per kind:
  tanda_bukti             ``received_at_text`` ("24 November 2026 pukul 10.15 WIB"), ``clerk``
  pemberitahuan_tertulis  ``decision``: outcome (diberikan | sebagian | ditolak | tidak_dikuasai |
                          belum_didokumentasikan), ground (None | dikecualikan |
                          dikecualikan_uu_lain | persyaratan_tidak_lengkap), pasal, consequence,
                          law, holder, period_days (days to provide), form, cost, explanation, note
  perpanjangan            ``extension``: reason_text, new_due_date, original_due_date
  tanggapan_keberatan     ``objection``: registration_number, received_date, reason_code (a-g),
                          reason_text, decision (dikabulkan | ditolak), response, order
  tanda_terima_keberatan  ``objection``: registration_number, received_date, reason_code,
                          reason_text, applicant_name, reference_registration_number, due_date;
                          ``clerk``
Keys in ``OPTIONAL`` may be left out; they read as None.

Line markup (what a template produces, one instruction per line; leading spaces are ignored)
-----------
  ``# TEXT``          centred bold title
  ``## TEXT``         centred subtitle
  ``label | value``   a row of a label table ("Nomor : 001/..."); consecutive rows form one table;
                      ``| value`` continues the row above without a label
  ``- text``          bullet item
  ``[x] text``        ticked box (☒); ``[ ] text`` empty box (☐)
  ``>> text``         a line of a block in the right half of the page (place and date, signature);
                      ``>>`` alone is an empty line in it, e.g. room for the signature
  ``---``             vertical space
  blank line          ends a paragraph; the lines of one paragraph keep their line breaks
  ``**text**``        bold, anywhere in a line
Text is ReportLab paragraph markup, so ``<b>``, ``<i>`` and ``<u>`` also work; write ``&lt;`` for a
literal "<" in the template itself. The letterhead (office name, address, phone, e-mail, website)
and the page numbers are drawn by the renderer on every page, not by the template.
"""

from __future__ import annotations

import itertools
import re
import tempfile
import traceback
import warnings
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from archive.pdfa import write_pdfa
from config.settings import OfficeSettings
from registry.calendar import format_date_id

KINDS: dict[str, str] = {
    "tanda_bukti": "Tanda Bukti Penerimaan Permintaan Informasi Publik",
    "pemberitahuan_tertulis": "Pemberitahuan Tertulis",
    "perpanjangan": "Pemberitahuan Perpanjangan Waktu",
    "tanggapan_keberatan": "Tanggapan atas Keberatan",
    "tanda_terima_keberatan": "Tanda Terima Pengajuan Keberatan",
}
OPTIONAL: dict[str, tuple[str, ...]] = {
    "request": (
        "address",
        "phone",
        "email",
        "occupation",
        "purpose",
        "obtain_method",
        "delivery_method",
        "channel",
    ),
    "officer": ("nip",),
    "decision": (
        "ground",
        "pasal",
        "consequence",
        "law",
        "holder",
        "period_days",
        "form",
        "cost",
        "explanation",
        "note",
    ),
    "extension": ("original_due_date",),
    "objection": ("order", "applicant_name", "reference_registration_number", "due_date"),
}
UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas")  # fmt: skip
PACKAGED_TEMPLATES = Path(__file__).with_name("templates")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 2.5 * cm
SIZE = 10.5
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

# Escaping a value also hides the markup characters, so applicant text is only ever text.
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "*": "&#42;", "\n": "<br/>"}
)
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CHECKS = {"[x] ": "☒", "[X] ": "☒", "[ ] ": "☐"}


class LetterTemplateError(ValueError):
    """A letter template that does not parse or render; the message names the file and line."""


def _tanggal(value: date | str | None) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return format_date_id(value)


def _rupiah(value: int | None) -> str:
    return "-" if value is None else "Rp " + f"{int(value):,}".replace(",", ".")


def terbilang(number: int) -> str:
    """A number below 1000 in Indonesian words, as letters write periods: 30 -> tiga puluh."""
    if not 0 <= number < 1000:
        return str(number)
    if number < 12:
        return UNITS[number]
    if number < 20:
        return f"{UNITS[number - 10]} belas"
    if number < 100:
        tens, rest = divmod(number, 10)
        return f"{UNITS[tens]} puluh" + (f" {UNITS[rest]}" if rest else "")
    hundreds, rest = divmod(number, 100)
    head = "seratus" if hundreds == 1 else f"{UNITS[hundreds]} ratus"
    return head + (f" {terbilang(rest)}" if rest else "")


def _hari_kerja(days: int) -> str:
    return f"{days} ({terbilang(int(days))}) hari kerja"


def _finalize(value: Any) -> str:
    if value is None:
        return "-"
    text = str(value).replace("\r\n", "\n").translate(_ESCAPES)
    if text and text[0] in "#-[":
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown letter kind {kind!r}; known: {', '.join(KINDS)}")


def _environment(office: OfficeSettings) -> jinja2.Environment:
    """The packaged templates compile once; an office's folder is read afresh each time, so a
    template copied in while the service runs takes effect at once."""
    if office.templates_dir is None:
        return _packaged_environment()
    return _new_environment([office.templates_dir, PACKAGED_TEMPLATES])


@cache
def _packaged_environment() -> jinja2.Environment:
    return _new_environment([PACKAGED_TEMPLATES])


def _new_environment(paths: list[Path]) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(tanggal=_tanggal, rupiah=_rupiah, hari_kerja=_hari_kerja)
    return environment


def template_text(kind: str, office: OfficeSettings) -> str:
    """The template source in force for ``kind``: the office's copy, else the packaged one."""
    _check_kind(kind)
    environment = _environment(office)
    assert environment.loader is not None
    return environment.loader.get_source(environment, f"{kind}.txt")[0]


def _context(kind: str, context: Mapping[str, Any], office: OfficeSettings) -> dict[str, Any]:
    full: dict[str, Any] = {"office": office, "title": KINDS[kind], **context}
    for key, optional in OPTIONAL.items():
        if isinstance(full.get(key), Mapping):
            full[key] = {**dict.fromkeys(optional), **full[key]}
    return full


def render_text(kind: str, context: Mapping[str, Any], office: OfficeSettings) -> str:
    """The letter as line markup, before layout."""
    _check_kind(kind)
    name = f"{kind}.txt"
    filename = name
    try:
        template = _environment(office).get_template(name)
        filename = template.filename or name
        return template.render(_context(kind, context, office))
    except jinja2.TemplateError as exc:
        filename = getattr(exc, "filename", None) or filename
        line = getattr(exc, "lineno", None)
        # Jinja rewrites the traceback so that template lines appear as frames of the file.
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename == filename:
                line = lineno
        where = f"{filename}, line {line}" if line else filename
        raise LetterTemplateError(f"letter template {where}: {exc.message}") from exc


@cache
def register_fonts() -> None:
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _style(name: str, **overrides: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": SIZE,
        "leading": SIZE * 1.3,
        "bulletFontName": FONT,
        "bulletFontSize": SIZE,
        "spaceAfter": 5,
    }
    return ParagraphStyle(name, **{**base, **overrides})


STYLES = {
    "text": _style("text"),
    "cell": _style("cell", spaceAfter=0),
    "title": _style(
        "title", fontName=BOLD, fontSize=12.5, leading=16, alignment=TA_CENTER, spaceAfter=2
    ),
    "subtitle": _style("subtitle", alignment=TA_CENTER, spaceAfter=2),
    "item": _style("item", leftIndent=20, bulletIndent=4, spaceAfter=1),
    "right": _style("right", leftIndent=TEXT_WIDTH * 0.5, spaceAfter=0),
}


def _inline(text: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", text)


def _line_kind(line: str) -> str:
    if not line:
        return "blank"
    if line == "---":
        return "space"
    for prefix, kind in (("## ", "subtitle"), ("# ", "title"), (">>", "right"), ("- ", "bullet")):
        if line.startswith(prefix):
            return kind
    if line[:4] in _CHECKS:
        return "check"
    return "row" if "|" in line else "text"


def _table(lines: list[str]) -> Table:
    rows = [[part.strip() for part in line.split("|", 1)] for line in lines]
    widest = max(
        pdfmetrics.stringWidth(re.sub(r"<[^>]*>|\*\*", "", label), BOLD, SIZE) for label, _ in rows
    )
    label_width = min(widest + 6, TEXT_WIDTH * 0.4)
    cell = STYLES["cell"]
    data = [
        [
            Paragraph(_inline(label), cell),
            Paragraph(":" if label else "", cell),
            Paragraph(_inline(value), cell),
        ]
        for label, value in rows
    ]
    # splitInRow: a very long value (a list of many documents) may run on to the next page.
    table = Table(
        data,
        colWidths=[label_width, 10, TEXT_WIDTH - label_width - 10],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Helvetica, never embedded
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def markup_flowables(text: str) -> list[Flowable]:
    """Lay out the line markup described in the module docstring."""
    flowables: list[Flowable] = []
    lines = [line.strip() for line in text.splitlines()]
    for kind, group in itertools.groupby(lines, key=_line_kind):
        block = list(group)
        if kind == "text":
            flowables.append(Paragraph(_inline("<br/>".join(block)), STYLES["text"]))
        elif kind in ("title", "subtitle"):
            flowables += [Paragraph(_inline(line.lstrip("# ")), STYLES[kind]) for line in block]
        elif kind == "row":
            flowables += [_table(block), Spacer(1, 6)]
        elif kind in ("bullet", "check"):
            items = [
                (line[2:], "•") if kind == "bullet" else (line[4:], _CHECKS[line[:4]])
                for line in block
            ]
            flowables += [
                Paragraph(_inline(body), STYLES["item"], bulletText=mark) for body, mark in items
            ]
            flowables.append(Spacer(1, 4))
        elif kind == "right":
            texts = [_inline(line[2:].strip()) or "&#160;" for line in block]
            # A signature never starts a page alone: it takes the paragraph above along.
            for previous in reversed(flowables):
                previous.keepWithNext = True
                if not isinstance(previous, Spacer):
                    break
            right = [Paragraph(t, STYLES["right"]) for t in texts]
            for paragraph in right[:-1]:
                paragraph.keepWithNext = True
            flowables += [*right, Spacer(1, 6)]
        elif kind == "space":
            flowables.append(Spacer(1, 10 * len(block)))
    return flowables


def _contact_lines(office: OfficeSettings, size: float) -> list[str]:
    parts = [office.address, office.phone and f"Telp. {office.phone}", office.email, office.website]
    lines: list[str] = []
    for part in filter(None, parts):
        joined = f"{lines[-1]} · {part}" if lines else part
        if lines and pdfmetrics.stringWidth(joined, FONT, size) <= TEXT_WIDTH:
            lines[-1] = joined
        else:
            lines.append(part)
    return lines


def _page_decorator(office: OfficeSettings, pages: int) -> tuple[Callable[..., None], float]:
    """Draws the letterhead (and page numbers when ``pages`` > 1); returns it and its height."""
    names = simpleSplit(office.name, BOLD, 13, TEXT_WIDTH)
    contacts = _contact_lines(office, 8.5)
    height = 1.4 * cm + 16 * len(names) + 11 * len(contacts) + 10

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        middle, y = PAGE_WIDTH / 2, PAGE_HEIGHT - 1.4 * cm
        for line in names:
            y -= 16
            canvas.setFont(BOLD, 13)
            canvas.drawCentredString(middle, y, line)
        for line in contacts:
            y -= 11
            canvas.setFont(FONT, 8.5)
            canvas.drawCentredString(middle, y, line)
        canvas.setLineWidth(1.6)
        canvas.line(MARGIN, y - 6, PAGE_WIDTH - MARGIN, y - 6)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 9, PAGE_WIDTH - MARGIN, y - 9)
        if pages > 1:
            canvas.setFont(FONT, 8.5)
            canvas.drawCentredString(middle, 1.4 * cm, f"Halaman {doc.page} dari {pages}")
        canvas.restoreState()

    return decorate, height


def _build(text: str, office: OfficeSettings, title: str, target: Path, pages: int) -> int:
    """Lay the letter out into ``target``; returns its page count."""
    decorate, height = _page_decorator(office, pages)
    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        bottomMargin=MARGIN,
        topMargin=max(MARGIN, height + 0.6 * cm),
        title=title,
        author=office.short_name,
        creator="Arsip PPID",
        initialFontName=FONT,
    )
    doc.build(markup_flowables(text), onFirstPage=decorate, onLaterPages=decorate)
    return int(doc.page)


def render_pdf(kind: str, context: Mapping[str, Any], office: OfficeSettings, target: Path) -> None:
    """Render one letter to ``target`` as PDF/A-2b."""
    text = render_text(kind, context, office)
    register_fonts()
    title = f"{KINDS[kind]} {context.get('number', '')}".strip()
    with tempfile.TemporaryDirectory(prefix="arsip-letter-") as scratch:
        draft = Path(scratch) / "letter.pdf"
        pages = _build(text, office, title, draft, pages=1)
        if pages > 1:  # the footer needs the total, known only after a first layout
            _build(text, office, title, draft, pages=pages)
        with warnings.catch_warnings():  # ReportLab's /Trapped has no XMP twin; nothing is lost
            warnings.filterwarnings("ignore", message=".*/Trapped")
            write_pdfa(draft, target, title)
