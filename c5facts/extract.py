"""The seam from spaCy to records: `Extractor` runs the pipeline, `article_from_doc` converts.

A `Doc`'s span groups die with it, so a whole `Doc` is turned into an `Article` in one
function. Normalisation itself lives in `c5facts.normalise` (pure Python, no spaCy).
"""

from __future__ import annotations

import bisect
import copy
import itertools
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import spacy.about
from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.about import DEFAULT_MODEL, __version__
from c5facts.chunks import CHUNK_CHARS, split_text, stream_doc
from c5facts.deadline import deadline
from c5facts.errors import ArticleTooLongError, C5FactsError
from c5facts.factguard import outside, per_fact, sane_money
from c5facts.limits import MAX_CHARS
from c5facts.matches import (
    CountryMatch,
    DateMatch,
    DealMatch,
    MentionRef,
    MoneyMatch,
    OrganisationMatch,
    PersonMatch,
    QuoteMatch,
)
from c5facts.normalise import countries as ncountries
from c5facts.normalise import dates as ndates
from c5facts.normalise import organisations as norganisations
from c5facts.normalise import people as npeople
from c5facts.normalise.money import currency as ncurrency
from c5facts.normalise.money import world as nworld
from c5facts.pipeline import build_nlp
from c5facts.records import (
    Article,
    Country,
    DateFact,
    Deal,
    Equivalent,
    ErrorInfo,
    Money,
    Organisation,
    Party,
    Person,
    Quote,
)
from c5facts.textguard import clean_text

_log = logging.getLogger(__name__)

__all__ = ["Context", "Extractor", "article_from_doc", "resolve_context", "split_text"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """Per-article inputs to conversion: where the text came from and its reference date."""

    source: str | None = None
    reference_date: date | None = None
    reference_date_source: str | None = None
    dollar: str | None = None
    country: str | None = None  # the publisher's country (ISO 3166-1 alpha-2), if known


def _sentence(span: Span) -> str:
    # span.sent needs sentence boundaries; a blank test pipeline may have none.
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        return span.sent.text.strip()
    return doc.text


def _attrs(span: Span, key: str) -> dict[str, Any]:
    value = span._.get(key)
    return value if isinstance(value, dict) else {}


def people_records(doc: Doc) -> list[Person]:
    """People of the document, clustered under their most complete name."""
    mentions: list[npeople.PersonMention] = []
    for span in doc.spans.get(spans.PEOPLE, []):
        match = span._.get(spans.PEOPLE)
        assert isinstance(match, PersonMatch), "the people component gives every span a match"
        mentions.append(
            npeople.PersonMention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                roles=match.roles,
                country=match.country,
                name=match.name,
                age=match.age,
                rule=match.rule,
            )
        )
    return npeople.cluster_people(mentions)


def country_records(doc: Doc) -> list[Country]:
    """Countries of the document, one record per ISO code (a compound names several)."""
    mentions: list[ncountries.CountryMention] = []
    for span in doc.spans.get(spans.COUNTRIES, []):
        match = span._.get(spans.COUNTRIES)
        assert isinstance(match, CountryMatch), "the countries component gives every span a match"
        mentions += [
            ncountries.CountryMention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                code=code,
                via=match.via,
                relation=match.relation,
            )
            for code in match.codes
        ]
    return ncountries.group_countries(mentions)


