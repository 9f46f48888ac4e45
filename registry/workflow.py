"""The request and objection workflow of SOP 352/2022 as an explicit state machine with guards.

Every step checks the state it starts from and what the law asks of it (a statutory ground for a
rejection, the consequence test for exempt information, one extension before the first deadline,
an answer text for an objection); a step that does not hold is refused with the reason, before
anything is written. A step that holds records who, when and why (registry.history) and the
notice it produced (registry.notices), all in the caller's transaction.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.orm import Session

from config.settings import Settings
from db.models import Dispute, Notice, Objection, Request
from registry import history, notices
from registry.calendar import WorkingCalendar, as_utc
from registry.deadlines import ELECTION_CATEGORY, REQUEST_OPEN, regime, regime_name
from registry.errors import Refused
from registry.law import DISPUTE_RULINGS, EXTENSION_REASONS, GROUNDS

OUTCOME_STATE = {
    "diberikan": "DIBERIKAN_SELURUHNYA",
    "sebagian": "DIBERIKAN_SEBAGIAN",
    "ditolak": "DITOLAK",
    "tidak_dikuasai": "TIDAK_DIKUASAI",
    "belum_didokumentasikan": "BELUM_DIDOKUMENTASIKAN",
}
EXEMPT_GROUNDS = ("dikecualikan", "dikecualikan_uu_lain")
OBJECTION_DECISIONS = {"dikabulkan": "DIKABULKAN", "ditolak": "DITOLAK"}
DECIDABLE = (*REQUEST_OPEN, "TIDAK_DITANGGAPI")
DELIVERABLE = ("DIBERIKAN_SELURUHNYA", "DIBERIKAN_SEBAGIAN")
CLOSABLE = ("DISERAHKAN", "DITOLAK", "TIDAK_DIKUASAI", "BELUM_DIDOKUMENTASIKAN", "DITARIK")
PASAL_17 = re.compile(r"pasal\s+17\s+huruf\s+[a-j]\b", re.IGNORECASE)
MIN_CONSEQUENCE_CHARS = 20


@dataclass(frozen=True)
class Decision:
    """The PPID's written decision on a request (Pemberitahuan Tertulis, Model PPID-D)."""

    outcome: str
    ground: str | None = None
    pasal: str | None = None
    consequence: str | None = None
    law: str | None = None
    holder: str | None = None
    period_days: int | None = None
    form: str | None = None
    cost: int = 0
    explanation: str | None = None

    def problem(self) -> tuple[str, str] | None:
        """Why this decision cannot be signed as it stands, or None."""
        if self.outcome not in OUTCOME_STATE:
            return (f"Keputusan tidak dikenal: {self.outcome}", "unknown decision")
        if self.outcome == "ditolak" and self.ground not in GROUNDS:
            return (
                "Penolakan harus menyebut alasan: " + ", ".join(GROUNDS),
                "a rejection needs one of the statutory grounds",
            )
        allowed = {"ditolak": tuple(GROUNDS), "sebagian": EXEMPT_GROUNDS}.get(self.outcome, ())
        if self.ground is not None and self.ground not in allowed:
            return (
                f"Alasan '{self.ground}' tidak berlaku untuk keputusan '{self.outcome}'",
                "this ground does not belong to this decision",
            )
        if self.outcome == "sebagian" and not self.explanation:
            return (
                "Pemberian sebagian harus menjelaskan bagian yang dihitamkan (penghitaman)",
                "a partial grant needs what was blacked out",
            )
        if self.outcome == "belum_didokumentasikan" and not (self.period_days or 0) > 0:
            return (
                "Sebutkan jangka waktu penyediaan (hari)",
                "say in how many days the information will be documented",
            )
        if self.outcome == "sebagian" or self.ground in EXEMPT_GROUNDS:
            return self._exemption_problem()
        return None

    def _exemption_problem(self) -> tuple[str, str] | None:
        """Withheld information needs its legal basis and the consequence test (Pasal 17, 19)."""
        if self.ground != "dikecualikan_uu_lain" and not PASAL_17.search(self.pasal or ""):
            return (
                "Sebutkan dasar pengecualian, mis. 'Pasal 17 huruf h'",
                "name the exemption, e.g. 'Pasal 17 huruf h'",
            )
        if self.ground == "dikecualikan_uu_lain" and not (self.law or "").strip():
            return ("Sebutkan undang-undang yang mengecualikan", "name the law that exempts it")
        if len((self.consequence or "").strip()) < MIN_CONSEQUENCE_CHARS:
            return (
                "Informasi yang dikecualikan memerlukan uraian uji konsekuensi",
                "exempt information needs the consequence test text",
            )
        return None


RULING_FROM = {"mediasi_berhasil": ("MEDIASI",), "gugur": ("DIAJUKAN", "MEDIASI", "AJUDIKASI")}
DISPUTE_STAGES = {
    "mediasi": ("MEDIASI", ("DIAJUKAN",)),
    "ajudikasi": ("AJUDIKASI", ("DIAJUKAN", "MEDIASI")),
}


