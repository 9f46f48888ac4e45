"""`arsip request …`, `arsip objection …`, `arsip link`, `arsip deadlines`, `arsip report`.

Every command that changes something takes ``--by`` (who, until logins exist) and ``--note``
(why); a refused step exits 4 with the reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Column, Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from audit import chain
from cli.common import console, fail, open_database
from config.settings import Settings
from db.models import Dispute, Notice, Objection, Request
from registry import deadlines, history, links
from registry.calendar import WorkingCalendar, office_today
from registry.errors import NotFound, Refused
from registry.notices import notices_of
from registry.privacy import masked
from registry.workflow import Decision, Workflow

request_app = typer.Typer(help="Permintaan informasi (Register Permohonan).", no_args_is_help=True)
objection_app = typer.Typer(help="Keberatan (Register Keberatan).", no_args_is_help=True)
dispute_app = typer.Typer(help="Sengketa informasi di Komisi Informasi.", no_args_is_help=True)
commands = typer.Typer()

By = Annotated[str, typer.Option("--by", help="Siapa / who acts (until logins exist).")]
Note = Annotated[str, typer.Option("--note", help="Mengapa / why, for the audit trail.")]
Ref = Annotated[str, typer.Argument(metavar="NOMOR", help="Registration number or id.")]
AsJson = Annotated[bool, typer.Option("--json", help="JSON for scripts.")]
URGENCY_LEGEND = (
    "sisa = hari kerja sampai tenggat; [bold red]merah[/] lewat tenggat, [yellow]kuning[/] "
    "hampir tenggat, [green]hijau[/] tepat waktu"
)
URGENCY_STYLE = {"overdue": "bold red", "due_soon": "yellow", "on_time": "green"}


@contextmanager
def _session() -> Iterator[tuple[Session, Settings, WorkingCalendar, date]]:
    """One transaction; a refusal rolls it back and exits 4 with the reason."""
    settings, database = open_database()
    calendar = WorkingCalendar.from_settings(settings)
    try:
        with database.session() as session:
            yield session, settings, calendar, office_today(settings.office)
    except Refused as error:
        raise fail(error) from None


def _find(
    session: Session, model: type[Request] | type[Objection] | type[Dispute], ref: str
) -> Any:
    if ref.isdigit():
        found = session.get(model, int(ref))
    else:
        wanted = "".join(ref.split()).upper()
        found = session.scalar(select(model).where(func.upper(model.registration_number) == wanted))
    if found is None:
        raise NotFound(f"Tidak ditemukan: {ref}", f"no such record: {ref}")
    return found


def _act(
    model: Any, ref: str, step: str, *args: Any, by: str, note: str, **extra: Any
) -> tuple[Any, Any]:
    """Find the record and take one workflow step on it, in one transaction: (record, result)."""
    with _session() as (session, settings, calendar, today):
        record = _find(session, model, ref)
        method = getattr(Workflow(session, settings, calendar), step)
        return record, method(record, *args, actor=by, today=today, note=note, **extra)


def _whole(header: str = "nomor") -> Column:
    """A column whose values are never cut short (numbers, dates, states): folded if need be."""
    return Column(header, overflow="fold")


def _request_numbers(session: Session) -> dict[int, str]:
    rows = session.execute(select(Request.id, Request.registration_number))
    return {request_id: number for request_id, number in rows}


def _done(message: str, notice: Notice | None = None) -> None:
    suffix = f" — surat {notice.number} ({notice.pdfa_path})" if notice else ""
    console.print(f"[green]{message}[/]{suffix}")


def request_row(
    request: Request, calendar: WorkingCalendar, settings: Settings, today: date
) -> dict[str, Any]:
    urgency = calendar.urgency(request.due_date, today, settings.deadlines.due_soon_days)
    return {
        "id": request.id,
        "registration_number": request.registration_number,
        "received": request.start_date.isoformat(),
        "applicant_name": request.applicant_name,
        "status": request.status,
        "due_date": request.due_date.isoformat(),
        "days_left": urgency.days_left,
        "urgency": urgency.state,
        "incomplete": request.incomplete,
    }


@request_app.command("list")
def request_list(
    status: Annotated[str | None, typer.Option(help="Only this state, e.g. TERDAFTAR.")] = None,
    as_json: AsJson = False,
) -> None:
    """The Register Permohonan, newest first."""
    with _session() as (session, settings, calendar, today):
        query = select(Request).order_by(Request.id.desc())
        if status:
            query = query.where(Request.status == status.upper())
        rows = [request_row(r, calendar, settings, today) for r in session.scalars(query)]
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table(
        _whole(),
        _whole("diterima"),
        "pemohon",
        _whole("status"),
        _whole("tenggat"),
        _whole("sisa"),
        caption=URGENCY_LEGEND,
    )
    for row in rows:
        style = URGENCY_STYLE[row["urgency"]]
        table.add_row(
            row["registration_number"],
            row["received"],
            row["applicant_name"] or "-",
            row["status"],
            row["due_date"],
            f"[{style}]{row['days_left']}[/]",
        )
    console.print(table)


@request_app.command("show")
def request_show(
    ref: Ref,
    full: Annotated[bool, typer.Option("--full", help="Unmasked personal data (audited).")] = False,
    by: By = "petugas",
    as_json: AsJson = False,
) -> None:
    """One request: its register columns, history and notices."""
    with _session() as (session, settings, calendar, today):
        request = _find(session, Request, ref)
        values = {column.key: getattr(request, column.key) for column in Request.__table__.columns}
        values.update(request_row(request, calendar, settings, today))
        if full:
            chain.append(
                session,
                "personal_data_viewed",
                actor=by,
                document_id=request.document_id,
                request=request.registration_number,
            )
        else:
            values = masked(values)
        values["history"] = [
            {
                "event": t.event,
                "from": t.from_state,
                "to": t.to_state,
                "by": t.actor,
                "on": t.on_date.isoformat(),
                "note": t.note,
            }
            for t in history.history(session, "request", request.id)
        ]
        values["notices"] = [
            {
                "kind": n.kind,
                "number": n.number,
                "issued": n.issued_date.isoformat(),
                "file": n.pdfa_path,
            }
            for n in notices_of(session, request.id)
        ]
    if as_json:
        print(json.dumps(values, ensure_ascii=False, default=str))
        return
    table = Table(show_header=False)
    for key, value in values.items():
        if key not in ("history", "notices"):
            table.add_row(key, "" if value is None else str(value))
    console.print(table)
    for step in values["history"]:
        console.print(
            f"{step['on']} {step['by']}: {step['event']} {step['from']} → {step['to']} "
            f"{step['note']}"
        )
    for notice in values["notices"]:
        console.print(
            f"surat {notice['kind']} {notice['number']} {notice['issued']} {notice['file']}"
        )


@request_app.command("dispose")
def request_dispose(
    ref: Ref,
    unit: Annotated[str, typer.Option(help="Unit that holds the information.")],
    by: By = "ppid",
    note: Note = "",
) -> None:
    """Send the request to the unit that holds the information."""
    request, _ = _act(Request, ref, "dispose", unit, by=by, note=note)
    _done(f"{request.registration_number}: DIPROSES ({unit})")


@request_app.command("category")
def request_category(
    ref: Ref,
    category: Annotated[str, typer.Argument(help="pemilu or badan_publik")],
    by: By = "ppid",
    note: Note = "",
) -> None:
    """Election information during tahapan runs on the short deadlines."""
    request, _ = _act(Request, ref, "set_category", category, by=by, note=note)
    _done(f"{request.registration_number}: {category}, tenggat {request.due_date.isoformat()}")


@request_app.command("received")
def request_received(
    ref: Ref,
    received: Annotated[str, typer.Argument(help="Date on the received stamp, YYYY-MM-DD.")],
    by: By = "petugas",
    note: Note = "",
) -> None:
    """Enter the received-stamp date: the deadline counts from it."""
    try:
        day = date.fromisoformat(received)
    except ValueError:
        raise fail(Refused(f"Tanggal tidak sah: {received}", "date: YYYY-MM-DD")) from None
    request, _ = _act(Request, ref, "set_received", day, by=by, note=note)
    _done(f"{request.registration_number}: diterima {day}, tenggat {request.due_date}")


@request_app.command("extend")
def request_extend(
    ref: Ref,
    reason: Annotated[
        str, typer.Argument(help="belum_dikuasai, belum_didokumentasikan or belum_dapat_diputuskan")
    ],
    by: By = "ppid",
    note: Note = "",
) -> None:
    """One extension, before the first deadline (Pemberitahuan Perpanjangan)."""
    request, notice = _act(Request, ref, "extend", reason, by=by, note=note)
    _done(
        f"{request.registration_number}: diperpanjang sampai {request.due_date.isoformat()}", notice
    )


@request_app.command("decide")
def request_decide(
    ref: Ref,
    outcome: Annotated[
        str,
        typer.Argument(help="diberikan, sebagian, ditolak, tidak_dikuasai, belum_didokumentasikan"),
    ],
    ground: Annotated[
        str | None,
        typer.Option(help="dikecualikan, dikecualikan_uu_lain, persyaratan_tidak_lengkap"),
    ] = None,
    pasal: Annotated[str | None, typer.Option(help="e.g. 'Pasal 17 huruf h'")] = None,
    consequence: Annotated[str | None, typer.Option(help="Consequence test text.")] = None,
    law: Annotated[str | None, typer.Option(help="The other law that exempts it.")] = None,
    holder: Annotated[str | None, typer.Option(help="Body that holds the information.")] = None,
    period_days: Annotated[int | None, typer.Option(help="Days until documented.")] = None,
    form: Annotated[str | None, typer.Option(help="softcopy or hardcopy")] = None,
    cost: Annotated[int, typer.Option(help="Cost in rupiah.")] = 0,
    explanation: Annotated[str | None, typer.Option(help="What was blacked out and why.")] = None,
    by: By = "ppid",
    note: Note = "",
) -> None:
    """The written notice (Pemberitahuan Tertulis) with the decision and its grounds."""
    decision = Decision(
        outcome, ground, pasal, consequence, law, holder, period_days, form, cost, explanation
    )
    request, notice = _act(Request, ref, "decide", decision, by=by, note=note)
    _done(f"{request.registration_number}: {request.status}", notice)


@request_app.command("deliver")
def request_deliver(
    ref: Ref,
    method: Annotated[str | None, typer.Option(help="How it was handed over.")] = None,
    by: By = "petugas",
    note: Note = "",
) -> None:
    """The information was handed over or sent."""
    request, _ = _act(Request, ref, "deliver", method, by=by, note=note)
    _done(f"{request.registration_number}: DISERAHKAN")


@request_app.command("close")
def request_close(ref: Ref, by: By = "petugas", note: Note = "") -> None:
    """Close a request that was delivered, refused or withdrawn."""
    request, _ = _act(Request, ref, "close", by=by, note=note)
    _done(f"{request.registration_number}: SELESAI")


@request_app.command("withdraw")
def request_withdraw(ref: Ref, by: By = "petugas", note: Note = "") -> None:
    """The applicant withdrew the request (a note is required)."""
    request, _ = _act(Request, ref, "withdraw", by=by, note=note)
    _done(f"{request.registration_number}: DITARIK")


@objection_app.command("list")
def objection_list(as_json: AsJson = False) -> None:
    """The Register Keberatan, newest first."""
    with _session() as (session, _settings, _calendar, _today):
        request_numbers = _request_numbers(session)
        rows: list[dict[str, Any]] = [
            {
                "id": o.id,
                "registration_number": o.registration_number,
                "received": o.start_date.isoformat(),
                "request": request_numbers.get(o.request_id or 0),
                "reason_code": o.reason_code,
                "status": o.status,
                "due_date": o.due_date.isoformat(),
            }
            for o in session.scalars(select(Objection).order_by(Objection.id.desc()))
        ]
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table(
        _whole(),
        _whole("diterima"),
        _whole("permintaan"),
        "alasan",
        _whole("status"),
        _whole("tenggat"),
    )
    for row in rows:
        table.add_row(
            row["registration_number"],
            row["received"],
            row["request"] or "-",
            row["reason_code"] or "-",
            row["status"],
            row["due_date"],
        )
    console.print(table)


@objection_app.command("decide")
def objection_decide(
    ref: Ref,
    decision: Annotated[str, typer.Argument(help="dikabulkan or ditolak")],
    response: Annotated[str, typer.Option(help="The Atasan PPID's reasons.")],
    order: Annotated[str, typer.Option(help="What the PPID must now do.")] = "",
    by: By = "atasan",
    note: Note = "",
) -> None:
    """The Atasan PPID's written answer to an objection (Tanggapan atas Keberatan)."""
    objection, notice = _act(
        Objection, ref, "decide_objection", decision, response, by=by, note=note, order=order
    )
    _done(f"{objection.registration_number}: {objection.status}", notice)


