"""The audit trail: one event per step, append-only, and any hand edit is found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Arsip


def test_each_step_leaves_an_event_and_the_chain_verifies(
    arsip: Arsip, letters: dict[str, Path]
) -> None:
    code, _ = arsip.ingest(letters["png"])
    assert code == 0
    with sqlite3.connect(arsip.home / "arsip.db") as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_events ORDER BY id")]
    assert actions[:5] == ["received", "ocr_done", "archived", "classified", "indexed"]
    assert actions[5] in {"request_register", "agenda_register"}
    assert actions[6:] in ([], ["notice_issued"])  # a request's receipt, after the commit
    code, out, _ = arsip("audit", "verify")
    assert code == 0
    assert f"{len(actions)} peristiwa" in out


def test_database_refuses_to_edit_the_trail(arsip: Arsip, letters: dict[str, Path]) -> None:
    arsip.ingest(letters["digital"])
    with (
        sqlite3.connect(arsip.home / "arsip.db") as db,
        pytest.raises(sqlite3.DatabaseError, match="append-only"),
    ):
        db.execute("UPDATE audit_events SET actor = 'mallory' WHERE id = 2")
    with (
        sqlite3.connect(arsip.home / "arsip.db") as db,
        pytest.raises(sqlite3.DatabaseError, match="append-only"),
    ):
        db.execute("DELETE FROM audit_events WHERE id = 2")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("details", '{"path": "lain.pdf"}'),
        ("actor", "mallory"),
        ("created_at", "2020-01-01T00:00:00"),
    ],
)
def test_verify_names_the_first_event_edited_by_hand(
    arsip: Arsip, letters: dict[str, Path], column: str, value: str
) -> None:
    arsip.ingest(letters["digital"], letters["png"])
    with sqlite3.connect(arsip.home / "arsip.db") as db:
        db.execute("DROP TRIGGER audit_events_no_update")
        db.execute(f"UPDATE audit_events SET {column} = ? WHERE id = 3", (value,))
    code, _, err = arsip("audit", "verify")
    assert code == 1
    assert "#3" in err


def test_verify_finds_a_deleted_event(arsip: Arsip, letters: dict[str, Path]) -> None:
    arsip.ingest(letters["digital"])
    with sqlite3.connect(arsip.home / "arsip.db") as db:
        db.execute("DROP TRIGGER audit_events_no_delete")
        db.execute("DELETE FROM audit_events WHERE id = 2")
    code, _, err = arsip("audit", "verify")
    assert code == 1
    assert "#3" in err
