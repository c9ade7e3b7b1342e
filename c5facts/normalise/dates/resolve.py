"""Date resolution: one resolver per pattern family, chosen by the id of the matched pattern.

`resolve(match, reference)` looks `match.rule` up in `RESOLVERS` and returns a TIMEX3
`ResolvedDate`, or None when the expression cannot be placed (the caller logs why).
Resolvers read `match.fields` (parsed once, from the pattern roles): here the relative
days and periods, numeric dates, years, decades and holidays; in `calendar_fields` days,
weekdays, months, seasons, quarters, fortnights and weekends; in `counted` offsets and
year and period edges ("en début d'année", "à la fin du mois"); in `durations`
durations; in `ranges` ranges and "le lendemain du ..."; in `numeric` numeric months
("11/2016"), month-first dates and "le jour suivant". One family still goes through
`_text_grammar`, the text grammar of `compound.parse_text`: `nth_day` ("le premier
mercredi du mois prochain"), whose wording that grammar reads with rules no field
reader repeats yet.

Without a reference date, relative expressions keep ``value=None`` and an ISO 8601
offset instead (``hier`` -> ``-P1D``); today's date is never used.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

from c5facts.matches import DateMatch
from c5facts.normalise.dates import calendar_fields as cal
from c5facts.normalise.dates import (
    clock,
    counted,
    durations,
    elided_month,
    numeric,
    ranges,
    story_offsets,
    vague,
)
from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.accents import written_text
from c5facts.normalise.dates.compound import parse_text
from c5facts.normalise.dates.fields import in_reference_century
from c5facts.normalise.dates.holidays import (
    holiday_candidates,
    holiday_day,
    holiday_weekend,
    named_day,
)
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import vocabulary
from c5facts.normalise.timex import add_months, iso_week, relative_part

Resolver = Callable[[DateMatch, date | None], ResolvedDate | None]

_GRAINS = {"W": "week", "M": "month", "Y": "year"}
# Units of the vocabulary that are parts of a year: a quarter, a half-year (TIMEX3 Q, H).
_PARTS = {"3M": 3, "6M": 6}
_PART_GRAINS = {3: "quarter", 6: "half"}


def _text_grammar(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The family still resolved from its words by the text grammar (see module doc)."""
    return parse_text(written_text(match), ref, match.tense)


def _day_offset(n: int, ref: date | None) -> ResolvedDate:
    if ref is None:
        return ResolvedDate(value=None, grain="day", offset=f"{'-' if n < 0 else ''}P{abs(n)}D")
    return ResolvedDate(value=(ref + timedelta(days=n)).isoformat(), grain="day")


