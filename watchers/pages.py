"""Page images of one letter wait for each other before they are queued.

A scanner that saves every page as its own file writes page 2 some seconds after page 1 has
settled. A page image (see pipeline.binding) is held until no page of its letter is still being
written and no new page has come for ``watch.page_wait_seconds``; then the pages go together and
become one letter. Every other file passes straight through.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.binding import page_of


class PageGathering:
    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        self._held: dict[tuple[Path, str], set[Path]] = {}
        self._last_page: dict[tuple[Path, str], float] = {}

    def release(self, ready: Iterable[Path], settling: Iterable[Path], now: float) -> list[Path]:
        """Of the settled files, those to queue now: all but the page images still waiting."""
        passed: list[Path] = []
        for path in ready:
            found = page_of(path)
            if found is None:
                passed.append(path)
                continue
            self._held.setdefault(found[0], set()).add(path)
            self._last_page[found[0]] = now
        writing = {found[0] for path in settling if (found := page_of(path)) is not None}
        for letter in list(self._held):
            if letter not in writing and now - self._last_page[letter] >= self.wait_seconds:
                passed.extend(self._held.pop(letter))
                del self._last_page[letter]
        return passed

    def __contains__(self, path: Path) -> bool:
        """Whether the file is held (a rescan must not start watching it settle again)."""
        found = page_of(path)
        return found is not None and path in self._held.get(found[0], ())
