"""Field resolvers of dates made of two: ranges ("du 3 au 9 juin"), "le lendemain du 13 mai".

Each end is placed by the resolver of its kind (`calendar_fields`). The left end borrows
what it does not write from the right end ("du 1er au 15 août 2024": 1 August 2024;
"de mai à août 2024": May 2024), and a right end placed before the left one is placed
again after it ("de novembre à février", "entre vendredi et lundi"). "le lendemain du",
"la veille du" and "la semaine du" are read from the day they name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from itertools import takewhile

from c5facts.matches import DateFields, DateMatch
from c5facts.normalise.dates import calendar_fields as cal
from c5facts.normalise.dates.placement import ResolvedDate, start_of
from c5facts.normalise.timex import iso_week

# The resolver of each end, and the pattern family it stands for.
_ENDS: dict[str, tuple[str, Callable[[DateMatch, date | None], ResolvedDate | None]]] = {
    "day": ("day_month_year", cal.day_month),
    "month": ("month_year", cal.month),
    "weekday": ("weekday", cal.weekday),
}


def _place(match: DateMatch, end: DateFields, kind: str, ref: date | None) -> ResolvedDate | None:
    """One end of a range as the point it names, with the range's tense."""
    rule, resolver = _ENDS[kind]
    return resolver(dataclasses.replace(match, rule=rule, words=(), fields=end, end=None), ref)


def _left_year(left: DateFields, right: DateFields, year: int) -> int:
    """The year a left end borrows from the right end's year.

    The year before when its day or month comes later ("du 20 décembre au 5 janvier
    2026": December 2025).
    """
    later = (left.month or 0, left.day or 0) > (right.month or 0, right.day or 0)
    return year - 1 if later else year


def _year_of_weekday(match: DateMatch, right: DateFields, ref: date | None) -> DateFields:
    """The right end with the year its weekday gives, when it writes one but no year.

    "entre le jeudi 11 et le lundi 15 avril": the nearest 15 April that is a Monday
    places both ends; without such a year the right end is left as it was.
    """
    if ref is None or right.weekday is None or right.year is not None or right.month is None:
        return right
    placed = _place(match, dataclasses.replace(right, prep=None), "day", ref)
    if placed is None or placed.value is None:
        return right
    day = start_of(placed.value)
    return dataclasses.replace(right, year=day.year) if day.weekday() == right.weekday else right


def date_range(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A range "A/B" of days, months or weekdays (rules range_days, range_months...)."""
    left, right = match.fields, match.end
    if right is None:
        return None
    # "du lundi 1er au mercredi 10 juillet": a day with its weekday is a day.
    kind = "day" if right.day is not None else "weekday" if right.weekday is not None else "month"
    if kind == "day":
        left_words = takewhile(lambda w: w.role != "to", match.words)
        if any(w.role == "day" and w.form == "1re" for w in left_words):
            return None  # "du 1re au 3 mars": the text grammar never read it (kept as it was)
        right = _year_of_weekday(match, right, ref)
        if left.month is None:
            left = dataclasses.replace(left, month=right.month, year=right.year)
        elif left.year is None and right.year is not None:
            left = dataclasses.replace(left, year=_left_year(left, right, right.year))
        # "du samedi 13 au dimanche 15 juillet": the days are placed by the tense; a
        # weekday placing each end alone could put them in two different years.
        left = dataclasses.replace(left, weekday=None, mod=left.mod or right.mod)
        right = dataclasses.replace(right, weekday=None)  # "du 3 au 5 juin dernier": both
    elif kind == "month" and left.year is None and right.year is not None:
        left = dataclasses.replace(left, year=_left_year(left, right, right.year))
    right = dataclasses.replace(right, prep=left.prep)  # "depuis": both ends lie in the past
    last = _place(match, right, kind, ref)
    first = _place(match, left, kind, ref)
    if first is None or last is None:
        return None
    if first.value is None or last.value is None:
        return ResolvedDate(value=None, grain=first.grain, kind="range")
    last_value = last.value
    if last_value[:10] < first.value[:10] and right.year is None:
        # The right end is the first such occurrence not before the left end.
        ahead = dataclasses.replace(match, tense="future")
        again = _place(ahead, dataclasses.replace(right, prep=None), kind, start_of(first.value))
        if again is not None and again.value is not None:
            last_value = again.value
    return ResolvedDate(value=f"{first.value}/{last_value}", grain=first.grain, kind="range")


def _grain(f: DateFields) -> str:
    """The kind of one end of a mixed range: a day, a month or a year."""
    return "day" if f.day is not None else "month" if f.month is not None else "year"


def _place_any(match: DateMatch, end: DateFields, ref: date | None) -> ResolvedDate | None:
    if end.days is not None and end.year is None:  # "du 1er août 2019 à aujourd'hui"
        day = None if ref is None else (ref + timedelta(days=end.days)).isoformat()
        return ResolvedDate(value=day, grain="day")
    kind = _grain(end)
    if kind == "year":
        return None if end.year is None else ResolvedDate(value=str(end.year), grain="year")
    return _place(match, end, kind, ref)


# The words of a right end that is the reference day, each with the determiner it takes.
_TODAY = {"aujourd'hui": None, "jours": "nos", "jour": "ce", "présent": None, "maintenant": None}


def mixed_range(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A range whose ends are of different grains: "entre 2015 et février 2018".

    "du 1er août 2019 à aujourd'hui", "de 1990 à nos jours", "de 2012 à ce jour": the
    right end is the reference day.

    Each end is the point it names ("2015/2018-02"); the left end borrows the right
    end's year ("entre le 1er février et mars 2019": 1 February 2019).
    """
    left, right = match.fields, match.end
    if right is None:
        return None
    if right.rel in _TODAY:
        if right.det != _TODAY[right.rel]:
            return None  # "de 2015 à jour": up to date, no end
        right = dataclasses.replace(right, days=0)
        if left.year is None:  # "depuis le 3 mars jusqu'à aujourd'hui": the last 3 March
            match = dataclasses.replace(match, tense="past")
    if left.year is None:
        left = dataclasses.replace(left, year=right.year)
    first, last = _place_any(match, left, ref), _place_any(match, right, ref)
    if first is None or last is None or first.value is None or last.value is None:
        return None
    if last.value < first.value[: len(last.value)]:
        return None  # "entre 2019 et février 2018": not a range
    return ResolvedDate(value=f"{first.value}/{last.value}", grain=first.grain, kind="range")


def _named_day(match: DateMatch, ref: date | None) -> date | None:
    """The day a compound names after its head word: "du 13 février" (no time, no edge)."""
    f = dataclasses.replace(match.fields, prep=None, rel=None)
    day = _place(match, f, "day", ref)
    return None if day is None or day.value is None else start_of(day.value)


def around_day(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The day before or after a named day: "le lendemain du 13 février", "la veille du 3 mai"."""
    day = _named_day(match, ref)
    if day is None:
        return None
    step = 1 if match.fields.rel == "lendemain" else -1
    return ResolvedDate(value=(day + timedelta(days=step)).isoformat(), grain="day")


def week_of(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The week of a named day, "la semaine du 7 octobre" (a Sunday names the next week)."""
    day = _named_day(match, ref)
    if day is None:
        return None
    if day.weekday() == 6:
        day += timedelta(days=1)
    return ResolvedDate(value=iso_week(day), grain="week")