@dispute_app.command("list")
def dispute_list(as_json: AsJson = False) -> None:
    """The dispute list, newest first."""
    with _session() as (session, _settings, _calendar, _today):
        numbers = _request_numbers(session)
        rows: list[dict[str, Any]] = [
            {
                "id": d.id,
                "registration_number": d.registration_number,
                "ki_register_number": d.ki_register_number,
                "request": numbers.get(d.request_id or 0),
                "status": d.status,
                "ruling": d.ruling,
            }
            for d in session.scalars(select(Dispute).order_by(Dispute.id.desc()))
        ]
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table(
        _whole(), _whole("register KI"), _whole("permintaan"), _whole("status"), "putusan"
    )
    for row in rows:
        table.add_row(
            row["registration_number"],
            row["ki_register_number"] or "-",
            row["request"] or "-",
            row["status"],
            row["ruling"] or "-",
        )
    console.print(table)


@dispute_app.command("stage")
def dispute_stage(
    ref: Ref,
    stage: Annotated[str, typer.Argument(help="mediasi or ajudikasi")],
    by: By = "ppid",
    note: Note = "",
) -> None:
    """The Komisi Informasi's procedure moved on."""
    dispute, _ = _act(Dispute, ref, "dispute_stage", stage, by=by, note=note)
    _done(f"{dispute.registration_number}: {dispute.status}")


