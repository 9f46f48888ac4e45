"""Refusals of the registry: an illegal transition, a missing ground, an unknown record."""

from __future__ import annotations


class Refused(Exception):
    """The registry refuses an operation; the message (Indonesian / English) says why.

    The command line and the API turn it into their own status (exit 4, HTTP 409).
    """

    def __init__(self, indonesian: str, english: str) -> None:
        super().__init__(f"{indonesian} / {english}")
        self.indonesian = indonesian
        self.english = english


class NotFound(Refused):
    """No record has the number or id given."""
