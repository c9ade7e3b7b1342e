"""Typed rows of the relation facts (issue 17): organisations, quotes and deals.

Part of `c5facts.io.tabular` (which adds these tables to `TABLE_FIELDS` and these rows to
the long table). A quote's and a deal's offsets cover `text` (a deal's `text` is its money
fact as written); an organisation has no single mention text, so its row gives every
mention's offsets (`span_starts`, `span_ends`) and no `text`. A deal party is three columns
(`payer`, `payer_type`, `payer_code`: the name, person/organisation/country, a country's
ISO code); `date_value` is the TIMEX3 value of the deal's date, `date_start`/`date_end`
the days it covers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from c5facts.normalise.timex import date_interval
from c5facts.records import Article, Equivalent, Party

# Columns of the relation tables (Parquet), in order; `source` comes first in all.
RELATION_FIELDS: dict[str, tuple[str, ...]] = {
    "organisations": (
        "source",
        "name",
        "mentions",
        "aliases",
        "country",
        "heads",
        "evidence",
        "span_starts",
        "span_ends",
    ),
    "quotes": (
        "source",
        "text",
        "start",
        "end",
        "speaker",
        "speaker_type",
        "speaker_via",
        "verb",
        "kind",
        "rule",
    ),
    "deals": (
        "source",
        "text",
        "start",
        "end",
        "amount",
        "currency",
        "equivalent_amount",
        "equivalent_amount_max",
        "equivalent_currency",
        "action",
        "verb",
        "payer",
        "payer_type",
        "payer_code",
        "recipient",
        "recipient_type",
        "recipient_code",
        "object",
        "date_value",
        "date_start",
        "date_end",
        "sentence",
        "rule",
        "reference_date",
    ),
}

# Columns a relation row carries into the long table as they are: a deal's columns
# between its span and its sentence.
RELATION_LONG_KEYS = {
    "quote": ("speaker", "speaker_type", "speaker_via", "verb", "kind"),
    "deal": RELATION_FIELDS["deals"][4 : RELATION_FIELDS["deals"].index("sentence")],
}


def equivalent_columns(eq: Equivalent | None) -> dict[str, Any]:
    """A money fact's or a deal's linked equivalent as three columns (None when it has none)."""
    return {
        "equivalent_amount": eq.amount if eq else None,
        "equivalent_amount_max": eq.amount_max if eq else None,
        "equivalent_currency": eq.currency if eq else None,
    }


def _party(role: str, party: Party | None) -> dict[str, Any]:
    # A deal party as three columns: `payer`, `payer_type`, `payer_code` (a country's ISO).
    return {
        role: party.name if party else None,
        f"{role}_type": party.type if party else None,
        f"{role}_code": party.code if party else None,
    }


def relation_rows(article: Article, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Append the typed rows of the article's organisations, quotes and deals to `tables`.

    Args:
        article: One record.
        tables: Table name -> rows (`organisations`, `quotes` and `deals` among them).
    """
    src = article.source
    for o in article.organisations:
        tables["organisations"].append(
            {
                "source": src,
                "name": o.name,
                "mentions": o.mentions,
                "aliases": list(o.aliases),
                "country": o.country,
                "heads": list(o.heads),
                "evidence": list(o.evidence),
                "span_starts": [s[0] for s in o.spans],
                "span_ends": [s[1] for s in o.spans],
            }
        )
    for q in article.quotes:
        tables["quotes"].append(
            {
                "source": src,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "speaker_type": q.speaker_type,
                "speaker_via": q.speaker_via,
                "verb": q.verb,
                "kind": q.kind,
                "rule": q.rule,
            }
        )
    for d in article.deals:
        span = date_interval(d.date) if d.date else None
        tables["deals"].append(
            {
                "source": src,
                "text": d.money_text,
                "start": d.start,
                "end": d.end,
                "amount": d.amount,
                "currency": d.currency,
                **equivalent_columns(d.equivalent),
                "action": d.action,
                "verb": d.verb,
                **_party("payer", d.payer),
                **_party("recipient", d.recipient),
                "object": d.object,
                "date_value": d.date,
                "date_start": span[0] if span else None,
                "date_end": span[1] if span else None,
                "sentence": d.sentence,
                "rule": d.rule,
                "reference_date": date.fromisoformat(article.reference_date)
                if article.reference_date
                else None,
            }
        )
