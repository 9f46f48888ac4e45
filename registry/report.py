"""The annual Laporan Layanan Informasi Publik (domain.md §7.10; UU 14/2008 Pasal 12).

Requests and objections count in the year and month of their ``start_date`` (day 0 of the
clock); disputes in the year and month they reached the office, in the office's time zone.
Voided entries (``DIBATALKAN``) count nowhere.

A request falls in exactly one outcome row, so the outcomes add up to the requests received: its
decision when it has one (even one given late, after the request had lapsed); otherwise
withdrawn (``DITARIK``, also when the history shows a withdrawal later closed), unanswered
(``TIDAK_DITANGGAPI``) or still open. ``tidak_dikuasai`` and ``belum_didokumentasikan`` have
rows of their own, apart from the three statutory grounds of a rejection.

Objection rows do not add up: a decided objection that went on to the Komisi Informasi shows both
under its decision and under "dilanjutkan ke sengketa". Lapsed means the Atasan PPID never
answered: no decision, and the state or the history shows ``LEWAT_WAKTU``.

Response times are working days (``WorkingCalendar.working_days_between``) from ``start_date`` to
``decided_date`` over every request with a written decision, rejections included, by the month
the request started. "Within the deadline" counts the extension (see ``_on_time``).
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as ChartFigure
from matplotlib.ticker import MaxNLocator
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.pdfa import write_pdfa
from db.models import Dispute, Objection, Request, Transition
from registry.calendar import WorkingCalendar, as_utc
from registry.deadlines import OBJECTION_OPEN, REQUEST_OPEN, VOID
from registry.law import DISPUTE_RULINGS, OBJECTION_REASONS
from registry.letters import BOLD, FONT, register_fonts

Value = int | float | None

MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
LABEL_HEADER, TOTAL_HEADER = "Uraian", "Jumlah"
REQUEST_LABELS = {
    "requests": "Jumlah permintaan informasi",
    "granted": "Dipenuhi seluruhnya",
    "partial": "Dipenuhi sebagian",
    "rejected": "Ditolak — jumlah",
    "rejected_exempt": "Ditolak — informasi dikecualikan",
    "rejected_other_law": "Ditolak — dikecualikan undang-undang lain",
    "rejected_incomplete": "Ditolak — persyaratan tidak lengkap",
    "not_held": "Informasi tidak dikuasai",
    "not_documented": "Informasi belum didokumentasikan",
    "withdrawn": "Permintaan ditarik pemohon",
    "unanswered": "Tidak ditanggapi (lewat waktu)",
    "open": "Masih dalam proses",
    "extended": "Jangka waktu diperpanjang",
    "decided": "Telah diberi pemberitahuan tertulis",
    "mean_days": "Rata-rata waktu pemenuhan (hari kerja)",
    "max_days": "Waktu pemenuhan terlama (hari kerja)",
    "on_time": "Ditanggapi dalam jangka waktu",
    "on_time_share": "Ditanggapi dalam jangka waktu (%)",
}
OBJECTION_LABELS = {
    "objections": "Jumlah keberatan",
    **{
        f"objection_reason_{code}": f"Alasan {code} — {text}"
        for code, text in OBJECTION_REASONS.items()
    },
    "objection_reason_none": "Alasan tidak tercatat",
    "objection_granted": "Keberatan dikabulkan",
    "objection_rejected": "Keberatan ditolak (menguatkan PPID)",
    "objection_lapsed": "Tidak ditanggapi Atasan PPID (lewat waktu)",
    "objection_not_accepted": "Keberatan tidak diterima (di luar jangka waktu)",
    "objection_open": "Keberatan masih diproses",
    "objection_dispute": "Keberatan dilanjutkan ke sengketa informasi",
    "disputes": "Jumlah permohonan sengketa informasi ke Komisi Informasi",
    **{f"dispute_{key}": f"Sengketa — {text}" for key, text in DISPUTE_RULINGS.items()},
    "dispute_open": "Sengketa masih berjalan",
}
LABELS = {**REQUEST_LABELS, **OBJECTION_LABELS}
DECISION_KEYS = {
    "diberikan": "granted",
    "sebagian": "partial",
    "ditolak": "rejected",
    "tidak_dikuasai": "not_held",
    "belum_didokumentasikan": "not_documented",
}
GROUND_KEYS = {
    "dikecualikan": "rejected_exempt",
    "dikecualikan_uu_lain": "rejected_other_law",
    "persyaratan_tidak_lengkap": "rejected_incomplete",
}
OBJECTION_DECISION_KEYS = {"dikabulkan": "objection_granted", "ditolak": "objection_rejected"}
OUTCOME_KEYS = (
    "granted",
    "partial",
    "rejected_exempt",
    "rejected_other_law",
    "rejected_incomplete",
    "not_held",
    "not_documented",
    "withdrawn",
    "unanswered",
    "open",
)
SUMMARY_KEYS = (
    "requests",
    "granted",
    "partial",
    "rejected",
    "rejected_exempt",
    "rejected_other_law",
    "rejected_incomplete",
    "not_held",
    "not_documented",
    "withdrawn",
    "unanswered",
    "open",
    "extended",
    "mean_days",
    "max_days",
    "on_time",
    "on_time_share",
    "objections",
    "objection_granted",
    "objection_rejected",
    "objection_lapsed",
    "objection_not_accepted",
    "objection_dispute",
    "disputes",
    *(f"dispute_{key}" for key in DISPUTE_RULINGS),
    "dispute_open",
)
FORMATS = ("pdf", "csv", "xlsx")


@dataclass(frozen=True)
class Row:
    """One figure of the report: a value per month (January first) and for the year."""

    key: str
    label: str
    months: tuple[Value, ...]
    total: Value


@dataclass(frozen=True)
class AnnualReport:
    """The figures of one year; ``requests`` and ``objections`` (with disputes) in report order."""

    year: int
    office: str
    requests: tuple[Row, ...]
    objections: tuple[Row, ...]

    @property
    def rows(self) -> tuple[Row, ...]:
        return self.requests + self.objections

    def row(self, key: str) -> Row:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)


# --- figures -------------------------------------------------------------------------------------


def annual_report(session: Session, calendar: WorkingCalendar, year: int) -> AnnualReport:
    """The figures of ``year`` for the office of ``calendar``."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    requests = session.scalars(
        select(Request).where(Request.start_date.between(first, last), Request.status != VOID)
    ).all()
    objections = session.scalars(
        select(Objection).where(Objection.start_date.between(first, last), Objection.status != VOID)
    ).all()
    withdrawn = _reached(session, "request", "DITARIK")
    lapsed = _reached(session, "objection", "LEWAT_WAKTU")
    return AnnualReport(
        year=year,
        office=calendar.office.name,
        requests=_request_rows(calendar, requests, withdrawn),
        objections=(*_objection_rows(objections, lapsed), *_dispute_rows(session, calendar, year)),
    )


