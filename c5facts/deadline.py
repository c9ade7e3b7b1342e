"""A time limit around one piece of work: `with deadline(30): ...` raises `ArticleTimeoutError`.

In the main thread of a POSIX process the limit is a real-time alarm (`SIGALRM`), so
even one slow call into spaCy is interrupted. Elsewhere (a Dask worker thread, Windows)
the work checks `Deadline.check()` between steps (between chunks of a long text).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from c5facts.errors import ArticleTimeoutError


class Deadline:
    """When the current work must stop; `check()` raises once it is past."""

    def __init__(self, seconds: float | None) -> None:
        """A deadline `seconds` from now (None or 0: no limit)."""
        self.seconds = seconds or None
        self.at = time.monotonic() + self.seconds if self.seconds else None

    def check(self) -> None:
        """Raise `ArticleTimeoutError` when the deadline has passed."""
        if self.at is not None and time.monotonic() > self.at:
            raise self.expired()

    def expired(self) -> ArticleTimeoutError:
        """The error of work that ran past this deadline."""
        return ArticleTimeoutError(f"took more than {self.seconds or 0:g} s (--article-timeout)")


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[Deadline]:
    """Run the body with a time limit of `seconds` (None: none); yields the `Deadline`.

    Raises:
        ArticleTimeoutError: the body ran past the limit (from the alarm, or from `check`).
    """
    limit = Deadline(seconds)
    if limit.seconds is None or not _can_alarm() or signal.getitimer(signal.ITIMER_REAL)[0]:
        # No limit, no alarm here, or someone else's alarm running: leave it alone.
        yield limit
        return

    running = True

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if running:  # not once the body is over (an alarm racing the disarming)
            raise limit.expired()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, limit.seconds)
    try:
        yield limit
    finally:
        running = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
