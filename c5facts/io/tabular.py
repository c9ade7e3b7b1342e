"""Typed rows of the records: one long fact table (CSV) and one table per fact type (Parquet).

Every value keeps its type: amounts are `Decimal`, dates are `datetime.date`, offsets and
counts are `int`; the writers (`exporters` for CSV, `parquet` for Parquet) only format
them. Offsets always cover `text`: `text == input[start:end]`, the mention as written
(a person row's canonical name is in `name`, never in `text`).

Every date fact gets `date_start` / `date_end`, the first and last day its TIMEX3 value
covers (`normalise.timex.date_interval`: days, weeks, months, quarters, halves, seasons,
years, decades and intervals); durations and unresolved relative dates leave them empty.

The relation facts (organisations, quotes, deals) have their rows built in
`c5facts.io.relation_rows`; in the long table they are rows of type `organisation`,
`quote` and `deal`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from c5facts.io.relation_rows import (
    RELATION_FIELDS,
    RELATION_LONG_KEYS,
    equivalent_columns,
    relation_rows,
)
from c5facts.normalise.timex import date_interval
from c5facts.records import Article

# The long table: one row per fact (or per failed article), every fact type in one table.
LONG_FIELDS = (
    "source",
    "type",
    "text",
    "start",
    "end",
    "name",
    "code",
    "country",
    "roles",
    "mentions",
    "amount",
    "amount_max",
    "currency",
    "qualifier",
    "equivalent_amount",
    "equivalent_amount_max",
    "equivalent_currency",
    "value",
    "grain",
    "kind",
    "offset",
    "date_start",
    "date_end",
    "reference_date",
    "error",
    "aliases",
    "speaker",
    "speaker_type",
    "speaker_via",
    "verb",
    "action",
    "payer",
    "payer_type",
    "payer_code",
    "recipient",
    "recipient_type",
    "recipient_code",
    "object",
    "date_value",
)

# Columns of the table of each fact type (Parquet), in order; `source` comes first in all.
TABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "articles": (
        "source",
        "reference_date",
        "reference_date_source",
        "people",
        "countries",
        "money",
        "dates",
        "organisations",
        "quotes",
        "deals",
        "warnings",
        "error_type",
        "error",
        "c5facts",
        "model",
    ),
    "people": (
        "source",
        "name",
        "text",
        "start",
        "end",
        "mentions",
        "aliases",
        "roles",
        "country",
        "age",
    ),
    "countries": (
        "source",
        "code",
        "code3",
        "name",
        "text",
        "start",
        "end",
        "mentions",
        "forms",
        "historic",
    ),
    "money": (
        "source",
        "text",
        "start",
        "end",
        "amount",
        "amount_max",
        "currency",
        "qualifier",
        "equivalent_amount",
        "equivalent_amount_max",
        "equivalent_currency",
        "currency_assumed",
        "per",
        "reference_date",
    ),
    "dates": (
        "source",
        "text",
        "start",
        "end",
        "value",
        "grain",
        "kind",
        "offset",
        "date_start",
        "date_end",
        "reference_date",
    ),
    **RELATION_FIELDS,
}


def _ref(article: Article) -> date | None:
    return date.fromisoformat(article.reference_date) if article.reference_date else None


def _first(spans: tuple[tuple[int, int], ...]) -> tuple[int | None, int | None]:
    return spans[0] if spans else (None, None)


def _person_text(forms: tuple[str, ...], span: tuple[int | None, int | None]) -> str | None:
    # The mention as written at the first span (`forms[0]` is the first mention's text).
    return forms[0] if forms and span[0] is not None else None


def fact_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The typed rows of one article, by table (`articles`, `people`, `countries`, ...).

    Args:
        article: One record (an error record gives its `articles` row only).

    Returns:
        Table name -> rows, each row a dict over that table's `TABLE_FIELDS`.
    """
    src = article.source
    ref = _ref(article)
    err = article.error
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_FIELDS}
    tables["articles"].append(
        {
            "source": src,
            "reference_date": ref,
            "reference_date_source": article.reference_date_source,
            "people": len(article.people),
            "countries": len(article.countries),
            "money": len(article.money),
            "dates": len(article.dates),
            "organisations": len(article.organisations),
            "quotes": len(article.quotes),
            "deals": len(article.deals),
            "warnings": list(article.warnings),
            "error_type": err.type if err else None,
            "error": err.message if err else None,
            "c5facts": article.pipeline.get("c5facts"),
            "model": article.pipeline.get("model"),
        }
    )
    for p in article.people:
        start, end = _first(p.spans)
        forms = tuple(getattr(p, "forms", ()))
        tables["people"].append(
            {
                "source": src,
                "name": p.name,
                "text": _person_text(forms, (start, end)),
                "start": start if forms else None,
                "end": end if forms else None,
                "mentions": p.mentions,
                "aliases": list(p.aliases),
                "roles": list(p.roles),
                "country": p.country,
                "age": p.age,
            }
        )
    for c in article.countries:
        start, end = _first(c.spans)
        tables["countries"].append(
            {
                "source": src,
                "code": c.code,
                "code3": c.code3,
                "name": c.name,
                "text": c.forms[0] if c.forms and start is not None else None,
                "start": start,
                "end": end,
                "mentions": c.mentions,
                "forms": list(c.forms),
                "historic": c.historic,
            }
        )
    for m in article.money:
        tables["money"].append(
            {
                "source": src,
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "amount": m.amount,
                "amount_max": m.amount_max,
                "currency": m.currency,
                "qualifier": m.qualifier,
                **equivalent_columns(m.equivalent),
                "currency_assumed": m.currency_assumed,
                "per": m.per,
                "reference_date": ref,
            }
        )
    for t in article.dates:
        span = date_interval(t.value) if t.kind != "duration" else None
        tables["dates"].append(
            {
                "source": src,
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "value": t.value,
                "grain": t.grain,
                "kind": t.kind,
                "offset": t.offset,
                "date_start": span[0] if span else None,
                "date_end": span[1] if span else None,
                "reference_date": ref,
            }
        )
    relation_rows(article, tables)
    return tables