def _money_geography(doc: Doc, money: list[Span], ctx: Context) -> ncurrency.Geography:
    """The article's countries as the currency resolver reads them.

    Salience counts each country mention, twice in the lead (first ~400 characters), and
    each region of a country ("Alberta") half as much; `near` holds, for each money
    span, the countries its sentence names. Regions are looked for only when some amount
    is in a bare unit ("dollars", "pesos").
    """
    salience: dict[str, float] = {}
    mentions: list[tuple[int, str]] = []

    def count(at: int, code: str, weight: float) -> None:
        salience[code] = salience.get(code, 0.0) + weight * (2.0 if at < 400 else 1.0)
        mentions.append((at, code))

    for span in doc.spans.get(spans.COUNTRIES, []):
        match = span._.get(spans.COUNTRIES)
        if isinstance(match, CountryMatch):
            for code in match.codes:
                count(span.start_char, code, 1.0)
    if any(_bare_unit(span._.get(spans.MONEY)) for span in money):
        # a region's name inside a person's ("Nelson Mandela", "Miguel Hidalgo") is not one
        people = sorted((p.start_char, p.end_char) for p in doc.spans.get(spans.PEOPLE, []))
        starts = [lo for lo, _ in people]
        reach = list(itertools.accumulate((hi for _, hi in people), max))
        for at, code in nworld.places_in(doc.text):
            # inside a person's span when one starting at or before `at` ends after it
            # (bisection on the spans' running furthest end: linear time on long texts)
            i = bisect.bisect_right(starts, at) - 1
            if i < 0 or reach[i] <= at:
                count(at, code, 0.5)
    near: list[frozenset[str]] = []
    years: list[int | None] = []
    text = doc.text  # built anew on each access: once, not once per amount
    mentions.sort()
    positions = [at for at, _ in mentions]
    for span in money:
        if doc.has_annotation("SENT_START"):
            lo, hi = span.sent.start_char, span.sent.end_char
        else:
            lo, hi = 0, len(text)
        # the mentions inside the sentence, by bisection (linear time on long texts)
        inside = mentions[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)]
        near.append(frozenset(code for _, code in inside))
        years.append(_past_year(text[lo:hi], ctx.reference_date))
    publisher = ctx.country.upper() if ctx.country else None
    return ncurrency.Geography(salience=salience, near=near, publisher=publisher, years=years)


def _past_year(sentence: str, reference: date | None) -> int | None:
    """The earliest year a sentence names before the article's year ("En 1995, ...")."""
    found = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", sentence)]
    past = [y for y in found if reference is None or y < reference.year]
    return min(past) if past else None


def _bare_unit(match: object) -> bool:
    """The money match has an amount in a bare unit ("dollars", "$")."""
    if not isinstance(match, MoneyMatch):
        return False
    eq = match.equivalent
    return match.ambiguous_unit is not None or (eq is not None and eq.ambiguous_unit is not None)


def money_records(doc: Doc, ctx: Context) -> tuple[list[Money], list[str]]:
    """Money facts of the document, each bare unit resolved from the article's own world."""
    found: list[tuple[MoneyMatch, Money]] = []
    money = list(doc.spans.get(spans.MONEY, []))
    for span in money:
        match = span._.get(spans.MONEY)
        assert isinstance(match, MoneyMatch), "the money component gives every span a match"
        eq = match.equivalent
        record = Money(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            amount=match.amount,
            currency=match.currency,
            qualifier=match.qualifier,
            amount_max=match.amount_max,
            equivalent=(
                Equivalent(
                    amount=eq.amount,
                    currency=eq.currency,
                    qualifier=eq.qualifier,
                    text=eq.text,
                    amount_max=eq.amount_max,
                )
                if eq is not None
                else None
            ),
            per=match.per,
            sentence=_sentence(span),
            rule=match.rule,
        )
        found.append((match, record))
    records, warnings = ncurrency.resolve_currencies(
        found,
        reference_date=ctx.reference_date,
        dollar=ctx.dollar,
        geography=_money_geography(doc, money, ctx),
    )
    for match, record in found:
        warnings += [f"money: '{record.text}': {repair}" for repair in match.repairs]
    return records, warnings


def date_records(doc: Doc, ctx: Context) -> list[DateFact]:
    """Dates of the document, each match resolved once against the reference date.

    A match its resolver cannot place ("au lendemain" of an event, "entre 2019" without
    its other end) is left out of the records and logged with its rule.
    """
    out: list[DateFact] = []
    for span in doc.spans.get(spans.DATES, []):
        match = span._.get(spans.DATES)
        assert isinstance(match, DateMatch), "the dates component gives every span a match"
        resolved = ndates.resolve(match, ctx.reference_date)
        if resolved is None:
            _log.info("date not placed (rule %s): %r in %s", match.rule, span.text, ctx.source)
            continue
        out.append(
            DateFact(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                value=resolved.value,
                grain=resolved.grain,
                kind=resolved.kind,
                offset=resolved.offset,
                sentence=_sentence(span),
                rule=match.rule,
                mod=resolved.mod,
                freq=resolved.freq,
                quant=resolved.quant,
            )
        )
    return out


