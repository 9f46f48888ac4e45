"""Outgoing letters: numbered, rendered from the office's templates, archived, linked, audited.

The PDF/A is written to the content-addressed archive and fsynced before the caller's
transaction commits the Notice row that points at it; a rollback leaves only an unreferenced
file, never a row without its file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from archive.store import ArchiveStore, relative_path, sha256_of
from audit import chain
from config.settings import Settings
from db.engine import Database
from db.models import Notice, Objection, Request, Transition
from registry.calendar import as_utc, format_date_id
from registry.deadlines import VOID, request_regime
from registry.law import OBJECTION_REASONS
from registry.letters import render_pdf
from registry.numbering import take_number
from registry.registers import REQUEST_FIELDS

REQUEST_KEYS = ("registration_number", *REQUEST_FIELDS, "due_date", "channel")
# The letter's fields an objection's receipt shows (see objection_context).
OBJECTION_RECEIPT_FIELDS = (
    "applicant_name", "reference_registration_number", "objection_reason_code",
)  # fmt: skip


def request_context(request: Request | None) -> dict[str, Any]:
    """The request's fields for a template; all None for a letter about no known request."""
    if request is None:
        return dict.fromkeys((*REQUEST_KEYS, "received_date"))
    context = {key: getattr(request, key) for key in REQUEST_KEYS}
    context["received_date"] = request.start_date
    return context


def objection_context(objection: Objection, **extra: Any) -> dict[str, Any]:
    """The objection's fields for a template (plus ``extra``, e.g. the Atasan's answer)."""
    return {
        "registration_number": objection.registration_number,
        "received_date": objection.start_date,
        "reason_code": objection.reason_code,
        "reason_text": OBJECTION_REASONS.get(objection.reason_code or "", "-"),
        "applicant_name": objection.applicant_name,
        "due_date": objection.due_date,
        "reference_registration_number": objection.reference_registration_number,
        **extra,
    }


def officer(settings: Settings, kind: str) -> dict[str, str]:
    """Objection answers are signed by the Atasan PPID, everything else by the PPID."""
    office = settings.office
    if kind == "tanggapan_keberatan":
        return {"name": office.atasan_name, "title": office.atasan_title, "nip": office.atasan_nip}
    return {"name": office.ppid_name, "title": office.ppid_title, "nip": office.ppid_nip}


def issue(
    session: Session,
    settings: Settings,
    kind: str,
    request: Request | None,
    *,
    actor: str,
    today: date,
    answers: Objection | None = None,
    transition: Transition | None = None,
    **extra: Any,
) -> Notice:
    """Number, render, archive and record one notice in the caller's transaction."""
    number = take_number(session, settings.registry, "naskah", today).text
    context = {
        "office": settings.office,
        "number": number,
        "issued": today,
        "request": request_context(request),
        "officer": officer(settings, kind),
        "deadlines": (
            request_regime(settings, request) if request else settings.deadlines.general
        ).model_dump(),
        **extra,
    }
    sha, stored = _archive(settings, kind, context)
    notice = Notice(
        kind=kind,
        number=number,
        request_id=request.id if request else None,
        objection_id=answers.id if answers else None,
        transition_id=transition.id if transition else None,
        issued_date=today,
        sha256=sha,
        pdfa_path=stored,
        actor=actor,
    )
    session.add(notice)
    session.flush()
    chain.append(
        session,
        "notice_issued",
        actor=actor,
        document_id=_document_of(request, answers),
        kind=kind,
        number=number,
        request=request.registration_number if request else None,
        objection=answers.registration_number if answers else None,
        sha256=sha,
        pdfa=stored,
    )
    return notice


def _document_of(request: Request | None, objection: Objection | None) -> int | None:
    """The letter a notice answers: the objection for objection letters, else the request."""
    record = objection or request
    return record.document_id if record is not None else None


def _archive(settings: Settings, kind: str, context: dict[str, Any]) -> tuple[str, str]:
    store = ArchiveStore(settings.archive_dir)
    settings.archive_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=settings.archive_dir, prefix=".notice-") as scratch:
        rendered = Path(scratch) / f"{kind}.pdf"
        render_pdf(kind, context, settings.office, rendered)
        sha = sha256_of(rendered)
        relative = relative_path("notices", sha, ".pdf")
        store.put(rendered, relative)
    return sha, str(relative)


def issue_receipt(
    session: Session, settings: Settings, request: Request, *, actor: str, now: datetime
) -> Notice:
    """The Tanda Bukti Penerimaan of a registered request (again after a received-stamp date
    was entered: it then names that date)."""
    zone = ZoneInfo(settings.office.timezone)
    local = as_utc(request.received_at).astimezone(zone)
    received_text = f"{format_date_id(local.date())} pukul {local:%H.%M %Z}"
    if request.start_date < local.date():
        received_text = f"{format_date_id(request.start_date)} (cap terima)"
    return issue(
        session,
        settings,
        "tanda_bukti",
        request,
        actor=actor,
        today=now.astimezone(zone).date(),
        received_at_text=received_text,
        clerk=actor,
    )