_TYPE_OF = {
    "people": "person",
    "countries": "country",
    "money": "money",
    "dates": "date",
    "organisations": "organisation",
    "quotes": "quote",
    "deals": "deal",
}


# Columns a fact row carries into the long table as they are, by fact type.
LONG_KEYS = {
    "money": TABLE_FIELDS["money"][4 : TABLE_FIELDS["money"].index("currency_assumed")],
    "date": ("value", "grain", "kind", "offset", "date_start", "date_end"),
    **RELATION_LONG_KEYS,
}


def long_rows(article: Article) -> Iterator[dict[str, Any]]:
    """One typed row per fact of `article` over `LONG_FIELDS` (a failed article: one `error` row).

    >>> from c5facts.records import DateFact
    >>> art = Article(source="a.txt", reference_date="2025-11-06", dates=(
    ...     DateFact(text="au deuxième trimestre 2024", start=0, end=26, value="2024-Q2",
    ...              grain="quarter"),))
    >>> row = next(long_rows(art))
    >>> row["type"], row["value"], row["date_start"], row["date_end"]
    ('date', '2024-Q2', datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    """
    tables = fact_rows(article)
    if article.error is not None:
        yield {
            "source": article.source,
            "type": "error",
            "error": f"{article.error.type}: {article.error.message}",
        }
    ref = _ref(article)
    for table, kind in _TYPE_OF.items():
        for row in tables[table]:
            out: dict[str, Any] = {"source": row["source"], "type": kind, "reference_date": ref}
            for key in ("text", "start", "end", "name", "code", "country", "mentions"):
                if key in row:
                    out[key] = row[key]
            if kind == "person":
                out["roles"] = "; ".join(row["roles"])
            elif kind == "organisation":
                out["aliases"] = "; ".join(row["aliases"])
            else:
                out |= {k: row[k] for k in LONG_KEYS.get(kind, ())}
            yield out


def csv_cell(value: Any) -> Any:
    """A typed value as CSV text: exact decimals without exponent, ISO dates, empty for None.

    >>> csv_cell(Decimal("3.5E+10")), csv_cell(date(2025, 11, 6)), csv_cell(None)
    ('35000000000', '2025-11-06', '')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = f"{value:f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
