"""Article-level currency evidence: which dollar (or crown, or pound), and checked rates.

A bare unit ("dollars", "$", "couronnes") has several readings; the grammar gives its
default one (USD, SEK...) and names the unit on the `MoneyMatch`. The article's own
conversions then vote, against the ECB yearly average rates of `models/money/`, for the
reading that fits best; `--dollar` forces the reading of bare dollars. Conversions far
from the year's rate are kept as written and reported in warnings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache

from c5facts.matches import MoneyMatch
from c5facts.records import Money
from c5facts.resources import read_tsv

APPROX = "approx"

# A conversion "votes" for a currency when its implied rate is this close to the ECB
# yearly average (articles round both amounts; "environ" rounds more).
VOTE_TOLERANCE = Decimal("0.08")
VOTE_TOLERANCE_APPROX = Decimal("0.12")
# Farther than this from the yearly average, a conversion is flagged as a likely typo.
FAR_TOLERANCE = Decimal("0.20")


@cache
def eur_rates() -> dict[tuple[int, str], Decimal]:
    """ECB yearly average reference rates: (year, code) -> units of code per 1 EUR."""
    return {
        (int(r["year"]), r["currency"]): Decimal(r["per_eur"])
        for r in read_tsv("money", "eur_rates.tsv")
    }


@cache
def ambiguous_units() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Ambiguous unit -> (default code, candidate codes)."""
    return {
        r["unit"]: (r["default"], tuple(c.strip() for c in r["candidates"].split(",")))
        for r in read_tsv("money", "ambiguous.tsv")
    }


def table_year(reference_date: date | None) -> int:
    """The year of the rate table to compare with: the article's, clamped to the table."""
    years = sorted({y for y, _ in eur_rates()})
    if reference_date is None:
        return years[-1]
    return min(max(reference_date.year, years[0]), years[-1])


def rate(code: str, per: str, year: int) -> Decimal | None:
    """Units of `code` for one unit of `per` in `year` (ECB yearly averages), or None.

    >>> rate("EUR", "EUR", 2020)
    Decimal('1')
    >>> round(rate("CAD", "EUR", 2020), 2)
    Decimal('1.53')
    """
    table = eur_rates()

    def per_eur(c: str) -> Decimal | None:
        return Decimal(1) if c == "EUR" else table.get((year, c))

    a, b = per_eur(code), per_eur(per)
    if a is None or b is None or b == 0:
        return None
    return a / b


def _relative_error(implied: Decimal, expected: Decimal) -> Decimal:
    """How far an implied rate is from the expected one, as a fraction of it."""
    return abs(implied / expected - 1)


def _fmt(value: Decimal) -> str:
    """A rate in warnings: four significant digits."""
    return f"{value:.4g}"


def resolve_currencies(
    found: Sequence[tuple[MoneyMatch, Money]],
    *,
    reference_date: date | None,
    dollar: str | None = None,
) -> tuple[list[Money], list[str]]:
    """Apply the article's currency evidence to its money records; returns them and warnings.

    `found` pairs each record with the match it was built from (the match names the
    ambiguous unit behind a currency). A bare unit keeps its default reading unless the
    article's own conversions imply a rate that matches another candidate currency of
    that year better, or `dollar` forces the reading of bare dollars. The new reading
    applies to every bare amount of that unit in the article, flagged with
    `currency_assumed`. Conversions far from the year's rate are kept and reported.
    """
    if not found:
        return [], []
    year = table_year(reference_date)
    matches = [match for match, _ in found]
    units = ambiguous_units()
    present = {u for m in matches for u in (m.ambiguous_unit, _equivalent_unit(m))}
    choice: dict[str, str] = {}
    warnings: list[str] = []
    for unit in sorted(u for u in present if u and u in units):
        default, candidates = units[unit]
        if unit == "dollar" and dollar:
            reading = _forced(unit, default, dollar.upper())
        else:
            reading = _voted(unit, default, candidates, matches, year)
        if reading is not None:
            choice[unit], warning = reading
            warnings.append(warning)
    out = [_apply_choice(record, match, choice) for match, record in found]
    warnings.extend(_far_conversions(out, year))
    return out, warnings


def _equivalent_unit(m: MoneyMatch) -> str | None:
    """The ambiguous unit of the match's conversion, if any."""
    return m.equivalent.ambiguous_unit if m.equivalent is not None else None


