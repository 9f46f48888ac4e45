"""Which deadline regime applies, when a request or objection is due, and what has lapsed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import Regime, Settings
from db.models import Objection, Request
from registry import history
from registry.calendar import Urgency, WorkingCalendar

ELECTION_CATEGORY = "pemilu"
REQUEST_OPEN = ("TERDAFTAR", "DIPROSES", "DIPERPANJANG")
VOID = "DIBATALKAN"  # an entry struck out after its letter's class was corrected
OBJECTION_OPEN = ("TERDAFTAR",)


def regime_name(settings: Settings, category: str, start: date) -> str:
    """Election information during a configured tahapan runs on the short regime (Perki 1/2019)."""
    in_tahapan = any(t.start <= start <= t.end for t in settings.deadlines.tahapan)
    return "election" if category == ELECTION_CATEGORY and in_tahapan else "general"


def regime(settings: Settings, name: str) -> Regime:
    return settings.deadlines.election if name == "election" else settings.deadlines.general


def request_regime(settings: Settings, request: Request) -> Regime:
    return regime(settings, request.regime)


def objection_regime(session: Session, settings: Settings, objection: Objection) -> Regime:
    request = session.get(Request, objection.request_id) if objection.request_id else None
    return request_regime(settings, request) if request else settings.deadlines.general


@dataclass(frozen=True)
class Due:
    """An open request or objection with its deadline, for `arsip deadlines`."""

    entity: str
    record: Request | Objection
    urgency: Urgency


def open_items(
    session: Session, settings: Settings, calendar: WorkingCalendar, today: date
) -> list[Due]:
    """Open requests and objections, most urgent first."""
    soon = settings.deadlines.due_soon_days
    requests: Sequence[Request | Objection] = session.scalars(
        select(Request).where(Request.status.in_((*REQUEST_OPEN, "TIDAK_DITANGGAPI")))
    ).all()
    objections: Sequence[Request | Objection] = session.scalars(
        select(Objection).where(Objection.status.in_((*OBJECTION_OPEN, "LEWAT_WAKTU")))
    ).all()
    items = [
        Due(entity, record, calendar.urgency(record.due_date, today, soon))
        for entity, records in (("request", requests), ("objection", objections))
        for record in records
    ]
    return sorted(items, key=lambda item: (item.urgency.days_left, item.record.id))


def lapse_overdue(session: Session, today: date) -> list[Request | Objection]:
    """Mark what passed its deadline unanswered: TIDAK_DITANGGAPI / LEWAT_WAKTU (actor system).

    Either opens the next step's window: an objection on ground (c), a dispute at the KI.
    """
    lapsed: list[Request | Objection] = []
    for request in session.scalars(
        select(Request).where(Request.status.in_(REQUEST_OPEN), Request.due_date < today)
    ):
        _lapse(session, "request", request, "TIDAK_DITANGGAPI", today)
        lapsed.append(request)
    for objection in session.scalars(
        select(Objection).where(Objection.status.in_(OBJECTION_OPEN), Objection.due_date < today)
    ):
        _lapse(session, "objection", objection, "LEWAT_WAKTU", today)
        lapsed.append(objection)
    return lapsed


def _lapse(
    session: Session, entity: str, record: Request | Objection, state: str, today: date
) -> None:
    history.record(
        session,
        entity,
        record.id,
        "lapse",
        record.status,
        state,
        actor="system",
        on_date=today,
        note="Tenggat terlewati tanpa tanggapan / deadline passed without an answer",
        document_id=record.document_id,
        due_date=record.due_date.isoformat(),
    )
    record.status = state
