"""Ingest: files become jobs, jobs run in a pool of worker processes, results are committed.

The parent hashes each file (cheap) so duplicates never reach a worker, keeps at most two jobs
per worker in flight so memory stays flat for any batch size, and commits each result in one
transaction: document, pages, search index, job state and audit events together.
"""

from __future__ import annotations

import errno
import json
import logging
import multiprocessing
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from archive.store import sha256_of
from audit import chain
from config.settings import Settings
from db.engine import Database
from db.models import Document, Job, Page
from pipeline import jobs
from pipeline.binding import bind_pages, bound_name
from pipeline.errors import BadInput
from pipeline.extract import FIELD_NAMES
from pipeline.verify import stored_spans, to_check
from pipeline.worker import Processed, process_file
from registry.calendar import WorkingCalendar
from registry.notices import Receipt, issue_missing_receipts
from registry.registers import register_document, registration_number
from search.index import index_document

log = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 2
RECEIPTED_CLASSES = ("permohonan_informasi", "keberatan")
TRANSIENT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.ENOMEM}


@dataclass
class Outcome:
    """What happened to one input file: the line `arsip ingest --json` prints."""

    file: str
    status: str
    job_id: int
    document_id: int | None = None
    sha256: str | None = None
    pages: int | None = None
    ocr: bool | None = None
    error: str | None = None
    cls: str | None = None
    confidence: float | None = None
    needs_review: bool = False
    fields_to_check: list[str] = field(default_factory=list)
    registration_number: str | None = None
    fields: dict[str, Any] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES))
    files: list[str] = field(default_factory=list)  # a letter's page images, when bound

    @classmethod
    def of_document(cls, session: Session, job: Job, status: str, document: Document) -> Outcome:
        return cls(
            job.path, status, job.id, document.id, document.sha256, document.page_count,
            document.ocr, cls=document.cls, confidence=document.confidence,
            needs_review=document.needs_review, fields=json.loads(document.fields),
            fields_to_check=json.loads(document.fields_to_check),
            registration_number=registration_number(session, document.id),
            files=jobs.source_files(job),
        )  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "files": self.files or [self.file],
            "status": self.status,
            "document_id": self.document_id,
            "sha256": self.sha256,
            "class": self.cls,
            "confidence": self.confidence,
            "needs_review": self.needs_review,
            "fields_to_check": self.fields_to_check,
            "registration_number": self.registration_number,
            "fields": self.fields,
            "pages": self.pages,
            "ocr": self.ocr,
            "error": self.error,
            "job_id": self.job_id,
        }


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and every file below named folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            )
        else:
            found.append(path)
    return found


def describe_error(error: BaseException) -> str:
    if isinstance(error, BadInput):
        return str(error)
    if isinstance(error, BrokenProcessPool):
        return "Proses pekerja berhenti mendadak / the worker process died"
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            "Disk penuh; coba lagi setelah ruang dikosongkan / disk full; retry when space is freed"
        )
    return f"Kesalahan tak terduga / unexpected error: {type(error).__name__}: {error}"


def is_transient(error: BaseException) -> bool:
    """Failures of the machine rather than the file: the file stays and is tried again later."""
    return isinstance(error, BrokenProcessPool | OperationalError) or (
        isinstance(error, OSError) and error.errno in TRANSIENT_ERRNOS
    )