def organisation_records(doc: Doc) -> list[Organisation]:
    """Organisations of the document, clustered under their fullest name (issue 17)."""
    mentions: list[norganisations.OrganisationMention] = []
    for span in doc.spans.get(spans.ORGANISATIONS, []):
        match = span._.get(spans.ORGANISATIONS)
        assert isinstance(match, OrganisationMatch), "the component gives every span a match"
        mentions.append(
            norganisations.OrganisationMention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                head=match.head,
                country=match.country,
                acronym=match.acronym,
                rule=match.rule,
            )
        )
    return norganisations.cluster_organisations(mentions)


def _record_of(
    ref: MentionRef | None, people: list[Person], organisations: list[Organisation]
) -> tuple[str, str] | None:
    """(name, type) of the person or organisation record holding mention `ref`."""
    if ref is None:
        return None
    records: list[Person] | list[Organisation] = people if ref.kind == "person" else organisations
    for record in records:
        if any(s <= ref.start < e for s, e in record.spans):
            return record.name, ref.kind
    return None


def quote_records(doc: Doc, people: list[Person], organisations: list[Organisation]) -> list[Quote]:
    """Quotations of the document, each speaker given as its person or organisation record."""
    out: list[Quote] = []
    for span in doc.spans.get(spans.QUOTES, []):
        match = span._.get(spans.QUOTES)
        assert isinstance(match, QuoteMatch), "the quotes component gives every span a match"
        who = _record_of(match.speaker, people, organisations)
        out.append(
            Quote(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                speaker=who[0] if who else None,
                speaker_type=who[1] if who else None,
                speaker_via=match.speaker_via if who else None,
                verb=match.verb,
                kind=match.kind,
                rule=match.rule,
            )
        )
    return out


def _party(
    ref: MentionRef | None,
    people: list[Person],
    organisations: list[Organisation],
    countries: list[Country],
) -> Party | None:
    """The record a deal's party mention belongs to, as a `Party`."""
    if ref is None:
        return None
    if ref.kind == "country":
        for c in countries:
            if any(s <= ref.start < e for s, e in c.spans):
                return Party(name=c.name, type="country", code=c.code)
        return None
    who = _record_of(ref, people, organisations)
    return Party(name=who[0], type=who[1]) if who else None


def deal_records(
    doc: Doc,
    money: list[Money],
    dates: list[DateFact],
    people: list[Person],
    organisations: list[Organisation],
    countries: list[Country],
) -> list[Deal]:
    """Deals of the document: for each money fact whose clause says who pays whom."""
    by_offset = {(m.start, m.end): m for m in money}
    date_at = {(d.start, d.end): d for d in dates}
    out: list[Deal] = []
    for span in doc.spans.get(spans.DEALS, []):
        match = span._.get(spans.DEALS)
        assert isinstance(match, DealMatch), "the deals component gives every span a match"
        fact = by_offset.get((span.start_char, span.end_char))
        if fact is None:
            continue  # the money fact was left out (factguard)
        date = date_at.get(match.date) if match.date else None
        out.append(
            Deal(
                money_text=fact.text,
                start=fact.start,
                end=fact.end,
                amount=fact.amount,
                currency=fact.currency,
                action=match.action,
                verb=match.verb,
                payer=_party(match.payer, people, organisations, countries),
                recipient=_party(match.recipient, people, organisations, countries),
                object=match.object,
                date=date.value if date else None,
                equivalent=fact.equivalent,
                sentence=fact.sentence,
                rule=match.rule,
            )
        )
    return out


def article_from_doc(doc: Doc, ctx: Context, pipeline_info: Mapping[str, str]) -> Article:
    """Convert a processed `Doc` into an `Article` record (the only spaCy -> records seam).

    A fact that cannot be converted (a date pushed past year 9999, an amount beyond
    10^15) is left out with a warning; the rest of the article stays (`factguard`).
    """
    warnings: list[str] = []
    money = per_fact(doc, spans.MONEY, lambda d: money_records(d, ctx), warnings)
    people = per_fact(doc, spans.PEOPLE, lambda d: (people_records(d), ()), warnings)
    countries = per_fact(doc, spans.COUNTRIES, lambda d: (country_records(d), ()), warnings)
    dates = per_fact(doc, spans.DATES, lambda d: (date_records(d, ctx), ()), warnings)
    organisations = per_fact(
        doc, spans.ORGANISATIONS, lambda d: (organisation_records(d), ()), warnings
    )
    quotes = per_fact(
        doc, spans.QUOTES, lambda d: (quote_records(d, people, organisations), ()), warnings
    )
    kept_money = sane_money(money, warnings)
    deals = per_fact(
        doc,
        spans.DEALS,
        lambda d: (deal_records(d, kept_money, dates, people, organisations, countries), ()),
        warnings,
    )
    return Article(
        source=ctx.source,
        reference_date=ctx.reference_date.isoformat() if ctx.reference_date else None,
        reference_date_source=ctx.reference_date_source,
        pipeline=dict(pipeline_info),
        people=tuple(people),
        countries=tuple(countries),
        money=tuple(kept_money),
        dates=tuple(dates),
        warnings=tuple(warnings),
        organisations=tuple(organisations),
        quotes=tuple(quotes),
        deals=tuple(deals),
    )