def _reached(session: Session, entity: str, state: str) -> set[int]:
    """Ids of the entries whose history passed through ``state``."""
    query = select(Transition.entity_id).where(
        Transition.entity == entity, Transition.to_state == state
    )
    return set(session.scalars(query))


def _dispute_rows(session: Session, calendar: WorkingCalendar, year: int) -> list[Row]:
    """Disputes by the month they reached the office (office time zone), and their outcomes."""
    tagged = []
    for dispute in session.scalars(select(Dispute).where(Dispute.status != VOID)):
        received = as_utc(dispute.received_at).astimezone(calendar.zone).date()
        if received.year == year:
            outcome = f"dispute_{dispute.ruling}" if dispute.ruling else "dispute_open"
            tagged.append((received.month, {"disputes", outcome}))
    keys = [key for key in OBJECTION_LABELS if key == "disputes" or key.startswith("dispute_")]
    return _tag_rows(keys, tagged)


def _counted(key: str, months: Iterable[int]) -> Row:
    """A row counting one item per month number (1-12) in ``months``."""
    per_month = [0] * 12
    for month in months:
        per_month[month - 1] += 1
    return Row(key, LABELS[key], tuple(per_month), sum(per_month))


def _tag_rows(keys: Iterable[str], tagged: Sequence[tuple[int, set[str]]]) -> list[Row]:
    return [_counted(key, (month for month, tags in tagged if key in tags)) for key in keys]


def _request_outcome(request: Request, withdrawn: set[int]) -> str:
    if request.decision is not None:
        return DECISION_KEYS.get(request.decision, request.decision)
    if request.status == "DITARIK" or request.id in withdrawn:
        return "withdrawn"
    if request.status == "TIDAK_DITANGGAPI":
        return "unanswered"
    return "open" if request.status in REQUEST_OPEN else request.status


