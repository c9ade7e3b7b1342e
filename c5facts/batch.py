"""Run the extractor over many inputs: read, extract in batches, keep going on bad files.

A bad input never stops the run: it becomes an `Article` carrying an `error`, in input
order, and the caller decides how to report it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c5facts.errors import InputError
from c5facts.io.inputs import decode_bytes, read_text
from c5facts.records import Article, ErrorInfo

if TYPE_CHECKING:
    from c5facts.extract import Extractor

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Loaded:
    """One input, read and decoded (or the error that prevented it)."""

    source: str
    text: str | None
    error: ErrorInfo | None = None


def load(source: str) -> Loaded:
    """Read one input (`-` is standard input) into text, or into an error."""
    try:
        if source == STDIN:
            return Loaded(source, decode_bytes(sys.stdin.buffer.read(), "<stdin>"))
        return Loaded(source, read_text(Path(source)))
    except InputError as exc:
        return Loaded(source, None, ErrorInfo(type=type(exc).__name__, message=str(exc)))


def error_article(source: str, error: ErrorInfo) -> Article:
    """The record of an input that could not be processed."""
    return Article(source=source, reference_date=None, error=error)


def extract_sources(
    extractor: Extractor,
    sources: Iterable[str],
    *,
    reference_date: date | None = None,
    batch_size: int = 16,
) -> Iterator[Article]:
    """Extract every source in order; unreadable ones come back as error records."""
    # Texts are handed to nlp.pipe lazily, so only one batch is ever held in memory.
    pending: list[Loaded] = []

    def good_inputs(loaded: Iterable[Loaded]) -> Iterator[tuple[str, dict[str, Any]]]:
        for item in loaded:
            if item.text is not None:
                yield (
                    item.text,
                    {
                        "source": None if item.source == STDIN else item.source,
                        "reference_date": reference_date,
                    },
                )

    def tracked() -> Iterator[Loaded]:
        for source in sources:
            item = load(source)
            pending.append(item)
            yield item

    results = extractor.extract_many(good_inputs(tracked()), batch_size=batch_size)
    for article in results:
        # Emit the error records that precede this article, then the article itself.
        while pending and pending[0].text is None:
            bad = pending.pop(0)
            assert bad.error is not None
            yield error_article(bad.source, bad.error)
        pending.pop(0)
        yield article
    for bad in pending:
        assert bad.error is not None
        yield error_article(bad.source, bad.error)


def is_error(article: Article) -> bool:
    """True when the record stands for an input that failed."""
    return article.error is not None
