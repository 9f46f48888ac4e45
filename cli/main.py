"""`arsip`: the command line. Exit codes come from pipeline.errors.ExitCode, applied only here."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from audit import chain
from cli import sop
from cli.common import console, errors, fail, open_database
from cli.fields import fields_app
from config.settings import Settings
from db.engine import Database
from db.models import Document
from pipeline import jobs
from pipeline.binding import group_pages
from pipeline.classify import ensure_model
from pipeline.errors import ArsipError, ExitCode
from pipeline.ingest import Ingestor, Outcome, collect_files
from pipeline.ocr import check_engine
from pipeline.review import retrain, review_queue, set_class
from registry.calendar import WorkingCalendar
from registry.errors import Refused
from registry.notices import issue_missing_receipts
from registry.registers import registration_number
from search.index import search as search_index
from watchers.service import WatchService
from watchers.status import service_status

app = typer.Typer(
    help="Arsip PPID: surat masuk dipindai, diarsipkan, dapat dicari.", no_args_is_help=True
)
audit_app = typer.Typer(help="Jejak audit (audit trail).", no_args_is_help=True)
classify_app = typer.Typer(help="Kelas surat (letter classes).", no_args_is_help=True)
app.add_typer(classify_app, name="classify")
jobs_app = typer.Typer(help="Antrean pekerjaan (job queue).", invoke_without_command=True)
app.add_typer(audit_app, name="audit")
app.add_typer(jobs_app, name="jobs")
app.add_typer(fields_app, name="fields")
app.add_typer(sop.request_app, name="request")
app.add_typer(sop.objection_app, name="objection")
app.add_typer(sop.dispute_app, name="dispute")
app.registered_commands.extend(sop.commands.registered_commands)


def _open_for_work() -> tuple[Settings, Database]:
    """Open the database and make sure the OCR engine can run, before any file is touched."""
    settings, database = open_database()
    try:
        check_engine(settings.pipeline.ocr_languages)
    except ArsipError as error:
        raise fail(error) from None
    ensure_model(settings.home)
    return settings, database


def _report(outcomes: Iterator[Outcome], as_json: bool, total: int, ingestor: Ingestor) -> int:
    """Print each outcome; returns the exit status for the batch."""
    status = ExitCode.ok
    show_progress = not as_json and sys.stdout.isatty()
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[pages]} halaman"), TimeRemainingColumn(),
        console=console, disable=not show_progress,
    )  # fmt: skip
    with progress:
        task = progress.add_task("Memproses", total=total, pages=0)
        pages = 0
        for outcome in outcomes:
            pages += outcome.pages or 0
            progress.update(task, advance=1, pages=pages)
            if outcome.status == "quarantined":
                status = ExitCode.quarantined
            if as_json:
                print(json.dumps(outcome.to_json(), ensure_ascii=False), flush=True)
            else:
                _print_outcome(outcome)
    return int(status)


def _print_outcome(outcome: Outcome) -> None:
    colour = {"registered": "green", "duplicate": "yellow", "quarantined": "red"}[outcome.status]
    detail = outcome.error or ", ".join(
        filter(None, [f"dokumen #{outcome.document_id}", f"{outcome.pages} hlm", outcome.cls,
                      outcome.registration_number])
    )  # fmt: skip
    console.print(f"[{colour}]{outcome.status:<11}[/] {outcome.file}  [dim]{detail}[/]")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per letter.")] = False,
    channel: Annotated[
        str, typer.Option(help="Intake channel recorded with each letter.")
    ] = "umum",
) -> None:
    """Archive, OCR and index letters.

    Page images of one letter ("surat_p1.jpg", "surat_p2.jpg") are bound into one letter.
    """
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        errors.print(f"[bold red]arsip:[/] tidak ada / not found: {', '.join(missing)}")
        raise typer.Exit(int(ExitCode.usage))
    settings, database = _open_for_work()
    files = collect_files(paths)
    ingestor = Ingestor(settings, database)
    job_ids = ingestor.enqueue(group_pages(files), channel)
    raise typer.Exit(_report(ingestor.run(job_ids), as_json, len(job_ids), ingestor))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (Indonesian or English).")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
) -> None:
    """Full-text search over every archived letter."""
    _, database = open_database()
    with database.session() as session:
        hits = search_index(session, query, limit)
        documents = {
            d.id: d
            for d in session.query(Document).filter(Document.id.in_([h.document_id for h in hits]))
        }
        numbers = {hit.document_id: registration_number(session, hit.document_id) for hit in hits}
    for hit in hits:
        document = documents[hit.document_id]
        record = {
            "document_id": hit.document_id,
            "class": document.cls,
            "registration_number": numbers[hit.document_id],
            "score": round(hit.score, 4),
            "snippet": hit.snippet,
            "letter_date": json.loads(document.fields).get("letter_date"),
            "page": hit.page,
            "file": document.original_name,
        }
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            console.print(
                f"[bold]#{hit.document_id}[/] {record['file']} (hlm {hit.page})  {hit.snippet}"
            )
    if not hits and not as_json:
        console.print("Tidak ada hasil / no results")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the whole audit chain; exit 1 naming the first bad event."""
    _, database = open_database()
    with database.session() as session:
        verdict = chain.verify(session)
    if verdict.intact:
        console.print(f"[green]Utuh / intact[/]: {verdict.events} peristiwa, head {verdict.head}")
        return
    errors.print(f"[bold red]Rusak / broken[/] at event #{verdict.first_bad_id}: {verdict.reason}")
    raise typer.Exit(1)


