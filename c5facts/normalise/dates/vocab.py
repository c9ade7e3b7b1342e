"""The date vocabulary as typed tables, and the small word readers built on it.

All words come from models/dates/vocabulary.tsv through `resources.date_vocabulary()`
(loaded once per process); nothing here lists a month or a weekday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from c5facts.normalise.dates.accents import date_vocabulary

MIN_YEAR = 1500
MAX_YEAR = 2099
# A year written alone, as the YEAR macro of models/dates/patterns.jsonl (MIN_YEAR..MAX_YEAR)
YEAR_WORD = re.compile(r"^(?:1[5-9]|20)\d\d$")
# Month forms are split by what the matcher accepts (see models/dates/SOURCE.md); a
# resolver reads any of them.
MONTH_CLASSES = ("month", "month_abbr", "month_short", "month_rare", "month_event")
WEEKDAY_CLASSES = ("weekday", "weekday_abbr")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Word tables of models/dates/vocabulary.tsv, by class: form -> value."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    ordinals: dict[str, int]
    span_adjs: dict[str, str]
    holidays: dict[str, str]
    relative_days: dict[str, int]
    time_units: dict[str, str]  # heure -> 1H, minute -> 1MI (durations of less than a day)
    parts: dict[str, str]  # parts of the day: soir -> EV (TIMEX3 TEV), midi -> T12:00
    clocks: dict[str, str]  # words that name a clock time: midi -> 12:00
    timex_mods: dict[str, str]  # words that give a TIMEX3 mod: fin -> END, plus -> MORE_THAN
    edges: dict[str, str]  # edge words as the one the resolvers know: commencement -> début
    weekday_plurals: dict[str, int]  # "les lundis" of a set
    age_nouns: frozenset[str]  # nouns whose "de 45 ans" is an age, not a duration


@cache
def vocabulary() -> Vocabulary:
    """The date vocabulary as typed tables (built once from `accents.date_vocabulary`)."""
    table = date_vocabulary()  # accentless variants included ("fevrier", "apres-midi")

    def ints(*classes: str) -> dict[str, int]:
        return {k: int(v) for cls in classes for k, v in table.get(cls, {}).items()}

    return Vocabulary(
        months=ints(*MONTH_CLASSES),
        weekdays=ints(*WEEKDAY_CLASSES),
        numbers=ints("number"),
        units=dict(table.get("unit", {})),
        seasons=dict(table.get("season", {})),
        ordinals=ints("ordinal"),
        span_adjs=dict(table.get("span_adj", {})),
        holidays=dict(table.get("holiday", {})),
        relative_days=ints("relative_day"),
        time_units=dict(table.get("unit_time", {})),
        parts=dict(table.get("part", {})),
        clocks=dict(table.get("clock", {})),
        timex_mods=dict(table.get("timex_mod", {})),
        edges=dict(table.get("edge", {})),
        weekday_plurals=ints("weekday_plural"),
        age_nouns=frozenset(table.get("age_noun", {})),
    )


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def alternations() -> dict[str, str]:
    """Regular-expression alternations of the vocabulary classes, longest form first."""
    voc = vocabulary()
    return {
        "month": _alt(list(voc.months)),
        "weekday": _alt(list(voc.weekdays)),
        "number": _alt(list(voc.numbers)),
        "unit": _alt(list(voc.units)),
        "season": _alt(list(voc.seasons)),
        "ordinal": _alt(list(voc.ordinals)),
        "holiday": _alt(list(voc.holidays)),
    }


_DECIMAL = re.compile(r"\d{1,3}[,.]\d{1,2}")


def number_word(word: str) -> float | None:
    """A count written in digits or in words ("12", "trois", "3,5"); None otherwise.

    >>> number_word("3,5"), number_word("vingt-six"), number_word("douze")
    (3.5, 26, 12)
    """
    if word.isdigit():
        return int(word)
    if _DECIMAL.fullmatch(word):
        return float(word.replace(",", "."))
    return vocabulary().numbers.get(word)


def widen_year(word: str, around: int | None = None) -> int:
    """A year as written; two digits take the century read from the reference year `around`.

    With a reference, the year is the one at most ten years after it (news looks back far
    more often than ahead): "40" of an article of 2025 is 1940, "26" is 2026, "97" of an
    article of 1920 is 1897. Without one, 74 -> 1974 and 14 -> 2014.

    >>> widen_year("40", 2025), widen_year("26", 2025), widen_year("97", 1920), widen_year("74")
    (1940, 2026, 1897, 1974)
    """
    y = int(word)
    if len(word) == 2:
        if around is None:
            return y + (1900 if y >= 50 else 2000)
        y += (around + 10) // 100 * 100
        if y > around + 10:
            y -= 100
    return y


_DAY_ORDINAL = re.compile(r"(\d{1,2})(?:e|ème|eme|ᵉ)")  # "13ᵉ": a superscript letter


def day_number(word: str) -> int:
    """The day of "1er", "premier", "1re", digits, an ordinal ("13e") or a word ("quinze").

    >>> day_number("1er"), day_number("13e"), day_number("quinze"), day_number("dix-huit")
    (1, 13, 15, 18)
    """
    if word in ("1er", "premier", "1re", "1ᵉʳ", "1ʳᵉ"):
        return 1
    if m := _DAY_ORDINAL.fullmatch(word):
        return int(m[1])
    if word in vocabulary().numbers:
        return vocabulary().numbers[word]
    return int(word)
