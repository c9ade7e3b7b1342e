"""Field resolvers of dates counted from the reference or read from a year's edge.

"il y a trois ans", "dans 10 jours", "il y a un an et demi", "il y a deux ans, trois mois
et dix jours" (offsets; "dans quinze jours" is two weeks, see `durations.idiom_length`),
"à la fin de l'année 2014" (year edges).
Each takes a `DateMatch` and the reference date and reads only `match.fields`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from c5facts.matches import DateMatch
from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.accents import written_text
from c5facts.normalise.dates.calendar_fields import edge_lead_ok
from c5facts.normalise.dates.compound import parse_text
from c5facts.normalise.dates.durations import (
    approximate,
    idiom_length,
    more_counts,
    split_unit,
)
from c5facts.normalise.dates.edge_tense import shifted_edge
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import vocabulary
from c5facts.normalise.timex import add_months, iso_week, month_end

# Grain of an offset without a reference date, by the code of its unit.
_OFFSET_GRAIN = {"D": "day", "W": "day", "M": "day", "Y": "year"}


# The TIMEX3 mod of a count's comparison, by the way the offset points: "il y a plus de
# dix ans" is before the date counted, "dans plus de dix ans" after it; "près de": about.
_COUNT_MODS = {
    ("plus", -1): "BEFORE",
    ("moins", -1): "AFTER",
    ("plus", 1): "AFTER",
    ("moins", 1): "BEFORE",
    ("près", -1): "APPROX",
    ("près", 1): "APPROX",
}


def offset(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A date counted from the reference: "il y a plus de trois ans", "dans 10 jours".

    Days, weeks and months give a day (the same day of the month, clamped: 31 March
    minus one month is 28 or 29 February); years give a year, or the same day with "jour
    pour jour" ("il y a un an jour pour jour"). A comparison before the count gives the
    mod: "il y a plus de dix ans" BEFORE, "dans moins d'un mois" BEFORE, "près de" APPROX,
    and so does a round approximate count ("il y a une dizaine de jours": APPROX).
    """
    resolved = _offset(match, ref)
    sign = -1 if match.rule == "offset_ago" else 1
    mod = _COUNT_MODS.get((match.fields.mod or "", sign))
    if mod is None and approximate(match):
        mod = "APPROX"  # "il y a une dizaine de jours"
    if resolved is None or mod is None or resolved.mod is not None:
        return resolved
    return replace(resolved, mod=mod)


