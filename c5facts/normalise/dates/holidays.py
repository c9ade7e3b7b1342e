"""The day of a holiday in a given year, from its code in the vocabulary.

Codes (``holiday`` class of ``models/dates/vocabulary.tsv``):

- ``MM-DD``: a fixed date (``12-25`` Noël);
- ``E+n`` / ``E-n``: days from Easter Sunday (Western calendar, `dateutil.easter`):
  ``E+1`` lundi de Pâques, ``E+39`` Ascension;
- ``MM-Wn-D`` (``n`` 1 to 5, or ``L`` for the last): the nth weekday ``D`` (ISO, 1 is
  Monday) of month ``MM``, ``11-W4-4`` Thanksgiving; ``+k`` adds days (``11-W4-4+1``
  Black Friday);
- a trailing ``~P``: moved one week later when it falls on Pentecost (the French
  Mother's Day, ``05-WL-7~P``);
- ``LNY``: the Chinese (lunar) New Year, read from ``models/dates/lunar_new_year.tsv``
  (generated from `lunardate` by `c5facts.tools.build_lunar_new_year`, 1900-2099);
- ``YYYY-MM-DD``: one day of history that the press names by its day and month, written
  with a hyphen and a capital ("le 11-Septembre", "les attentats du 13-Novembre"): that
  day, whatever the year or the tense of the clause (`named_day`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter

from c5facts import resources
from c5facts.matches import DateMatch
from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.timex import month_end

_NTH = re.compile(r"(\d{2})-W([1-5L])-([1-7])([+-]\d+)?")


_NAMED = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def named_day(code: str) -> date | None:
    """The day of history a code names ("2001-09-11"), None for a yearly holiday's code.

    >>> named_day("2001-09-11"), named_day("12-25")
    (datetime.date(2001, 9, 11), None)
    """
    m = _NAMED.fullmatch(code)
    return None if m is None else pl.valid_date(int(m[1]), int(m[2]), int(m[3]))


@cache
def lunar_new_years() -> dict[int, date]:
    """Year -> the day of its Chinese New Year (the generated table, read once)."""
    rows = resources.read_tsv("dates", "lunar_new_year.tsv")
    return {int(row["year"]): date.fromisoformat(row["day"]) for row in rows}


def holiday_day(code: str, year: int) -> date | None:
    """The day of a holiday in `year` (see the module doc for the codes).

    >>> holiday_day("11-W4-4", 2016), holiday_day("05-WL-7~P", 2016)
    (datetime.date(2016, 11, 24), datetime.date(2016, 5, 29))
    >>> holiday_day("LNY", 2024), holiday_day("LNY", 2100)
    (datetime.date(2024, 2, 10), None)
    >>> holiday_day("E+1", 2019), holiday_day("12-25", 2019)
    (datetime.date(2019, 4, 22), datetime.date(2019, 12, 25))
    """
    if (named := named_day(code)) is not None:
        return named
    if code == "LNY":
        return lunar_new_years().get(year)
    pentecost_moves = code.endswith("~P")
    code = code.removesuffix("~P")
    if code.startswith("E"):
        sunday: date = easter(year)
        return sunday + timedelta(days=int(code[1:]))
    if m := _NTH.fullmatch(code):
        month, weekday = int(m[1]), int(m[3]) - 1
        if m[2] == "L":
            last = month_end(year, month)
            d = last - timedelta(days=(last.weekday() - weekday) % 7)
        else:
            first = date(year, month, 1)
            d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(m[2]) - 1))
            if d.month != month:
                return None
        d += timedelta(days=int(m[4] or 0))
        if pentecost_moves and d == easter(year) + timedelta(days=49):
            d += timedelta(days=7)
        return d
    month, day = (int(x) for x in code.split("-"))
    return pl.valid_date(year, month, day)


def holiday_candidates(code: str, ref: date) -> list[tuple[date, date, str]]:
    """The occurrences of a holiday the year before, of, and after `ref`."""
    cands = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        d = holiday_day(code, year)
        if d is not None:
            cands.append((d, d, d.isoformat()))
    return cands


def holiday_weekend(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The weekend of a holiday: "le week-end de Pâques", "le week-end de l'Ascension".

    A holiday from Thursday to Sunday gives the weekend of its ISO week (``2026-W14-WE``
    for Easter 2026), from Monday to Wednesday the weekend before it (the long weekend
    it ends). The holiday's year is placed like the holiday itself.
    """
    f = match.fields
    if f.holiday is None:
        return None
    if f.year is not None:
        day = holiday_day(f.holiday, f.year)
    elif ref is None:
        return ResolvedDate(value=None, grain="week")
    else:
        how = "past" if f.prep == "depuis" else pl.mode(match.tense)
        picked = pl.pick(holiday_candidates(f.holiday, ref), ref, how)
        day = None if picked is None else date.fromisoformat(picked)
    if day is None:
        return None
    saturday = day + timedelta(days=5 - day.weekday())
    if day.weekday() < 3:
        saturday -= timedelta(days=7)
    year, week, _ = saturday.isocalendar()
    return ResolvedDate(value=f"{year}-W{week:02d}-WE", grain="week")
