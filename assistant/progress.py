"""A one-line progress bar on stderr for long syncs; silent when not on a terminal."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO


class Progress:
    """Call `update(done, total)` as often as you like; it redraws at most ten times a second."""

    def __init__(self, enabled: bool, stream: TextIO | None = None, width: int = 30) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.width = width
        self._last = 0.0
        self._drawn = False

    def update(self, done: int, total: int) -> None:
        if not self.enabled or total < 200:  # short syncs need no bar
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.width * done // max(total, 1)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rReading mail [{bar}] {done}/{total}")
        self.stream.flush()
        self._drawn = True

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
