"""Typed records of the `c5facts/1` schema.

Frozen, slotted, keyword-only dataclasses. Each fact keeps its evidence (text and
character offsets into the original input). `Article.to_dict()` is the JSON contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from c5facts.about import SCHEMA

Span = tuple[int, int]


def json_number(value: Decimal | None) -> int | float | None:
    """Render an exact amount as a JSON number: an int when whole, else a float.

    >>> json_number(Decimal("35000000000.0")), json_number(Decimal("20.42"))
    (35000000000, 20.42)
    """
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """One person, under the most complete name the article gives."""

    name: str
    mentions: int
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "mentions": self.mentions,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "country": self.country,
            "spans": [list(s) for s in self.spans],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """One country (ISO 3166-1), however the article names it."""

    code: str
    code3: str
    name: str
    mentions: int
    forms: tuple[str, ...] = ()
    # form -> how it names the country: "name", "demonym" or "capital"
    via: tuple[tuple[str, str], ...] = ()
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "code": self.code,
            "code3": self.code3,
            "name": self.name,
            "mentions": self.mentions,
            "forms": list(self.forms),
            "via": dict(self.via),
            "spans": [list(s) for s in self.spans],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Equivalent:
    """The converted amount of a money fact ("(30,3 milliards d'euros)")."""

    amount: Decimal
    currency: str
    qualifier: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "amount": json_number(self.amount),
            "currency": self.currency,
            "qualifier": self.qualifier,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Money:
    """An amount of money with its currency, qualifier, range and conversion."""

    text: str
    start: int
    end: int
    amount: Decimal
    currency: str
    qualifier: str | None = None
    amount_max: Decimal | None = None
    equivalent: Equivalent | None = None
    currency_assumed: bool = False
    sentence: str = ""
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "amount": json_number(self.amount),
            "currency": self.currency,
            "qualifier": self.qualifier,
            "amount_max": json_number(self.amount_max),
            "equivalent": self.equivalent.to_dict() if self.equivalent else None,
            "currency_assumed": self.currency_assumed,
            "sentence": self.sentence,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DateFact:
    """A calendar reference resolved to a TIMEX3 value, with its grain."""

    text: str
    start: int
    end: int
    value: str | None
    grain: str
    kind: str = "date"  # date | range | duration
    offset: str | None = None  # e.g. "-P1D" when no reference date is known
    sentence: str = ""
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "grain": self.grain,
            "kind": self.kind,
            "offset": self.offset,
            "sentence": self.sentence,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorInfo:
    """Why an article could not be processed (batch mode keeps going)."""

    type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """All facts of one article: the `c5facts/1` record."""

    source: str | None
    reference_date: str | None
    reference_date_source: str | None = None
    pipeline: dict[str, str] = field(default_factory=dict)
    people: tuple[Person, ...] = ()
    countries: tuple[Country, ...] = ()
    money: tuple[Money, ...] = ()
    dates: tuple[DateFact, ...] = ()
    warnings: tuple[str, ...] = ()
    error: ErrorInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of schema `c5facts/1`."""
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "source": self.source,
            "reference_date": self.reference_date,
            "reference_date_source": self.reference_date_source,
            "pipeline": dict(self.pipeline),
            "people": [p.to_dict() for p in self.people],
            "countries": [c.to_dict() for c in self.countries],
            "money": [m.to_dict() for m in self.money],
            "dates": [d.to_dict() for d in self.dates],
            "warnings": list(self.warnings),
        }
        if self.error is not None:
            out["error"] = self.error.to_dict()
        return out
