"""Reading a matched date's values from its words and their pattern roles (no regex grammar).

The dates component gives every matched token the role of the pattern token it matched
(spaCy `Matcher(..., with_alignments=True)`, roles written in models/dates/patterns.jsonl);
`read_fields` turns (role, form) pairs into `DateFields` with the vocabulary, once per
match. A range's words after its "to" role ("au", "et", "à") fill a second `DateFields`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from c5facts.matches import DateFields, DateMatch, DateWord
from c5facts.normalise.dates.vocab import day_number, number_word, vocabulary, widen_year

_HOUR = re.compile(r"(\d{1,2})(?:h|:)(\d{2})?")
_AMPM = re.compile(r"(\d{1,2})(?::(\d{2}))?([ap])\.?m\.?")  # "7pm", "8:00am"
_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?")
_YEARS = re.compile(r"(\d{4})[-/](\d{4})")
# Roles kept as written (the resolver compares the word itself).
_AS_WRITTEN = ("prep", "det", "edge", "mod", "adj", "part", "rel", "decade", "qual", "ampm")


def read_fields(words: Iterable[DateWord]) -> tuple[DateFields, DateFields | None]:
    """The fields of a match, and those of its right end when it is a range.

    >>> from c5facts.matches import DateWord as W
    >>> first, end = read_fields([W("day", "1er", "1er "), W("month", "mars", "mars")])
    >>> first.day, first.month, end
    (1, 3, None)
    """
    sides: list[dict[str, Any]] = [{}]
    holiday: list[str] = []
    for word in words:
        if word.role == "to":
            sides.append({})
            continue
        _read(word, sides[-1], holiday)
    if holiday:
        sides[0]["holiday"] = vocabulary().holidays.get("".join(holiday).strip())
    first = DateFields(**sides[0])
    return first, (DateFields(**sides[1]) if len(sides) > 1 else None)


def _read(word: DateWord, out: dict[str, Any], holiday: list[str]) -> None:
    """Put the value of one word in `out` (the fields of its side)."""
    voc = vocabulary()
    role, form = word.role, word.form
    if role == "prep" and form == "ici" and out.get("prep") == "d'":
        out["prep"] = "d'ici"  # the two tokens of "d'ici" ("d'ici à septembre")
    elif role == "prep" and out.get("prep") == "jusqu'":
        out["prep"] = "jusqu'" + form  # "jusqu'" + "au", split by the tokenizer
    elif role == "edge":
        out.setdefault(role, voc.edges.get(form, form))  # "commencement" is "début"
    elif role in _AS_WRITTEN:
        out.setdefault(role, form)
        if role == "rel" and form in voc.relative_days:
            out["days"] = voc.relative_days[form]
    elif role == "day":
        out["day"] = day_number(form)
    elif role in ("month", "year") and form.startswith("mi-"):
        # "mi-juin", "mi-2024": one token holding the edge and the value
        out["edge"] = "mi"
        _read(DateWord(role, form[3:], word.text), out, holiday)
    elif role == "month":
        out["month"] = int(form) if form.isdigit() else voc.months.get(form.rstrip("."))
    elif role == "year":
        out["year"] = widen_year(form)
    elif role == "weekday":
        # "jeu" of "jeu. 15 mai": the tokenizer leaves the abbreviation's dot apart
        day = voc.weekdays.get(form, voc.weekdays.get(form + "."))
        out["weekday"] = day if day is not None else voc.weekday_plurals.get(form)
    elif role == "time" and form in voc.clocks:
        hour, minute = voc.clocks[form].split(":")
        out["hour"], out["minute"] = int(hour), int(minute)
    elif role == "time" and (m := _HOUR.fullmatch(form)):
        out["hour"], out["minute"] = int(m[1]), (None if m[2] is None else int(m[2]))
    elif role == "time" and (m := _AMPM.fullmatch(form)):
        out["hour"], out["minute"] = int(m[1]), (None if m[2] is None else int(m[2]))
        out["ampm"] = m[3] + "m"
    elif role == "hour" and (hours := _count(form)) is not None and hours <= 23:
        out["hour"] = hours  # "10 h", "à dix heures"
    elif role == "minute" and form in _MINUTE_WORDS:
        out["minute"] = _MINUTE_WORDS[form]  # "et demie", "et quart"
    elif role == "minute" and (minutes := _count(form)) is not None and minutes <= 59:
        out["minute"] = minutes
    elif role == "half":
        out["half"] = True
    elif role == "and_half":
        out["and_half"] = True
    elif role in ("number", "number2"):
        out[role] = number_word(form)
    elif role == "thousands" and form.isdigit():  # "28 000 ans": the count in two tokens
        out["number"] = (out.get("number") or 0) * 1000 + int(form)
    elif role in ("unit", "unit2"):
        unit = voc.units.get(form) or _time_unit(voc.time_units.get(form))
        out.setdefault(role, unit)
    elif role == "quarter_code":  # "T3", "Q1" (quarters), "S1", "H1" (halves)
        out["ordinal"], out["unit"] = int(form[1]), ("3M" if form[0] in "tq" else "6M")
    elif role == "ordinal":
        out["ordinal"] = voc.ordinals.get(form)
    elif role == "season":
        out["season"] = voc.seasons.get(form)
    elif role == "holiday":
        holiday.append(form + (" " if word.text != word.text.rstrip() else ""))
    elif role == "date":
        _read_numeric(form, out)
    elif role == "years" and (m := _YEARS.fullmatch(form)):
        out["year"], out["year_end"] = int(m[1]), int(m[2])
    elif role == "year_tail" and form.isdigit() and out.get("year") is not None:
        # "1870-71", "la saison 2020-21": the last two digits of a later year, in the
        # first year's century or the next ("1999-00"), within a long life's span. The
        # pattern takes no tail that could be a month ("2024-09", "la saison 2010-11":
        # the numeric month's reading, or none).
        start = out["year"]
        end = start - start % 100 + int(form)
        end = end if end > start else end + 100
        if end - start <= _TAIL_SPAN:
            out["year_end"] = end


_TAIL_SPAN = 50  # years a two-digit tail may reach ("la période 1870-95"; "2020-13" is none)
_MINUTE_WORDS = {"demie": 30, "demi": 30, "quart": 15, "quarts": 45}  # "trois quarts"


def _count(form: str) -> int | None:
    """A whole number written in digits or in words ("15", "quinze")."""
    if form.isdigit():
        return int(form)
    n = number_word(form)
    return int(n) if n is not None and n == int(n) else None


def _time_unit(value: str | None) -> str | None:
    """A unit of less than a day as a step with a "T": heure -> "T1H" (ISO 8601 PT1H)."""
    return None if value is None else f"T{value}"


def _read_numeric(form: str, out: dict[str, Any]) -> None:
    """Day, month and year of "2025-11-06" or (day first, French) "06/11/2025", "13.5.2015".

    Without a year ("le 22/04") only the day and month are read.
    """
    if m := _ISO.fullmatch(form):  # "2025-11-06", "2019/08/01", "2015.5.13": year first
        out["year"], out["month"], out["day"] = int(m[1]), int(m[3]), int(m[4])
    elif m := _NUMERIC.fullmatch(form):
        out["day"], out["month"] = int(m[1]), int(m[3])
        if m[4]:
            out["year"] = widen_year(m[4])


def in_reference_century(match: DateMatch, around: int) -> DateMatch:
    """`match` with its two-digit years given the century of the reference year `around`.

    `read_fields` has no reference: it widens "78" to 1978 and "40" to 2040 (`widen_year`
    without one); with it, "le 18 juin 40" of an article of 2025 is 1940.
    """
    changes = {
        widen_year(two): widen_year(two, around)
        for two in (_two_digit_year(w) for w in match.words)
        if two is not None
    }
    changes = {old: new for old, new in changes.items() if old != new}
    if not changes:
        return match
    fields = _rewiden(match.fields, changes)
    end = None if match.end is None else _rewiden(match.end, changes)
    return dataclasses.replace(match, fields=fields, end=end)


def _two_digit_year(word: DateWord) -> str | None:
    """The year of `word` when written with two digits ("78", "13/05/15")."""
    if word.role == "year" and len(word.form) == 2 and word.form.isdigit():
        return word.form
    if word.role == "date" and (m := _NUMERIC.fullmatch(word.form)) and m[4] and len(m[4]) == 2:
        return str(m[4])
    return None


def _rewiden(fields: DateFields, changes: dict[int, int]) -> DateFields:
    if fields.year is None or fields.year not in changes:
        return fields
    return dataclasses.replace(fields, year=changes[fields.year])
