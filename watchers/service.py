"""`arsip serve` / `arsip watch`: watchers and the worker pool, until SIGINT or SIGTERM.

One loop in one process owns every decision (which file becomes a job, when a job starts, when
its source moves), so nothing needs a lock; watchdog's thread only posts paths to a queue, and
the rescan every ``poll_seconds`` finds what events miss (network shares, files that arrived
while the service was down). A file becomes a job once it is stable and has no job in progress;
its source leaves the inbox only after the job's commit, so a crash anywhere loses nothing and
the restart finishes what was interrupted.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import signal
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy.exc import OperationalError
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from config.settings import InboxFolder, Settings
from db.engine import Database
from db.models import Job
from pipeline import jobs
from pipeline.binding import group_pages
from pipeline.ingest import Ingestor, Outcome
from registry import deadlines
from registry.calendar import office_today
from watchers.folders import inbox_of, is_ignored, list_files, tags_for
from watchers.pages import PageGathering
from watchers.sources import settle_source
from watchers.stable import StabilityTracker

log = logging.getLogger("arsip.watch")
RECEIPTS_PER_POLL = 20  # a burst's receipts are spread over polls, not made in one pause
IDLE_SLEEP = 0.2


class _Events(FileSystemEventHandler):
    def __init__(self, sink: queue.SimpleQueue[Path]) -> None:
        self.sink = sink

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            for path in (event.src_path, getattr(event, "dest_path", "")):
                if path:
                    self.sink.put(Path(os.fsdecode(path)))


class WatchService:
    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.db = database
        self.inboxes = settings.inboxes()
        self.tracker = StabilityTracker(settings.watch.settle_seconds)
        self.pages = PageGathering(settings.watch.page_wait_seconds)
        self.ingestor = Ingestor(settings, database)
        self.events: queue.SimpleQueue[Path] = queue.SimpleQueue()
        self.active: set[str] = set()
        self.missing: set[Path] = set()
        self.stopping = False
        self.observer: Any = None
        self.watches: dict[Path, Any] = {}
        self.started_at = datetime.now(UTC)
        self.lapsed_on: date | None = None

    # --- life cycle -------------------------------------------------------------------------

    def run(self) -> None:
        self._install_signal_handlers()
        self._start()
        next_poll = 0.0
        try:
            while not self.stopping:
                now = time.monotonic()
                if now >= next_poll:
                    self._periodic(now)
                    next_poll = now + self.settings.watch.poll_seconds
                self._drain_events(now)
                self._enqueue_ready(now)
                self._dispatch()
                finished = self.ingestor.collect(timeout=IDLE_SLEEP)
                for outcome in finished:
                    self._after(outcome)
                if not finished and self.ingestor.receipts_due:
                    self.ingestor.issue_receipts(limit=1, retry=False)
                elif not finished and not self.ingestor.busy:
                    time.sleep(IDLE_SLEEP)
        finally:
            self._stop()

    def request_stop(self, signum: int = signal.SIGTERM, _frame: FrameType | None = None) -> None:
        if not self.stopping:
            log.info("event=stop_requested signal=%s", signum)
        self.stopping = True

    def _install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)

    def _start(self) -> None:
        for inbox in self.inboxes:
            if inbox.path.is_relative_to(self.settings.inbox_dir):
                inbox.path.mkdir(parents=True, exist_ok=True)
        with self.db.session() as session:
            recovered = jobs.recover_interrupted(session)
            self.active = jobs.active_paths(session)
        log.info(
            "event=started workers=%d inboxes=%s recovered_jobs=%d",
            self.ingestor.workers, ",".join(str(i.path) for i in self.inboxes), recovered,
        )  # fmt: skip
        self._settle_pending()
        self.ingestor.issue_receipts()
        if not self.settings.watch.polling_only:
            self.observer = Observer()
            self.observer.start()

    def _stop(self) -> None:
        deadline = time.monotonic() + self.settings.watch.stop_timeout
        while self.ingestor.busy and time.monotonic() < deadline:
            for outcome in self.ingestor.collect(timeout=max(0.0, deadline - time.monotonic())):
                self._after(outcome)
        released = self.ingestor.release() if self.ingestor.busy else []
        self.ingestor.close(kill=bool(released))
        self.ingestor.issue_receipts()
        if self.observer is not None:
            self.observer.stop()
            self.observer.join(timeout=5)
        (self.settings.run_dir / "service.json").unlink(missing_ok=True)
        log.info("event=stopped released_jobs=%s", ",".join(map(str, released)) or "none")

    # --- finding files --------------------------------------------------------------------

    def _periodic(self, now: float) -> None:
        for inbox in self.inboxes:
            self._rescan(inbox, now)
        self._retry_transient()
        self._settle_pending()
        self._lapse_deadlines()
        self.ingestor.issue_receipts(limit=RECEIPTS_PER_POLL)
        self._heartbeat()

    def _lapse_deadlines(self) -> None:
        """Once per office day: requests and objections past their deadline are marked lapsed."""
        today = office_today(self.settings.office)
        if self.lapsed_on == today:
            return
        try:
            with self.db.session() as session:
                lapsed = deadlines.lapse_overdue(session, today)
        except OperationalError as error:
            log.warning("event=lapse_deferred error=%s", error)
            return
        self.lapsed_on = today
        for record in lapsed:
            log.warning("event=deadline_lapsed number=%s", record.registration_number)

    def _rescan(self, inbox: InboxFolder, now: float) -> None:
        if not inbox.path.is_dir():
            if inbox.path not in self.missing:
                log.warning("event=inbox_missing path=%s", inbox.path)
                self.missing.add(inbox.path)
                self.watches.pop(inbox.path, None)
            return
        if inbox.path in self.missing:
            log.info("event=inbox_back path=%s", inbox.path)
            self.missing.discard(inbox.path)
        self._watch(inbox)
        candidates = [
            p
            for p in list_files(inbox.path, self.settings.watch.ignore)
            if str(p) not in self.active and p not in self.pages
        ]
        self.tracker.observe(candidates, now)

    def _watch(self, inbox: InboxFolder) -> None:
        if self.observer is None or inbox.polling_only or inbox.path in self.watches:
            return
        try:
            self.watches[inbox.path] = self.observer.schedule(
                _Events(self.events), str(inbox.path), recursive=True
            )
        except OSError as error:
            log.warning("event=watch_failed path=%s error=%s", inbox.path, error)

    def _drain_events(self, now: float) -> None:
        seen: set[Path] = set()
        while not self.events.empty():
            seen.add(self.events.get_nowait())
        ignore = self.settings.watch.ignore
        wanted = [
            path
            for path in seen
            if str(path) not in self.active
            and path not in self.pages
            and not is_ignored(path.name, ignore)
            and inbox_of(path, self.inboxes) is not None
        ]
        self.tracker.observe(wanted, now)

    def _enqueue_ready(self, now: float) -> None:
        settled = self.pages.release(self.tracker.ready(now), self.tracker.settling(), now)
        inboxes = {
            path: inbox
            for path in settled
            if (inbox := inbox_of(path, self.inboxes)) is not None and str(path) not in self.active
        }
        for letter in group_pages(list(inboxes)):
            inbox = inboxes[letter[0]]
            [job_id] = self.ingestor.enqueue(
                [letter], inbox.channel, inbox=str(inbox.path), tags=tags_for(letter[0], inbox),
                class_hint=inbox.class_hint,
            )  # fmt: skip
            self.active.update(str(path) for path in letter)
            log.info("event=queued job=%d file=%s channel=%s", job_id, letter[0], inbox.channel)

    # --- running jobs ---------------------------------------------------------------------

    def _dispatch(self) -> None:
        if self.stopping or not self.ingestor.has_capacity:
            return
        with self.db.session() as session:
            waiting = [
                job.id for job in jobs.queued_from_inboxes(session, self.ingestor.workers * 2)
            ]
        for job_id in waiting:
            if not self.ingestor.has_capacity:
                break
            for outcome in self.ingestor.submit(job_id):
                self._after(outcome)

    def _after(self, outcome: Outcome) -> None:
        log.info(
            "event=job_ended job=%d file=%s status=%s document=%s error=%s",
            outcome.job_id, outcome.file, outcome.status, outcome.document_id, outcome.error,
        )  # fmt: skip
        with self.db.session() as session:
            job = session.get_one(Job, outcome.job_id)
            if job.inbox is not None and job.outcome != jobs.TRANSIENT_ERROR:
                self._settle(session, job)

    def _settle(self, session: Any, job: Job) -> None:
        try:
            where = settle_source(job, self.settings)
        except OSError as error:
            log.warning("event=move_failed job=%d file=%s error=%s", job.id, job.path, error)
            return
        jobs.mark_settled(session, job, where)
        self.active.difference_update(jobs.source_files(job))
        log.info("event=source_moved job=%d file=%s to=%s", job.id, job.path, where)

    def _settle_pending(self) -> None:
        with self.db.session() as session:
            for job in jobs.unsettled(session):
                if job.id not in self.ingestor.inflight_job_ids():
                    self._settle(session, job)

    def _retry_transient(self) -> None:
        watch = self.settings.watch
        older_than = datetime.now(UTC) - timedelta(seconds=watch.retry_seconds)
        with self.db.session() as session:
            due = jobs.retry_due(session, older_than, watch.max_attempts)
            jobs.requeue(session, due)
            for job in jobs.exhausted(session, watch.max_attempts):
                job.outcome = jobs.QUARANTINED
        if due:
            log.info("event=retrying jobs=%s", ",".join(map(str, due)))

    def _heartbeat(self) -> None:
        self.settings.run_dir.mkdir(parents=True, exist_ok=True)
        state = {
            "pid": os.getpid(),
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "heartbeat_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "workers": self.ingestor.workers,
            "in_flight": len(self.ingestor.inflight_job_ids()),
            "poll_seconds": self.settings.watch.poll_seconds,
            "missing_inboxes": sorted(map(str, self.missing)),
        }
        target = self.settings.run_dir / "service.json"
        partial = target.with_suffix(".part")
        partial.write_text(json.dumps(state))
        partial.replace(target)
