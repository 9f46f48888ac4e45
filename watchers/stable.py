"""Wait until a file is complete: same size and mtime for ``settle_seconds``, and openable."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float


class StabilityTracker:
    def __init__(self, settle_seconds: float) -> None:
        self.settle_seconds = settle_seconds
        self._seen: dict[Path, _Seen] = {}

    def observe(self, paths: Iterable[Path], now: float) -> None:
        for path in paths:
            try:
                stat = path.stat()
            except OSError:
                self._seen.pop(path, None)
                continue
            seen = self._seen.get(path)
            if seen is None or (seen.size, seen.mtime_ns) != (stat.st_size, stat.st_mtime_ns):
                self._seen[path] = _Seen(stat.st_size, stat.st_mtime_ns, now)

    def ready(self, now: float) -> list[Path]:
        """Files unchanged for the settle time; each is handed out once."""
        ready = [
            path
            for path, seen in self._seen.items()
            if now - seen.since >= self.settle_seconds
            and _unchanged(path, seen)
            and _openable(path)
        ]
        for path in ready:
            del self._seen[path]
        return ready

    def settling(self) -> list[Path]:
        """Files seen and not yet handed out."""
        return list(self._seen)

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def __len__(self) -> int:
        return len(self._seen)


def _unchanged(path: Path, seen: _Seen) -> bool:
    try:
        stat = path.stat()
    except OSError:
        return False
    return (stat.st_size, stat.st_mtime_ns) == (seen.size, seen.mtime_ns)


def _openable(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    os.close(fd)
    return True
