"""Field resolvers of dates counted from the reference or read from a year's edge.

"il y a trois ans", "dans 10 jours" (offsets), "à la fin de l'année 2014" (year edges).
Each takes a `DateMatch` and the reference date and reads only `match.fields`.
"""

from __future__ import annotations

from datetime import date, timedelta

from c5facts.matches import DateMatch
from c5facts.normalise.dates.calendar_fields import edge_lead_ok
from c5facts.normalise.dates.durations import split_unit
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.timex import add_months, month_end

# Grain of an offset without a reference date, by the code of its unit.
_OFFSET_GRAIN = {"D": "day", "W": "day", "M": "day", "Y": "year"}


def offset(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A date counted from the reference: "il y a plus de trois ans", "dans 10 jours".

    Days, weeks and months give a day (the same day of the month, clamped: 31 March
    minus one month is 28 or 29 February); years give a year.
    """
    f = match.fields
    if f.number is None or f.unit is None:
        return None
    if (f.mod is None) != (f.det is None):
        return None  # "il y a plus 3 ans", "il y a de 3 ans": "plus de" goes together
    step, code, time = split_unit(f.unit)
    if time or f.number != int(f.number):
        return None  # "il y a deux heures", "dans 1,5 an": no day to name
    sign = -1 if match.rule == "offset_ago" else 1
    qty = step * int(f.number) * sign
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
    return ResolvedDate(value=str(ref.year + qty), grain="year")


def year_edge(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A year named with its edge or its noun: "à la fin de l'année 2014", "toute l'année 2020"."""
    f = match.fields
    if f.year is None or not edge_lead_ok(f):
        return None
    return ResolvedDate(value=str(f.year), grain="year")
