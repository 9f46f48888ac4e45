"""`arsip status`: a snapshot of the inboxes, the queue and the service, from any process."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from config.settings import Settings
from db.engine import Database
from db.models import Document
from pipeline import jobs
from registry import deadlines
from registry.calendar import WorkingCalendar
from watchers.folders import list_files


def _service_state(settings: Settings) -> dict[str, Any]:
    path = settings.run_dir / "service.json"
    try:
        state = json.loads(path.read_text())
    except (OSError, ValueError):
        return {"running": False}
    try:
        os.kill(int(state["pid"]), 0)
    except (OSError, KeyError, ValueError):
        return {"running": False, "stale_state": state}
    return {"running": True, **state}


def service_status(settings: Settings, database: Database) -> dict[str, Any]:
    now = time.time()
    in_inboxes = [
        path
        for inbox in settings.inboxes()
        if inbox.path.is_dir()
        for path in list_files(inbox.path, settings.watch.ignore)
    ]
    zone = ZoneInfo(settings.office.timezone)
    today = datetime.now(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    with database.session() as session:
        by_state = jobs.counts(session, today.astimezone(UTC))
        running_paths = jobs.running_paths(session)
        documents = session.scalar(select(func.count()).select_from(Document)) or 0
        to_review = session.scalar(
            select(func.count()).select_from(Document).where(Document.needs_review.is_(True))
        )
        urgency = Counter(
            item.urgency.state
            for item in deadlines.open_items(
                session, settings, WorkingCalendar.from_settings(settings), today.date()
            )
        )
    waiting = [path for path in in_inboxes if str(path) not in running_paths]
    ages = [now - path.stat().st_mtime for path in waiting if path.exists()]
    quarantined = (
        [p for p in settings.quarantine_dir.iterdir() if not p.name.endswith(".alasan.txt")]
        if settings.quarantine_dir.is_dir()
        else []
    )
    return {
        "waiting": len(waiting),
        "running": by_state.get(jobs.RUNNING, 0),
        "queued_jobs": by_state.get(jobs.QUEUED, 0),
        "done_today": by_state["done_since"],
        "documents": int(documents),
        "quarantined": len(quarantined),
        "failed_jobs": by_state.get(jobs.FAILED, 0),
        "oldest_waiting_seconds": round(max(ages), 1) if ages else 0,
        "needs_review": int(to_review or 0),
        "open_on_time": urgency["on_time"],
        "open_due_soon": urgency["due_soon"],
        "open_overdue": urgency["overdue"],
        "service": _service_state(settings),
    }
