"""The data of a batch run: its options, one input's task and loaded text, its summary.

Plain picklable values (they travel to pool and Dask workers); reading one input
(`load`) lives here too, since every engine and the report read inputs the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from c5facts.about import DEFAULT_MODEL
from c5facts.errors import InputError
from c5facts.io.inputs import DEFAULT_GLOBS, STDIN, decode_bytes, is_url, read_source
from c5facts.records import Article, ErrorInfo

EngineName = Literal["local", "dask"]


@dataclass(frozen=True, slots=True)
class Loaded:
    """One input, read and decoded (or the error that prevented it)."""

    source: str
    text: str | None
    error: ErrorInfo | None = None
    published: date | None = None


def load(source: str, location: str | None = None) -> Loaded:
    """Read one input (`-` is standard input) into text, or into an error.

    Args:
        source: The input as given (a path, an fsspec URL, or `-`); records and error
            messages keep this name.
        location: Where to read it when that differs from `source` (a Dask worker reads
            an absolute path).

    Returns:
        The decoded text (and HTML publication date), or the error that prevented it.
    """
    try:
        if source == STDIN:
            return Loaded(source, decode_bytes(sys.stdin.buffer.read(), "<stdin>"))
        doc = read_source(location or source)
        return Loaded(source, doc.text, published=doc.published)
    except InputError as exc:
        info = ErrorInfo(type=type(exc).__name__, message=f"{source}: {exc.reason}")
        return Loaded(source, None, info)


def error_article(source: str, error: ErrorInfo) -> Article:
    """The record of an input that could not be processed."""
    return Article(source=source, reference_date=None, error=error)


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Everything a batch needs, whichever engine runs it (picklable, sent to workers)."""

    paths: tuple[str, ...]
    globs: tuple[str, ...] = DEFAULT_GLOBS
    reference_date: date | None = None
    model: str = DEFAULT_MODEL
    dollar: str | None = None
    workers: int = 1
    batch_size: int = 16
    output_dir: str | None = None
    resume: bool = False
    fail_fast: bool = False
    engine: EngineName = "local"
    scheduler: str | None = None

    @property
    def single_input(self) -> bool:
        """True when the run names one input that is not a folder (JSON: one object)."""
        if len(self.paths) != 1:
            return False
        path = self.paths[0]
        return not (is_url(path) or os.path.isdir(path))


@dataclass(frozen=True, slots=True)
class Task:
    """One input: its source, output file (if any), stdin's text, where a worker reads it."""

    source: str
    target: str | None = None
    text: str | None = None
    error: ErrorInfo | None = None
    location: str | None = None


# The unit engines work on: batches of tasks, in input order.
Batches = Iterator[list[Task]]


@dataclass(slots=True)
class Summary:
    """What a run did; `elapsed` counts from the first input, after the pipeline loaded."""

    processed: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0
    interrupted: bool = False

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        """One human line, e.g. `120 processed, 2 failed, 0 skipped in 4.1 s (29.3 articles/s)`."""
        stopped = " (stopped at the first error)" if self.interrupted else ""
        return (
            f"{self.processed} processed, {self.failed} failed, {self.skipped} skipped "
            f"in {self.elapsed:.1f} s ({self.rate:.1f} articles/s){stopped}"
        )
