"""After the commit: move a job's source file out of the inbox (the post-commit step).

Idempotent and safe to repeat after a crash: a source already gone is simply settled, and a file
that now sits at the same path but holds other bytes (a new letter with the same name) is left
alone for its own job. Nothing is overwritten: a taken name gets a numbered suffix.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from archive.store import sha256_of
from config.settings import Settings
from db.models import Job
from pipeline.jobs import QUARANTINED

REASON_TEMPLATE = """Berkas / File: {name}
Waktu / Time: {time}
Alasan / Reason: {reason}

Yang harus dilakukan: periksa atau pindai ulang berkas ini, lalu letakkan kembali di folder inbox.
What to do: check or rescan this file, then drop it into the inbox folder again.
"""


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem (2).ext`` and so on when that name is taken."""
    candidate = folder / name
    stem, suffix = os.path.splitext(name)
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".alasan.txt").exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def _move(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, source.name)
    os.replace(source, target)
    return target


def settle_source(job: Job, settings: Settings) -> str:
    """Move (or delete) the job's source file; returns where it went, for the audit trail."""
    source = Path(job.path)
    if not source.exists():
        return "gone"
    if job.sha256 and sha256_of(source) != job.sha256:
        return "replaced"
    if job.outcome == QUARANTINED:
        target = _move(source, settings.quarantine_dir)
        note = target.with_name(target.name + ".alasan.txt")
        note.write_text(
            REASON_TEMPLATE.format(
                name=source.name, time=datetime.now(UTC).isoformat(timespec="seconds"),
                reason=job.last_error or "",
            ),
            encoding="utf-8",
        )  # fmt: skip
        return str(target)
    if not settings.watch.keep_originals:
        source.unlink()
        return "deleted"
    now = datetime.now(UTC)
    return str(_move(source, settings.done_dir / f"{now:%Y}" / f"{now:%m}"))
