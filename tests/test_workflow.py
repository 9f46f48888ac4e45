"""The request workflow walked through every path on pinned dates; illegal steps refused.

Notices are real PDF/A files, read back with pdfplumber.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.pdfa import claims_pdfa
from audit import chain
from config.settings import RegistrySettings, Settings, Tahapan
from db.models import Dispute, Notice, Objection, Request, Transition
from pipeline.review import set_class
from registry import deadlines, links
from registry.calendar import WorkingCalendar
from registry.errors import Refused
from registry.notices import issue_missing_receipts, issue_receipt
from registry.workflow import Decision, Workflow
from tests.registry_fixtures import letter, open_registry, request_fields, wib

RECEIVED = date(2026, 2, 2)  # a Monday
DUE = date(2026, 2, 16)  # 10 working days; 16 Feb is cuti bersama, counted as a working day
EXEMPT = Decision(
    "ditolak",
    "dikecualikan",
    pasal="Pasal 17 huruf h",
    consequence="Membuka data pribadi pemilih dapat mengungkap rahasia pribadi seseorang.",
)


class Office:
    def __init__(self, session: Session, settings: Settings, calendar: WorkingCalendar) -> None:
        self.session, self.settings, self.calendar = session, settings, calendar
        self.flow = Workflow(session, settings, calendar)

    def request(self, received: date = RECEIVED, **fields: Any) -> Request:
        request = letter(
            self.session,
            self.settings,
            self.calendar,
            "permohonan_informasi",
            received,
            **request_fields(**fields),
        )
        assert isinstance(request, Request)
        return request

    def objection(self, received: date, request: Request, reason: str = "a") -> Objection:
        objection = letter(
            self.session,
            self.settings,
            self.calendar,
            "keberatan",
            received,
            reference_registration_number=request.registration_number,
            objection_reason_code=reason,
            applicant_name="Rina Marlina",
        )
        assert isinstance(objection, Objection)
        return objection

    def text(self, notice: Notice) -> str:
        path = self.settings.archive_dir / notice.pdfa_path
        assert claims_pdfa(path) == "2B"
        with pdfplumber.open(path) as pdf:
            return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)

    def states(self, entity: str, record_id: int) -> list[str]:
        query = select(Transition.to_state).where(
            Transition.entity == entity, Transition.entity_id == record_id
        )
        return list(self.session.scalars(query.order_by(Transition.id)))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    settings, database, calendar = open_registry(tmp_path)
    with database.session() as session:
        yield Office(session, settings, calendar)


def test_granted_in_full_then_delivered_and_closed(office: Office) -> None:
    request = office.request()
    assert request.due_date == DUE
    receipt = issue_receipt(
        office.session, office.settings, request, actor="petugas", now=wib(RECEIVED, 10)
    )
    receipt_text = office.text(receipt)
    assert request.registration_number in receipt_text and "Rina Marlina" in receipt_text
    assert "16 Februari 2026" in receipt_text  # the date the written notice is due
    office.flow.dispose(request, "Subbagian Teknis", actor="ppid", today=date(2026, 2, 3))
    notice = office.flow.decide(
        request,
        Decision("diberikan", form="softcopy", cost=0),
        actor="ppid",
        today=date(2026, 2, 9),
        note="Tersedia di arsip",
    )
    text = office.text(notice)
    assert notice.number in text and request.registration_number in text
    assert "Rina Marlina" in text and "9 Februari 2026" in text
    office.flow.deliver(request, "email", actor="petugas", today=date(2026, 2, 10))
    office.flow.close(request, actor="petugas", today=date(2026, 2, 10))
    assert office.states("request", request.id) == [
        "TERDAFTAR",
        "DIPROSES",
        "DIBERIKAN_SELURUHNYA",
        "DISERAHKAN",
        "SELESAI",
    ]
    assert chain.verify(office.session).intact


def test_granted_in_part_needs_the_exemption_and_what_was_blacked_out(office: Office) -> None:
    request = office.request()
    with pytest.raises(Refused, match="penghitaman"):
        office.flow.decide(request, Decision("sebagian"), actor="ppid", today=date(2026, 2, 9))
    assert request.status == "TERDAFTAR"
    partial = Decision(
        "sebagian",
        pasal="Pasal 17 huruf h",
        explanation="NIK dan alamat pemilih dihitamkan",
        consequence="Membuka NIK dan alamat pemilih mengungkap data pribadi yang dilindungi.",
    )
    notice = office.flow.decide(request, partial, actor="ppid", today=date(2026, 2, 9))
    assert request.status == "DIBERIKAN_SEBAGIAN"
    assert "NIK dan alamat pemilih dihitamkan" in office.text(notice)


@pytest.mark.parametrize(
    ("decision", "state", "expected_text"),
    [
        (EXEMPT, "DITOLAK", "Pasal 17 huruf h"),
        (
            Decision(
                "ditolak",
                "dikecualikan_uu_lain",
                law="UU 23/2006 Administrasi Kependudukan",
                consequence="Data kependudukan dilindungi undang-undang tersebut.",
            ),
            "DITOLAK",
            "UU 23/2006 Administrasi Kependudukan",
        ),
        (Decision("ditolak", "persyaratan_tidak_lengkap"), "DITOLAK", "belum memenuhi persyaratan"),
        (
            Decision("tidak_dikuasai", holder="Bawaslu Provinsi Sumatera Selatan"),
            "TIDAK_DIKUASAI",
            "Bawaslu Provinsi Sumatera Selatan",
        ),
        (Decision("belum_didokumentasikan", period_days=14), "BELUM_DIDOKUMENTASIKAN", "14"),
    ],
)
def test_each_refusal_ground_gives_its_notice(
    office: Office, decision: Decision, state: str, expected_text: str
) -> None:
    request = office.request()
    notice = office.flow.decide(request, decision, actor="ppid", today=date(2026, 2, 12))
    assert request.status == state and request.decided_date == date(2026, 2, 12)
    text = office.text(notice)
    assert expected_text in text and request.registration_number in text
    office.flow.close(request, actor="petugas", today=date(2026, 2, 13))
    assert request.status == "SELESAI"


@pytest.mark.parametrize(
    ("decision", "reason"),
    [
        (Decision("ditolak"), "alasan"),
        (Decision("ditolak", "tidak_ada"), "alasan"),
        (Decision("ditolak", "dikecualikan", pasal="Pasal 99", consequence="x" * 40), "Pasal 17"),
        (Decision("ditolak", "dikecualikan", pasal="Pasal 17 huruf h"), "uji konsekuensi"),
        (Decision("ditolak", "dikecualikan_uu_lain", consequence="x" * 40), "undang-undang"),
        (Decision("belum_didokumentasikan"), "jangka waktu"),
        (Decision("dikabulkan"), "tidak dikenal"),
        (Decision("diberikan", "dikecualikan"), "tidak berlaku"),
        (Decision("sebagian", pasal="Pasal 17 huruf h", explanation="NIK"), "uji konsekuensi"),
    ],
)
def test_a_decision_without_its_legal_grounds_is_refused(
    office: Office, decision: Decision, reason: str
) -> None:
    request = office.request()
    with pytest.raises(Refused, match=reason):
        office.flow.decide(request, decision, actor="ppid", today=date(2026, 2, 9))
    assert request.status == "TERDAFTAR" and request.decided_date is None
    assert office.states("request", request.id) == ["TERDAFTAR"]


def test_extension_once_before_the_deadline_with_a_reason(office: Office) -> None:
    request = office.request()
    with pytest.raises(Refused, match="Alasan perpanjangan"):
        office.flow.extend(request, "sibuk", actor="ppid", today=date(2026, 2, 12))
    notice = office.flow.extend(
        request,
        "belum_dapat_diputuskan",
        actor="ppid",
        today=date(2026, 2, 12),
        note="Menunggu uji konsekuensi",
    )
    # 16 Feb + 7 working days; Imlek (17 Feb) is not one.
    assert request.due_date == date(2026, 2, 26) and request.status == "DIPERPANJANG"
    text = office.text(notice)
    assert "26 Februari 2026" in text and request.registration_number in text
    with pytest.raises(Refused, match="perpanjangan"):
        office.flow.extend(request, "belum_dikuasai", actor="ppid", today=date(2026, 2, 13))
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 25))
    assert request.status == "DITOLAK"


def test_extension_after_the_first_deadline_is_refused(office: Office) -> None:
    request = office.request()
    with pytest.raises(Refused, match="sebelum tenggat"):
        office.flow.extend(request, "belum_dikuasai", actor="ppid", today=date(2026, 2, 18))


@pytest.mark.parametrize(
    ("step", "args"),
    [
        ("deliver", (None,)),
        ("close", ()),
    ],
)
def test_steps_out_of_order_are_refused(office: Office, step: str, args: tuple[Any, ...]) -> None:
    request = office.request()
    with pytest.raises(Refused, match="TERDAFTAR"):
        getattr(office.flow, step)(request, *args, actor="ppid", today=date(2026, 2, 9))


def test_a_decided_request_cannot_be_decided_extended_or_withdrawn_again(office: Office) -> None:
    request = office.request()
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 9))
    with pytest.raises(Refused):
        office.flow.decide(request, Decision("diberikan"), actor="ppid", today=date(2026, 2, 10))
    with pytest.raises(Refused):
        office.flow.extend(request, "belum_dikuasai", actor="ppid", today=date(2026, 2, 10))
    with pytest.raises(Refused):
        office.flow.withdraw(request, actor="ppid", today=date(2026, 2, 10), note="x")
    with pytest.raises(Refused):
        office.flow.deliver(request, None, actor="ppid", today=date(2026, 2, 10))


def test_withdrawal_needs_a_note(office: Office) -> None:
    request = office.request()
    with pytest.raises(Refused, match="catatan"):
        office.flow.withdraw(request, actor="petugas", today=date(2026, 2, 3), note="")
    office.flow.withdraw(request, actor="petugas", today=date(2026, 2, 3), note="Surat pemohon")
    assert request.status == "DITARIK"


def test_rejected_then_objected_then_answered_then_disputed(office: Office) -> None:
    request = office.request()
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 10))
    objection = office.objection(date(2026, 3, 2), request)
    assert objection.request_id == request.id and objection.status == "TERDAFTAR"
    assert objection.due_date == office.calendar.add_working_days(date(2026, 3, 2), 30)
    with pytest.raises(Refused, match="alasan"):
        office.flow.decide_objection(
            objection, "ditolak", " ", actor="atasan", today=date(2026, 3, 20)
        )
    notice = office.flow.decide_objection(
        objection,
        "ditolak",
        "Pengecualian telah diuji dan tetap berlaku.",
        actor="atasan",
        today=date(2026, 3, 20),
    )
    assert objection.status == "DITOLAK"
    text = office.text(notice)
    assert objection.registration_number in text and "Pengecualian telah diuji" in text
    assert office.settings.office.atasan_name in text
    with pytest.raises(Refused):
        office.flow.decide_objection(
            objection, "dikabulkan", "Ubah", actor="atasan", today=date(2026, 3, 21)
        )
    dispute = letter(
        office.session,
        office.settings,
        office.calendar,
        "sengketa",
        date(2026, 4, 6),
        reference_registration_number=request.registration_number,
        dispute_register_number="034/REG-PSI/IV/2026",
    )
    assert dispute.request_id == request.id  # type: ignore[union-attr]
    assert objection.status == "SENGKETA_KI"


def test_objection_granted_orders_the_ppid(office: Office) -> None:
    request = office.request()
    office.flow.decide(
        request,
        Decision("ditolak", "persyaratan_tidak_lengkap"),
        actor="ppid",
        today=date(2026, 2, 10),
    )
    objection = office.objection(date(2026, 2, 20), request, reason="e")
    notice = office.flow.decide_objection(
        objection,
        "dikabulkan",
        "Persyaratan sudah dipenuhi pemohon.",
        actor="atasan",
        today=date(2026, 3, 2),
        order="PPID memberikan informasi dalam 7 hari kerja.",
    )
    assert objection.status == "DIKABULKAN"
    assert "PPID memberikan informasi dalam 7 hari kerja." in office.text(notice)


def test_objection_outside_its_window_is_not_accepted(office: Office) -> None:
    request = office.request()
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 10))
    # The window closes 30 working days after 10 Feb 2026: 26 Mar 2026 (Nyepi excluded).
    on_time = office.objection(date(2026, 3, 26), request)
    late = office.objection(date(2026, 3, 27), request)
    assert on_time.status == "TERDAFTAR"
    assert late.status == "TIDAK_DITERIMA" and late.request_id == request.id
    with pytest.raises(Refused):
        office.flow.decide_objection(
            late, "ditolak", "Terlambat", actor="atasan", today=date(2026, 3, 30)
        )


def test_objection_before_any_decision_or_lapse_is_refused(office: Office) -> None:
    request = office.request()
    objection = office.objection(date(2026, 2, 5), request, reason="c")
    assert objection.request_id is None  # not linked automatically: nothing to object to yet
    with pytest.raises(Refused, match="belum diputus"):
        links.link_objection(
            office.session,
            office.settings,
            office.calendar,
            objection,
            request,
            actor="petugas",
            today=date(2026, 2, 5),
        )
    with pytest.raises(Refused, match="ditautkan"):
        office.flow.decide_objection(
            objection, "ditolak", "x", actor="atasan", today=date(2026, 2, 6)
        )


def test_unanswered_request_lapses_and_opens_an_objection_on_ground_c(office: Office) -> None:
    request = office.request()
    assert deadlines.lapse_overdue(office.session, DUE) == []
    assert deadlines.lapse_overdue(office.session, date(2026, 2, 18)) == [request]
    assert request.status == "TIDAK_DITANGGAPI"
    objection = office.objection(date(2026, 2, 19), request, reason="c")
    assert objection.request_id == request.id and objection.status == "TERDAFTAR"
    late_answer = office.flow.decide(
        request, Decision("diberikan"), actor="ppid", today=date(2026, 2, 20)
    )
    assert late_answer.kind == "pemberitahuan_tertulis"
    [step] = [t for t in office.session.scalars(select(Transition)) if t.event == "lapse"]
    assert step.actor == "system"
    later = office.calendar.add_working_days(objection.due_date, 1)
    assert deadlines.lapse_overdue(office.session, later) == [objection]
    assert objection.status == "LEWAT_WAKTU"


def test_open_items_sorted_by_urgency(office: Office) -> None:
    old = office.request(date(2026, 2, 2))
    new = office.request(date(2026, 2, 9))
    today = date(2026, 2, 13)
    items = deadlines.open_items(office.session, office.settings, office.calendar, today)
    assert [item.record for item in items] == [old, new]
    assert items[0].urgency.state == "due_soon" and items[0].urgency.days_left == 1
    assert items[1].urgency.state == "on_time"
    overdue = deadlines.open_items(
        office.session, office.settings, office.calendar, date(2026, 2, 18)
    )
    assert overdue[0].urgency.state == "overdue"


def test_election_information_during_tahapan_runs_on_three_days(tmp_path: Path) -> None:
    settings, database, calendar = open_registry(tmp_path)
    settings.deadlines.tahapan = [
        Tahapan(name="Pilkada 2026", start=date(2026, 1, 1), end=date(2026, 12, 31))
    ]
    with database.session() as session:
        office = Office(session, settings, calendar)
        request = office.request(date(2026, 3, 16))
        office.flow.set_category(request, "pemilu", actor="ppid", today=date(2026, 3, 16))
        # Domain example: 16 Mar 2026 + 3 working days = 20 Mar (Nyepi 19 Mar excluded).
        assert request.regime == "election" and request.due_date == date(2026, 3, 20)
        notice = office.flow.extend(
            request, "belum_dikuasai", actor="ppid", today=date(2026, 3, 18)
        )
        assert request.due_date == calendar.add_working_days(date(2026, 3, 20), 2)
        assert notice.kind == "perpanjangan"


def test_dispute_before_the_atasan_answered_leaves_the_objection_with_him(office: Office) -> None:
    request = office.request()
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 10))
    objection = office.objection(date(2026, 2, 12), request)
    dispute = letter(
        office.session,
        office.settings,
        office.calendar,
        "sengketa",
        date(2026, 2, 13),
        reference_registration_number=request.registration_number,
    )
    assert dispute.request_id == request.id  # type: ignore[union-attr]
    assert objection.status == "TERDAFTAR"
    [step] = [t for t in office.session.scalars(select(Transition)) if t.entity == "dispute"][1:]
    assert "belum" in step.note or "not answered" in step.note
    office.flow.decide_objection(
        objection, "ditolak", "Pengecualian tetap berlaku.", actor="atasan", today=date(2026, 2, 20)
    )


def test_a_clerk_relinks_an_objection_to_the_right_request(office: Office) -> None:
    old = office.request(date(2026, 1, 5))
    office.flow.decide(old, EXEMPT, actor="ppid", today=date(2026, 1, 7))
    recent = office.request(date(2026, 3, 2))
    office.flow.decide(recent, EXEMPT, actor="ppid", today=date(2026, 3, 4))
    objection = office.objection(date(2026, 3, 27), old)
    assert objection.status == "TIDAK_DITERIMA"
    links.link_objection(
        office.session,
        office.settings,
        office.calendar,
        objection,
        recent,
        actor="petugas",
        today=date(2026, 3, 27),
    )
    assert objection.status == "TERDAFTAR" and objection.request_id == recent.id
    office.flow.decide_objection(
        objection, "ditolak", "Tetap", actor="atasan", today=date(2026, 4, 1)
    )
    with pytest.raises(Refused, match="re-linked"):
        links.link_objection(
            office.session,
            office.settings,
            office.calendar,
            objection,
            old,
            actor="petugas",
            today=date(2026, 4, 2),
        )


def test_a_request_acted_on_keeps_its_register_entry(office: Office) -> None:
    request = office.request()
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 10))
    assert request.document_id is not None
    with pytest.raises(Refused, match="acted on"):
        set_class(
            office.session,
            office.settings,
            office.calendar,
            request.document_id,
            "surat_masuk",
            "petugas",
        )


def test_extended_request_can_still_be_disposed(office: Office) -> None:
    request = office.request()
    office.flow.extend(request, "belum_dikuasai", actor="ppid", today=date(2026, 2, 3))
    office.flow.dispose(request, "Subbagian Hukum", actor="ppid", today=date(2026, 2, 4))
    assert request.status == "DIPERPANJANG" and request.unit == "Subbagian Hukum"


@pytest.mark.parametrize("template", ["{seq:03d}/PPID", "{nomor}/{year}", "{seq:03d}/{year"])
def test_a_number_template_that_cannot_number_is_refused_at_start(template: str) -> None:
    with pytest.raises(ValidationError):
        RegistrySettings(request_number=template)


def test_received_stamp_date_moves_the_clock_back(office: Office) -> None:
    request = office.request(date(2026, 2, 9))
    issue_receipt(
        office.session, office.settings, request, actor="petugas", now=wib(date(2026, 2, 9))
    )
    with pytest.raises(Refused, match="scan"):
        office.flow.set_received(
            request, date(2026, 2, 12), actor="petugas", today=date(2026, 2, 12)
        )
    receipt = office.flow.set_received(
        request, date(2026, 1, 31), actor="petugas", today=date(2026, 2, 9), note="Cap terima Sabtu"
    )
    # Stamped on Saturday 31 Jan: the clock starts Monday 2 Feb, due 16 Feb.
    assert request.start_date == date(2026, 2, 2) and request.due_date == DUE
    assert receipt is not None
    text = office.text(receipt)
    assert "16 Februari 2026" in text and "2 Februari 2026 (cap terima)" in text
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 10))
    with pytest.raises(Refused):
        office.flow.set_received(
            request, date(2026, 2, 1), actor="petugas", today=date(2026, 2, 10)
        )


def test_receipts_for_requests_and_objections_after_the_commit(tmp_path: Path) -> None:
    settings, database, calendar = open_registry(tmp_path)
    with database.session() as session:
        office = Office(session, settings, calendar)
        request = office.request()
        office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 10))
        objection = office.objection(date(2026, 2, 12), request)
    first = issue_missing_receipts(database, settings, now=wib(date(2026, 2, 12), 11))
    assert (first.issued, first.failed) == (2, {})
    again = issue_missing_receipts(database, settings, now=wib(date(2026, 2, 12), 12))
    assert (again.issued, again.failed) == (0, {})
    with database.session() as session:
        office = Office(session, settings, calendar)
        kinds = {n.kind: n for n in session.scalars(select(Notice))}
        assert set(kinds) == {"tanda_bukti", "pemberitahuan_tertulis", "tanda_terima_keberatan"}
        receipt = office.text(kinds["tanda_terima_keberatan"])
        assert objection.registration_number in receipt
        # 12 Feb + 30 working days (Nyepi 19 Mar excluded): the Atasan's deadline
        assert objection.due_date == date(2026, 3, 30) and "30 Maret 2026" in receipt


def test_dispute_goes_through_mediation_and_adjudication_to_a_ruling(office: Office) -> None:
    request = office.request()
    office.flow.decide(request, EXEMPT, actor="ppid", today=date(2026, 2, 10))
    dispute = letter(
        office.session,
        office.settings,
        office.calendar,
        "sengketa",
        date(2026, 4, 20),
        reference_registration_number=request.registration_number,
    )
    assert isinstance(dispute, Dispute)
    with pytest.raises(Refused, match="amar"):
        office.flow.dispute_ruling(
            dispute, "ditolak", actor="ppid", today=date(2026, 5, 4), note=" "
        )
    with pytest.raises(Refused, match="DIAJUKAN"):  # adjudication rulings need adjudication
        office.flow.dispute_ruling(
            dispute, "ditolak", actor="ppid", today=date(2026, 5, 4), note="Menolak permohonan"
        )
    office.flow.dispute_stage(dispute, "mediasi", actor="ppid", today=date(2026, 5, 4))
    with pytest.raises(Refused):
        office.flow.dispute_stage(dispute, "mediasi", actor="ppid", today=date(2026, 5, 5))
    office.flow.dispute_stage(
        dispute, "ajudikasi", actor="ppid", today=date(2026, 5, 18), note="Mediasi gagal"
    )
    office.flow.dispute_ruling(
        dispute,
        "dikabulkan_sebagian",
        actor="ppid",
        today=date(2026, 6, 15),
        note="Informasi dibuka dengan penghitaman",
    )
    assert dispute.status == "PUTUS" and dispute.ruling == "dikabulkan_sebagian"
    assert office.states("dispute", dispute.id) == [
        "DIAJUKAN",
        "DIAJUKAN",
        "MEDIASI",
        "AJUDIKASI",
        "PUTUS",
    ]
