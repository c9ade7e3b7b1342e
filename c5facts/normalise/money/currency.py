"""Which currency a bare unit is ("dollars", "$", "pesos", "livres"), and checked rates.

A bare unit has several readings: its candidates are the currencies of that unit in use
at the article's date (`world.candidates`, from CLDR). Each amount in a bare unit gets
one, by the first of these that decides (its `currency_evidence` names which):

1. `forced`: `--dollar` fixes the reading of bare dollars.
2. `sentence-country:XX`: the sentence of the amount names a country, or a region of
   one ("Alberta"), that uses a candidate ("à Bogota, 3 000 pesos").
3. `article-conversions`: the article's conversions of that unit imply rates that fit
   one candidate (ECB rates of the article's week, `rates`). Measured rates outrank the
   article-wide geography below: a story of a Quebec paper may name US places while
   its "$" are Canadian, as its conversions show.
4. `article-country:XX`: the article's countries, by salience (mentions, the lead counted
   twice, regions half), among those that use a candidate.
5. `publisher-country:XX`: the publisher's country (`country` metadata), if it uses one.
6. `default`: the unit's documented default (`ambiguous.tsv`: dollar = USD...), or,
   when the article predates it (the euro's "centimes" in 1900), its first candidate.

Then the amount's own conversion checks the choice: when its implied rate is far from the
chosen currency's rate and close to another candidate's, that one wins (`conversion`);
when none fits, the choice stays and a warning says so. Every such amount is flagged
`currency_assumed`. Each conversion gets its `implied_rate` and `reference_rate`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from c5facts.matches import MoneyMatch
from c5facts.normalise.money import world
from c5facts.normalise.money.rates import rate
from c5facts.records import Money

APPROX = "approx"

# A conversion fits a currency when its implied rate is this close to the week's rate
# (articles round both amounts; "environ" rounds more).
FIT_TOLERANCE = Decimal("0.08")
FIT_TOLERANCE_APPROX = Decimal("0.12")
# Farther than this from the chosen currency's rate, a conversion is questioned: another
# candidate that fits replaces the choice, else the conversion is reported.
FAR_TOLERANCE = Decimal("0.20")


@dataclass(frozen=True, slots=True)
class Geography:
    """What the article says about where it happens.

    Attributes:
        salience: Country code -> weight of its mentions in the article.
        near: For each money fact, in order, the countries named in its sentence.
        publisher: The publisher's country (ISO 3166-1 alpha-2), when the input says it.
        years: For each money fact, a year its sentence names before the article's date
            ("En 1995, ... 300 millions de francs"), when it names one: the currencies
            of that year are then the candidates (historic ones included).
    """

    salience: Mapping[str, float] = field(default_factory=dict)
    near: Sequence[frozenset[str]] = ()
    publisher: str | None = None
    years: Sequence[int | None] = ()


@dataclass(frozen=True, slots=True)
class _Side:
    """One ambiguous amount to resolve: the fact's primary amount or its equivalent."""

    index: int  # the fact's position
    primary: bool  # the fact's own amount (else its equivalent)
    unit: str
    amount: Decimal
    other_amount: Decimal | None  # the other side of its conversion, if any
    other_currency: str | None
    approx: bool


def resolve_currencies(
    found: Sequence[tuple[MoneyMatch, Money]],
    *,
    reference_date: date | None,
    dollar: str | None = None,
    geography: Geography | None = None,
) -> tuple[list[Money], list[str]]:
    """Give every bare unit of the article its currency, and each conversion its rates.

    Args:
        found: Each money record with the match it was built from (the match names the
            ambiguous unit behind a currency).
        reference_date: The article's date: which currencies were in use, which rates.
        dollar: Forces the reading of bare dollars (e.g. "CAD").
        geography: The article's countries and publisher's country.

    Returns:
        The records, resolved, and the warnings (readings other than the default,
        conversions far from the reference rate).
    """
    if not found:
        return [], []
    geo = geography or Geography()
    day = reference_date
    sides = [s for i, (m, _) in enumerate(found) for s in _sides(i, m)]
    votes = _article_votes(sides, day, geo)
    warnings: list[str] = []
    said: set[tuple[str, str, str]] = set()
    chosen: dict[tuple[int, bool], tuple[str, str]] = {}
    for side in sides:
        near = geo.near[side.index] if side.index < len(geo.near) else frozenset()
        year = geo.years[side.index] if side.index < len(geo.years) else None
        when = date(year, 7, 1) if year is not None else day
        code, evidence = _choose(side, when, geo, near, votes, dollar)
        code, evidence, warning = _check_conversion(side, code, evidence, when, geo)
        chosen[side.index, side.primary] = (code, evidence)
        default = world.units()[side.unit].default
        key = (side.unit, code, evidence.split(":")[0])
        if warning:
            warnings.append(warning)
        elif code != default and key not in said:
            said.add(key)
            why = f"forced by --dollar {code}" if evidence == "forced" else evidence
            warnings.append(f"money: bare '{side.unit}' read as {code}, not {default} ({why})")
    out = []
    for i, (_, record) in enumerate(found):
        record = _apply(record, chosen.get((i, True)), chosen.get((i, False)))
        out.append(_with_rates(record, day))
    return out, warnings + _far_conversions(out, day)