class Ingestor:
    """A pool of worker processes and the jobs in flight on it.

    ``submit`` starts a job (duplicates and unreadable files end at once), ``collect`` commits the
    jobs that have finished. ``run`` drives a whole batch; the watch service calls both itself.
    """

    def __init__(self, settings: Settings, database: Database, workers: int | None = None) -> None:
        self.settings = settings
        self.db = database
        self.workers = workers or settings.worker_count
        self.calendar = WorkingCalendar.from_settings(settings)
        self._context = multiprocessing.get_context("spawn")
        self._pool: ProcessPoolExecutor | None = None
        self._inflight: dict[Future[Processed], tuple[int, str]] = {}
        self._waiting: dict[str, list[int]] = defaultdict(list)
        self.receipts_due = 0
        self.receipt_failures: set[Receipt] = set()

    def enqueue(self, letters: Iterable[Sequence[Path]], channel: str, **origin: Any) -> list[int]:
        """One job per letter: a file, or a letter's page images (see pipeline.binding)."""
        with self.db.session() as session:
            return jobs.enqueue(session, letters, channel, **origin)

    @property
    def has_capacity(self) -> bool:
        return len(self._inflight) < self.workers * IN_FLIGHT_PER_WORKER

    @property
    def busy(self) -> bool:
        return bool(self._inflight)

    def inflight_job_ids(self) -> list[int]:
        return [job_id for job_id, _ in self._inflight.values()]

    def submit(self, job_id: int) -> list[Outcome]:
        """Start a job; returns its outcome at once when no worker is needed."""
        prepared = self._prepare(job_id)
        if prepared is None:
            return []
        if isinstance(prepared, Outcome):
            return [prepared]
        path, sha, hint = prepared
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=self._context)
        future = self._pool.submit(process_file, path, sha, self.settings, hint)
        self._inflight[future] = (job_id, sha)
        return []

    def collect(self, timeout: float | None = None) -> list[Outcome]:
        """Commit every job that finished within ``timeout`` seconds."""
        if not self._inflight:
            return []
        done, _ = wait(self._inflight, timeout=timeout, return_when=FIRST_COMPLETED)
        outcomes: list[Outcome] = []
        for future in done:
            job_id, sha = self._inflight.pop(future)
            outcomes.extend(self._finish(job_id, sha, future))
        if any(isinstance(future.exception(), BrokenProcessPool) for future in done):
            self._discard_pool()
        return outcomes

    def run(self, job_ids: list[int]) -> Iterator[Outcome]:
        """Process a batch of jobs; yields one Outcome per job as each one ends.

        Receipts are made while the workers are busy, one at a time, so they cost no wall time.
        """
        self.workers = min(self.workers, max(1, len(job_ids)))
        pending = list(reversed(job_ids))
        try:
            while pending or self._inflight:
                while pending and self.has_capacity:
                    yield from self.submit(pending.pop())
                finished = self.collect(timeout=0 if self.receipts_due else None)
                if not finished and self.receipts_due:
                    self.issue_receipts(limit=1, retry=False)
                yield from finished
            self.issue_receipts()
        finally:
            self.close()

    def close(self, kill: bool = False) -> None:
        """Stop the pool; with ``kill`` the jobs still running are abandoned (see release)."""
        if self._pool is not None:
            if kill:
                self._kill_workers()
            self._pool.shutdown(wait=not kill, cancel_futures=True)
            self._pool = None

    def release(self) -> list[int]:
        """Put the jobs still in flight back in the queue, for a later run to pick up, with the
        copies of their letters that wait for them."""
        copies = [job_id for waiting in self._waiting.values() for job_id in waiting]
        released = [*self.inflight_job_ids(), *copies]
        with self.db.session() as session:
            jobs.release(session, released)
        self._inflight.clear()
        self._waiting.clear()
        return released

    def _kill_workers(self) -> None:
        # ProcessPoolExecutor has no public way to stop a running task before Python 3.14.
        processes = getattr(self._pool, "_processes", None) or {}
        for process in list(processes.values()):
            process.terminate()

    def _discard_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _prepare(self, job_id: int) -> Outcome | tuple[Path, str, str | None] | None:
        """Start the job and hash its file; duplicates and unreadable files end here.

        None means a copy of the same bytes is already in flight: the job ends with it.
        """
        with self.db.session() as session:
            job = jobs.start(session, job_id)
            try:
                path = self._bind(job) if job.parts else Path(job.path)
                sha = sha256_of(path)
            except BadInput as bad:
                jobs.fail(session, job, describe_error(bad))
                return Outcome(
                    job.path, "quarantined", job.id, error=describe_error(bad),
                    files=jobs.source_files(job),
                )  # fmt: skip
            except (FileNotFoundError, IsADirectoryError, PermissionError) as unreadable:
                reason = describe_error(
                    BadInput("Berkas tidak dapat dibaca", "the file cannot be read")
                    if not isinstance(unreadable, FileNotFoundError)
                    else BadInput(
                        "Berkas hilang sebelum dapat dibaca",
                        "the file vanished before it could be read",
                    )
                )
                jobs.fail(session, job, reason)
                return Outcome(job.path, "quarantined", job.id, error=reason)
            job.sha256 = sha
            existing = session.scalar(select(Document).where(Document.sha256 == sha))
            if existing is not None:
                self._unbind(job_id)
                return self._duplicate(session, job, existing)
            if sha in self._waiting:
                self._unbind(job_id)
                self._waiting[sha].append(job.id)
                return None
            self._waiting[sha] = []
            return path, sha, job.class_hint

    def _bind(self, job: Job) -> Path:
        """The letter's page images bound into one PDF, its original (deleted when the job ends)."""
        pages = [Path(part) for part in jobs.source_files(job)]
        return bind_pages(pages, self._bound_dir(job.id) / bound_name(pages))

    def _bound_dir(self, job_id: int) -> Path:
        return self.settings.home / "intake" / str(job_id)

    def _unbind(self, job_id: int) -> None:
        shutil.rmtree(self._bound_dir(job_id), ignore_errors=True)

    def _duplicate(self, session: Any, job: Job, existing: Document) -> Outcome:
        jobs.finish(session, job, "duplicate", existing.id)
        chain.append(session, "duplicate", job_id=job.id, document_id=existing.id, path=job.path)
        return Outcome.of_document(session, job, "duplicate", existing)

    def _finish(self, job_id: int, sha: str, future: Future[Processed]) -> Iterator[Outcome]:
        error = future.exception()
        outcome = (
            self._commit_failure(job_id, error) if error else self._commit(job_id, future.result())
        )
        self._unbind(job_id)
        yield outcome
        for follower in self._waiting.pop(sha, []):
            yield self._settle_follower(follower, outcome)

    def _settle_follower(self, job_id: int, first: Outcome) -> Outcome:
        """A second copy of a file from the same batch ends as its first copy did."""
        with self.db.session() as session:
            job = session.get_one(Job, job_id)
            if first.document_id is not None:
                return self._duplicate(session, job, session.get_one(Document, first.document_id))
            jobs.fail(session, job, first.error or "")
            return Outcome(job.path, "quarantined", job.id, sha256=first.sha256, error=first.error)

    def _commit_failure(self, job_id: int, error: BaseException) -> Outcome:
        reason = describe_error(error)
        with self.db.session() as session:
            job = session.get_one(Job, job_id)
            jobs.fail(session, job, reason, transient=is_transient(error))
            return Outcome(job.path, "quarantined", job.id, sha256=job.sha256, error=reason)

    def _commit(self, job_id: int, processed: Processed) -> Outcome:
        try:
            with self.db.session() as session:
                job = session.get_one(Job, job_id)
                document = self._store_document(session, job, processed)
                jobs.finish(session, job, "registered", document.id)
                outcome = Outcome.of_document(session, job, "registered", document)
        except IntegrityError as error:
            with self.db.session() as session:
                job = session.get_one(Job, job_id)
                existing = session.scalars(
                    select(Document).where(Document.sha256 == processed.sha256)
                ).one_or_none()
                if existing is not None:
                    return self._duplicate(session, job, existing)
            return self._commit_failure(job_id, error)
        except Exception as error:  # a registry or index failure must not stop the service
            return self._commit_failure(job_id, error)
        if outcome.registration_number and outcome.cls in RECEIPTED_CLASSES:
            self.receipts_due += 1
        return outcome

    def issue_receipts(self, limit: int | None = None, retry: bool = True) -> None:
        """Post-commit: receipts for registered requests and objections still without one.

        Idempotent; run while the workers are busy (one at a time, passing over receipts that
        failed: ``retry=False``), at every poll of the service and at the end of a batch
        (retrying those). A failure is logged once and retried later, never turned into a
        failure of the letter, which is already safe.
        """
        skip = set() if retry else self.receipt_failures
        try:
            run = issue_missing_receipts(
                self.db, self.settings, now=datetime.now(UTC), limit=limit, skip=skip
            )
        except OperationalError as error:
            log.warning("event=receipts_deferred error=%s", error)
            return
        for key, reason in run.failed.items():
            if key not in self.receipt_failures:
                log.error("event=receipt_failed %s", reason)
        self.receipt_failures = skip | set(run.failed)
        self.receipts_due = max(0, self.receipts_due - limit) if limit else 0

    def _store_document(self, session: Any, job: Job, processed: Processed) -> Document:
        document = Document(
            sha256=processed.sha256,
            original_name=Path(job.path).name,
            kind=processed.kind,
            size=processed.size,
            page_count=len(processed.pages),
            ocr=processed.ocr,
            channel=job.channel,
            original_path=processed.original_path,
            pdfa_path=processed.pdfa_path,
            received_at=job.created_at,
            tags=job.tags,
            cls=processed.cls,
            confidence=processed.confidence,
            needs_review=processed.confidence < self.settings.classify.review_threshold,
            fields=json.dumps(processed.fields.values, ensure_ascii=False),
            field_spans=stored_spans(processed.fields),
            fields_to_check=json.dumps(
                to_check(processed.fields, self.settings.classify.check_fields_below)
            ),
            nik_info=json.dumps(processed.fields.nik_info) if processed.fields.nik_info else None,
            pages=[Page(number=p.number, text=p.text, ocr=p.ocr) for p in processed.pages],
        )
        session.add(document)
        session.flush()
        ocr_pages = [p for p in processed.pages if p.ocr]
        chain.append(
            session,
            "ocr_done" if ocr_pages else "text_extracted",
            document_id=document.id,
            job_id=job.id,
            pages=len(processed.pages),
            ocr_pages=[p.number for p in ocr_pages],
            rotated={p.number: p.rotated for p in ocr_pages if p.rotated},
            seconds=round(processed.seconds, 3),
        )
        chain.append(
            session, "archived", document_id=document.id, job_id=job.id, sha256=processed.sha256,
            original=processed.original_path, pdfa=processed.pdfa_path,
        )  # fmt: skip
        chain.append(
            session, "classified", document_id=document.id, job_id=job.id, cls=processed.cls,
            confidence=processed.confidence, needs_review=document.needs_review,
            fields=sorted(name for name, value in processed.fields.values.items() if value),
            fields_to_check=json.loads(document.fields_to_check),
        )  # fmt: skip
        index_document(session, document)
        chain.append(session, "indexed", document_id=document.id, job_id=job.id)
        register_document(session, self.settings, self.calendar, document)
        return document
