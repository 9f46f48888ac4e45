"""Register entries made the way the pipeline makes them: a Document row, then register_document."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from itertools import count
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from config.settings import Settings
from db.engine import Database
from db.models import Document
from registry.calendar import WorkingCalendar
from registry.registers import Entry, register_document

_serial = count(1)


def office_settings(home: Path) -> Settings:
    return Settings(home=home)


def open_registry(home: Path) -> tuple[Settings, Database, WorkingCalendar]:
    settings = office_settings(home)
    database = Database(settings.database_url)
    database.migrate()
    return settings, database, WorkingCalendar.from_settings(settings)


def wib(day: date, hour: int = 9) -> datetime:
    """``hour`` o'clock WIB on ``day``, as the UTC time the database stores."""
    local = datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo("Asia/Jakarta"))
    return local.astimezone(UTC)


def letter(
    session: Session,
    settings: Settings,
    calendar: WorkingCalendar,
    cls: str,
    received: date,
    **fields: Any,
) -> Entry:
    """A letter of class ``cls`` received at 09:00 WIB on ``received``, registered that day."""
    serial = next(_serial)
    document = Document(
        sha256=f"{serial:064x}",
        original_name=f"surat-{serial}.pdf",
        kind="pdf",
        size=1,
        page_count=1,
        ocr=False,
        channel="permohonan",
        original_path="-",
        pdfa_path="-",
        received_at=wib(received),
        cls=cls,
        confidence=0.99,
        needs_review=False,
        fields=json.dumps(fields),
    )
    session.add(document)
    session.flush()
    entry = register_document(session, settings, calendar, document, now=wib(received, 10))
    assert entry is not None
    return entry


def request_fields(name: str = "Rina Marlina", **extra: Any) -> dict[str, Any]:
    return {
        "applicant_name": name,
        "nik": "1671054203900002",
        "address": "Jl. Merdeka No. 5, Palembang",
        "phone": "+6281234567890",
        "email": "rina@example.id",
        "occupation": "Wiraswasta",
        "information_requested": "Salinan SK penetapan DPT Kota Palembang 2024",
        "purpose": "Penelitian skripsi",
        "obtain_method": "salinan_softcopy",
        "delivery_method": "email",
        **extra,
    }
