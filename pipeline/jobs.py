"""The durable job queue: one row per input file, from queued to done or failed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from audit import chain
from db.models import Job, utcnow

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def enqueue(session: Session, files: Iterable[Path], channel: str) -> list[int]:
    jobs = [Job(path=str(path), channel=channel, state=QUEUED, attempts=0) for path in files]
    session.add_all(jobs)
    session.flush()
    for job in jobs:
        chain.append(session, "received", job_id=job.id, path=job.path, channel=channel)
    return [job.id for job in jobs]


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


def fail(session: Session, job: Job, reason: str) -> None:
    job.state = FAILED
    job.outcome = "quarantined"
    job.last_error = reason
    job.updated_at = utcnow()
    chain.append(session, "failed", job_id=job.id, path=job.path, reason=reason)


def requeue(session: Session, job_ids: Sequence[int]) -> list[int]:
    """Put failed jobs back in the queue; returns the ids that were failed."""
    jobs = session.scalars(select(Job).where(Job.id.in_(job_ids), Job.state == FAILED)).all()
    for job in jobs:
        job.state = QUEUED
        job.updated_at = utcnow()
        chain.append(session, "retry_requested", job_id=job.id, path=job.path)
    return [job.id for job in jobs]


def failed_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Job.id).where(Job.state == FAILED).order_by(Job.id)))


def recent(session: Session, limit: int, state: str | None = None) -> Sequence[Job]:
    query = select(Job).order_by(Job.id.desc()).limit(limit)
    if state:
        query = query.where(Job.state == state)
    return session.scalars(query).all()
