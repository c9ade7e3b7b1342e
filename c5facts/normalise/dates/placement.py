"""Placing a date on the calendar: candidate occurrences and the tense rule that picks one.

Placing a date whose year (or week) is not written follows the tense of its clause:
past tense takes the latest occurrence on or before the reference date, future tense
the earliest on or after it, so the reference day itself wins when it matches. A
present-tense weekday is read as a coming day ("Poutine est attendu mercredi");
otherwise, and whenever no verb tells (tense None), c5facts takes the *nearest*
occurrence. Duckling always takes the next occurrence: for a bare "lundi" on Tuesday
2013-02-12 Duckling says 2013-02-18, c5facts 2013-02-11. The test suite counts those
Duckling cases apart (tests/test_date_cases.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from c5facts.normalise.timex import add_months, month_end

Candidate = tuple[date, date, str]  # (start, end, TIMEX3 value)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedDate:
    """A TIMEX3 value with its grain and kind (date | range | duration | time | set)."""

    value: str | None
    grain: str
    kind: str = "date"
    offset: str | None = None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, MORE_THAN...
    freq: str | None = None  # of a set: "2X" ("deux fois par an")
    quant: str | None = None  # of a set: EACH ("chaque"), EVERY ("tous les")


def valid_date(y: int, m: int, d: int) -> date | None:
    """The date y-m-d, or None when it does not exist (31 February)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def mode(tense: str | None, *, weekday: bool = False) -> str:
    """The placement mode of a tense: past | future | nearest."""
    if tense == "past":
        return "past"
    if tense == "future":
        return "future"
    if tense == "present" and weekday:
        return "future"
    return "nearest"


def pick(cands: list[Candidate], ref: date, how: str) -> str | None:
    """Choose among occurrences by the tense rule (see the module docstring)."""
    cands = sorted(cands)
    if how == "past":
        ok = [c for c in cands if c[0] <= ref]
        return ok[-1][2] if ok else None
    if how == "past_strict":
        ok = [c for c in cands if c[1] < ref]
        return ok[-1][2] if ok else None
    if how == "future":
        ok = [c for c in cands if c[1] >= ref]
        return ok[0][2] if ok else None
    if how == "future_strict":
        ok = [c for c in cands if c[0] > ref]
        return ok[0][2] if ok else None

    def distance(c: Candidate) -> tuple[int, int]:
        if c[0] <= ref <= c[1]:
            return (0, 0)
        gap = (c[0] - ref).days if c[0] > ref else (ref - c[1]).days
        return (gap, 0 if c[0] < ref else 1)  # a tie goes to the past: news looks back

    return min(cands, key=distance)[2] if cands else None


def weekday_cands(ref: date, wd: int) -> list[Candidate]:
    """The weekday `wd` of the reference week and of the two weeks on each side."""
    base = ref - timedelta(days=ref.weekday())
    out = []
    for k in range(-2, 3):
        d = base + timedelta(days=7 * k + wd)
        out.append((d, d, d.isoformat()))
    return out


def month_cands(ref: date, month: int) -> list[Candidate]:
    """The month `month` of the year before, of and after the reference."""
    return [
        (date(y, month, 1), month_end(y, month), f"{y}-{month:02d}")
        for y in (ref.year - 1, ref.year, ref.year + 1)
    ]


def daymonth_cands(ref: date, month: int, day: int, wd: int | None = None) -> list[Candidate]:
    """Day `day` of `month` around the reference year (on weekday `wd` if given).

    The year before, of and after the reference; for 29 February without a weekday, the
    leap years up to four years away ("le 29 février" written in 2026 is 2024's or 2028's).
    """
    reach = 4 if (month, day) == (2, 29) and wd is None else 1
    out = []
    for y in range(ref.year - reach, ref.year + reach + 1):
        d = valid_date(y, month, day)
        if d is not None and (wd is None or d.weekday() == wd):
            out.append((d, d, d.isoformat()))
    return out


def season_cands(ref: date, code: str) -> list[Candidate]:
    """The season `code` (SP SU FA WI) of the two years before, of and after the reference.

    Two years back: in January, the winter that began in December is the reference
    year's before, and "l'hiver dernier" is the one before that.
    """
    m = SEASON_START[code]
    out = []
    for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1):
        ey, em = add_months(y, m, 2)
        out.append((date(y, m, 1), month_end(ey, em), f"{y}-{code}"))
    return out


def start_of(value: str) -> date:
    """First day of a TIMEX3 day, month or year value."""
    y = int(value[:4])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return date(y, int(value[5:7]), int(value[8:10]))
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return date(y, int(value[5:7]), 1)
    return date(y, 1, 1)
