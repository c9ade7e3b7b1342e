"""Quote and deal spans to records: who said it, who pays whom, named by their records.

A speaker or a party is a mention; the record given is the person, organisation or
country record that holds it, so these run after those records are made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from c5facts import spans
from c5facts.convert_context import matched
from c5facts.matches import DealMatch, MentionRef, QuoteMatch
from c5facts.records import Country, DateFact, Deal, Money, Organisation, Party, Person, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
