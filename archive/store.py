"""A content-addressed file store: every file lives under the sha256 of the original letter.

Files are written to a temporary name, fsynced, renamed into place and the directory fsynced,
so that after ``put`` returns the bytes survive a crash; writing the same key twice is a no-op,
which makes every pipeline stage that stores something safe to repeat.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

CHUNK = 1 << 20


def relative_path(area: str, sha256: str, suffix: str) -> Path:
    return Path(area) / sha256[:2] / sha256[2:4] / f"{sha256}{suffix}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ArchiveStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, relative: Path | str) -> Path:
        return self.root / relative

    def put(self, source: Path, relative: Path) -> Path:
        """Copy ``source`` to ``relative`` durably; return the absolute path."""
        target = self.root / relative
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            with source.open("rb") as reader, partial.open("wb") as writer:
                shutil.copyfileobj(reader, writer, CHUNK)
                writer.flush()
                os.fsync(writer.fileno())
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        _fsync_dir(target.parent)
        return target
