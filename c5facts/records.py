"""Typed records of the `c5facts/1` schema.

Frozen, slotted, keyword-only dataclasses. Each fact keeps its evidence (text and
character offsets into the original input). `Article.to_dict()` is the JSON contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from c5facts.about import SCHEMA

Span = tuple[int, int]


def json_number(value: Decimal | None) -> int | float | None:
    """Render an exact amount as a JSON number: an int when whole, else a float.

    Exact either way for the amounts records hold (`factguard.sane_money` keeps those
    up to 10^15, with at most 15 significant digits when not whole): a decimal of 15
    significant digits survives the float, and `json` writes the shortest repr, which
    is that decimal.

    >>> json_number(Decimal("35000000000.0")), json_number(Decimal("20.42"))
    (35000000000, 20.42)
    >>> json_number(Decimal("123456789012.345"))
    123456789012.345
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
    # each distinct mention as written, in order of first mention: forms[0] is the text
    # at spans[0] ("M. Emmanuel Macron" where `name` is "Emmanuel Macron")
    forms: tuple[str, ...] = ()
    age: int | None = None  # as the article gives it ("Jack Ma, 56 ans", "âgé de 45 ans")
    # why it is a person, one reason per kind of evidence found: "title", "honorific",
    # "ner+context:speech-verb", "regnal"... (see c5facts/components/people.py)
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "mentions": self.mentions,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "country": self.country,
            "spans": [list(s) for s in self.spans],
            "forms": list(self.forms),
            "age": self.age,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """One country (ISO 3166-1), however the article names it."""

    code: str
    code3: str
    name: str
    mentions: int
    forms: tuple[str, ...] = ()
    # form -> how it names the country: "name", "demonym", "capital", "constituent"
    # (Écosse -> GB) or "historic" (a former state, or a former name: "le Reich" -> DE)
    via: tuple[tuple[str, str], ...] = ()
    spans: tuple[Span, ...] = ()
    historic: bool = False  # a former state (ISO 3166-3): `code` is its former alpha-2
    successor: str | None = None  # a former state's continuing state (ISO alpha-2)

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
            "historic": self.historic,
            "successor": self.successor,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Equivalent:
    """The converted amount of a money fact ("(30,3 milliards d'euros)")."""

    amount: Decimal
    currency: str
    qualifier: str | None = None
    text: str = ""
    amount_max: Decimal | None = None  # the high end of a converted range
    # Units of `currency` per unit of the primary currency, as the two amounts imply,
    # and the ECB reference rate of the article's week (None without one).
    implied_rate: Decimal | None = None
    reference_rate: Decimal | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "amount": json_number(self.amount),
            "currency": self.currency,
            "qualifier": self.qualifier,
            "text": self.text,
            "amount_max": json_number(self.amount_max),
            "implied_rate": json_number(self.implied_rate),
            "reference_rate": json_number(self.reference_rate),
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
    # Why an ambiguous unit got its currency: "conversion", "sentence-country:CA",
    # "article-country:CO", "article-conversions", "publisher-country:CA", "default"...
    currency_evidence: str | None = None
    per: str | None = None  # the unit of a per-unit amount ("par action" -> "action")
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
            "currency_evidence": self.currency_evidence,
            "per": self.per,
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
    kind: str = "date"  # date | range | duration | time | set
    offset: str | None = None  # e.g. "-P1D" when no reference date is known
    sentence: str = ""
    rule: str = ""
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN...
    freq: str | None = None  # of a set: "2X" ("deux fois par an")
    quant: str | None = None  # of a set: EACH ("chaque"), EVERY ("tous les")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (mod, freq and quant only when set)."""
        out: dict[str, Any] = {
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
        for key in ("mod", "freq", "quant"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Organisation:
    """One organisation (company, bank, body, party, team) under its fullest name."""

    name: str
    mentions: int
    aliases: tuple[str, ...] = ()  # other forms, acronyms included ("BCE")
    country: str | None = None  # ISO alpha-2, when the text says it ("le groupe américain X")
    heads: tuple[str, ...] = ()  # the nouns that announced it: "groupe", "banque"
    spans: tuple[Span, ...] = ()
    evidence: tuple[str, ...] = ()  # why it is an organisation: "ner", "head", "role-of"...

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "mentions": self.mentions,
            "aliases": list(self.aliases),
            "country": self.country,
            "heads": list(self.heads),
            "spans": [list(s) for s in self.spans],
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A direct quotation: the quoted words (marks excluded) and who said them."""

    text: str
    start: int
    end: int
    speaker: str | None = None  # the name of a person or organisation record; None: unsaid
    speaker_type: str | None = None  # person | organisation
    speaker_via: str | None = None  # name | pronoun | noun | selon
    verb: str | None = None  # the speech verb as written: "a-t-il ajouté", "selon"
    kind: str = "direct"
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_type": self.speaker_type,
            "speaker_via": self.speaker_via,
            "verb": self.verb,
            "kind": self.kind,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Party:
    """A party to a deal: a person, organisation or country record, by name."""

    name: str
    type: str  # person | organisation | country
    code: str | None = None  # a country's ISO alpha-2

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"name": self.name, "type": self.type, "code": self.code}


@dataclass(frozen=True, slots=True, kw_only=True)
class Deal:
    """Who pays whom an amount of money, and for what, as the amount's sentence says."""

    money_text: str
    start: int  # the money fact's offsets
    end: int
    amount: Decimal
    currency: str
    action: str  # payer | investir | acquérir | vendre | prêter | financer | amende | lever...
    verb: str  # as written
    payer: Party | None = None
    recipient: Party | None = None
    object: str | None = None
    date: str | None = None  # the value of the date fact of the same clause
    equivalent: Equivalent | None = None
    sentence: str = ""
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "money_text": self.money_text,
            "start": self.start,
            "end": self.end,
            "amount": json_number(self.amount),
            "currency": self.currency,
            "action": self.action,
            "verb": self.verb,
            "payer": self.payer.to_dict() if self.payer else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "object": self.object,
            "date": self.date,
            "equivalent": self.equivalent.to_dict() if self.equivalent else None,
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


def vague_value(value: str | None) -> bool:
    """A TimeML value that names no calendar point or length: "PXY", "PTXH", "PAST_REF".

    >>> vague_value("PXD"), vague_value("PRESENT_REF"), vague_value("P3Y"), vague_value("198")
    (True, True, False, False)
    """
    return value is not None and (value.endswith("_REF") or value.startswith(("PX", "PTX")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """All facts of one article: the `c5facts/1` record."""

    source: str | None
    reference_date: str | None
    reference_date_source: str | None = None
    # The clock time of publication ("14:32", local as written), when the source gives it.
    reference_time: str | None = None
    pipeline: dict[str, str] = field(default_factory=dict)
    people: tuple[Person, ...] = ()
    countries: tuple[Country, ...] = ()
    money: tuple[Money, ...] = ()
    dates: tuple[DateFact, ...] = ()
    warnings: tuple[str, ...] = ()
    error: ErrorInfo | None = None
    # Relations (issue 17): empty when the pipeline runs without them.
    organisations: tuple[Organisation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    deals: tuple[Deal, ...] = ()

    def without_vague_dates(self) -> Article:
        """This record without its vague date facts ("quelques jours", "récemment").

        TimeML annotates them (``PXD``, ``PAST_REF``); a table of calendar facts, and the
        corpus convention, leave them out (`extract --vague` keeps them).
        """
        dates = tuple(d for d in self.dates if not vague_value(d.value))
        return self if len(dates) == len(self.dates) else replace(self, dates=dates)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of schema `c5facts/1` (`reference_time` only when known)."""
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "source": self.source,
            "reference_date": self.reference_date,
            "reference_date_source": self.reference_date_source,
        }
        if self.reference_time is not None:
            out["reference_time"] = self.reference_time
        out |= {
            "pipeline": dict(self.pipeline),
            "people": [p.to_dict() for p in self.people],
            "countries": [c.to_dict() for c in self.countries],
            "money": [m.to_dict() for m in self.money],
            "dates": [d.to_dict() for d in self.dates],
            "organisations": [o.to_dict() for o in self.organisations],
            "quotes": [q.to_dict() for q in self.quotes],
            "deals": [d.to_dict() for d in self.deals],
            "warnings": list(self.warnings),
        }
        if self.error is not None:
            out["error"] = self.error.to_dict()
        return out
