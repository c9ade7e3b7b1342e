"""PLACEHOLDER: money normalisation (pure functions, no spaCy). To be implemented."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from c5facts.records import Equivalent, Money


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedMoney:
    """Values parsed from a whole money expression (qualifier, range, conversion)."""

    amount: Decimal
    currency: str
    qualifier: str | None = None
    amount_max: Decimal | None = None
    equivalent: Equivalent | None = None
    # True when the currency is a guess from an ambiguous unit ("dollars" alone -> USD)
    ambiguous_unit: str | None = None


def parse_money(text: str) -> ParsedMoney | None:
    """Parse a money expression found by the money component; None if it is not money."""
    return None


def resolve_currencies(
    items: list[Money], *, reference_date: date | None, dollar: str | None = None
) -> tuple[list[Money], list[str]]:
    """Article-level currency evidence (implied rates, `--dollar`); returns items, warnings."""
    return items, []