def _require(
    entity: str, record: Request | Objection | Dispute, event: str, allowed: tuple[str, ...]
) -> None:
    if record.status not in allowed:
        raise Refused(
            f"Tidak dapat '{event}' {entity} {record.registration_number} berstatus "
            f"{record.status}; hanya dari: {', '.join(allowed)}",
            f"cannot {event} a {entity} in state {record.status}",
        )


class Workflow:
    """The officers' steps on requests and objections, for the CLI and the API alike."""

    def __init__(self, session: Session, settings: Settings, calendar: WorkingCalendar) -> None:
        self.session = session
        self.settings = settings
        self.calendar = calendar

    def _step(
        self,
        record: Request | Objection | Dispute,
        entity: str,
        event: str,
        to_state: str,
        actor: str,
        today: date,
        note: str,
        **details: Any,
    ) -> Any:
        transition = history.record(
            self.session,
            entity,
            record.id,
            event,
            record.status,
            to_state,
            actor=actor,
            on_date=today,
            note=note,
            document_id=record.document_id,
            **details,
        )
        record.status = to_state
        return transition

    def dispose(
        self, request: Request, unit: str, *, actor: str, today: date, note: str = ""
    ) -> None:
        """Send the request to the unit that holds the information (PPID Pelaksana)."""
        _require("permintaan", request, "disposisi", ("TERDAFTAR", "DIPERPANJANG"))
        request.unit = unit
        state = "DIPERPANJANG" if request.extended else "DIPROSES"
        self._step(request, "request", "dispose", state, actor, today, note, unit=unit)

    def set_category(
        self, request: Request, category: str, *, actor: str, today: date, note: str = ""
    ) -> None:
        """Election information (pemilu) or information on KPU as a public body (badan_publik)."""
        if category not in (ELECTION_CATEGORY, "badan_publik"):
            raise Refused(f"Kategori tidak dikenal: {category}", "category: pemilu|badan_publik")
        _require("permintaan", request, "kategori", ("TERDAFTAR", "DIPROSES"))
        request.category = category
        request.regime = regime_name(self.settings, category, request.start_date)
        days = regime(self.settings, request.regime).response_days
        request.due_date = self.calendar.add_working_days(request.start_date, days)
        self._step(
            request,
            "request",
            "categorise",
            request.status,
            actor,
            today,
            note,
            category=category,
            regime=request.regime,
            due_date=request.due_date,
        )

    def set_received(
        self, request: Request, received: date, *, actor: str, today: date, note: str = ""
    ) -> Notice | None:
        """The date of the office's received stamp, when the letter was scanned days later.

        The clock then starts from that date (a stamp has no hour: a closed day counts from the
        next working day). Only before any decision, and never later than the scan; a receipt
        already given is given again with the new date.
        """
        _require("permintaan", request, "tanggal terima", ("TERDAFTAR", "DIPROSES"))
        scanned = as_utc(request.received_at).astimezone(self.calendar.zone).date()
        if received > scanned:
            raise Refused(
                f"Tanggal cap terima {received.isoformat()} setelah surat dipindai "
                f"({scanned.isoformat()})",
                "the received stamp cannot be later than the scan",
            )
        start = (
            received
            if self.calendar.is_working_day(received)
            else self.calendar.next_working_day(received)
        )
        request.start_date = start
        request.regime = regime_name(self.settings, request.category, start)
        days = regime(self.settings, request.regime).response_days
        request.due_date = self.calendar.add_working_days(start, days)
        self._step(
            request,
            "request",
            "received",
            request.status,
            actor,
            today,
            note,
            received=received,
            start_date=start,
            due_date=request.due_date,
        )
        given = any(n.kind == "tanda_bukti" for n in notices.notices_of(self.session, request.id))
        if not given:
            return None
        noon = datetime.combine(today, time(12), tzinfo=self.calendar.zone)
        return notices.issue_receipt(self.session, self.settings, request, actor=actor, now=noon)

    def extend(
        self, request: Request, reason: str, *, actor: str, today: date, note: str = ""
    ) -> Notice:
        """One extension, before the first deadline, for a reason the law accepts."""
        _require("permintaan", request, "perpanjangan", ("TERDAFTAR", "DIPROSES"))
        if request.extended:
            raise Refused("Perpanjangan hanya sekali", "a request can be extended only once")
        if today > request.due_date:
            raise Refused(
                f"Perpanjangan harus sebelum tenggat {request.due_date.isoformat()}",
                "an extension must be sent before the first deadline",
            )
        if reason not in EXTENSION_REASONS:
            raise Refused(
                "Alasan perpanjangan: " + ", ".join(EXTENSION_REASONS),
                "an extension needs one of the reasons the law accepts",
            )
        original = request.due_date
        days = regime(self.settings, request.regime).extension_days
        request.due_date = self.calendar.add_working_days(original, days)
        request.extended = True
        transition = self._step(
            request,
            "request",
            "extend",
            "DIPERPANJANG",
            actor,
            today,
            note,
            reason=reason,
            due_date=request.due_date,
        )
        return notices.issue(
            self.session,
            self.settings,
            "perpanjangan",
            request,
            actor=actor,
            today=today,
            transition=transition,
            extension={
                "reason_text": EXTENSION_REASONS[reason],
                "new_due_date": request.due_date,
                "original_due_date": original,
                "note": note,
            },
        )

    def decide(
        self, request: Request, decision: Decision, *, actor: str, today: date, note: str = ""
    ) -> Notice:
        """The written notice: given in full or in part, or not, with its grounds."""
        _require("permintaan", request, "putusan", DECIDABLE)
        problem = decision.problem()
        if problem:
            raise Refused(*problem)
        late = today > request.due_date
        request.decision = decision.outcome
        request.rejection_ground = decision.ground
        request.decision_details = json.dumps(asdict(decision), ensure_ascii=False)
        request.decided_date = today
        transition = self._step(
            request,
            "request",
            "decide",
            OUTCOME_STATE[decision.outcome],
            actor,
            today,
            note,
            late=late,
            **asdict(decision),
        )
        return notices.issue(
            self.session,
            self.settings,
            "pemberitahuan_tertulis",
            request,
            actor=actor,
            today=today,
            transition=transition,
            decision={**asdict(decision), "note": note},
        )

    def deliver(
        self, request: Request, method: str | None, *, actor: str, today: date, note: str = ""
    ) -> None:
        """The information was handed over or sent (tanda bukti penyerahan)."""
        _require("permintaan", request, "penyerahan", DELIVERABLE)
        request.delivered_date = today
        self._step(
            request,
            "request",
            "deliver",
            "DISERAHKAN",
            actor,
            today,
            note,
            method=method or request.delivery_method,
        )

    def close(self, request: Request, *, actor: str, today: date, note: str = "") -> None:
        _require("permintaan", request, "penutupan", CLOSABLE)
        request.closed_date = today
        self._step(request, "request", "close", "SELESAI", actor, today, note)

    def withdraw(self, request: Request, *, actor: str, today: date, note: str) -> None:
        """The applicant withdrew the request; the reason is required."""
        _require("permintaan", request, "penarikan", REQUEST_OPEN)
        if not note.strip():
            raise Refused("Penarikan memerlukan catatan", "a withdrawal needs a note")
        self._step(request, "request", "withdraw", "DITARIK", actor, today, note)

    def decide_objection(
        self,
        objection: Objection,
        decision: str,
        response: str,
        *,
        actor: str,
        today: date,
        order: str = "",
        note: str = "",
    ) -> Notice:
        """The Atasan PPID's written answer (tanggapan atas keberatan)."""
        _require("keberatan", objection, "putusan", ("TERDAFTAR", "LEWAT_WAKTU"))
        if decision not in OBJECTION_DECISIONS:
            raise Refused("Putusan keberatan: dikabulkan|ditolak", "decision: dikabulkan|ditolak")
        if not response.strip():
            raise Refused(
                "Tanggapan tertulis wajib memuat alasan", "the written answer needs its reasons"
            )
        request = self.session.get(Request, objection.request_id) if objection.request_id else None
        if request is None:
            raise Refused(
                f"Keberatan {objection.registration_number} belum ditautkan ke permintaan "
                "(arsip link)",
                "link the objection to its request first (arsip link)",
            )
        objection.decision = decision
        objection.decided_date = today
        transition = self._step(
            objection,
            "objection",
            "decide",
            OBJECTION_DECISIONS[decision],
            actor,
            today,
            note,
            response=response,
            order=order,
            late=today > objection.due_date,
        )
        return notices.issue(
            self.session,
            self.settings,
            "tanggapan_keberatan",
            request,
            actor=actor,
            today=today,
            answers=objection,
            transition=transition,
            objection=notices.objection_context(
                objection, decision=decision, response=response, order=order
            ),
        )

    def dispute_stage(
        self, dispute: Dispute, stage: str, *, actor: str, today: date, note: str = ""
    ) -> None:
        """The KI's procedure moves on: mediation first, adjudication when it fails."""
        if stage not in DISPUTE_STAGES:
            raise Refused("Tahap sengketa: mediasi|ajudikasi", "stage: mediasi|ajudikasi")
        state, allowed = DISPUTE_STAGES[stage]
        _require("sengketa", dispute, stage, allowed)
        self._step(dispute, "dispute", "stage", state, actor, today, note)

    def dispute_ruling(
        self, dispute: Dispute, ruling: str, *, actor: str, today: date, note: str
    ) -> None:
        """The KI's ruling or the mediation agreement; its operative words go in the note."""
        if ruling not in DISPUTE_RULINGS:
            raise Refused("Putusan sengketa: " + ", ".join(DISPUTE_RULINGS), "unknown ruling")
        if not note.strip():
            raise Refused("Catat amar putusan", "note the operative part of the ruling")
        allowed = RULING_FROM.get(ruling, ("AJUDIKASI",))
        _require("sengketa", dispute, "putusan", allowed)
        dispute.ruling = ruling
        dispute.ruled_date = today
        self._step(dispute, "dispute", "rule", "PUTUS", actor, today, note, ruling=ruling)
