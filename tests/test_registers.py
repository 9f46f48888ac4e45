"""Registration numbers and register entries: gapless under concurrency, linked, voided."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import AgendaEntry, Dispute, Objection, Request
from registry.numbering import format_number, take_number
from tests.registry_fixtures import letter, open_registry, request_fields

WORKERS = 8
NUMBERS_EACH = 25


def _take_numbers(url: str, worker: int) -> None:
    """One process: take numbers for agenda entries; every fifth transaction rolls back."""
    from config.settings import RegistrySettings

    database = Database(url)
    for attempt in range(NUMBERS_EACH):
        try:
            with database.session() as session:
                number = take_number(session, RegistrySettings(), "agenda", date(2026, 3, 2))
                session.add(
                    AgendaEntry(
                        registration_number=number.text,
                        year=number.year,
                        seq=number.seq,
                        received_at=date(2026, 3, 2),
                        subject=f"w{worker}a{attempt}",
                        status="TERCATAT",
                    )
                )
                if attempt % 5 == 4:
                    raise RuntimeError("rolled back on purpose")
        except RuntimeError:
            continue
    database.dispose()


def _run_concurrently(url: str) -> list[AgendaEntry]:
    Database(url).migrate()
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=_take_numbers, args=(url, worker)) for worker in range(WORKERS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
        assert process.exitcode == 0
    with Database(url).session() as session:
        return list(session.scalars(select(AgendaEntry).order_by(AgendaEntry.seq)))


def _assert_gapless(entries: list[AgendaEntry]) -> None:
    committed = WORKERS * NUMBERS_EACH * 4 // 5
    assert [entry.seq for entry in entries] == list(range(1, committed + 1))
    assert len({entry.registration_number for entry in entries}) == committed
    assert entries[0].registration_number == "0001/AG/2026"


def test_eight_processes_take_gapless_unique_numbers_on_sqlite(tmp_path: Path) -> None:
    _assert_gapless(_run_concurrently(f"sqlite:///{tmp_path / 'arsip.db'}"))


@pytest.mark.postgres
def test_eight_processes_take_gapless_unique_numbers_on_postgres(pg_database: str) -> None:
    _assert_gapless(_run_concurrently(pg_database))


def test_number_templates_and_yearly_restart(tmp_path: Path) -> None:
    settings, database, _ = open_registry(tmp_path)
    assert format_number("{seq:03d}/PPID/KPU-SS/{month_roman}/{year}", 7, date(2026, 9, 1)) == (
        "007/PPID/KPU-SS/IX/2026"
    )
    with database.session() as session:
        take = lambda day: take_number(session, settings.registry, "permohonan", day).text  # noqa: E731
        assert take(date(2026, 12, 30)) == "001/PPID/KPU-SS/XII/2026"
        assert take(date(2026, 12, 31)) == "002/PPID/KPU-SS/XII/2026"
        assert take(date(2027, 1, 4)) == "001/PPID/KPU-SS/I/2027"
        assert take_number(session, settings.registry, "keberatan", date(2027, 1, 4)).text == (
            "001/KEB/PPID/KPU-SS/I/2027"
        )


def test_each_class_enters_its_own_register(tmp_path: Path) -> None:
    settings, database, calendar = open_registry(tmp_path)
    with database.session() as session:
        request = letter(
            session,
            settings,
            calendar,
            "permohonan_informasi",
            date(2026, 3, 16),
            **request_fields(),
        )
        assert isinstance(request, Request)
        assert request.registration_number == "001/PPID/KPU-SS/III/2026"
        assert request.status == "TERDAFTAR" and not request.incomplete
        # Received Mon 16 Mar 2026: Nyepi (19th), cuti bersama (18th, 20th, 23rd, 24th) counted
        # as working days by default, Idul Fitri 21-22 Mar on a weekend.
        assert request.due_date == date(2026, 3, 31)
        mail = letter(
            session,
            settings,
            calendar,
            "surat_masuk",
            date(2026, 3, 16),
            letter_number="123/PP.01-SD/16/2026",
            letter_date="2026-03-12",
            sender_org="KPU RI",
            subject="Undangan rapat koordinasi",
        )
        assert isinstance(mail, AgendaEntry)
        assert mail.registration_number == "0001/AG/2026"
        assert mail.letter_date == date(2026, 3, 12) and mail.sender == "KPU RI"


def test_free_letter_without_contact_is_flagged_incomplete(tmp_path: Path) -> None:
    settings, database, calendar = open_registry(tmp_path)
    with database.session() as session:
        request = letter(
            session,
            settings,
            calendar,
            "permohonan_informasi",
            date(2026, 3, 2),
            applicant_name="Budi",
            information_requested="Data DPT",
        )
        assert isinstance(request, Request) and request.incomplete


def test_objection_links_by_reference_then_nik_and_dispute_follows(tmp_path: Path) -> None:
    settings, database, calendar = open_registry(tmp_path)
    with database.session() as session:
        first = letter(
            session,
            settings,
            calendar,
            "permohonan_informasi",
            date(2026, 2, 2),
            **request_fields("Andi"),
        )
        second = letter(
            session,
            settings,
            calendar,
            "permohonan_informasi",
            date(2026, 2, 3),
            **request_fields("Sari", nik="1671050101900003"),
        )
        for request in (first, second):
            assert isinstance(request, Request)
            request.status, request.decided_date = "DITOLAK", date(2026, 2, 10)
        by_number = letter(
            session,
            settings,
            calendar,
            "keberatan",
            date(2026, 2, 20),
            reference_registration_number=first.registration_number,
            objection_reason_code="a",
        )
        by_nik = letter(
            session,
            settings,
            calendar,
            "keberatan",
            date(2026, 2, 20),
            nik="1671050101900003",
            objection_reason_code="a",
        )
        unknown = letter(
            session,
            settings,
            calendar,
            "keberatan",
            date(2026, 2, 20),
            applicant_name="Tidak Dikenal",
        )
        assert isinstance(by_number, Objection) and by_number.request_id == first.id
        assert isinstance(by_nik, Objection) and by_nik.request_id == second.id
        assert isinstance(unknown, Objection) and unknown.request_id is None
        assert by_number.registration_number == "001/KEB/PPID/KPU-SS/II/2026"
        assert by_nik.registration_number == "002/KEB/PPID/KPU-SS/II/2026"
        dispute = letter(
            session,
            settings,
            calendar,
            "sengketa",
            date(2026, 4, 20),
            reference_registration_number=first.registration_number,
            dispute_register_number="034/REG-PSI/IV/2026",
        )
        assert isinstance(dispute, Dispute)
        assert dispute.request_id == first.id and dispute.objection_id == by_number.id
        assert dispute.ki_register_number == "034/REG-PSI/IV/2026"
        assert by_number.status == "SENGKETA_KI"