def _sides(i: int, m: MoneyMatch) -> list[_Side]:
    """The ambiguous amounts of fact i: its primary amount, its equivalent, or both."""
    eq = m.equivalent
    approx = m.qualifier == APPROX or (eq is not None and eq.qualifier == APPROX)
    out = []
    if m.ambiguous_unit in world.units():
        out.append(
            _Side(
                i,
                True,
                m.ambiguous_unit,
                m.amount,
                eq.amount if eq and not eq.ambiguous_unit else None,
                eq.currency if eq and not eq.ambiguous_unit else None,
                approx,
            )
        )
    if eq is not None and eq.ambiguous_unit in world.units():
        out.append(
            _Side(
                i,
                False,
                eq.ambiguous_unit,
                eq.amount,
                m.amount if not m.ambiguous_unit else None,
                m.currency if not m.ambiguous_unit else None,
                approx,
            )
        )
    return out


def _fits(side: _Side, code: str, day: date | None) -> Decimal | None:
    """How far the side's conversion is from `code`'s rate (relative), or None."""
    if side.other_amount is None or side.other_currency is None or side.other_amount == 0:
        return None
    if code == side.other_currency:
        return None
    expected = rate(code, side.other_currency, day)
    if expected is None or expected == 0:
        return None
    implied = side.amount / side.other_amount
    return abs(implied / expected - 1)


def _ranked(codes: Sequence[str], salience: Mapping[str, float], day: date | None) -> list[str]:
    """`codes` by the salience of the countries that use them, then in candidate order."""

    def weight(code: str) -> float:
        return max((salience.get(c, 0.0) for c in world.countries_of(code, day)), default=0.0)

    return sorted(codes, key=lambda c: -weight(c))


def _by_country(
    cands: Sequence[str], countries: Mapping[str, float], day: date | None
) -> tuple[str, str] | None:
    """The candidate used by the most salient of `countries`, and that country; or None.

    A tie between the default and another candidate keeps the default.
    """
    best: tuple[float, int, str, str] | None = None
    for rank, code in enumerate(cands):
        for country in world.countries_of(code, day):
            weight = countries.get(country, 0.0)
            if weight <= 0:
                continue
            key = (weight, -rank, code, country)
            if best is None or key[:2] > best[:2]:
                best = key
    return (best[2], best[3]) if best is not None else None


def _article_votes(sides: Sequence[_Side], day: date | None, geo: Geography) -> dict[str, str]:
    """Unit -> the candidate the article's conversions of that unit fit (most votes)."""
    votes: dict[str, Counter[str]] = {}
    for side in sides:
        cands = world.candidates(side.unit, day)
        tolerance = FIT_TOLERANCE_APPROX if side.approx else FIT_TOLERANCE
        fitting = [c for c in cands if (e := _fits(side, c, day)) is not None and e <= tolerance]
        if fitting:
            best = _ranked(fitting, geo.salience, day)[0]
            votes.setdefault(side.unit, Counter())[best] += 1
    out = {}
    for unit, counter in votes.items():
        default = world.units()[unit].default
        best, count = max(counter.items(), key=lambda kv: (kv[1], kv[0] == default))
        if count > counter.get(default, 0):
            out[unit] = best
    return out


