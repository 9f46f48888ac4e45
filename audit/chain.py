"""Append events to the hash chain and verify it.

Each event's hash is the sha256 of its own fields together with the previous event's hash, so
editing, deleting or reordering any event breaks every hash after it. The table also refuses
UPDATE and DELETE by trigger (see the first migration); ``verify`` catches what a trigger cannot,
an edit made by someone who dropped the trigger first.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent

GENESIS_HASH = "0" * 64
POSTGRES_CHAIN_LOCK = 7_061_999


def event_hash(
    prev_hash: str,
    created_at: str,
    actor: str,
    action: str,
    document_id: int | None,
    job_id: int | None,
    details: str,
) -> str:
    payload = json.dumps(
        [prev_hash, created_at, actor, action, document_id, job_id, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _lock_chain_head(session: Session) -> None:
    """Serialise appenders; SQLite already holds its write lock (BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRES_CHAIN_LOCK})


def append(
    session: Session,
    action: str,
    *,
    actor: str = "system",
    document_id: int | None = None,
    job_id: int | None = None,
    **details: Any,
) -> AuditEvent:
    """Add one event to the chain inside the caller's transaction."""
    _lock_chain_head(session)
    session.flush()
    head = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    prev_hash = head or GENESIS_HASH
    created_at = datetime.now(UTC).isoformat(timespec="microseconds")
    details_json = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    event = AuditEvent(
        created_at=created_at,
        actor=actor,
        action=action,
        document_id=document_id,
        job_id=job_id,
        details=details_json,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, created_at, actor, action, document_id, job_id, details_json),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class Verdict:
    events: int
    head: str
    first_bad_id: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None


def verify(session: Session) -> Verdict:
    """Walk the whole chain in order; the first event that does not fit is named."""
    expected_prev = GENESIS_HASH
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(1000):
        count += 1
        if event.prev_hash != expected_prev:
            return Verdict(
                count, expected_prev, event.id, "prev_hash does not match the event before"
            )
        recomputed = event_hash(
            event.prev_hash,
            event.created_at,
            event.actor,
            event.action,
            event.document_id,
            event.job_id,
            event.details,
        )
        if recomputed != event.hash:
            return Verdict(count, expected_prev, event.id, "content does not match its hash")
        expected_prev = event.hash
    return Verdict(count, expected_prev)
