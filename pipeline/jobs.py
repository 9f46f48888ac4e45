"""The durable job queue: one row per input file, from queued to done or failed.

A job from a watched inbox is also "settled" once its source file has left the inbox (moved to
done/ or quarantine/, or deleted); that post-commit step is repeated until it has happened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from audit import chain
from db.models import Job, utcnow

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
QUARANTINED, TRANSIENT_ERROR = "quarantined", "error"


def enqueue(
    session: Session,
    letters: Iterable[Sequence[Path]],
    channel: str,
    *,
    inbox: str | None = None,
    tags: str = "",
    class_hint: str | None = None,
) -> list[int]:
    """One job per letter: a file, or the page images of a letter scanned page by page."""
    jobs = [
        Job(path=str(files[0]), channel=channel, state=QUEUED, attempts=0, inbox=inbox, tags=tags,
            class_hint=class_hint, parts=json.dumps([str(f) for f in files]) if files[1:] else None)
        for files in letters
    ]  # fmt: skip
    session.add_all(jobs)
    session.flush()
    for job in jobs:
        pages: dict[str, Any] = {"pages": source_files(job)} if job.parts else {}
        chain.append(
            session, "received", job_id=job.id, path=job.path, channel=channel, tags=tags, **pages
        )
    return [job.id for job in jobs]


def source_files(job: Job) -> list[str]:
    """The job's file, or its letter's page images in order."""
    return json.loads(job.parts) if job.parts else [job.path]


def start(session: Session, job_id: int) -> Job:
    job = session.get_one(Job, job_id)
    job.state = RUNNING
    job.attempts += 1
    job.last_error = None
    job.outcome = None
    job.updated_at = utcnow()
    return job


def finish(session: Session, job: Job, outcome: str, document_id: int | None) -> None:
    job.state = DONE
    job.outcome = outcome
    job.document_id = document_id
    job.updated_at = utcnow()


def fail(session: Session, job: Job, reason: str, *, transient: bool = False) -> None:
    """A failed job; a transient one (disk full, worker died) leaves its file for a retry."""
    job.state = FAILED
    job.outcome = TRANSIENT_ERROR if transient else QUARANTINED
    job.last_error = reason
    job.updated_at = utcnow()
    chain.append(
        session, "failed", job_id=job.id, path=job.path, reason=reason, transient=transient
    )


def requeue(session: Session, job_ids: Sequence[int]) -> list[int]:
    """Put failed jobs back in the queue; returns the ids that were failed."""
    jobs = session.scalars(select(Job).where(Job.id.in_(job_ids), Job.state == FAILED)).all()
    for job in jobs:
        job.state = QUEUED
        job.settled_at = None
        job.updated_at = utcnow()
        chain.append(session, "retry_requested", job_id=job.id, path=job.path)
    return [job.id for job in jobs]


def release(session: Session, job_ids: Sequence[int]) -> None:
    """Jobs interrupted by a stop go back to the queue untouched."""
    session.execute(
        update(Job).where(Job.id.in_(job_ids), Job.state == RUNNING).values(state=QUEUED)
    )


def recover_interrupted(session: Session) -> int:
    """After a crash no job can still be running: put them all back in the queue."""
    result = session.execute(update(Job).where(Job.state == RUNNING).values(state=QUEUED))
    return int(getattr(result, "rowcount", 0) or 0)


def queued_from_inboxes(session: Session, limit: int) -> Sequence[Job]:
    query = select(Job).where(Job.state == QUEUED, Job.inbox.is_not(None)).order_by(Job.id)
    return session.scalars(query.limit(limit)).all()


def unsettled(session: Session) -> Sequence[Job]:
    """Inbox jobs that ended but whose source file has not been moved out yet."""
    query = select(Job).where(
        Job.inbox.is_not(None),
        Job.settled_at.is_(None),
        Job.state.in_([DONE, FAILED]),
        (Job.outcome != TRANSIENT_ERROR) | Job.outcome.is_(None),
    )
    return session.scalars(query.order_by(Job.id)).all()


def retry_due(session: Session, older_than: datetime, max_attempts: int) -> list[int]:
    """Transient failures whose wait is over and that have attempts left."""
    query = select(Job.id).where(
        Job.state == FAILED,
        Job.outcome == TRANSIENT_ERROR,
        Job.inbox.is_not(None),
        Job.updated_at < older_than,
        Job.attempts < max_attempts,
    )
    return list(session.scalars(query))


def exhausted(session: Session, max_attempts: int) -> Sequence[Job]:
    """Transient failures that used up their attempts: from now on they are quarantined."""
    query = select(Job).where(
        Job.state == FAILED,
        Job.outcome == TRANSIENT_ERROR,
        Job.inbox.is_not(None),
        Job.attempts >= max_attempts,
    )
    return session.scalars(query).all()


def active_paths(session: Session) -> set[str]:
    """Files that have a job waiting, running, or waiting for a transient retry."""
    query = select(Job).where(
        Job.inbox.is_not(None),
        (Job.state.in_([QUEUED, RUNNING])) | ((Job.state == FAILED) & (Job.settled_at.is_(None))),
    )
    return {path for job in session.scalars(query) for path in source_files(job)}


def running_paths(session: Session) -> set[str]:
    running = session.scalars(select(Job).where(Job.state == RUNNING))
    return {path for job in running for path in source_files(job)}


def mark_settled(session: Session, job: Job, where: str) -> None:
    job.settled_at = utcnow()
    chain.append(session, "source_moved", job_id=job.id, path=job.path, to=where)


def failed_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Job.id).where(Job.state == FAILED).order_by(Job.id)))


def recent(session: Session, limit: int, state: str | None = None) -> Sequence[Job]:
    query = select(Job).order_by(Job.id.desc()).limit(limit)
    if state:
        query = query.where(Job.state == state)
    return session.scalars(query).all()


def counts(session: Session, since: datetime) -> dict[str, int]:
    """Job counts by state, and jobs done since ``since``."""
    by_state = dict(session.execute(select(Job.state, func.count()).group_by(Job.state)).all())
    done_since = session.scalar(
        select(func.count()).where(Job.state == DONE, Job.updated_at >= since)
    )
    return {**{state: int(n) for state, n in by_state.items()}, "done_since": int(done_since or 0)}