def _offset(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """`offset` without the comparison's mod."""
    f = match.fields
    if f.number is None or f.unit is None:
        return None
    if (f.mod is None) != (f.det is None):
        return None  # "il y a plus 3 ans", "il y a de 3 ans": "plus de" goes together
    step, code, time = split_unit(f.unit)
    if time or f.number != int(f.number):
        return None  # "il y a deux heures", "dans 1,5 an": no day to name
    sign = -1 if match.rule == "offset_ago" else 1
    if f.and_half and f.number2 is None:
        return _and_half(step * int(f.number), step, code, sign, ref)
    more = more_counts(match)
    if more:
        return _counts([(step * int(f.number), code), *more], sign, ref)
    qty = step * int(f.number) * sign
    idiom = idiom_length(match)
    if idiom is not None:  # "dans quinze jours": in two weeks
        qty, code = int(idiom[0]) * sign, idiom[1]
    if ref is None:
        sign_text = "-" if qty < 0 else ""
        return ResolvedDate(
            value=None, grain=_OFFSET_GRAIN[code], offset=f"{sign_text}P{abs(qty)}{code}"
        )
    if code in "DW":
        d = ref + timedelta(days=qty * (7 if code == "W" else 1))
        return ResolvedDate(value=d.isoformat(), grain="day")
    if code == "M":
        y, mo = add_months(ref.year, ref.month, qty)
        same_day = date(y, mo, min(ref.day, month_end(y, mo).day))
        return ResolvedDate(value=same_day.isoformat(), grain="day")
    if f.rel == "jour":  # "il y a un an jour pour jour": the same day, years away
        same_day = pl.valid_date(ref.year + qty, ref.month, ref.day) or date(
            ref.year + qty, ref.month, 28
        )
        return ResolvedDate(value=same_day.isoformat(), grain="day")
    return ResolvedDate(value=year_value(ref.year + qty), grain="year")


def year_value(year: int) -> str:
    """A TIMEX3 year: four digits, or "BC" and the year before Christ (there is no year 0).

    >>> year_value(1720), year_value(20), year_value(-25980)
    ('1720', '0020', 'BC25981')
    """
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


_MONTHS = {"Y": 12, "M": 1}
_DAYS = {"W": 7, "D": 1}


def _counts(counts: list[tuple[float, str]], sign: int, ref: date | None) -> ResolvedDate | None:
    """A date counted in several units: "dans 1 an 2 mois", "il y a 2 ans, 3 mois et 10 jours".

    Years and months give a month; with weeks or days, a day (the months first, then the
    days). A unit named twice, a fraction or an hour is not placed here (a list with hours
    or minutes is a duration, placed from the reference time by `clock_offset`).
    """
    codes = [code for _, code in counts]
    if len(set(codes)) != len(codes) or any(
        (c not in _MONTHS and c not in _DAYS) or q != int(q) for q, c in counts
    ):
        return None
    months = sign * sum(int(n) * _MONTHS[c] for n, c in counts if c in _MONTHS)
    days = sign * sum(int(n) * _DAYS[c] for n, c in counts if c in _DAYS)
    return _months_days(months, days, ref)


def _months_days(months: int, days: int, ref: date | None) -> ResolvedDate:
    """The reference moved by `months`, then `days`: a month when no day is counted."""
    grain = "day" if days else "month"
    if ref is None:
        sign = "-" if months < 0 or days < 0 else ""
        text = (f"{abs(months)}M" if months else "") + (f"{abs(days)}D" if days else "")
        return ResolvedDate(value=None, grain=grain, offset=f"{sign}P{text}")
    y, mo = add_months(ref.year, ref.month, months)
    if not days:
        return ResolvedDate(value=f"{y}-{mo:02d}", grain="month")
    same_day = date(y, mo, min(ref.day, month_end(y, mo).day))
    return ResolvedDate(value=(same_day + timedelta(days=days)).isoformat(), grain="day")


def _and_half(qty: int, step: int, code: str, sign: int, ref: date | None) -> ResolvedDate | None:
    """An offset of a count and a half: "il y a un an et demi", "dans un mois et demi".

    Years and a half give a month ("il y a un an et demi": 18 months before); months
    and a half a day (half a month is 15 days); weeks and days a day, the half day
    left out ("il y a une semaine et demie": 10 days, "trois jours et demi": 3).
    """
    if code == "Y":
        return _months_days(sign * (qty * 12 + 6 * step), 0, ref)
    if code == "M":
        return _months_days(sign * qty, sign * 15 * step, ref)
    per = _DAYS[code]
    return _months_days(0, sign * int(qty * per + step * per / 2), ref)


def edge_relative(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """An edge of the period before or after the reference's: "à la fin de l'année dernière".

    The value is that period (2024 for an article of 2025); `resolve` adds the edge's mod.
    """
    f = match.fields
    direction = vocabulary().span_adjs.get(f.mod or "")
    n = {"past": -1, "future": 1}.get(direction or "")
    if f.unit is None or n is None or not edge_lead_ok(f):
        return None
    code = f.unit[-1]
    if ref is None:
        grain = {"Y": "year", "M": "month", "W": "week"}[code]
        return ResolvedDate(value=None, grain=grain, offset=f"{'-' if n < 0 else ''}P1{code}")
    if code == "W":
        return ResolvedDate(value=iso_week(ref + timedelta(days=7 * n)), grain="week")
    if code == "M":
        y, mo = add_months(ref.year, ref.month, n)
        return ResolvedDate(value=f"{y}-{mo:02d}", grain="month")
    return ResolvedDate(value=str(ref.year + n), grain="year")


def year_edge(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A year named with its edge or its noun: "à la fin de l'année 2014", "toute l'année 2020".

    After "l'an" a year of three or four digits before 1500 is one too ("l'an 800", "l'an
    1000": ``0800``, ``1000``, TIMEX3's four digits).
    """
    f = match.fields
    if f.year is None or not edge_lead_ok(f):
        return None
    return ResolvedDate(value=f"{f.year:04d}", grain="year")


# Words that take the whole period, not an edge of it: "dans le courant de la semaine",
# "pour le reste du mois".
_WHOLE = frozenset(["courant", "reste"])


def edge_period(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """An edge of the reference's year or month: "en fin d'année", "d'ici la fin du mois".

    The text grammar (`compound.parse_text`) reads the wordings it knows; the fields read
    the others ("avant la fin du mois"; "dans le courant de l'année", "au cours de la
    semaine", "le reste du mois": the whole period, no mod). The value is that year,
    month or week ("la fin de l'année 2014": 2014); `resolve` adds the edge's mod.
    """
    known = parse_text(written_text(match), ref, match.tense)
    if known is not None:  # the text grammar's reading where it has one
        return _tense_edge(match, known, ref)
    f = match.fields
    # "dans le courant de l'année", "au cours de la semaine" (no edge word): the whole
    # period, no mod
    whole = f.edge is None or f.edge in _WHOLE
    if f.unit not in ("1Y", "1M", "1W") or not (whole or edge_lead_ok(f)):
        return None
    if f.unit == "1W" and not whole:
        return None  # the edges of a week are `week_edge`'s
    grain = {"1Y": "year", "1M": "month", "1W": "week"}[f.unit]
    if f.year is not None:
        return ResolvedDate(value=str(f.year), grain="year") if grain == "year" else None
    if ref is None:
        return ResolvedDate(value=None, grain=grain)
    if grain == "week":
        year, week, _ = ref.isocalendar()
        return ResolvedDate(value=f"{year}-W{week:02d}", grain="week")
    value = str(ref.year) if grain == "year" else f"{ref.year}-{ref.month:02d}"
    return _tense_edge(match, ResolvedDate(value=value, grain=grain), ref)


# words that name which year or month the edge is of, and "depuis" ("depuis le début de
# l'année" is always behind): the tense moves none of them
# fmt: off
_NAMED = frozenset(["ce", "cet", "cette", "dernier", "dernière", "prochain", "prochaine",
                    "passé", "passée", "précédent", "précédente", "suivant", "suivante",
                    "cours", "même", "depuis"])
# fmt: on


def _tense_edge(match: DateMatch, found: ResolvedDate, ref: date | None) -> ResolvedDate:
    """`found` moved to the period before or after when the tense excludes its edge."""
    words = {w.form.lower() for w in match.words}
    written = match.fields.year is not None or any(w.isdigit() for w in words)  # "fin 2017"
    if ref is None or found.value is None or written or words & _NAMED:
        return found
    value = shifted_edge(found.value, found.grain, match.fields.edge, match.tense, ref)
    return found if value == found.value else replace(found, value=value)