def resolve_context(
    text: str,
    *,
    source: str | None,
    reference_date: date | None,
    reference_date_source: str | None = None,
    dollar: str | None = None,
) -> Context:
    """Pick the reference date: the one given, else the article's own metadata or file name."""
    if reference_date is not None:
        return Context(
            source=source,
            reference_date=reference_date,
            reference_date_source=reference_date_source or "given",
            dollar=dollar,
        )
    found = ndates.find_reference_date(text, source)
    if found is not None:
        return Context(
            source=source, reference_date=found[0], reference_date_source=found[1], dollar=dollar
        )
    return Context(source=source, dollar=dollar)


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
        self.nlp = nlp if nlp is not None else build_nlp(model, relations=relations)
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
        if isinstance(ref, str):
            ref = date.fromisoformat(ref)
        ctx = resolve_context(
            text,
            source=meta.get("source"),
            reference_date=ref,
            reference_date_source=meta.get("reference_date_source"),
            dollar=meta.get("dollar", self.dollar),
        )
        country = meta.get("country")
        return replace(ctx, country=country) if isinstance(country, str) and country else ctx

    def extract(
        self,
        text: str,
        *,
        reference_date: date | None = None,
        source: str | None = None,
        reference_date_source: str | None = None,
    ) -> Article:
        """Extract the facts of one article (an error record if it cannot be processed)."""
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
        n_process: int = 1,
    ) -> Iterator[Article]:
        """Extract many articles with `nlp.pipe` batching; items are (text, metadata).

        Metadata keys: `source`, `reference_date` (date or ISO string),
        `reference_date_source`, `dollar`, `country` (the publisher's, ISO 3166-1 alpha-2:
        a tie-breaker for bare currency units), `warnings` (about the input, e.g. its
        decoding, put first in the record's warnings). Articles come back in input order, one per
        item; an item that cannot be processed gives an error record. Batches hold at
        most `batch_size` articles and about one chunk of characters; an article longer
        than a chunk goes through alone, chunk by chunk (`c5facts.chunks`).
        """
        size = min(CHUNK_CHARS, self.nlp.max_length)
        jobs = (self._job(text, meta) for text, meta in items)
        for group in _groups(jobs, batch_size, size):
            yield from self._run(group, size, batch_size, n_process)

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
            return _Job(cleaned.text, ctx, tuple(warnings), cleaned.blanked)
        except Exception as exc:
            return _Job("", Context(source=source), (), failed=_error(source, exc))

    def _run(
        self, group: list[_Job], size: int, batch_size: int, n_process: int
    ) -> Iterator[Article]:
        """The records of one group of jobs, in order."""
        todo = [job for job in group if job.failed is None]
        done: dict[int, Article] = {}
        if len(todo) > 1:
            limit = self.timeout * len(todo) if self.timeout else None
            try:
                with deadline(limit):
                    docs = list(
                        self.nlp.pipe(
                            (job.text for job in todo), batch_size=batch_size, n_process=n_process
                        )
                    )
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


def _groups(jobs: Iterable[_Job], batch_size: int, size: int) -> Iterator[list[_Job]]:
    """`jobs` in groups of at most `batch_size` and about `size` characters, lazily.

    An article longer than `size` is a group of its own (it goes through in chunks).
    """
    group: list[_Job] = []
    chars = 0
    for job in jobs:
        if len(job.text) > size and group:
            yield group
            group, chars = [], 0
        group.append(job)
        chars += len(job.text)
        if len(group) >= batch_size or chars >= size:
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