def _days_taken(calendar: WorkingCalendar, request: Request) -> int | None:
    if request.decision is None or request.decided_date is None:
        return None
    return calendar.working_days_between(request.start_date, request.decided_date)


def _on_time(calendar: WorkingCalendar, request: Request, taken: int) -> bool:
    """Answered within the deadline that applied to the request, counted in working days.

    That deadline is the regime's response period (by default 10 working days, 3 for election
    information during a tahapan) plus the extension (7, or 2) when the request was lawfully
    extended: an answer inside the extended period is on time under UU 14/2008 Pasal 22(8). It
    is read off the request as the working days from ``start_date`` to ``due_date``, which holds
    exactly the regime and extension in force for it; extensions have their own row, so a reader
    still sees how many needed one.
    """
    return taken <= calendar.working_days_between(request.start_date, request.due_date)


def _request_tags(calendar: WorkingCalendar, request: Request, withdrawn: set[int]) -> set[str]:
    outcome = _request_outcome(request, withdrawn)
    tags = {"requests", outcome}
    if outcome == "rejected":
        tags.add(GROUND_KEYS.get(request.rejection_ground or "", "rejected_unknown_ground"))
    if request.extended:
        tags.add("extended")
    taken = _days_taken(calendar, request)
    if taken is not None:
        tags.add("decided")
        if _on_time(calendar, request, taken):
            tags.add("on_time")
    return tags


def _request_rows(
    calendar: WorkingCalendar, requests: Sequence[Request], withdrawn: set[int]
) -> tuple[Row, ...]:
    tagged = [(r.start_date.month, _request_tags(calendar, r, withdrawn)) for r in requests]
    counts = {
        row.key: row
        for row in _tag_rows(
            ("requests", *OUTCOME_KEYS, "rejected", "extended", "decided", "on_time"), tagged
        )
    }
    samples = [
        (r.start_date.month, taken)
        for r in requests
        if (taken := _days_taken(calendar, r)) is not None
    ]
    computed = {
        "mean_days": _sampled("mean_days", samples, _mean),
        "max_days": _sampled("max_days", samples, max),
        "on_time_share": _share("on_time_share", counts["on_time"], counts["decided"]),
    }
    return tuple(counts.get(key) or computed[key] for key in REQUEST_LABELS)


def _mean(values: list[int]) -> float:
    return _one_decimal(sum(values) / len(values))


