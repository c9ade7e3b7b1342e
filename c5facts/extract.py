"""`Extractor`: runs the pipeline over texts and returns `Article` records.

It picks each article's reference date (`resolve_context`), guards the text (surrogates,
symbol runs, size and time limits), streams long texts in chunks, and hands each
processed `Doc` to `c5facts.convert.article_from_doc`.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

import spacy.about
from spacy.language import Language
from spacy.tokens import Doc

from c5facts.about import DEFAULT_MODEL, __version__
from c5facts.chunks import CHUNK_CHARS, split_text, stream_doc
from c5facts.convert import Context, article_from_doc
from c5facts.deadline import deadline
from c5facts.errors import ArticleTooLongError, C5FactsError
from c5facts.factguard import outside
from c5facts.limits import BATCH_CHARS, MAX_CHARS
from c5facts.linewrap import Join, input_offsets, unwrap_words
from c5facts.normalise import dates as ndates
from c5facts.normalise.money.world import places_in
from c5facts.pipeline import build_nlp
from c5facts.records import (
    Article,
    ErrorInfo,
)
from c5facts.textguard import clean_text
from c5facts.tokenizer_cache import warm

_log = logging.getLogger(__name__)

__all__ = ["Context", "Extractor", "article_from_doc", "resolve_context", "split_text"]


def resolve_context(
    text: str,
    *,
    source: str | None,
    reference_date: date | str | None,
    reference_date_source: str | None = None,
    dollar: str | None = None,
    reference_time: time | None = None,
) -> Context:
    """Pick the reference date: the one given, else the article's own metadata or file name.

    A `datetime` given as `reference_date` carries the reference time too (its clock as
    written, any zone left out); so does a byline "publié le 06/11/2025 à 14h32".
    """
    if reference_date is not None:
        day, at = split_reference(reference_date)
        return Context(
            source=source,
            reference_date=day,
            reference_date_source=reference_date_source or "given",
            reference_time=reference_time or at,
            dollar=dollar,
        )
    found = ndates.find_reference(text, source)
    if found is not None:
        return Context(
            source=source,
            reference_date=found[0],
            reference_time=found[1],
            reference_date_source=found[2],
            dollar=dollar,
        )
    return Context(source=source, dollar=dollar)


def split_reference(value: date | str) -> tuple[date, time | None]:
    """The day and clock time (if any) of a reference given as a date, datetime or ISO string.

    >>> split_reference("2025-11-06T14:32:10+01:00")
    (datetime.date(2025, 11, 6), datetime.time(14, 32))
    >>> split_reference(date(2025, 11, 6))
    (datetime.date(2025, 11, 6), None)
    """
    if isinstance(value, str):
        value = (
            datetime.fromisoformat(value)
            if "T" in value or " " in value
            else date.fromisoformat(value)
        )
    if isinstance(value, datetime):  # a datetime is a date too: test it first
        return value.date(), time(value.hour, value.minute)
    return value, None


class Extractor:
    """Loads the pipeline once and turns French news text into `Article` records.

    It never raises on a `str`: an article that cannot be processed (too long, over
    the time limit, a crash anywhere) comes back as a record with an `error`, and the
    next one goes on.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        dollar: str | None = None,
        nlp: Language | None = None,
        max_chars: int | None = MAX_CHARS,
        timeout: float | None = None,
        relations: bool = True,
    ) -> None:
        """Build the pipeline for base `model`.

        Args:
            model: The spaCy base pipeline.
            dollar: Forces the currency of bare dollars (e.g. "CAD").
            nlp: A pipeline built already (tests), instead of `model`.
            max_chars: Longest article taken; a longer one becomes an error record
                (None: no limit).
            timeout: Seconds one article may take; past it, an error record (None, the
                default here: no limit; batch runs use `limits.ARTICLE_TIMEOUT`). In the
                main thread it is an alarm signal (SIGALRM), elsewhere a check between
                chunks.
            relations: Run the relation components (organisations, quotes, deals); without
                them the records' `organisations`, `quotes` and `deals` stay empty.
        """
        if nlp is None:
            # The slow regexes of the build (the French tokenizer's, the money grammar's)
            # come from a cache after the first run: a faster cold start.
            with warm(f"{model}+relations" if relations else model):
                nlp = build_nlp(model, relations=relations)
                places_in("")  # the place-name regex, else compiled at the first article
        self.nlp = nlp
        self.dollar = dollar
        self.max_chars = max_chars
        self.timeout = timeout
        meta = self.nlp.meta
        self.pipeline_info = {
            "c5facts": __version__,
            "spacy": spacy.about.__version__,
            "model": f"{meta.get('lang', 'fr')}_{meta.get('name', model)}",
            "model_version": str(meta.get("version", "")),
        }

    def with_limits(self, max_chars: int | None, timeout: float | None) -> Extractor:
        """An extractor sharing this one's pipeline, with other limits (a batch's options)."""
        other = copy.copy(self)
        other.max_chars = max_chars
        other.timeout = timeout
        return other

    def _context(self, text: str, meta: Mapping[str, Any]) -> Context:
        ref = meta.get("reference_date")
        at = meta.get("reference_time")
        ctx = resolve_context(
            text,
            source=meta.get("source"),
            reference_date=ref,
            reference_date_source=meta.get("reference_date_source"),
            dollar=meta.get("dollar", self.dollar),
            reference_time=time.fromisoformat(at) if isinstance(at, str) else at,
        )
        country = meta.get("country")
        return replace(ctx, country=country) if isinstance(country, str) and country else ctx

    def extract(
        self,
        text: str,
        *,
        reference_date: date | datetime | None = None,
        source: str | None = None,
        reference_date_source: str | None = None,
    ) -> Article:
        """Extract the facts of one article (an error record if it cannot be processed).

        `reference_date` may be a `datetime`: its clock time places the offsets in hours
        and minutes ("il y a deux heures"); with a `date` they stay durations.
        """
        meta = {
            "reference_date": reference_date,
            "source": source,
            "reference_date_source": reference_date_source,
        }
        return next(self.extract_many([(text, meta)]))

    def extract_many(
        self,
        items: Iterable[tuple[str, Mapping[str, Any]]],
        *,
        batch_size: int = 16,
        batch_chars: int = BATCH_CHARS,
    ) -> Iterator[Article]:
        """Extract many articles with `nlp.pipe` batching; items are (text, metadata).

        Metadata keys: `source`, `reference_date` (date, datetime or ISO string; a
        datetime's clock is the reference time), `reference_time` (time or "HH:MM"),
        `reference_date_source`, `dollar`, `country` (the publisher's, ISO 3166-1 alpha-2:
        a tie-breaker for bare currency units), `warnings` (about the input, e.g. its
        decoding, put first in the record's warnings). Articles come back in input order, one per
        item; an item that cannot be processed gives an error record. Batches hold at
        most `batch_size` articles and at most `batch_chars` characters (memory follows
        the text, not the count); an article longer than a chunk goes through alone,
        chunk by chunk (`c5facts.chunks`). One process:
        for several, use the batch engines (`c5facts.batch`), which ship whole batches to
        workers (spaCy's `n_process` would ship Docs, whose typed matches do not pickle
        through its msgpack channel).
        """
        size = min(CHUNK_CHARS, self.nlp.max_length)
        jobs = (self._job(text, meta) for text, meta in items)
        for group in _groups(jobs, batch_size, min(batch_chars, size)):
            yield from self._run(group, size, batch_size)

    def _job(self, text: str, meta: Mapping[str, Any]) -> _Job:
        """One article made ready for the pipeline: cleaned, its context found."""
        source = meta.get("source")
        try:
            if not isinstance(text, str):
                raise TypeError(f"expected the text as a str, got {type(text).__name__}")
            if self.max_chars is not None and len(text) > self.max_chars:
                raise ArticleTooLongError(
                    f"{len(text)} characters, over the limit of {self.max_chars} (--max-chars)"
                )
            cleaned = clean_text(text)
            warnings = [*meta.get("warnings", ()), *cleaned.warnings]
            try:
                ctx = self._context(cleaned.text, meta)
            except (OverflowError, ValueError) as exc:
                if meta.get("reference_date") is not None:
                    raise
                # A date in the file name or text that no calendar holds: no reference.
                warnings.append(f"no reference date: {_brief(exc)}")
                ctx = Context(source=source, dollar=meta.get("dollar", self.dollar))
            # wrapped lines read as running text, words cut at a wrap whole (same length;
            # the joins give the caller's offsets back)
            text, joins = unwrap_words(cleaned.text)
            return _Job(text, ctx, tuple(warnings), cleaned.blanked, joins=joins)
        except Exception as exc:
            return _Job("", Context(source=source), (), failed=_error(source, exc))

    def _run(self, group: list[_Job], size: int, batch_size: int) -> Iterator[Article]:
        """The records of one group of jobs, in order."""
        todo = [job for job in group if job.failed is None]
        done: dict[int, Article] = {}
        if len(todo) > 1:
            limit = self.timeout * len(todo) if self.timeout else None
            try:
                with deadline(limit):
                    docs = list(self.nlp.pipe((job.text for job in todo), batch_size=batch_size))
                    done = {
                        id(job): self._convert(doc, job)
                        for job, doc in zip(todo, docs, strict=True)
                    }
            except Exception:
                done = {}  # find the culprit: one article at a time below
        for job in group:
            if job.failed is not None:
                yield job.failed
            elif id(job) in done:
                yield done[id(job)]
            else:
                yield self._one(job, size)

    def _one(self, job: _Job, size: int) -> Article:
        """One article through the pipeline alone, chunk by chunk if long, timed."""
        try:
            with deadline(self.timeout) as limit:
                doc = stream_doc(self.nlp, job.text, size, check=limit.check)
                return self._convert(doc, job)
        except Exception as exc:
            return _error(job.ctx.source, exc)

    def _convert(self, doc: Doc, job: _Job) -> Article:
        article = article_from_doc(doc, job.ctx, self.pipeline_info)
        if job.blanked:
            article = outside(article, job.blanked)
        article = input_offsets(article, job.joins)
        if job.warnings:
            article = replace(article, warnings=(*job.warnings, *article.warnings))
        return article