def issue_objection_receipt(
    session: Session, settings: Settings, objection: Objection, *, actor: str, now: datetime
) -> Notice:
    """The tanda terima of a registered objection, with the date the Atasan PPID must answer."""
    request = session.get(Request, objection.request_id) if objection.request_id else None
    return issue(
        session,
        settings,
        "tanda_terima_keberatan",
        request,
        actor=actor,
        today=now.astimezone(ZoneInfo(settings.office.timezone)).date(),
        answers=objection,
        clerk=actor,
        objection=objection_context(objection),
    )


def reissue_receipt(
    session: Session,
    settings: Settings,
    entry: object,
    corrected: str,
    *,
    actor: str,
    now: datetime,
) -> Notice | None:
    """The receipt of a register entry given again, when one was given and it shows the field
    a clerk ``corrected``: the applicant's copy and the archive's then agree; the earlier one
    stays archived, as every notice does."""
    if isinstance(entry, Request) and corrected in REQUEST_FIELDS:
        given = select(Notice.id).where(Notice.kind == "tanda_bukti", Notice.request_id == entry.id)
        if session.scalar(given.limit(1)) is None:
            return None
        return issue_receipt(session, settings, entry, actor=actor, now=now)
    if not isinstance(entry, Objection) or corrected not in OBJECTION_RECEIPT_FIELDS:
        return None
    given = select(Notice.id).where(
        Notice.kind == "tanda_terima_keberatan", Notice.objection_id == entry.id
    )
    if session.scalar(given.limit(1)) is None:
        return None
    return issue_objection_receipt(session, settings, entry, actor=actor, now=now)


RECEIVABLE_OBJECTIONS = ("TERDAFTAR", "TIDAK_DITERIMA")  # not yet answered, lapsed or disputed
Receipt = tuple[type[Request] | type[Objection], int]
POSTGRES_RECEIPT_LOCK = 7_061_998


def requests_without_receipt(session: Session) -> list[Request]:
    has_receipt = select(Notice.request_id).where(Notice.kind == "tanda_bukti")
    query = select(Request).where(Request.id.not_in(has_receipt), Request.status != VOID)
    return list(session.scalars(query.order_by(Request.id)))


def objections_without_receipt(session: Session) -> list[Objection]:
    has_receipt = select(Notice.objection_id).where(Notice.kind == "tanda_terima_keberatan")
    query = select(Objection).where(
        Objection.id.not_in(has_receipt), Objection.status.in_(RECEIVABLE_OBJECTIONS)
    )
    return list(session.scalars(query.order_by(Objection.id)))


def notices_of(session: Session, request_id: int) -> list[Notice]:
    return list(
        session.scalars(select(Notice).where(Notice.request_id == request_id).order_by(Notice.id))
    )


@dataclass
class ReceiptRun:
    """What one pass made: receipts issued, and those that failed (key → reason)."""

    issued: int = 0
    failed: dict[Receipt, str] = field(default_factory=dict)


def issue_missing_receipts(
    database: Database,
    settings: Settings,
    *,
    now: datetime,
    limit: int | None = None,
    skip: Collection[Receipt] = (),
) -> ReceiptRun:
    """A receipt for every registered request and objection still without one (post-commit),
    or for the first ``limit`` of them, passing over ``skip`` (receipts that failed before).

    One transaction per receipt, so that one that cannot be made holds up no other; each
    re-checks, under a lock, that no other process made it meanwhile.
    """
    with database.session() as session:
        waiting: list[Receipt] = [
            *((Request, r.id) for r in requests_without_receipt(session)),
            *((Objection, o.id) for o in objections_without_receipt(session)),
        ]
    run = ReceiptRun()
    for key in [key for key in waiting if key not in skip][:limit]:
        try:
            with database.session() as session:
                run.issued += _issue_once(session, settings, key, now)
        except Exception as error:  # logged by the caller and retried; the letter is safe
            run.failed[key] = f"{key[0].__tablename__}={key[1]} {type(error).__name__}: {error}"
    return run


def _issue_once(session: Session, settings: Settings, key: Receipt, now: datetime) -> int:
    if session.get_bind().dialect.name == "postgresql":  # SQLite already holds its write lock
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRES_RECEIPT_LOCK})
    model, record_id = key
    kind, column = (
        ("tanda_bukti", Notice.request_id)
        if model is Request
        else ("tanda_terima_keberatan", Notice.objection_id)
    )
    if session.scalar(select(Notice.id).where(Notice.kind == kind, column == record_id).limit(1)):
        return 0
    if model is Request:
        issue_receipt(
            session, settings, session.get_one(Request, record_id), actor="system", now=now
        )
    else:
        objection = session.get_one(Objection, record_id)
        issue_objection_receipt(session, settings, objection, actor="system", now=now)
    return 1
