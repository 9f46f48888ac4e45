"""A classified letter enters its register, in the transaction that stores it.

``permohonan_informasi`` → Register Permohonan (Request), ``keberatan`` → Register Keberatan
(Objection, linked to its request when it can be told which), ``sengketa`` → the dispute list,
``surat_masuk`` → Agenda Surat Masuk. A letter waiting for review gets its number when a clerk
confirms its class; a correction of a registered letter voids its entry (the number stays used,
as on paper) and registers it afresh.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import Settings
from db.models import AgendaEntry, Dispute, Document, Notice, Objection, Request, Transition
from registry import history
from registry.calendar import WorkingCalendar, as_utc, office_today
from registry.deadlines import VOID, regime, regime_name
from registry.errors import Refused
from registry.links import find_request, link_dispute, link_objection
from registry.numbering import take_number

Entry = Request | Objection | Dispute | AgendaEntry
ENTITY_OF_CLASS: dict[str, tuple[str, str, type[Entry]]] = {
    "permohonan_informasi": ("request", "permohonan", Request),
    "keberatan": ("objection", "keberatan", Objection),
    "sengketa": ("dispute", "sengketa", Dispute),
    "surat_masuk": ("agenda", "agenda", AgendaEntry),
}
REQUEST_FIELDS = (
    "applicant_name", "nik", "address", "phone", "email", "occupation",
    "information_requested", "purpose", "obtain_method", "delivery_method",
)  # fmt: skip
REQUIRED_FOR_COMPLETE = ("applicant_name", "address", "information_requested", "purpose")


def entry_of(session: Session, document_id: int) -> tuple[str, Entry] | None:
    """The live register entry of a document, if it has one."""
    for entity, _register, model in ENTITY_OF_CLASS.values():
        found = session.scalar(
            select(model).where(model.document_id == document_id, model.status != VOID)
        )
        if found is not None:
            return entity, cast(Entry, found)
    return None


def registration_number(session: Session, document_id: int) -> str | None:
    found = entry_of(session, document_id)
    return found[1].registration_number if found else None


def register_document(
    session: Session,
    settings: Settings,
    calendar: WorkingCalendar,
    document: Document,
    *,
    actor: str = "system",
    now: datetime | None = None,
) -> Entry | None:
    """Enter a classified, confirmed letter in its register; None while it waits for review."""
    if document.cls not in ENTITY_OF_CLASS or document.needs_review:
        return None
    existing = entry_of(session, document.id)
    if existing is not None:
        return existing[1]
    entity, register, _model = ENTITY_OF_CLASS[document.cls]
    today = office_today(settings.office, now)
    number = take_number(session, settings.registry, register, today)
    fields: dict[str, Any] = json.loads(document.fields)
    received_at = as_utc(document.received_at)
    start = calendar.start_date(received_at)
    common: dict[str, Any] = {
        "document_id": document.id,
        "registration_number": number.text,
        "year": number.year,
        "seq": number.seq,
        "received_at": received_at,
    }
    entry: Entry
    if entity == "request":
        entry = _new_request(settings, calendar, fields, start, document.channel, common)
    elif entity == "objection":
        entry = _new_objection(settings, calendar, fields, start, common)
    elif entity == "dispute":
        entry = Dispute(
            **common,
            ki_register_number=fields.get("dispute_register_number"),
            applicant_name=fields.get("applicant_name"),
            nik=fields.get("nik"),
            status="DIAJUKAN",
        )
    else:
        entry = _new_agenda(settings, fields, common)
    session.add(entry)
    session.flush()
    history.record(
        session,
        entity,
        entry.id,
        "register",
        None,
        entry.status,
        actor=actor,
        on_date=today,
        document_id=document.id,
        registration_number=number.text,
        received=start.isoformat(),
    )
    _link_new(session, settings, calendar, entry, fields, today)
    return entry


def _new_request(
    settings: Settings,
    calendar: WorkingCalendar,
    fields: dict[str, Any],
    start: date,
    channel: str,
    common: dict[str, Any],
) -> Request:
    regime_key = regime_name(settings, "badan_publik", start)
    return Request(
        **common,
        start_date=start,
        channel=channel,
        category="badan_publik",
        regime=regime_key,
        **{name: fields.get(name) for name in REQUEST_FIELDS},
        incomplete=_incomplete(fields),
        status="TERDAFTAR",
        extended=False,
        decision_details="{}",
        due_date=calendar.add_working_days(start, regime(settings, regime_key).response_days),
    )


def _incomplete(fields: dict[str, Any]) -> bool:
    """A request the clerk must complete: who, where, what, why, and a way to reach them."""
    return any(not fields.get(name) for name in REQUIRED_FOR_COMPLETE) or not (
        fields.get("phone") or fields.get("email")
    )


def update_entry_fields(session: Session, document_id: int, fields: dict[str, Any]) -> None:
    """A clerk's correction of a letter's fields reaches the register entry that copied them."""
    found = entry_of(session, document_id)
    if found is None:
        return
    entry = found[1]
    if isinstance(entry, Request):
        for name in REQUEST_FIELDS:
            setattr(entry, name, fields.get(name))
        entry.incomplete = _incomplete(fields)
    elif isinstance(entry, Objection):
        entry.applicant_name, entry.nik = fields.get("applicant_name"), fields.get("nik")
        entry.reference_registration_number = fields.get("reference_registration_number")
        entry.reason_code = fields.get("objection_reason_code")
    elif isinstance(entry, Dispute):
        entry.applicant_name, entry.nik = fields.get("applicant_name"), fields.get("nik")
        entry.ki_register_number = fields.get("dispute_register_number")
    else:
        letter_date = fields.get("letter_date")
        entry.letter_number, entry.subject = fields.get("letter_number"), fields.get("subject")
        entry.letter_date = date.fromisoformat(letter_date) if letter_date else None
        entry.sender = fields.get("sender_org") or fields.get("applicant_name")


def _new_objection(
    settings: Settings,
    calendar: WorkingCalendar,
    fields: dict[str, Any],
    start: date,
    common: dict[str, Any],
) -> Objection:
    days = settings.deadlines.general.objection_response_days
    return Objection(
        **common,
        start_date=start,
        applicant_name=fields.get("applicant_name"),
        nik=fields.get("nik"),
        reference_registration_number=fields.get("reference_registration_number"),
        reason_code=fields.get("objection_reason_code"),
        status="TERDAFTAR",
        due_date=calendar.add_working_days(start, days),
    )


def _new_agenda(settings: Settings, fields: dict[str, Any], common: dict[str, Any]) -> AgendaEntry:
    letter_date = fields.get("letter_date")
    return AgendaEntry(
        **common,
        letter_number=fields.get("letter_number"),
        letter_date=date.fromisoformat(letter_date) if letter_date else None,
        sender=fields.get("sender_org") or fields.get("applicant_name"),
        subject=fields.get("subject"),
        disposition_unit=settings.registry.default_unit,
        status="TERCATAT",
    )


def _link_new(
    session: Session,
    settings: Settings,
    calendar: WorkingCalendar,
    entry: Entry,
    fields: dict[str, Any],
    today: date,
) -> None:
    """Link a new objection or dispute when its request can be told; else a clerk links it."""
    if not isinstance(entry, Objection | Dispute):
        return
    request = find_request(
        session,
        fields.get("reference_registration_number"),
        fields.get("nik"),
        fields.get("applicant_name"),
    )
    if request is None:
        return
    if isinstance(entry, Dispute):
        link_dispute(session, calendar, entry, request, actor="system", today=today)
        return
    try:
        link_objection(session, settings, calendar, entry, request, actor="system", today=today)
    except Refused:
        return


def _moved_on(session: Session, entity: str, entry: Entry) -> bool:
    """Whether the entry has a life beyond being registered: steps, notices, linked records."""
    events = session.scalars(
        select(Transition.event).where(
            Transition.entity == entity, Transition.entity_id == entry.id
        )
    ).all()
    if set(events) - {"register", "link"}:
        return True
    if not isinstance(entry, Request):
        return False
    return any(
        session.scalar(query.limit(1)) is not None
        for query in (
            select(Objection.id).where(Objection.request_id == entry.id),
            select(Dispute.id).where(Dispute.request_id == entry.id),
            select(Notice.id).where(Notice.request_id == entry.id, Notice.kind != "tanda_bukti"),
        )
    )


def void_entry(session: Session, document_id: int, *, actor: str, today: date, note: str) -> None:
    """Strike out a document's entry after its class was corrected; the number stays used.

    Only an entry nothing has happened to yet: a decided request, or one with objections or
    notices, is the record of real events and is not struck out.
    """
    found = entry_of(session, document_id)
    if found is None:
        return
    entity, entry = found
    if _moved_on(session, entity, entry):
        raise Refused(
            f"{entry.registration_number} sudah diproses; kelasnya tidak dapat diubah",
            "the entry has been acted on; its class can no longer be changed",
        )
    history.record(
        session,
        entity,
        entry.id,
        "void",
        entry.status,
        VOID,
        actor=actor,
        on_date=today,
        note=note,
        document_id=document_id,
        registration_number=entry.registration_number,
    )
    entry.status = VOID
    entry.document_id = None
