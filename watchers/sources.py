"""After the commit: move a job's source files out of the inbox (the post-commit step).

Idempotent and safe to repeat after a crash: a source already gone is simply settled, and a file
that now sits at the same path but holds other bytes (a new letter with the same name) is left
alone for its own job. Nothing is overwritten: a taken name gets a numbered suffix.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from archive.store import sha256_of
from config.settings import Settings
from db.models import Job
from pipeline.binding import bind_pages
from pipeline.errors import BadInput
from pipeline.jobs import QUARANTINED, source_files

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


def _current_sha256(job: Job, sources: list[Path]) -> str:
    """The sha256 the job's letter would have now: of its file, or of its pages bound again."""
    if not job.parts:
        return sha256_of(sources[0])
    with tempfile.TemporaryDirectory(prefix="arsip-settle-") as scratch:
        return sha256_of(bind_pages(sources, Path(scratch) / "letter.pdf"))


def _settle_one(source: Path, job: Job, settings: Settings) -> str:
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


def settle_source(job: Job, settings: Settings) -> str:
    """Move (or delete) the job's source file, or every page image of its letter; returns where
    they went, for the audit trail."""
    sources = [Path(path) for path in source_files(job)]
    present = [source for source in sources if source.exists()]
    if not present:
        return "gone"
    if job.sha256 and len(present) == len(sources):
        try:
            if _current_sha256(job, sources) != job.sha256:
                return "replaced"
        except BadInput:
            return "replaced"
    return ", ".join(_settle_one(source, job, settings) for source in present)