@jobs_app.callback()
def jobs_list(
    ctx: typer.Context,
    state: Annotated[str | None, typer.Option(help="queued, running, done or failed")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """List jobs, newest first."""
    if ctx.invoked_subcommand is not None:
        return
    _, database = open_database()
    table = Table("id", "state", "outcome", "attempts", "file", "error")
    with database.session() as session:
        for job in jobs.recent(session, limit, state):
            table.add_row(
                str(job.id),
                job.state,
                job.outcome or "",
                str(job.attempts),
                job.path,
                job.last_error or "",
            )
    console.print(table)


@jobs_app.command("retry")
def jobs_retry(
    job_ids: Annotated[list[int] | None, typer.Argument(help="Job ids to run again.")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Every failed job.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Run failed jobs again."""
    if not job_ids and not failed:
        errors.print("[bold red]arsip:[/] give job ids or --failed")
        raise typer.Exit(int(ExitCode.usage))
    settings, database = _open_for_work()
    with database.session() as session:
        requeued = jobs.requeue(session, job_ids or jobs.failed_ids(session))
    ingestor = Ingestor(settings, database)
    raise typer.Exit(_report(ingestor.run(requeued), as_json, len(requeued), ingestor))


def _serve() -> None:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    settings, database = _open_for_work()
    WatchService(settings, database).run()


@app.command()
def serve() -> None:
    """The main job: inbox watchers and the worker pool, until SIGINT/SIGTERM."""
    _serve()


@app.command()
def watch() -> None:
    """Inbox watchers and workers only (the same as serve until the web UI exists)."""
    _serve()


@app.command()
def status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """What is waiting, running, done today and quarantined, and whether the service runs."""
    settings, database = open_database()
    report = service_status(settings, database)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return
    table = Table("", "", show_header=False)
    labels = {
        "waiting": "Menunggu / waiting", "running": "Diproses / running",
        "done_today": "Selesai hari ini / done today", "quarantined": "Karantina / quarantined",
        "failed_jobs": "Gagal / failed jobs", "documents": "Dokumen / documents",
        "oldest_waiting_seconds": "Tunggu terlama (detik) / oldest waiting (s)",
        "needs_review": "Menunggu tinjauan kelas / needs review",
        "open_overdue": "Permintaan/keberatan lewat tenggat / overdue",
        "open_due_soon": "Hampir tenggat / due soon",
        "service": "Layanan / service",
    }  # fmt: skip
    for key, label in labels.items():
        value = report[key]
        table.add_row(label, _describe_service(value) if key == "service" else str(value))
    console.print(table)


def _describe_service(state: dict[str, Any]) -> str:
    if not state["running"]:
        return "[red]tidak berjalan / not running[/]"
    text = (
        f"[green]berjalan / running[/] pid {state['pid']}, {state['workers']} pekerja/workers, "
        f"{state['in_flight']} diproses, sejak/since {state['started_at']}"
    )
    missing = ", ".join(state.get("missing_inboxes", []))
    return text + (f"\n[yellow]folder hilang / missing: {missing}[/]" if missing else "")


@classify_app.command("set")
def classify_set(
    document_id: Annotated[int, typer.Argument(help="Document id.")],
    cls: Annotated[
        str,
        typer.Argument(
            metavar="CLASS", help="permohonan_informasi, keberatan, sengketa or surat_masuk"
        ),
    ],
    by: Annotated[str, typer.Option("--by", help="Who decides (until logins exist).")] = "petugas",
    note: Annotated[str | None, typer.Option(help="Why, for the audit trail.")] = None,
) -> None:
    """Confirm or correct a letter's class (audited; used by `classify retrain`)."""
    settings, database = open_database()
    calendar = WorkingCalendar.from_settings(settings)
    try:
        with database.session() as session:
            document = set_class(session, settings, calendar, document_id, cls, by)
            if note:
                chain.append(session, "note", actor=by, document_id=document.id, note=note)
            number = registration_number(session, document.id)
    except (ArsipError, Refused) as error:
        raise fail(error) from None
    for failure in issue_missing_receipts(
        database, settings, now=datetime.now(UTC)
    ).failed.values():
        errors.print(f"[yellow]tanda bukti belum dibuat / receipt not made yet:[/] {failure}")
    console.print(f"Dokumen #{document_id}: kelas / class = [bold]{cls}[/], nomor {number or '-'}")


@classify_app.command("retrain")
def classify_retrain(by: Annotated[str, typer.Option("--by")] = "admin") -> None:
    """Retrain on corrections; the new model replaces the old only if it scores no worse."""
    settings, database = open_database()
    with database.session() as session:
        result = retrain(session, settings.home, by)
    verdict = (
        "dipakai / kept"
        if result.kept_new
        else "ditolak, model lama tetap / rejected, old model kept"
    )
    console.print(
        f"Model baru {verdict}: akurasi lama {result.old_accuracy:.3f}, "
        f"baru {result.new_accuracy:.3f} "
        f"({result.examples} koreksi, {result.held_out} disisihkan untuk uji)"
    )


@app.command()
def review(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Letters waiting for a clerk: a class to confirm, or fields OCR was unsure of to check
    against the paper (`arsip fields show|set|confirm`), oldest first."""
    _, database = open_database()
    with database.session() as session:
        waiting = [
            {"document_id": d.id, "file": d.original_name, "class": d.cls,
             "confidence": d.confidence, "needs_review": d.needs_review,
             "fields_to_check": json.loads(d.fields_to_check),
             "received_at": d.received_at.isoformat()}
            for d in review_queue(session)
        ]  # fmt: skip
    if as_json:
        for row in waiting:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table(
        "id", "berkas / file", "kelas / class", "keyakinan / confidence",
        "isian dicek / fields to check", "diterima / received",
    )  # fmt: skip
    for row in waiting:
        cls = f"[yellow]{row['class']}?[/]" if row["needs_review"] else str(row["class"])
        table.add_row(
            str(row["document_id"]), str(row["file"]), cls, f"{row['confidence']:.2f}",
            ", ".join(row["fields_to_check"]), str(row["received_at"]),
        )  # fmt: skip
    console.print(table if waiting else "Tidak ada yang menunggu tinjauan / nothing to review")


def main() -> None:
    app()
