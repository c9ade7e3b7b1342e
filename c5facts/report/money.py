"""Money arithmetic of the report: amounts parsed once, implied rates, rate outliers.

No totals: amounts of different facts (dates, currencies, approximations, equivalents of
one another) do not add up to anything a reader could use.

Works on money records in their JSON form; numbers are exact `Decimal`s throughout.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from c5facts.report.fields import text_of

# Two conversions in one article are made at about the same rate; rounding of "30,3 milliards"
# style amounts moves a rate by a few percent at most, so 10 % apart means one pair is wrong.
RATE_TOLERANCE = Decimal("0.10")


def to_decimal(value: Any) -> Decimal | None:
    """Exact `Decimal` of a JSON number (int, float or numeric string); None otherwise.

    >>> to_decimal(30.3), to_decimal("12"), to_decimal(None), to_decimal(True)
    (Decimal('30.3'), Decimal('12'), None, None)
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        result = Decimal(str(value))
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


@dataclass(frozen=True, slots=True)
class MoneyView:
    """A money fact with its values parsed once for every view.

    Attributes:
        item: the money record itself.
        amount: the amount, or the low end of a range.
        amount_max: the high end of a range, else None.
        currency: ISO 4217 code ("" when unknown).
        qualifier: "approx", "more_than", "less_than" or None.
        eq_amount: amount of the equivalent in another currency, if any.
        eq_currency: currency of the equivalent ("" when none).
        eq_qualifier: qualifier of the equivalent.
    """

    item: Mapping[str, Any]
    amount: Decimal | None
    amount_max: Decimal | None
    currency: str
    qualifier: str | None
    eq_amount: Decimal | None
    eq_currency: str
    eq_qualifier: str | None

    @classmethod
    def of(cls, item: Mapping[str, Any]) -> MoneyView:
        """Parse the numbers of one money record."""
        eq = item.get("equivalent")
        eq = eq if isinstance(eq, Mapping) else {}
        return cls(
            item=item,
            amount=to_decimal(item.get("amount")),
            amount_max=to_decimal(item.get("amount_max")),
            currency=text_of(item.get("currency")),
            qualifier=item.get("qualifier") or None,
            eq_amount=to_decimal(eq.get("amount")),
            eq_currency=text_of(eq.get("currency")),
            eq_qualifier=eq.get("qualifier") or None,
        )

    @property
    def rate(self) -> Decimal | None:
        """Implied rate, equivalent currency per primary currency (None for ranges)."""
        if (
            self.amount is None
            or self.eq_amount is None
            or self.amount <= 0
            or self.eq_amount <= 0
            or self.amount_max is not None
            or not self.currency
            or not self.eq_currency
            or self.currency == self.eq_currency
        ):
            return None
        return self.eq_amount / self.amount


def rate_deviations(views: Sequence[MoneyView]) -> list[Decimal | None]:
    """Relative gap of each pair's implied rate from the median rate of the article's pairs.

    A pair compares with every pair of the same two currencies (either direction, itself
    included, so one odd pair among three stands out while the other two stay near zero);
    None where there is no rate or no other pair to compare with.

    >>> pairs = [("35", "30.3"), ("2", "1.73"), ("0.5", "0.6")]
    >>> views = [MoneyView.of({"amount": a, "currency": "USD",
    ...     "equivalent": {"amount": e, "currency": "EUR"}}) for a, e in pairs]
    >>> [round(gap, 3) for gap in rate_deviations(views)]
    [Decimal('0.000'), Decimal('-0.001'), Decimal('0.386')]
    """
    rates = [v.rate for v in views]
    out: list[Decimal | None] = []
    for view, rate in zip(views, rates, strict=True):
        if rate is None:
            out.append(None)
            continue
        same: list[Decimal] = []
        for other, other_rate in zip(views, rates, strict=True):
            if other_rate is None:
                continue
            if (other.currency, other.eq_currency) == (view.currency, view.eq_currency):
                same.append(other_rate)
            elif (other.currency, other.eq_currency) == (view.eq_currency, view.currency):
                same.append(1 / other_rate)
        if len(same) < 2:
            out.append(None)
            continue
        same.sort()
        mid = len(same) // 2
        median = same[mid] if len(same) % 2 else (same[mid - 1] + same[mid]) / 2
        out.append(rate / median - 1)
    return out