@dispute_app.command("rule")
def dispute_rule(
    ref: Ref,
    ruling: Annotated[
        str,
        typer.Argument(help="mediasi_berhasil, dikabulkan, dikabulkan_sebagian, ditolak, gugur"),
    ],
    by: By = "ppid",
    note: Note = "",
) -> None:
    """Record the ruling (or the mediation agreement); --note carries its operative part."""
    dispute, _ = _act(Dispute, ref, "dispute_ruling", ruling, by=by, note=note)
    _done(f"{dispute.registration_number}: PUTUS ({ruling})")


@commands.command("link")
def link(
    ref: Annotated[
        str, typer.Argument(metavar="KEBERATAN_ATAU_SENGKETA", help="Objection or dispute number.")
    ],
    request_ref: Annotated[str, typer.Argument(metavar="PERMINTAAN", help="Request number or id.")],
    by: By = "petugas",
    note: Note = "",
) -> None:
    """Attach an objection or a dispute to the request it concerns."""
    with _session() as (session, settings, calendar, today):
        request = _find(session, Request, request_ref)
        wanted = "".join(ref.split()).upper()
        objection = session.scalar(
            select(Objection).where(func.upper(Objection.registration_number) == wanted)
        )
        if objection is not None:
            links.link_objection(
                session, settings, calendar, objection, request, actor=by, today=today, note=note
            )
            outcome = (
                f"{objection.registration_number} → {request.registration_number}: "
                f"{objection.status}"
            )
        else:
            dispute = _find(session, Dispute, ref)
            links.link_dispute(
                session, calendar, dispute, request, actor=by, today=today, note=note
            )
            outcome = f"{dispute.registration_number} → {request.registration_number}"
    _done(outcome)


