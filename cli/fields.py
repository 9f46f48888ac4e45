"""`arsip fields`: a letter's fields as read, where from and how surely, and a clerk's checks
against the paper (corrections and confirmations, audited)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from audit import chain
from cli.common import console, fail, open_database
from cli.sop import AsJson, By, Note
from db.models import Document
from pipeline.errors import ArsipError
from pipeline.extract import FIELD_NAMES
from pipeline.field_review import confirm_fields, correct_field
from registry.privacy import masked

fields_app = typer.Typer(help="Isian surat (a letter's fields).", no_args_is_help=True)
DocumentId = Annotated[int, typer.Argument(help="Document id.")]


def field_rows(document: Document) -> list[dict[str, Any]]:
    """Each field: its value, the page and offsets it was read from, OCR's confidence, and
    whether a clerk should still check it against the paper."""
    values, spans = json.loads(document.fields), json.loads(document.field_spans)
    to_check = json.loads(document.fields_to_check)
    return [
        {
            "field": name,
            "value": values.get(name),
            "page": spans.get(name, {}).get("page"),
            "span": [spans[name]["start"], spans[name]["end"]] if name in spans else None,
            "ocr_confidence": spans.get(name, {}).get("ocr_confidence"),
            "check": name in to_check,
        }
        for name in FIELD_NAMES
    ]


@fields_app.command("show")
def fields_show(
    document_id: DocumentId,
    full: Annotated[bool, typer.Option("--full", help="Unmasked personal data (audited).")] = False,
    by: By = "petugas",
    as_json: AsJson = False,
) -> None:
    """The fields read from a letter; NIK, phone, e-mail and address masked unless --full."""
    _, database = open_database()
    with database.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise fail(ArsipError(f"dokumen tidak ada / no such document: {document_id}"))
        rows = field_rows(document)
        if full:
            chain.append(session, "personal_data_viewed", actor=by, document_id=document.id)
        else:
            shown = masked({row["field"]: row["value"] for row in rows})
            rows = [{**row, "value": shown[row["field"]]} for row in rows]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("isian / field", "nilai / value", "hlm", "OCR", "periksa / check")
    for row in rows:
        if row["value"] is None and not row["check"]:
            continue
        confidence = row["ocr_confidence"]
        table.add_row(
            row["field"], str(row["value"] or ""), str(row["page"] or ""),
            "" if confidence is None else f"{confidence:.2f}",
            "[yellow]ya / yes[/]" if row["check"] else "",
        )  # fmt: skip
    console.print(table)


@fields_app.command("set")
def fields_set(
    document_id: DocumentId,
    field: Annotated[str, typer.Argument(help="Field name (see DESIGN.md).")],
    value: Annotated[str, typer.Argument(help="As written on the paper; '' clears it.")],
    by: By = "petugas",
    note: Note = "",
) -> None:
    """Correct a field from the paper; the register entry follows (audited)."""
    settings, database = open_database()
    try:
        with database.session() as session:
            document = correct_field(session, settings, document_id, field, value, by, note or None)
            stored = json.loads(document.fields)[field]
    except ArsipError as error:
        raise fail(error) from None
    console.print(f"Dokumen #{document_id}: {field} = {masked({field: stored})[field]}")


@fields_app.command("confirm")
def fields_confirm(
    document_id: DocumentId,
    names: Annotated[
        list[str] | None, typer.Argument(metavar="FIELD...", help="Default: all left to check.")
    ] = None,
    by: By = "petugas",
    note: Note = "",
) -> None:
    """The paper says what was read: the fields leave the list to check (audited)."""
    _, database = open_database()
    try:
        with database.session() as session:
            confirmed = confirm_fields(session, document_id, names or [], by, note or None)
    except ArsipError as error:
        raise fail(error) from None
    console.print(f"Dokumen #{document_id}: dicek / checked {', '.join(confirmed) or '-'}")