def _choose(
    side: _Side,
    day: date | None,
    geo: Geography,
    near: frozenset[str],
    votes: Mapping[str, str],
    dollar: str | None,
) -> tuple[str, str]:
    """The reading of one bare amount before its own conversion checks it: (code, evidence)."""
    unit = world.units()[side.unit]
    if side.unit == "dollar" and dollar:
        return dollar.upper(), "forced"
    cands = world.candidates(side.unit, day)
    if side.other_currency in cands:  # a conversion is between two currencies
        cands = tuple(c for c in cands if c != side.other_currency)
    local = [c for c in cands if not unit.local or c in unit.local]
    if near:
        # The sentence's countries, ranked by the article's salience of each.
        weights = {c: 1.0 + geo.salience.get(c, 0.0) / 1000 for c in near}
        hit = _by_country(local, weights, day)
        if hit is not None:
            return hit[0], f"sentence-country:{hit[1]}"
    if side.unit in votes and votes[side.unit] in cands:
        return votes[side.unit], "article-conversions"
    hit = _by_country(local, geo.salience, day)
    if hit is not None:
        return hit[0], f"article-country:{hit[1]}"
    if geo.publisher:
        hit = _by_country(cands, {geo.publisher: 1.0}, day)
        if hit is not None:
            return hit[0], f"publisher-country:{hit[1]}"
    # The default even when the date says it was no longer in use ("marks" in an article
    # of 2016 are Deutsche Marks, not Bosnian marks, unless the article is set in Bosnia);
    # but not before it was ("centimes" of 1900 are no euro's): then the first candidate.
    if day is not None and cands and _not_yet(unit.default, day):
        return cands[0], "default"
    return unit.default, "default"


def _not_yet(code: str, day: date) -> bool:
    """Whether currency `code` was tender nowhere yet at `day` (the euro before 1999)."""
    cur = world.world().get(code)
    return cur is not None and all(u.first > day.year for u in cur.uses)


def _check_conversion(
    side: _Side, code: str, evidence: str, day: date | None, geo: Geography
) -> tuple[str, str, str | None]:
    """Let the amount's own conversion confirm or replace the choice; (code, evidence, warning)."""
    if evidence in ("forced", "article-conversions"):
        # The article's conversions set the reading: one off them is the article's error.
        return code, evidence, None
    error = _fits(side, code, day)
    if error is None or error <= FAR_TOLERANCE:
        return code, evidence, None
    tolerance = FIT_TOLERANCE_APPROX if side.approx else FIT_TOLERANCE
    cands = world.candidates(side.unit, day)
    fitting = [c for c in cands if (e := _fits(side, c, day)) is not None and e <= tolerance]
    if fitting:
        best = _ranked(fitting, geo.salience, day)[0]
        return (
            best,
            "conversion",
            (
                f"money: bare '{side.unit}' {side.amount} read as {best}, not {code} ({evidence}): "
                f"its conversion to {side.other_currency} fits {best}'s reference rate"
            ),
        )
    return code, evidence, None  # reported by _far_conversions


def _apply(
    record: Money, primary: tuple[str, str] | None, equivalent: tuple[str, str] | None
) -> Money:
    """The record with the readings of its bare units."""
    new = record
    if primary is not None:
        new = replace(new, currency=primary[0], currency_assumed=True, currency_evidence=primary[1])
    eq = new.equivalent
    if equivalent is not None and eq is not None:
        new = replace(
            new,
            equivalent=replace(eq, currency=equivalent[0]),
            currency_assumed=True,
            currency_evidence=new.currency_evidence or equivalent[1],
        )
    return new


def _six(value: Decimal) -> Decimal:
    """A rate to six significant digits."""
    return Decimal(f"{value:.6g}")


def _with_rates(record: Money, day: date | None) -> Money:
    """The record with its conversion's implied and reference rates."""
    eq = record.equivalent
    if eq is None or record.amount == 0 or eq.currency == record.currency:
        return record
    reference = rate(eq.currency, record.currency, day)
    return replace(
        record,
        equivalent=replace(
            eq,
            implied_rate=_six(eq.amount / record.amount),
            reference_rate=_six(reference) if reference is not None else None,
        ),
    )


def _far_conversions(items: Sequence[Money], day: date | None) -> list[str]:
    """Warnings for conversions whose implied rate is far from the week's reference rate."""
    out = []
    for m in items:
        eq = m.equivalent
        if eq is None or eq.implied_rate is None or eq.reference_rate is None:
            continue
        error = abs(eq.implied_rate / eq.reference_rate - 1)
        if error > FAR_TOLERANCE:
            when = f"the week of {day.isoformat()}" if day else "the latest week"
            out.append(
                f"money: '{' '.join(m.text.split())}' implies {eq.implied_rate} {eq.currency} "
                f"per {m.currency}, {error:.0%} off the ECB rate of {when} "
                f"({eq.reference_rate}); kept as written"
            )
    return out
