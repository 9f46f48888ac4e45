"""The same migrations, ingest, search and audit chain on a real PostgreSQL cluster."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from db.engine import MIGRATIONS_DIR, Database
from tests.conftest import Arsip

pytestmark = pytest.mark.postgres


def test_migrations_run_and_are_idempotent(pg_database: str) -> None:
    database = Database(pg_database)
    database.migrate()
    database.migrate()
    with database.session() as session:
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        tables = set(
            session.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
        )
    assert version == ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert {"documents", "pages", "jobs", "audit_events"} <= tables
    database.dispose()


def test_ingest_search_and_audit_on_postgres(
    arsip: Arsip, pg_database: str, letters: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARSIP_DATABASE__URL", pg_database)
    code, outcomes = arsip.ingest(letters["digital"], letters["png"])
    assert code == 0
    assert [o["status"] for o in outcomes] == ["registered", "registered"]
    code, again = arsip.ingest(letters["png"])
    assert again[0]["status"] == "duplicate"
    code, out, _ = arsip("search", "pindaipng", "--json")
    assert f'"document_id": {outcomes[1]["document_id"]},' in out
    assert arsip("audit", "verify")[0] == 0
    assert not (arsip.home / "arsip.db").exists()
    database = Database(pg_database)
    with database.session() as session, pytest.raises(Exception, match="append-only"):
        session.execute(text("UPDATE audit_events SET actor = 'mallory'"))
    database.dispose()
