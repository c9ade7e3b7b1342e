"""Money spans to `Money` records, each bare unit ("dollars") resolved from the article.

The currency resolver (`normalise.money.currency`) reads the article's own world: which
countries it names, how often and where, the publisher's country, a past year in the
amount's sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import date
from typing import TYPE_CHECKING

from c5facts import spans
from c5facts.components.doc_text import text_of
from c5facts.convert_context import Context, matched, sentence_of
from c5facts.matches import CountryMatch, MoneyMatch
from c5facts.normalise.money import currency as ncurrency
from c5facts.normalise.money import world as nworld
from c5facts.records import Equivalent, Money

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


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
            sentence=sentence_of(span),
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
