"""Text parsers of calendar points: weekdays, day and month, numeric dates, months, years.

See `phrases.py` for the shared helpers; these parsers expect the leading preposition
already stripped (`LEAD`).
"""

from __future__ import annotations

import re
from datetime import timedelta

from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.holidays import holiday_candidates, holiday_day
from c5facts.normalise.dates.phrases import LAST, NEXT, PARTS, TIME, Ctx, time_suffix
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import (
    MAX_YEAR,
    MIN_YEAR,
    alternations,
    day_number,
    vocabulary,
    widen_year,
)
from c5facts.normalise.timex import add_months


def weekday(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A weekday, with its day, month, year, modifier or time: "lundi 3 novembre"."""
    r = alternations()
    voc = vocabulary()
    m = re.fullmatch(
        rf"(?:ce |cet )?({r['weekday']})(?:\s+(\d{{1,2}}|1er|premier)(?:\s+({r['month']})"
        rf"(?:\s+(\d{{4}}))?)?)?{PARTS}"
        rf"(?:\s+(prochain|dernier|suivant|d'après|passé|en huit|en 8|en quinze|en 15|"
        rf"(?:de )?la semaine {LAST}|(?:de )?la semaine {NEXT}|(?:de )?cette semaine))?"
        rf"{PARTS}{TIME}",
        t,
    )
    if m is None:
        return None
    wd = voc.weekdays[m.group(1)]
    day, month, year, mod = m.group(2), m.group(3), m.group(4), m.group(5)
    tm = time_suffix(m.group(6), m.group(7))
    if day and month and year:
        d = pl.valid_date(int(year), voc.months[month], day_number(day))
        return ResolvedDate(value=d.isoformat() + tm, grain="day") if d else None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    ref = ctx.ref
    if day and month:
        cands = pl.daymonth_cands(ref, voc.months[month], day_number(day), wd) or pl.daymonth_cands(
            ref, voc.months[month], day_number(day)
        )
        value = pl.pick(cands, ref, "nearest")
        return ResolvedDate(value=value + tm, grain="day") if value else None
    if day:
        # "mercredi 13": the nearest month whose 13th is a Wednesday.
        cands = []
        for k in range(-12, 13):
            y, mo = add_months(ref.year, ref.month, k)
            d = pl.valid_date(y, mo, day_number(day))
            if d is not None and d.weekday() == wd:
                cands.append((d, d, d.isoformat()))
        value = pl.pick(cands, ref, pl.mode(ctx.tense, weekday=True))
        return ResolvedDate(value=value, grain="day") if value else None
    monday = ref - timedelta(days=ref.weekday())
    if mod in ("prochain",):
        value = pl.pick(pl.weekday_cands(ref, wd), ref, "future_strict")
    elif mod in ("dernier", "passé"):
        value = pl.pick(pl.weekday_cands(ref, wd), ref, "past_strict")
    elif mod and ("en " in mod):
        start = ref + timedelta(days=14 if "15" in mod or "quinze" in mod else 7)
        value = (start + timedelta(days=(wd - start.weekday()) % 7)).isoformat()
    elif mod and (mod in ("suivant", "d'après") or re.search(NEXT, mod)):
        value = (monday + timedelta(days=7 + wd)).isoformat()
    elif mod and re.search(LAST, mod):
        value = (monday + timedelta(days=wd - 7)).isoformat()
    elif mod and "cette" in mod:
        value = (monday + timedelta(days=wd)).isoformat()
    else:
        mode = "past" if ctx.since else pl.mode(ctx.tense, weekday=True)
        value = pl.pick(pl.weekday_cands(ref, wd), ref, mode)
    return ResolvedDate(value=value, grain="day") if value else None


def _year_of(ctx: Ctx) -> int | None:
    """The reference year, which gives a two-digit year its century (`widen_year`)."""
    return ctx.ref.year if ctx.ref is not None else None


def day_month(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A day of a month: "12 mars 2021", "2 mars dernier", "4 octobre à 16h20"."""
    r = alternations()
    voc = vocabulary()
    m = re.fullmatch(
        rf"(\d{{1,2}}|1er|premier|1re)\s+({r['month']})(?:\s+(\d{{4}}|\d{{2}}))?"
        rf"(?:\s+(dernier|prochain))?{PARTS}{TIME}",
        t,
    )
    if m is None:
        return None
    month, day = voc.months[m.group(2)], day_number(m.group(1))
    tm = time_suffix(m.group(5), m.group(6))
    if m.group(3):
        d = pl.valid_date(widen_year(m.group(3), _year_of(ctx)), month, day)
        return ResolvedDate(value=d.isoformat() + tm, grain="day") if d else None
    if pl.valid_date(2000, month, day) is None:
        return None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    mode = "past" if ctx.since else pl.mode(ctx.tense)
    if m.group(4):
        mode = "past_strict" if m.group(4) == "dernier" else "future_strict"
    value = pl.pick(pl.daymonth_cands(ctx.ref, month, day), ctx.ref, mode)
    return ResolvedDate(value=value + tm, grain="day") if value else None


def numeric(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A numeric date, day first: "05/04/2012", "2023-08-15"."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        d = pl.valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    # French numeric dates are day first: 02/03/2016 is 2 March.
    m = re.fullmatch(r"(\d{1,2})(?:/|\.| )(\d{1,2})(?:(?:/|\.| )(\d{4}|\d{2}))?", t)
    if m is None:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if m.group(3):
        d = pl.valid_date(widen_year(m.group(3), _year_of(ctx)), month, day)
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    if pl.valid_date(2000, month, day) is None:
        return None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    value = pl.pick(pl.daymonth_cands(ctx.ref, month, day), ctx.ref, pl.mode(ctx.tense))
    return ResolvedDate(value=value, grain="day") if value else None


def month(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A month: "avril 2013", "mars", "juin dernier", "le mois de mai"."""
    r = alternations()
    m = re.fullmatch(
        rf"(?:le mois d'|le mois de |mois d'|mois de )?({r['month']})"
        rf"(?:\s+(\d{{4}}|{LAST}|{NEXT}))?",
        t,
    )
    if m is None:
        return None
    month = vocabulary().months[m.group(1)]
    extra = m.group(2)
    if extra and extra.isdigit():
        return ResolvedDate(value=f"{extra}-{month:02d}", grain="month")
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="month")
    mode = "past" if ctx.since else pl.mode(ctx.tense)
    if extra and re.fullmatch(LAST, extra):
        mode = "past_strict"
    elif extra and re.fullmatch(NEXT, extra):
        mode = "future_strict"
    return ResolvedDate(value=pl.pick(pl.month_cands(ctx.ref, month), ctx.ref, mode), grain="month")


def year_only(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A year between MIN_YEAR and MAX_YEAR: "2019", "l'année 2027"."""
    m = re.fullmatch(r"(?:l'année |année |l'an |l'exercice |exercice )?(\d{4})", t)
    if m is None or not MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
        return None
    return ResolvedDate(value=m.group(1), grain="year")


def day_alone(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A day of the reference month or a neighbour: "le 14"."""
    m = re.fullmatch(r"le (\d{1,2}|1er)", t)
    if m is None or ctx.ref is None:
        return None
    day = day_number(m.group(1))
    cands = []
    for k in (-1, 0, 1):
        y, mo = add_months(ctx.ref.year, ctx.ref.month, k)
        d = pl.valid_date(y, mo, day)
        if d is not None:
            cands.append((d, d, d.isoformat()))
    value = pl.pick(cands, ctx.ref, pl.mode(ctx.tense))
    return ResolvedDate(value=value, grain="day") if value else None


def holiday(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A fixed-date holiday: "Noël 2019", "la Toussaint"."""
    r = alternations()
    m = re.fullmatch(rf"(?:(?:le|la|l')\s*)?({r['holiday']})(?:\s+(\d{{4}}))?", t)
    if m is None:
        return None
    code = vocabulary().holidays[m.group(1)]
    if m.group(2):
        d = holiday_day(code, int(m.group(2)))
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    mode = "past" if ctx.since else pl.mode(ctx.tense)
    value = pl.pick(holiday_candidates(code, ctx.ref), ctx.ref, mode)
    return ResolvedDate(value=value, grain="day")
