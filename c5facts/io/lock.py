"""One output, one writer: a lock file beside an output folder or file.

Two runs writing the same `--output-dir` (or appending to the same JSONL file) would
both do all the work and write every record twice. The first run takes an exclusive
lock on a hidden lock file; a second one fails at once with a clear message (or waits,
with `--wait`). The lock is the kernel's (`flock`), so a run killed by `kill -9` leaves
no stale lock behind: its lock file may remain, holding the dead run's pid, but the
lock itself died with the process and the next run takes it over (and `--resume`
then works as usual). Without `fcntl` (Windows) outputs are not locked.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from c5facts.errors import C5FactsError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class OutputLockedError(C5FactsError):
    """Another c5facts run is writing the same output."""


def lock_path(output: str, *, folder: bool) -> Path:
    """The lock file of an output folder (inside it) or output file (beside it).

    >>> str(lock_path("out", folder=True)), str(lock_path("d/facts.jsonl", folder=False))
    ('out/.c5facts.lock', 'd/.facts.jsonl.lock')
    """
    path = Path(output)
    if folder:
        return path / ".c5facts.lock"
    return path.parent / f".{path.name}.lock"


@contextmanager
def output_lock(
    output: str,
    *,
    folder: bool,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the lock of `output` while the body runs.

    Args:
        output: The output folder or file.
        folder: True for an output folder.
        wait: Wait for the other run to finish instead of failing.
        on_wait: Called once with a message when the lock is busy and we wait.

    Raises:
        OutputLockedError: another run holds the lock (and `wait` is false).
    """
    if fcntl is None:
        yield
        return
    path = lock_path(output, folder=folder)
    if folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd = _acquire(path, output, wait, on_wait)
    try:
        yield
    finally:
        # Unlink before unlocking: a run waiting on this file then sees it is gone.
        try:
            path.unlink(missing_ok=True)
        finally:
            os.close(fd)


def _acquire(path: Path, output: str, wait: bool, on_wait: Callable[[str], None] | None) -> int:
    """Open and lock `path`; returns its descriptor, holding the lock."""
    assert fcntl is not None
    told = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if not wait:
                os.close(fd)
                raise OutputLockedError(
                    f"{output} is being written by another c5facts run{holder}; "
                    "wait for it to finish, or use --wait"
                ) from None
            if on_wait is not None and not told:
                on_wait(f"{output} is being written by another c5facts run{holder}; waiting")
                told = True
            fcntl.flock(fd, fcntl.LOCK_EX)
        # The previous holder may have unlinked the file before we locked it: retry
        # on the file that is there now.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            return fd
        os.close(fd)


def _holder(fd: int) -> str:
    """The holder as " (pid N)" from the lock file's content, or "" when unreadable."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (pid {text})" if text.isdigit() else ""