@commands.command("deadlines")
def deadlines_command(as_json: AsJson = False) -> None:
    """Open requests and objections, most urgent first; marks what has lapsed."""
    with _session() as (session, settings, calendar, today):
        deadlines.lapse_overdue(session, today)
        items: list[dict[str, Any]] = [
            {
                "entity": item.entity,
                "registration_number": item.record.registration_number,
                "status": item.record.status,
                "received": item.record.start_date.isoformat(),
                "due_date": item.record.due_date.isoformat(),
                "days_left": item.urgency.days_left,
                "urgency": item.urgency.state,
                "applicant_name": item.record.applicant_name,
            }
            for item in deadlines.open_items(session, settings, calendar, today)
        ]
    if as_json:
        for row in items:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table(
        "",
        _whole(),
        "pemohon",
        _whole("status"),
        _whole("tenggat"),
        _whole("sisa"),
        title=f"Tenggat per {today.isoformat()}",
        caption=URGENCY_LEGEND,
    )
    for row in items:
        style = URGENCY_STYLE[row["urgency"]]
        kind = "permintaan" if row["entity"] == "request" else "keberatan"
        table.add_row(
            kind,
            row["registration_number"],
            row["applicant_name"] or "-",
            row["status"],
            row["due_date"],
            f"[{style}]{row['days_left']}[/]",
        )
    console.print(table if items else "Tidak ada yang terbuka / nothing open")


@commands.command("report")
def report(
    year: Annotated[int, typer.Option(help="Reporting year.")],
    fmt: Annotated[str, typer.Option("--format", help="pdf, csv or xlsx")] = "pdf",
    output: Annotated[Path | None, typer.Option(help="File to write.")] = None,
) -> None:
    """Laporan Layanan Informasi Publik for one year."""
    # Imported here: matplotlib takes a second to load, which no other command should pay.
    from registry.report import annual_report, write_report

    if fmt not in ("pdf", "csv", "xlsx"):
        raise fail(Refused(f"Format tidak dikenal: {fmt}", "format: pdf, csv or xlsx"))
    target = output or Path(f"laporan-layanan-informasi-{year}.{fmt}")
    with _session() as (session, _settings, calendar, _today):
        figures = annual_report(session, calendar, year)
    write_report(figures, fmt, target)
    _done(f"Laporan {year}: {target}")
