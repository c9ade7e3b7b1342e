"""Typed matches to records: the only code that reads a processed `Doc`.

A `Doc`'s span groups die with it, so a whole `Doc` is turned into an `Article` in one
function, `article_from_doc`: each `*_records` function reads one span group, takes the
typed match each component attached (`c5facts.matches`), and calls the pure normalisers
(`c5facts.normalise`). A fact that fails to convert is left out with a warning
(`c5facts.factguard`), never the article.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar

from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.components.doc_text import text_of
from c5facts.factguard import per_fact, sane_money
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
from c5facts.normalise import organisations as norganisations
from c5facts.normalise import people as npeople
from c5facts.normalise.dates.anchoring import resolve_in_order
from c5facts.normalise.dates.clock_offset import placed
from c5facts.normalise.money import currency as ncurrency
from c5facts.normalise.money import world as nworld
from c5facts.records import (
    Article,
    Country,
    DateFact,
    Deal,
    Equivalent,
    Money,
    Organisation,
    Party,
    Person,
    Quote,
)

_log = logging.getLogger(__name__)
M = TypeVar("M")


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """Per-article inputs to conversion: where the text came from and its reference date."""

    source: str | None = None
    reference_date: date | None = None
    reference_date_source: str | None = None
    reference_time: time | None = None  # the clock time of publication, when known
    dollar: str | None = None
    country: str | None = None  # the publisher's country (ISO 3166-1 alpha-2), if known


SENTENCES = "c5facts_sentences"  # doc.user_data key: the sentence spans, found once


def _sentence(span: Span) -> str:
    """The text of the sentence holding `span` (the whole text without sentence bounds)."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return doc.text  # a blank test pipeline may have no sentence boundaries
    # `span.sent` walks the document again for every fact: find the sentences once
    found = doc.user_data.get(SENTENCES)
    if found is None:
        sents = list(doc.sents)
        found = doc.user_data[SENTENCES] = (sents, [s.start for s in sents])
    sents, starts = found
    sent = sents[max(0, bisect.bisect_right(starts, span.start) - 1)]
    # A slice of the kept text: `Span.text` builds a Token object per word of the sentence.
    return text_of(doc)[sent.start_char : sent.end_char].strip()


def matched(doc: Doc, key: str, kind: type[M]) -> Iterator[tuple[Span, M]]:
    """The spans of group `key` with the typed match their component attached to each."""
    for span in doc.spans.get(key, []):
        match = span._.get(key)
        assert isinstance(match, kind), f"the {key} component gives every span a match"
        yield span, match


def _attrs(span: Span, key: str) -> dict[str, Any]:
    value = span._.get(key)
    return value if isinstance(value, dict) else {}


def people_records(doc: Doc) -> list[Person]:
    """People of the document, clustered under their most complete name."""
    mentions: list[npeople.PersonMention] = []
    for span, match in matched(doc, spans.PEOPLE, PersonMatch):
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
    for span, match in matched(doc, spans.COUNTRIES, CountryMatch):
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
        for at, code in nworld.places_in(text_of(doc)):
            # inside a person's span when one starting at or before `at` ends after it
            # (bisection on the spans' running furthest end: linear time on long texts)
            i = bisect.bisect_right(starts, at) - 1
            if i < 0 or reach[i] <= at:
                count(at, code, 0.5)
    near: list[frozenset[str]] = []
    years: list[int | None] = []
    text = text_of(doc)
    mentions.sort()
    positions = [at for at, _ in mentions]
    # sentence bounds once: `span.sent` walks the document again for every amount
    sentences = (
        [(s.start_char, s.end_char) for s in doc.sents]
        if money and doc.has_annotation("SENT_START")
        else [(0, len(text))]
    )
    sentence_starts = [lo for lo, _ in sentences]
    for span in money:
        lo, hi = sentences[max(0, bisect.bisect_right(sentence_starts, span.start_char) - 1)]
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
    for span, match in matched(doc, spans.MONEY, MoneyMatch):
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

    "La veille", "l'année précédente" count from the date named last before them in the
    same paragraph, when there is one (`normalise.dates.anchoring`).

    A match its resolver cannot place ("au lendemain" of an event, "entre 2019" without
    its other end) is left out of the records and logged with its rule.
    """
    out: list[DateFact] = []
    found = list(matched(doc, spans.DATES, DateMatch))
    breaks = [m.start() for m in re.finditer("\n", text_of(doc))]
    paragraphs = [bisect.bisect(breaks, span.start_char) for span, _ in found]
    values = resolve_in_order([m for _, m in found], ctx.reference_date, paragraphs)
    now = (
        datetime.combine(ctx.reference_date, ctx.reference_time)
        if ctx.reference_date and ctx.reference_time
        else None
    )
    for (span, match), resolved in zip(found, values, strict=True):
        if resolved is None:
            _log.info("date not placed (rule %s): %r in %s", match.rule, span.text, ctx.source)
            continue
        fact = DateFact(
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
        # "il y a deux heures": an instant from the reference time (else the duration)
        out.append(placed(fact, text_of(doc), now))
    return out


def organisation_records(doc: Doc) -> list[Organisation]:
    """Organisations of the document, clustered under their fullest name (issue 17)."""
    mentions: list[norganisations.OrganisationMention] = []
    for span, match in matched(doc, spans.ORGANISATIONS, OrganisationMatch):
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
    for span, match in matched(doc, spans.QUOTES, QuoteMatch):
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
    for span, match in matched(doc, spans.DEALS, DealMatch):
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
    doc.user_data.pop(SENTENCES, None)  # no reference cycle left on the doc
    return Article(
        source=ctx.source,
        reference_date=ctx.reference_date.isoformat() if ctx.reference_date else None,
        reference_date_source=ctx.reference_date_source,
        reference_time=ctx.reference_time.strftime("%H:%M") if ctx.reference_time else None,
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
