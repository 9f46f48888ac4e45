"""Ingest: files become jobs, jobs run in a pool of worker processes, results are committed.

The parent hashes each file (cheap) so duplicates never reach a worker, keeps at most two jobs
per worker in flight so memory stays flat for any batch size, and commits each result in one
transaction: document, pages, search index, job state and audit events together.
"""

from __future__ import annotations

import multiprocessing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from archive.store import sha256_of
from audit import chain
from config.settings import Settings
from db.engine import Database
from db.models import Document, Job, Page
from pipeline import jobs
from pipeline.errors import BadInput
from pipeline.worker import Processed, process_file
from search.index import index_document

FIELD_NAMES = (
    "applicant_name", "nik", "address", "phone", "email", "occupation",
    "information_requested", "purpose", "obtain_method", "delivery_method",
    "letter_number", "letter_date", "subject", "sender_org",
    "reference_registration_number", "objection_reason_code", "dispute_register_number",
)  # fmt: skip
IN_FLIGHT_PER_WORKER = 2


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
    fields: dict[str, Any] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES))

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status,
            "document_id": self.document_id,
            "sha256": self.sha256,
            "class": None,
            "confidence": None,
            "needs_review": False,
            "registration_number": None,
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
    if isinstance(error, OSError) and error.errno == 28:
        return (
            "Disk penuh; coba lagi setelah ruang dikosongkan / disk full; retry when space is freed"
        )
    return f"Kesalahan tak terduga / unexpected error: {type(error).__name__}: {error}"


class Ingestor:
    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.db = database
        self._waiting: dict[str, list[int]] = defaultdict(list)

    def enqueue(self, files: Iterable[Path], channel: str) -> list[int]:
        with self.db.session() as session:
            return jobs.enqueue(session, files, channel)

    def run(
        self, job_ids: list[int], on_start: Callable[[int], None] | None = None
    ) -> Iterator[Outcome]:
        """Process the jobs; yields one Outcome per job as each one ends."""
        pending = list(reversed(job_ids))
        context = multiprocessing.get_context("spawn")
        workers = min(self.settings.worker_count, max(1, len(job_ids)))
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        inflight: dict[Future[Processed], tuple[int, str]] = {}
        try:
            while pending or inflight:
                while pending and len(inflight) < workers * IN_FLIGHT_PER_WORKER:
                    job_id = pending.pop()
                    if on_start:
                        on_start(job_id)
                    prepared = self._prepare(job_id)
                    if prepared is None:
                        continue
                    if isinstance(prepared, Outcome):
                        yield prepared
                        continue
                    path, sha = prepared
                    inflight[pool.submit(process_file, path, sha, self.settings)] = (job_id, sha)
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for future in done:
                    job_id, sha = inflight.pop(future)
                    yield from self._finish(job_id, sha, future)
                if any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                    pool.shutdown(cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        finally:
            pool.shutdown(cancel_futures=True)

    def _prepare(self, job_id: int) -> Outcome | tuple[Path, str] | None:
        """Start the job and hash its file; duplicates and unreadable files end here.

        None means a copy of the same bytes is already in flight: the job ends with it.
        """
        with self.db.session() as session:
            job = jobs.start(session, job_id)
            path = Path(job.path)
            try:
                sha = sha256_of(path)
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
                return self._duplicate(session, job, existing)
            if sha in self._waiting:
                self._waiting[sha].append(job.id)
                return None
            self._waiting[sha] = []
            return path, sha

    def _duplicate(self, session: Any, job: Job, existing: Document) -> Outcome:
        jobs.finish(session, job, "duplicate", existing.id)
        chain.append(session, "duplicate", job_id=job.id, document_id=existing.id, path=job.path)
        return Outcome(
            job.path,
            "duplicate",
            job.id,
            existing.id,
            existing.sha256,
            existing.page_count,
            existing.ocr,
        )

    def _finish(self, job_id: int, sha: str, future: Future[Processed]) -> Iterator[Outcome]:
        error = future.exception()
        outcome = (
            self._commit_failure(job_id, error) if error else self._commit(job_id, future.result())
        )
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
            jobs.fail(session, job, reason)
            return Outcome(job.path, "quarantined", job.id, sha256=job.sha256, error=reason)

    def _commit(self, job_id: int, processed: Processed) -> Outcome:
        try:
            with self.db.session() as session:
                job = session.get_one(Job, job_id)
                document = self._store_document(session, job, processed)
                jobs.finish(session, job, "registered", document.id)
                return Outcome(
                    job.path, "registered", job.id, document.id, processed.sha256,
                    len(processed.pages), processed.ocr,
                )  # fmt: skip
        except IntegrityError:
            with self.db.session() as session:
                job = session.get_one(Job, job_id)
                existing = session.scalars(
                    select(Document).where(Document.sha256 == processed.sha256)
                ).one()
                return self._duplicate(session, job, existing)

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
        index_document(session, document)
        chain.append(session, "indexed", document_id=document.id, job_id=job.id)
        return document
