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
from typing import TYPE_CHECKING, Literal

from c5facts.about import DEFAULT_MODEL
from c5facts.errors import InputError
from c5facts.io.inputs import DEFAULT_GLOBS, STDIN, decode, is_url, read_source
from c5facts.io.warc import WARC_SUFFIXES
from c5facts.io.web import is_web_url
from c5facts.limits import ARTICLE_TIMEOUT, MAX_BYTES, MAX_CHARS
from c5facts.records import Article, ErrorInfo

if TYPE_CHECKING:
    from c5facts.io.warc import WarcPage

EngineName = Literal["local", "dask"]


@dataclass(frozen=True, slots=True)
class Loaded:
    """One input, read and decoded (or the error that prevented it)."""

    source: str
    text: str | None
    error: ErrorInfo | None = None
    published: date | None = None
    warnings: tuple[str, ...] = ()
    published_source: str = "html-metadata"
    country: str | None = None  # the page's declared locale country (`<html lang="fr-CA">`)


def load(source: str, location: str | None = None, max_bytes: int | None = MAX_BYTES) -> Loaded:
    """Read one input (`-` is standard input) into text, or into an error.

    Args:
        source: The input as given (a path, an fsspec URL, or `-`); records and error
            messages keep this name.
        location: Where to read it when that differs from `source` (a Dask worker reads
            an absolute path).
        max_bytes: Largest input read (`--max-bytes`; None: no limit).

    Returns:
        The decoded text (and HTML publication date), or the error that prevented it.
    """
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes is not None else -1)
            if max_bytes is not None and len(data) > max_bytes:
                raise InputError("<stdin>", f"larger than {max_bytes} bytes (--max-bytes)")
            decoded = decode(data, "<stdin>")
            return Loaded(source, decoded.text, warnings=decoded.warnings)
        where = location or source
        if is_web_url(where):
            from c5facts.io.pages import fetch_document  # lazy: URL inputs only

            doc = fetch_document(where, max_bytes)
        else:
            doc = read_source(where, max_bytes)
        return Loaded(
            source, doc.text, None, doc.published, doc.warnings, doc.published_source, doc.country
        )
    except InputError as exc:
        name = "<stdin>" if source == STDIN else source
        info = ErrorInfo(type=type(exc).__name__, message=f"{name}: {exc.reason}")
        return Loaded(source, None, info)
    except Exception as exc:  # a crash while reading (HTML extraction...): this input only
        name = "<stdin>" if source == STDIN else source
        info = ErrorInfo(type=type(exc).__name__, message=f"{name}: {str(exc)[:300]}")
        return Loaded(source, None, info)


def load_page(source: str, page: WarcPage) -> Loaded:
    """A web archive's page (its bytes came with the task) read as an HTML article."""
    from c5facts.io.pages import warc_document  # lazy: web archive inputs only

    try:
        doc = warc_document(page)
    except InputError as exc:
        return Loaded(source, None, ErrorInfo(type="InputError", message=f"{source}: {exc.reason}"))
    return Loaded(
        source, doc.text, None, doc.published, doc.warnings, doc.published_source, doc.country
    )


def error_article(source: str, error: ErrorInfo) -> Article:
    """The record of an input that could not be processed (stdin's `source` is null)."""
    return Article(source=None if source == STDIN else source, reference_date=None, error=error)


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Everything a batch needs, whichever engine runs it (picklable, sent to workers)."""

    paths: tuple[str, ...]
    globs: tuple[str, ...] = DEFAULT_GLOBS
    reference_date: date | None = None
    model: str = DEFAULT_MODEL
    dollar: str | None = None
    country: str | None = None  # the publisher's (ISO 3166-1 alpha-2), for bare currency units
    workers: int = 1  # 0: automatic (the available cores for a large run, else 1)
    batch_size: int = 16
    output_dir: str | None = None
    resume: bool = False
    fail_fast: bool = False
    engine: EngineName = "local"
    scheduler: str | None = None
    max_chars: int | None = MAX_CHARS
    max_bytes: int | None = MAX_BYTES
    article_timeout: float | None = ARTICLE_TIMEOUT
    vague: bool = False  # keep vague dates ("quelques jours" PXD, "récemment" PAST_REF)

    @property
    def single_input(self) -> bool:
        """True when the run names one article: not a folder, a bucket or a web archive."""
        if len(self.paths) != 1:
            return False
        path = self.paths[0]
        if is_web_url(path):
            return True
        return not (is_url(path) or os.path.isdir(path) or path.lower().endswith(WARC_SUFFIXES))


@dataclass(frozen=True, slots=True)
class Task:
    """One input: its source, output file (if any), stdin's text, where a worker reads it.

    `size` is its size in bytes when known (batches are cut by size as well as count);
    `warnings` travel with stdin's text.
    """

    source: str
    target: str | None = None
    text: str | None = None
    error: ErrorInfo | None = None
    location: str | None = None
    size: int = 0
    warnings: tuple[str, ...] = ()
    page: WarcPage | None = None  # a web archive's page, carried with its bytes


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
