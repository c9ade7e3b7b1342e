"""Extraction for `c5facts report ARTICLES`: the same reading and extraction as `extract`.

Inputs are walked, read and extracted by the batch code itself (`run_batch(...).tasks`,
`load_task`, `extract_loaded`), so a report shows exactly what `extract` would write for
the same inputs: the same reference date (an HTML page's publication date, a web archive's
capture date), the same records. Each record is kept with the text it was extracted from,
read once: a URL is not fetched twice and a web archive's page needs no second pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import c5facts.batch as batch_api
from c5facts.about import DEFAULT_MODEL
from c5facts.batch.run import chunks
from c5facts.batch.tasks import Options
from c5facts.batch.work import extract_loaded, load_task

if TYPE_CHECKING:
    from c5facts.extract import Extractor
    from c5facts.records import Article


@dataclass(slots=True)
class ReportInputs:
    """What a report is made of: (record, text) of each article, and the inputs that failed."""

    items: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def extract_for_report(
    paths: list[str],
    reference_date: date | None,
    load_extractor: Callable[[], Extractor],
    *,
    model: str = DEFAULT_MODEL,
    on_record: Callable[[Article], None] | None = None,
) -> ReportInputs:
    """Extract every input of `paths` (files, folders, URLs, web archives, `-`).

    Args:
        paths: The inputs, as `extract` takes them.
        reference_date: The publication date of every input, when given.
        load_extractor: Builds the pipeline (called once).
        model: The base pipeline's name (recorded in the batch options).
        on_record: Called with each record as it is made (the CLI's error lines).

    Returns:
        The articles that succeeded with their texts, and `(source, message)` for each
        input that failed.
    """
    options = Options(paths=tuple(paths), reference_date=reference_date, model=model)
    # The same entry point as `extract` (its walk, web archives and skips); the loop below
    # runs its tasks in this process to keep each text with its record.
    batch = batch_api.run_batch(options, load_extractor)
    extractor = load_extractor()
    out = ReportInputs()
    for tasks in chunks(batch.tasks(), options.batch_size):
        loaded = [load_task(task, options) for task in tasks]
        articles = extract_loaded(
            extractor.with_limits(options.max_chars, options.article_timeout),
            loaded,
            reference_date=reference_date,
            batch_size=options.batch_size,
        )
        for item, article in zip(loaded, articles, strict=True):
            if on_record is not None:
                on_record(article)
            if article.error is not None:
                out.failures.append((item.source, article.error.message))
            elif item.text is not None:
                out.items.append((article.to_dict(), item.text))
    return out
