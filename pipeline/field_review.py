"""A clerk checks a letter's fields against the paper: a correction or a confirmation takes the
field off the list OCR left (pipeline.verify), reaches the register entry that copied it and the
receipt already given for that entry (which is given again), and is recorded (the values in
``field_corrections``, the fact in the audit trail with personal data masked, since the trail
can never be erased)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from audit import chain
from config.settings import Settings
from db.models import Document, FieldCorrection
from pipeline.checkboxes import OPTIONS
from pipeline.errors import ArsipError, ExitCode
from pipeline.extract import FIELD_NAMES, normalise_value
from pipeline.fields import parse_nik
from registry.notices import reissue_receipt
from registry.numbering import own_formats
from registry.privacy import masked
from registry.registers import entry_of, update_entry_fields

CHOICES = {name: sorted({value for _, value in options}) for name, options in OPTIONS.items()}


class FieldRefused(ArsipError):
    exit_code = ExitCode.usage


def _document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise FieldRefused(f"dokumen tidak ada / no such document: {document_id}")
    return document


def clerk_value(name: str, raw: str, settings: Settings) -> Any:
    """The value a clerk typed, kept as the extractor keeps it; refused when it is not one."""
    if name not in FIELD_NAMES:
        raise FieldRefused(
            f"isian tidak dikenal / unknown field: {name} ({', '.join(FIELD_NAMES)})"
        )
    text = raw.strip()
    if not text:
        return None
    if name in CHOICES:
        if text not in CHOICES[name]:
            raise FieldRefused(f"{name}: pilih / choose one of {', '.join(CHOICES[name])}")
        return text
    if name == "nik":
        nik = parse_nik(text)
        if not nik.valid:
            raise FieldRefused(f"NIK tidak sah / not a valid NIK: {nik.problem}")
        return nik.value
    value = normalise_value(name, text, own_formats(settings.registry))
    if value is None:
        raise FieldRefused(f"{name}: tidak dapat dibaca / cannot be read: {text!r}")
    return value


def correct_field(
    session: Session,
    settings: Settings,
    document_id: int,
    name: str,
    raw: str,
    actor: str,
    note: str | None = None,
) -> Document:
    """Set a field to what the paper says (empty ``raw`` clears it)."""
    document = _document(session, document_id)
    value = clerk_value(name, raw, settings)
    fields: dict[str, Any] = json.loads(document.fields)
    old = fields.get(name)
    fields[name] = value
    document.fields = json.dumps(fields, ensure_ascii=False)
    if name == "nik":
        document.nik_info = json.dumps(parse_nik(value).as_dict()) if value else None
    _checked(document, [name])
    session.add(
        FieldCorrection(
            document_id=document.id, field=name, old_value=_text(old), new_value=_text(value),
            actor=actor, note=note,
        )
    )  # fmt: skip
    update_entry_fields(session, document.id, fields)
    chain.append(
        session, "field_corrected", actor=actor, document_id=document.id, field=name,
        old=masked({name: old})[name], new=masked({name: value})[name], note=note,
    )  # fmt: skip
    found = entry_of(session, document.id)
    if found:
        reissue_receipt(session, settings, found[1], name, actor=actor, now=datetime.now(UTC))
    return document


def confirm_fields(
    session: Session,
    document_id: int,
    names: Sequence[str],
    actor: str,
    note: str | None = None,
) -> list[str]:
    """The clerk found these fields (all those left to check, when none are named) as read."""
    document = _document(session, document_id)
    unknown = [name for name in names if name not in FIELD_NAMES]
    if unknown:
        raise FieldRefused(f"isian tidak dikenal / unknown field: {', '.join(unknown)}")
    confirmed = list(names) or json.loads(document.fields_to_check)
    fields: dict[str, Any] = json.loads(document.fields)
    for name in confirmed:
        value = _text(fields.get(name))
        session.add(
            FieldCorrection(
                document_id=document.id, field=name, old_value=value, new_value=value,
                actor=actor, note=note,
            )
        )  # fmt: skip
    _checked(document, confirmed)
    chain.append(
        session, "fields_confirmed", actor=actor, document_id=document.id, fields=confirmed,
        note=note,
    )  # fmt: skip
    return confirmed


def _checked(document: Document, names: Sequence[str]) -> None:
    left = [name for name in json.loads(document.fields_to_check) if name not in names]
    document.fields_to_check = json.dumps(left)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