def _one_decimal(value: float) -> float:
    """Rounded half up, as a reader of the report rounds (Python's round() goes to even)."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _sampled(
    key: str, samples: Sequence[tuple[int, int]], statistic: Callable[[list[int]], Value]
) -> Row:
    """A statistic of the samples per month and for the year; None where there are none."""
    buckets: list[list[int]] = [[] for _ in MONTHS]
    for month, value in samples:
        buckets[month - 1].append(value)
    every = [value for _, value in samples]
    return Row(
        key,
        LABELS[key],
        tuple(statistic(bucket) if bucket else None for bucket in buckets),
        statistic(every) if every else None,
    )


def _percent(part: Value, whole: Value) -> Value:
    if not whole or part is None:
        return None
    return _one_decimal(100 * part / whole)


def _share(key: str, part: Row, whole: Row) -> Row:
    months = tuple(_percent(p, w) for p, w in zip(part.months, whole.months, strict=True))
    return Row(key, LABELS[key], months, _percent(part.total, whole.total))


def _objection_tags(objection: Objection, lapsed: set[int]) -> set[str]:
    code = (objection.reason_code or "").strip().lower()
    tags = {"objections", f"objection_reason_{code if code in OBJECTION_REASONS else 'none'}"}
    if objection.decision is not None:
        tags.add(OBJECTION_DECISION_KEYS.get(objection.decision, "objection_other_decision"))
    elif objection.status == "LEWAT_WAKTU" or objection.id in lapsed:
        tags.add("objection_lapsed")
    elif objection.status == "TIDAK_DITERIMA":
        tags.add("objection_not_accepted")
    elif objection.status in OBJECTION_OPEN:
        tags.add("objection_open")
    if objection.status == "SENGKETA_KI":
        tags.add("objection_dispute")
    return tags


def _objection_rows(objections: Sequence[Objection], lapsed: set[int]) -> list[Row]:
    tagged = [(o.start_date.month, _objection_tags(o, lapsed)) for o in objections]
    return _tag_rows((key for key in OBJECTION_LABELS if not key.startswith("dispute")), tagged)


# --- output --------------------------------------------------------------------------------------


def write_report(report: AnnualReport, fmt: str, target: Path) -> None:
    """Write the report as ``pdf`` (PDF/A-2b), ``csv`` (UTF-8) or ``xlsx`` to ``target``."""
    writers: dict[str, Callable[[AnnualReport, Path], None]] = {
        "pdf": _write_pdf,
        "csv": _write_csv,
        "xlsx": _write_xlsx,
    }
    if fmt not in writers:
        raise ValueError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")
    writers[fmt](report, target)


def title_of(report: AnnualReport) -> str:
    return f"Laporan Layanan Informasi Publik Tahun {report.year}"


def _plain(value: Value) -> str:
    """A value for machines: decimal point, empty when there is nothing to measure."""
    if value is None:
        return ""
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _shown(value: Value) -> str:
    """A value for readers: Indonesian decimal comma, a dash when there is nothing to measure."""
    return "-" if value is None else _plain(value).replace(".", ",")


def _header() -> list[str]:
    return [LABEL_HEADER, *MONTHS, TOTAL_HEADER]


def _write_csv(report: AnnualReport, target: Path) -> None:
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_header())
        for row in report.rows:
            writer.writerow([row.label, *map(_plain, row.months), _plain(row.total)])


def _fill_monthly(sheet: Any, rows: Sequence[Row]) -> None:
    sheet.append(_header())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in rows:
        sheet.append([row.label, *row.months, row.total])
        if any(isinstance(value, float) for value in (*row.months, row.total)):
            for cell in sheet[sheet.max_row][1:]:
                cell.number_format = "0.0"
    sheet.column_dimensions["A"].width = 60
    for column in range(2, len(MONTHS) + 3):
        sheet.column_dimensions[get_column_letter(column)].width = 8
    sheet.freeze_panes = "B2"


def _fill_summary(sheet: Any, report: AnnualReport) -> None:
    sheet.append([title_of(report)])
    sheet.append([report.office])
    sheet.append([])
    sheet.append([LABEL_HEADER, TOTAL_HEADER])
    for coordinate in ("A1", "A4", "B4"):
        sheet[coordinate].font = Font(bold=True)
    for key in SUMMARY_KEYS:
        row = report.row(key)
        sheet.append([row.label, row.total])
        if isinstance(row.total, float):
            sheet.cell(sheet.max_row, 2).number_format = "0.0"
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 10


def _write_xlsx(report: AnnualReport, target: Path) -> None:
    book = Workbook()
    book.remove(book.worksheets[0])
    _fill_monthly(book.create_sheet("Permintaan"), report.requests)
    _fill_monthly(book.create_sheet("Keberatan"), report.objections)
    _fill_summary(book.create_sheet("Ringkasan"), report)
    book.save(target)


# --- PDF -----------------------------------------------------------------------------------------

MARGIN = 1.8 * cm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 4.9 * cm
TOTAL_WIDTH = 1.2 * cm
CHART_DPI = 200
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.9, 0.92, 0.95)
BAR = "#3b6e8f"
_DEADLINE_NOTE = (
    "Waktu pemenuhan: hari kerja sejak permintaan dicatat (hari ke-0) sampai pemberitahuan "
    "tertulis. Dalam jangka waktu: tidak melewati jangka waktu yang berlaku bagi permintaan itu "
    "(UU 14/2008 Pasal 22 ayat 7; Perki 1/2019 untuk informasi tahapan Pemilu/Pemilihan), "
    "termasuk perpanjangan bila diperpanjang (Pasal 22 ayat 8)."
)


def _style(name: str, size: float, font: str = FONT, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **extra)


STYLES = {
    "title": _style("title", 15, BOLD, alignment=1, spaceAfter=4),
    "office": _style("office", 11, BOLD, alignment=1, spaceAfter=2),
    "period": _style("period", 9, alignment=1, spaceAfter=12),
    "heading": _style("heading", 11, BOLD, spaceBefore=10, spaceAfter=6),
    "cell": _style("cell", 8.5),
    "small": _style("small", 7),
    "note": _style("note", 8, spaceBefore=6),
}


def _table_style(header_font_size: float, body_font_size: float) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Helvetica, which is never embedded
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), header_font_size),
            ("FONTSIZE", (0, 1), (-1, -1), body_font_size),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("ALIGN", (1, 0), (-1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )


def _summary_table(report: AnnualReport) -> Table:
    data: list[list[Any]] = [[LABEL_HEADER, TOTAL_HEADER]]
    for key in SUMMARY_KEYS:
        row = report.row(key)
        data.append([Paragraph(escape(row.label), STYLES["cell"]), _shown(row.total)])
    table = Table(data, colWidths=[TEXT_WIDTH - 3 * cm, 3 * cm], repeatRows=1)
    table.setStyle(_table_style(9, 8.5))
    return table


def _monthly_table(rows: Sequence[Row]) -> Table:
    data: list[list[Any]] = [_header()]
    for row in rows:
        label = Paragraph(escape(row.label), STYLES["small"])
        data.append([label, *map(_shown, row.months), _shown(row.total)])
    month_width = (TEXT_WIDTH - LABEL_WIDTH - TOTAL_WIDTH) / len(MONTHS)
    widths = [LABEL_WIDTH, *[month_width] * len(MONTHS), TOTAL_WIDTH]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(_table_style(7, 7))
    return table


def _png(figure: ChartFigure) -> io.BytesIO:
    """The chart as an opaque RGB PNG: no alpha channel, hence no soft mask in the PDF."""
    FigureCanvasAgg(figure)
    raw = io.BytesIO()
    figure.savefig(raw, format="png", dpi=CHART_DPI, facecolor="white")
    raw.seek(0)
    out = io.BytesIO()
    with PILImage.open(raw) as image:
        image.convert("RGB").save(out, format="PNG")
    out.seek(0)
    return out


def _monthly_chart(report: AnnualReport) -> io.BytesIO:
    received = report.row("requests").months
    figure = ChartFigure(figsize=(7.5, 2.8))
    axes = figure.add_subplot()
    bars = axes.bar(MONTHS, [value or 0 for value in received], color=BAR)
    axes.bar_label(bars, fontsize=8)
    axes.set_title(f"Permintaan informasi per bulan, {report.year}", fontsize=10)
    axes.set_ylabel("Jumlah", fontsize=8)
    axes.tick_params(labelsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _png(figure)


def _outcome_chart(report: AnnualReport) -> io.BytesIO:
    rows = [report.row(key) for key in OUTCOME_KEYS]
    figure = ChartFigure(figsize=(7.5, 3.4))
    axes = figure.add_subplot()
    bars = axes.barh([row.label for row in rows], [row.total or 0 for row in rows], color=BAR)
    axes.bar_label(bars, fontsize=8, padding=2)
    axes.invert_yaxis()
    axes.set_title(f"Hasil permintaan informasi, {report.year}", fontsize=10)
    axes.tick_params(labelsize=8)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _png(figure)


def _chart(png: io.BytesIO, height_ratio: float) -> Image:
    return Image(png, width=TEXT_WIDTH, height=TEXT_WIDTH * height_ratio)


def _story(report: AnnualReport) -> list[Flowable]:
    heading = STYLES["heading"]
    return [
        Paragraph(escape(title_of(report)), STYLES["title"]),
        Paragraph(escape(report.office), STYLES["office"]),
        Paragraph(f"Periode 1 Januari – 31 Desember {report.year}", STYLES["period"]),
        Paragraph("A. Ringkasan layanan informasi publik", heading),
        _summary_table(report),
        Paragraph(_DEADLINE_NOTE, STYLES["note"]),
        KeepTogether(
            [
                Paragraph("B. Grafik", heading),
                _chart(_monthly_chart(report), 2.8 / 7.5),
                Spacer(1, 8),
                _chart(_outcome_chart(report), 3.4 / 7.5),
            ]
        ),
        PageBreak(),
        Paragraph("C. Rincian permintaan informasi per bulan", heading),
        _monthly_table(report.requests),
        Paragraph("D. Rincian keberatan dan sengketa informasi per bulan", heading),
        _monthly_table(report.objections),
    ]


def _footer(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.drawString(MARGIN, 1.1 * cm, doc.title)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 1.1 * cm, f"Halaman {doc.page}")
    canvas.restoreState()


def _write_pdf(report: AnnualReport, target: Path) -> None:
    register_fonts()
    title = title_of(report)
    with tempfile.TemporaryDirectory(prefix="arsip-report-") as scratch:
        draft = Path(scratch) / "draft.pdf"
        doc = SimpleDocTemplate(
            str(draft),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author=report.office,
            creator="Arsip PPID",
            initialFontName=FONT,
        )
        doc.build(_story(report), onFirstPage=_footer, onLaterPages=_footer)
        write_pdfa(draft, target, title)
