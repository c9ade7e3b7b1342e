"""Typed matches to records: the only code that reads a processed `Doc`.

A `Doc`'s span groups die with it, so a whole `Doc` is turned into an `Article` in one
function, `article_from_doc`: each `*_records` function reads one span group, takes the
typed match each component attached (`c5facts.matches`), and calls the pure normalisers
(`c5facts.normalise`). A fact that fails to convert is left out with a warning
(`c5facts.factguard`), never the article. Split by job: `convert_context` (the article's
context, a group's matches, a fact's sentence), `convert_money` (amounts and their
currency), `convert_relations` (quotes and deals, after the records they name).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Mapping
from datetime import datetime

from spacy.tokens import Doc

from c5facts import spans
from c5facts.components.doc_text import text_of
from c5facts.convert_context import SENTENCES, Context, matched, sentence_of, sentence_start
from c5facts.convert_money import money_records
from c5facts.convert_relations import deal_records, quote_records
from c5facts.factguard import per_fact, sane_money
from c5facts.matches import CountryMatch, DateMatch, OrganisationMatch, PersonMatch
from c5facts.normalise import countries as ncountries
from c5facts.normalise import organisations as norganisations
from c5facts.normalise import people as npeople
from c5facts.normalise.dates import story_offsets as story
from c5facts.normalise.dates.anchoring import resolve_in_order
from c5facts.normalise.dates.clause_year import clause_years
from c5facts.normalise.dates.clock_offset import placed
from c5facts.normalise.dates.habits import unanchor_habits
from c5facts.records import Article, Country, DateFact, Organisation, Person

__all__ = ["Context", "article_from_doc"]

_log = logging.getLogger(__name__)


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
                apart=match.apart,
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
    # "en 2018, en mai et en août": the months of the year's list or sentence
    values = clause_years(
        text_of(doc),
        [(s.start_char, s.end_char) for s, _ in found],
        [sentence_start(s) for s, _ in found],
        [m for _, m in found],
        values,
    )
    # "chaque année en juillet": the month of a habit has no year (XXXX-07)
    values = unanchor_habits(
        text_of(doc), [(s.start_char, s.end_char) for s, _ in found], [m for _, m in found], values
    )
    now = (
        datetime.combine(ctx.reference_date, ctx.reference_time)
        if ctx.reference_date and ctx.reference_time
        else None
    )
    for (span, match), resolved in zip(found, values, strict=True):
        if resolved is None:
            _log.info("date not placed (rule %s): %r in %s", match.rule, span.text, ctx.source)
            continue
        end = span.end_char
        if match.rule == story.RULE and resolved.kind == "duration":
            end -= story.duration_extent(match)  # no anchor: "Deux ans", as a length
        fact = DateFact(
            text=text_of(doc)[span.start_char : end],
            start=span.start_char,
            end=end,
            value=resolved.value,
            grain=resolved.grain,
            kind=resolved.kind,
            offset=resolved.offset,
            sentence=sentence_of(span),
            rule=match.rule,
            mod=resolved.mod,
            freq=resolved.freq,
            quant=resolved.quant,
        )
        # "il y a deux heures": an instant from the reference time (else the duration);
        # "il y a 48 heures": a day from the reference date
        out.append(placed(fact, text_of(doc), now, ctx.reference_date))
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
