"""What is in an inbox folder: the files a clerk dropped, minus temporary and system files."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from config.settings import InboxFolder


def is_ignored(name: str, patterns: Sequence[str]) -> bool:
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern.lower()) for pattern in patterns)


def list_files(folder: Path, patterns: Sequence[str]) -> Iterator[Path]:
    """Every file below ``folder`` that is not ignored; hidden folders are skipped."""
    for root, directories, names in os.walk(folder):
        directories[:] = sorted(d for d in directories if not is_ignored(d, patterns))
        for name in sorted(names):
            if not is_ignored(name, patterns):
                yield Path(root) / name


def tags_for(path: Path, inbox: InboxFolder) -> str:
    """Sub-folder names between the inbox and the file, comma-separated."""
    return ",".join(path.parent.relative_to(inbox.path).parts)


def inbox_of(path: Path, inboxes: Sequence[InboxFolder]) -> InboxFolder | None:
    """The (deepest) inbox that holds ``path``."""
    holders = [inbox for inbox in inboxes if path.is_relative_to(inbox.path)]
    return max(holders, key=lambda inbox: len(inbox.path.parts), default=None)
