"""Exceptions that carry their exit status; only the command line turns them into one."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    quarantined = 1
    usage = 2
    missing_dependency = 3
    refused = 4


class ArsipError(Exception):
    exit_code = ExitCode.quarantined


class BadInput(ArsipError):
    """A file that cannot become a document; the message (Indonesian / English) is for clerks."""

    def __init__(self, indonesian: str, english: str) -> None:
        super().__init__(f"{indonesian} / {english}")
        self.indonesian = indonesian
        self.english = english

    def __reduce__(self) -> tuple[type[BadInput], tuple[str, str]]:
        """Workers raise these across a process boundary; pickle them by both messages."""
        return (type(self), (self.indonesian, self.english))


class MissingDependency(ArsipError):
    """Tesseract or one of its languages is missing: a start-up error, not a per-file one."""

    exit_code = ExitCode.missing_dependency
