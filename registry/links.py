"""Attach objections and disputes to the request they concern, with the SOP's time windows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import Settings
from db.models import Dispute, Objection, Request
from registry import history
from registry.calendar import WorkingCalendar, as_utc
from registry.deadlines import REQUEST_OPEN, VOID, request_regime
from registry.errors import Refused

ANSWERED = ("DIKABULKAN", "DITOLAK", "LEWAT_WAKTU")
RELINKABLE = ("TERDAFTAR", "TIDAK_DITERIMA", "LEWAT_WAKTU")


def find_request(
    session: Session, reference: str | None, nik: str | None, name: str | None
) -> Request | None:
    """By registration number, else by the applicant's NIK, else by name; only when unambiguous."""
    if reference:
        wanted = "".join(reference.split()).upper()
        found = session.scalar(
            select(Request).where(
                func.upper(Request.registration_number) == wanted, Request.status != VOID
            )
        )
        if found is not None:
            return found
    for column, value in ((Request.nik, nik), (Request.applicant_name, name)):
        if not value:
            continue
        matches = session.scalars(
            select(Request).where(
                func.lower(column) == value.strip().lower(), Request.status != VOID
            )
        ).all()
        if len(matches) == 1:
            return matches[0]
    return None


def objection_problem(
    settings: Settings, calendar: WorkingCalendar, request: Request, objection: Objection
) -> tuple[str, str] | None:
    """Why an objection filed on its start date is outside its window (UU 14/2008 Pasal 35-36).

    The window opens with the written decision, or with the day after a missed deadline, and
    lasts ``objection_filing_days`` working days.
    """
    if request.decided_date is not None:
        opened = request.decided_date
    elif request.status == "TIDAK_DITANGGAPI" or objection.start_date > request.due_date:
        opened = request.due_date
    else:
        return None
    closes = calendar.add_working_days(
        opened, request_regime(settings, request).objection_filing_days
    )
    if objection.start_date > closes:
        return (
            f"Keberatan diajukan setelah batas {closes.isoformat()}",
            f"objection filed after its window closed on {closes.isoformat()}",
        )
    return None


def link_objection(
    session: Session,
    settings: Settings,
    calendar: WorkingCalendar,
    objection: Objection,
    request: Request,
    *,
    actor: str,
    today: date,
    note: str = "",
) -> Objection:
    """Attach the objection; one filed too early is refused, one filed too late not accepted.

    Linking again (a clerk correcting an automatic link) decides admissibility afresh.
    """
    if objection.decision is not None or objection.status not in RELINKABLE:
        raise Refused(
            f"Keberatan {objection.registration_number} berstatus {objection.status}; "
            "tautannya tidak dapat diubah",
            "an objection that was answered or went to the KI cannot be re-linked",
        )
    too_early = request.decided_date is None and request.status in REQUEST_OPEN
    if too_early and objection.start_date <= request.due_date:
        raise Refused(
            f"Permintaan {request.registration_number} belum diputus dan tenggatnya "
            f"({request.due_date.isoformat()}) belum lewat",
            "the request has no decision yet and its deadline has not passed",
        )
    previous = objection.request_id
    objection.request_id = request.id
    regime = request_regime(settings, request)
    objection.due_date = calendar.add_working_days(
        objection.start_date, regime.objection_response_days
    )
    problem = objection_problem(settings, calendar, request, objection)
    new_state = "TIDAK_DITERIMA" if problem else "TERDAFTAR"
    history.record(
        session,
        "objection",
        objection.id,
        "link",
        objection.status,
        new_state,
        actor=actor,
        on_date=today,
        note=" ".join(filter(None, [note, problem[0] if problem else ""])),
        document_id=objection.document_id,
        request=request.registration_number,
        previous_request_id=previous,
        due_date=objection.due_date.isoformat(),
    )
    objection.status = new_state
    return objection


def dispute_problem(
    calendar: WorkingCalendar, dispute: Dispute, objection: Objection | None
) -> str | None:
    """Why the dispute does not (yet) take the objection to the KI (UU 14/2008 Pasal 37)."""
    if objection is None:
        return "Belum ada keberatan atas permintaan ini / no objection precedes this dispute"
    filed = calendar.start_date(as_utc(dispute.received_at))
    if objection.status in ANSWERED or (
        objection.status == "TERDAFTAR" and filed > objection.due_date
    ):
        return None
    return (
        f"Keberatan {objection.registration_number} berstatus {objection.status} "
        f"(tenggat Atasan PPID {objection.due_date.isoformat()}) / the objection is not answered "
        "or lapsed yet"
    )


def link_dispute(
    session: Session,
    calendar: WorkingCalendar,
    dispute: Dispute,
    request: Request,
    *,
    actor: str,
    today: date,
    note: str = "",
) -> Dispute:
    """Attach the dispute to the request and, once the objection was answered or lapsed, to the
    objection, which goes to the KI; a premature dispute is linked and its problem noted."""
    dispute.request_id = request.id
    objection = session.scalar(
        select(Objection)
        .where(Objection.request_id == request.id)
        .order_by(Objection.id.desc())
        .limit(1)
    )
    problem = dispute_problem(calendar, dispute, objection)
    history.record(
        session,
        "dispute",
        dispute.id,
        "link",
        dispute.status,
        dispute.status,
        actor=actor,
        on_date=today,
        note=" ".join(filter(None, [note, problem])),
        document_id=dispute.document_id,
        request=request.registration_number,
        objection=objection.registration_number if objection else None,
    )
    if objection is not None and problem is None:
        dispute.objection_id = objection.id
        history.record(
            session,
            "objection",
            objection.id,
            "dispute",
            objection.status,
            "SENGKETA_KI",
            actor=actor,
            on_date=today,
            note=note,
            document_id=objection.document_id,
            dispute=dispute.registration_number,
        )
        objection.status = "SENGKETA_KI"
    return dispute