@dataclass(frozen=True, slots=True)
class _Job:
    """One article on its way through the pipeline (or its error record, decided early)."""

    text: str
    ctx: Context
    warnings: tuple[str, ...]
    blanked: tuple[tuple[int, int], ...] = ()
    failed: Article | None = None
    joins: tuple[Join, ...] = ()  # words cut at a wrap, read whole (`linewrap`)


def _groups(jobs: Iterable[_Job], batch_size: int, budget: int) -> Iterator[list[_Job]]:
    """`jobs` in groups of at most `batch_size` jobs and `budget` characters, lazily.

    A job that would take its group past the budget starts the next group, so a group
    of several jobs never holds more than `budget` characters; a job longer than the
    budget is a group of its own (it goes through in chunks).
    """
    group: list[_Job] = []
    chars = 0
    for job in jobs:
        if group and chars + len(job.text) > budget:
            yield group
            group, chars = [], 0
        group.append(job)
        chars += len(job.text)
        if len(group) >= batch_size or chars >= budget:  # full: out now, not at the next job
            yield group
            group, chars = [], 0
    if group:
        yield group


def _brief(exc: BaseException) -> str:
    """`exc` in one line of at most ~200 characters."""
    text = f"{type(exc).__name__}: {exc}" if not isinstance(exc, C5FactsError) else str(exc)
    return text if len(text) <= 200 else text[:197] + "..."


def _error(source: str | None, exc: BaseException) -> Article:
    """The error record of an article that could not be processed."""
    message = str(exc) if isinstance(exc, C5FactsError) else _brief(exc)
    return Article(
        source=source,
        reference_date=None,
        error=ErrorInfo(
            type=type(exc).__name__, message=f"{source}: {message}" if source else message
        ),
    )