def _relative_day(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A day offset from the reference: "hier", "dès demain matin", "hier à 18h"."""
    days = match.fields.days
    if days is None:
        return None
    day = _day_offset(days, ref)
    suffix = cal.time_suffix(match.fields)
    if day.value is None or not suffix:
        return day
    return ResolvedDate(value=day.value + suffix, grain="day", kind="time")


def _story_same(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The unit of the story's time holding `ref`: "ce jour-là", "la même année".

    "ce vendredi-là": the Friday nearest the story's day (that day when it is one).
    `ref` is the story's date (`anchoring`), never the paper's: without it, no value.
    """
    if ref is None:
        return None
    weekday = match.fields.weekday
    if weekday is not None:
        shift = (weekday - ref.weekday() + 3) % 7 - 3  # nearest: three days either way
        return ResolvedDate(value=(ref + timedelta(days=shift)).isoformat(), grain="day")
    unit = match.fields.unit
    if unit == "1D":
        return ResolvedDate(value=ref.isoformat(), grain="day")
    if unit == "1W":
        return ResolvedDate(value=iso_week(ref), grain="week")
    if unit == "1M":
        return ResolvedDate(value=f"{ref.year:04d}-{ref.month:02d}", grain="month")
    if unit == "1Y":
        return ResolvedDate(value=f"{ref.year:04d}", grain="year")
    return None


def _story_part(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A part of the story's day: "ce soir-là" (`ref` as in `_story_same`)."""
    return clock.part_today(match, ref) if ref is not None else None


def _relative_period(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The reference's week, month, quarter, half-year or year, or the one before or after.

    "cette semaine", "le mois dernier", "le trimestre prochain", "l'année en cours".
    """
    f = match.fields
    if f.unit is None:
        return None
    direction = vocabulary().span_adjs.get(f.mod or "")
    n = {"past": -1, "future": 1}.get(direction or "", 0)
    if f.unit in _PARTS:  # "ce trimestre", "le semestre dernier": quarters and halves
        months = _PARTS[f.unit]
        if ref is None:
            offset = f"{'-' if n < 0 else ''}P{months * abs(n)}M"
            return ResolvedDate(value=None, grain=_PART_GRAINS[months], offset=offset)
        return ResolvedDate(value=relative_part(ref, months, n), grain=_PART_GRAINS[months])
    code = f.unit[-1]
    grain = _GRAINS[code]
    if ref is None:
        return ResolvedDate(
            value=None, grain=grain, offset=f"{'-' if n < 0 else ''}P{abs(n)}{code}"
        )
    if code == "W":
        value = iso_week(ref + timedelta(days=7 * n))
    elif code == "M":
        y, m = add_months(ref.year, ref.month, n)
        value = f"{y}-{m:02d}"
    else:
        value = str(ref.year + n)
    return ResolvedDate(value=value, grain=grain)


def _same_part(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The reference's quarter or half-year a year before or after it.

    "le même trimestre de l'an dernier" (article of 2025-11-06) -> ``2024-Q4``.
    """
    f = match.fields
    years = {"past": -1, "future": 1}.get(vocabulary().span_adjs.get(f.adj or "") or "")
    if f.unit not in _PARTS or years is None:
        return None
    months = _PARTS[f.unit]
    grain = _PART_GRAINS[months]
    if ref is None:
        return ResolvedDate(value=None, grain=grain, offset=f"{'-' if years < 0 else ''}P1Y")
    return ResolvedDate(value=relative_part(ref, months, years * 12 // months), grain=grain)


def _within_period(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The reference's week, month or year: "dans la semaine", "dans l'année".

    In a past clause the unit is the story's ("condamné dans l'année"): no date.
    """
    return None if match.tense == "past" else _relative_period(match, ref)


def _numeric_date(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A numeric date: "05/04/2012" (day first), "2025-11-06", "le 16/11/2016 à 10h38"."""
    f = match.fields
    if f.year is None or f.month is None or f.day is None:
        return None
    d = pl.valid_date(f.year, f.month, f.day)
    if d is None:
        return None
    tm = cal.time_suffix(f)
    return ResolvedDate(value=d.isoformat() + tm, grain="day", kind="time" if tm else "date")


# A year after these words is not read as a date ("entre 2019" without its other end).
_NOT_YEAR_PREPS = frozenset(["an"])


def _year(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A year: "en 2019", "d'ici 2030", "mi-2024", "et 2020"."""
    f = match.fields
    if f.year is None or f.prep in _NOT_YEAR_PREPS:
        return None
    return ResolvedDate(value=str(f.year), grain="year")


def _years(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A range of years: "de 2019 à 2021", "entre 2010 et 2014", "2024/2025"."""
    f = match.fields
    last = f.year_end if f.year_end is not None else match.end.year if match.end else None
    if f.year is None or last is None:
        return None
    if match.rule == "year_range" and f.prep == "entre":
        return None  # "entre 2024-2025": an "entre" without "et"
    return ResolvedDate(value=f"{f.year}/{last}", grain="year", kind="range")


def _decade(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A decade: "dans les années 1980", "années 80"."""
    f = match.fields
    if f.decade is None:
        return None
    y = f.decade
    if len(y) == 2:
        y = ("20" if y in ("00", "10", "20") else "19") + y
    return ResolvedDate(value=y[:3], grain="decade")


def _this_decade(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The decade of the reference date, for "cette décennie" (2025 -> ``202``)."""
    if ref is None:
        return ResolvedDate(value=None, grain="decade")
    return ResolvedDate(value=f"{ref.year // 10:03d}", grain="decade")


def _holiday(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A holiday: "à Noël", "la Toussaint 2019", "le jour de l'an", "lundi de Pâques".

    The vocabulary gives each holiday a code: a fixed date ("MM-DD"), days from Easter
    ("E+1" Easter Monday), or the nth weekday of a month ("11-W4-4" Thanksgiving);
    `holidays.holiday_day` computes it for each year.
    """
    f = match.fields
    if f.holiday is None:
        return None
    if (day := named_day(f.holiday)) is not None:  # "le 11-Septembre": that day of history
        return ResolvedDate(value=day.isoformat(), grain="day")
    if f.year is not None:
        d = holiday_day(f.holiday, f.year)
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    if ref is None:
        return ResolvedDate(value=None, grain="day")
    how = "past" if f.prep == "depuis" else pl.mode(match.tense)
    return ResolvedDate(value=pl.pick(holiday_candidates(f.holiday, ref), ref, how), grain="day")


RESOLVERS: dict[str, Resolver] = {
    # calendar points
    "day_month_year": cal.day_month,
    "day_sept_year": cal.day_month,
    "day_coord": cal.day_month,  # one match per day of "les 13 et 14 juillet"
    "day_month_year_time": cal.day_month,
    "numeric_date": _numeric_date,
    "numeric_date_short": cal.day_month,
    "day_month_year2": cal.day_month,
    "month_day_year": cal.day_month,
    "year2": _year,
    "weekday_time": cal.weekday,
    "relative_day_time": _relative_day,
    # times of day and sets
    "time": clock.time_of_day,
    "time_before": clock.time_before,
    "day_alone": clock.day_alone,
    "day_story": clock.day_story,
    "day_scheduled": clock.day_scheduled,
    "part_of_day": clock.part_edge,  # "au soir", only beside its day (date_compose)
    "last_night": clock.last_night,
    "part_today": clock.part_today,
    "story_same": _story_same,
    "story_part": _story_part,
    "part_edge": clock.part_edge,
    "night_of": clock.night_of,
    "set_each": clock.recurring,
    "set_every": clock.recurring,
    "set_freq": clock.recurring,
    "habit_weekday": clock.habit,
    "duration_bare": durations.duration,
    "duration_whole": durations.duration,
    "iso_date": _numeric_date,
    "weekday": cal.weekday,
    "weekend": cal.weekend,
    "weekday_day": cal.weekday_day,
    "day_current": elided_month.day_current,
    "edge_current": elided_month.edge_current,
    "nth_week": cal.nth_week,
    "nth_weekend": cal.nth_weekend,
    "nth_day": _text_grammar,
    "week_edge": cal.week_edge,
    "weekday_week": cal.weekday,
    "weekday_en_huit": cal.weekday,
    "month_year": cal.month,
    "month_year2": cal.month,
    "month_subject": cal.month,
    "month_year_abbr": cal.month,
    "month_prep": cal.month,
    "month_mi": cal.month,
    "month_mod": cal.month,
    "month_of": cal.month,
    "month_coord": cal.month,
    "edge_month": cal.month,
    "fortnight": cal.fortnight,
    "edge_period": counted.edge_period,
    "year": _year,
    "year_bare": _year,  # "il faudra attendre 2022", "le budget 2021" (date_filters)
    "year_mi": _year,
    "year_coord": _year,
    "year_edge": counted.year_edge,
    "decade": _decade,
    "decade_this": _this_decade,
    "quarter": cal.quarter,
    "quarter_last": cal.quarter,
    "quarter_of_year": cal.quarter,
    "of_year_rel": cal.of_relative_year,
    "season": cal.season,
    "season_year": cal.season,
    "season_mod": cal.season,
    "holiday": _holiday,
    "holiday_noel": _holiday,
    "holiday_noel_year": _holiday,
    "holiday_weekend": holiday_weekend,
    # relative to the reference date
    "relative_day": _relative_day,
    "veille": clock.next_day,
    "this_week": _relative_period,
    "week_rel": _relative_period,
    "this_month": _relative_period,
    "month_rel": _relative_period,
    "this_year": _relative_period,
    "year_rel": _relative_period,
    "this_quarter": _relative_period,  # "ce trimestre", "le semestre en cours"
    "quarter_rel": _relative_period,  # "le trimestre dernier", "le prochain semestre"
    "same_quarter": _same_part,  # "le même trimestre de l'an dernier"
    "within_period": _within_period,
    "offset_ago": counted.offset,
    "offset_in": counted.offset,
    "around_date": ranges.around_day,
    "week_of": ranges.week_of,
    # durations and ranges
    "duration": durations.duration,
    "duration_course": durations.duration,
    "duration_after": durations.duration,
    # "deux ans plus tard": a length unless a date before anchors it (anchoring.py)
    "offset_story": durations.duration,
    "weekday_story": story_offsets.unanchored,  # "le mercredi suivant": anchored or nothing
    "duration_decade": durations.duration,
    "range_days": ranges.date_range,
    "range_days_between": ranges.date_range,
    "range_months": ranges.date_range,
    "range_years": _years,
    "year_range": _years,
    "range_weekdays": ranges.date_range,
    "range_hours": clock.hours_between,
    "range_mixed": ranges.mixed_range,
    "edge_relative": counted.edge_relative,
    # numeric months, month-first dates, relative days said with a noun
    "month_numeric": numeric.month_numeric,
    "month_numeric_bare": numeric.month_numeric,
    "numeric_date_mdy": numeric.month_first_date,
    "day_rel": numeric.day_noun,
    "day_split": numeric.split_day,
    "century": numeric.century,
    "era_year": numeric.era_year,
    "range_rel_month": numeric.day_of_month,
    # vague lengths, offsets and adverbs of time, recurring seasons (TimeML X and _REF)
    "duration_vague": vague.vague_duration,
    "duration_of": vague.vague_duration,  # "après des mois de négociations"
    "offset_vague": vague.vague_offset,
    "ref_word": vague.ref_word,
    "set_season": vague.season_set,
    "set_word": vague.set_word,
}


def modifier(match: DateMatch) -> str | None:
    """The TIMEX3 mod its words give: "fin juin" END, "mi-mars" MID, "plus de" MORE_THAN.

    Read from the words of the roles that hold one (edge, qualifier, a leading "fin",
    "vers") through the vocabulary class `timex_mod`; "mi-" glued to a month or year. An
    edge beside a clock hour gives none: the hour is the time.
    """
    mods = vocabulary().timex_mods
    # An hour pins the time: "à 7 heures en début de soirée" is T19:00, not its edge.
    roles = ("qual", "prep") if match.fields.hour is not None else ("edge", "qual", "prep")
    # The edge says more than an approximation before it: "vers la fin de l'année" END.
    edges = [w for w in match.words if w.role == "edge" and "edge" in roles]
    for word in edges + [w for w in match.words if w.role != "edge"]:
        if word.role in roles and word.form in mods:
            return mods[word.form]
        if word.role in ("month", "year") and word.form.startswith("mi-"):
            return mods["mi"]
    return None


def resolve(match: DateMatch, reference: date | None) -> ResolvedDate | None:
    """The TIMEX3 value of a matched date, by the resolver of its pattern family.

    Raises KeyError for a pattern id without a resolver (a test checks every id has one).
    """
    if reference is not None:
        match = in_reference_century(match, reference.year)  # "juin 40" of 2025: 1940
    resolved = RESOLVERS[match.rule](match, reference)
    if resolved is not None and match.end is not None and not match.rule.startswith("range"):
        resolved = clock.hours_range(resolved, match.end)  # a day "de 9h à 18h"
    if resolved is None or resolved.mod is not None:
        return resolved
    mod = modifier(match) or match.bound
    return resolved if mod is None else dataclasses.replace(resolved, mod=mod)