def _forced(unit: str, default: str, code: str) -> tuple[str, str] | None:
    """The reading forced by `--dollar` and its warning; None when it is the default."""
    if code == default:
        return None
    return code, (
        f"money: bare '{unit}' amounts read as {code}, not {default} (forced by --dollar {code})"
    )


def _voted(
    unit: str,
    default: str,
    candidates: tuple[str, ...],
    matches: Sequence[MoneyMatch],
    year: int,
) -> tuple[str, str] | None:
    """The reading of `unit` the article's conversions vote for, with its warning.

    None when no conversion votes, or when the default reading wins or ties.
    """
    votes: Counter[str] = Counter()
    implied_seen: dict[str, list[tuple[Decimal, str]]] = {}
    for m in matches:
        side = _ambiguous_side(m, unit)
        if side is None:
            continue
        implied, other = side
        approx = m.qualifier == APPROX or (
            m.equivalent is not None and m.equivalent.qualifier == APPROX
        )
        tolerance = VOTE_TOLERANCE_APPROX if approx else VOTE_TOLERANCE
        # Candidates are in order of likelihood: "dollars" in a French article are far
        # more often Canadian than Singaporean, whose rate may be as close.
        for cand in candidates:
            expected = rate(cand, other, year)
            if cand == other or expected is None:
                continue
            if _relative_error(implied, expected) <= tolerance:
                votes[cand] += 1
                implied_seen.setdefault(cand, []).append((implied, other))
                break
    if not votes:
        return None
    best, count = max(votes.items(), key=lambda kv: (kv[1], kv[0] == default))
    if best == default or count <= votes.get(default, 0):
        return None
    seen = implied_seen[best]
    other = Counter(o for _, o in seen).most_common(1)[0][0]
    rates = [i for i, o in seen if o == other]
    mean = sum(rates, Decimal(0)) / len(rates)
    expected = rate(best, other, year)
    default_rate = rate(default, other, year)
    return best, (
        f"money: bare '{unit}' amounts read as {best}, not {default}: "
        f"{count} conversion(s) in the article imply about {_fmt(mean)} {unit}s per "
        f"{other}, close to the {year} ECB average for {best} "
        f"({_fmt(expected) if expected else '?'}) and not {default} "
        f"({_fmt(default_rate) if default_rate else '?'})"
    )


def _ambiguous_side(m: MoneyMatch, unit: str) -> tuple[Decimal, str] | None:
    """Implied rate (ambiguous unit per unit of the other currency) and that currency."""
    eq = m.equivalent
    if eq is None or eq.amount == 0 or m.amount == 0:
        return None
    if m.ambiguous_unit == unit and eq.ambiguous_unit != unit:
        return m.amount / eq.amount, eq.currency
    if eq.ambiguous_unit == unit and m.ambiguous_unit != unit:
        return eq.amount / m.amount, m.currency
    return None


def _apply_choice(record: Money, match: MoneyMatch, choice: dict[str, str]) -> Money:
    """The record with the chosen readings of its ambiguous units."""
    new = record
    unit = match.ambiguous_unit
    if unit in choice and record.currency != choice[unit]:
        new = replace(new, currency=choice[unit], currency_assumed=True)
    eq = record.equivalent
    unit = _equivalent_unit(match)
    if eq is not None and unit in choice and eq.currency != choice[unit]:
        new = replace(new, equivalent=replace(eq, currency=choice[unit]), currency_assumed=True)
    return new


def _far_conversions(items: list[Money], year: int) -> list[str]:
    """Warnings for conversions whose implied rate is far from the year's average."""
    out = []
    for m in items:
        eq = m.equivalent
        if eq is None or eq.amount == 0 or m.currency == eq.currency:
            continue
        expected = rate(m.currency, eq.currency, year)
        if expected is None:
            continue
        implied = m.amount / eq.amount
        error = _relative_error(implied, expected)
        if error > FAR_TOLERANCE:
            out.append(
                f"money: '{' '.join(m.text.split())}' implies {_fmt(implied)} {m.currency} "
                f"per {eq.currency}, "
                f"{error:.0%} off the {year} ECB average ({_fmt(expected)}); kept as written "
                f"(likely a rounding or typing error in the article)"
            )
    return out
