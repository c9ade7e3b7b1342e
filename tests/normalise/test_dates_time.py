"""Time resolvers on hand-built matches (no spaCy): clock arithmetic and placement.

Reference: Thursday 6 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.matches import DateMatch, DateTense, DateWord
from c5facts.normalise.dates import resolve
from c5facts.normalise.dates.fields import read_fields

REF = date(2025, 11, 6)


def _match(rule: str, words: list[tuple[str, str]], tense: DateTense | None = None) -> DateMatch:
    dated = tuple(DateWord(role, form, form + " ") for role, form in words)
    first, end = read_fields(dated)
    return DateMatch(rule=rule, tense=tense, words=dated, fields=first, end=end)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ([("hour", "huit"), ("", "heures"), ("", "moins"), ("", "le"), ("minute", "quart")],
         "2025-11-06T07:45"),
        ([("time", "midi"), ("", "moins"), ("minute", "cinq")], "2025-11-06T11:55"),
        ([("time", "minuit"), ("", "moins"), ("minute", "dix")], "2025-11-06T23:50"),
        ([("hour", "8"), ("", "heures"), ("", "moins"), ("minute", "quart"), ("", "du"),
          ("ampm", "soir")], "2025-11-06T19:45"),
    ],
)  # fmt: skip
def test_minutes_before_the_hour(words: list[tuple[str, str]], value: str) -> None:
    found = resolve(_match("time_before", words), REF)
    assert found is not None
    assert (found.value, found.kind) == (value, "time")


@pytest.mark.parametrize(
    ("tense", "value"),
    [("past", "2025-10-16T18:00"), ("future", "2025-11-16T18:00"), (None, "2025-11-16T18:00")],
)
def test_day_alone_is_placed_by_the_tense(tense: DateTense | None, value: str) -> None:
    words = [("", "le"), ("day", "16"), ("prep", "à"), ("time", "18h")]
    found = resolve(_match("day_alone", words, tense), REF)
    assert found is not None
    assert found.value == value


def test_day_alone_needs_a_time() -> None:
    assert resolve(_match("day_alone", [("", "le"), ("day", "16")]), REF) is None


def test_day_alone_without_reference_keeps_no_value() -> None:
    found = resolve(_match("day_alone", [("day", "2"), ("time", "5h")]), None)
    assert found is not None
    assert found.value is None
    assert found.kind == "time"


def _night(extra: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("", "la"), ("part", "nuit"), ("", "de"), ("weekday", "samedi"), ("to", "à"),
            ("weekday", "dimanche"), *extra]  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "value"),
    [
        ([], "2025-11-01TNI"),
        ([("prep", "vers"), ("hour", "3"), ("", "heures")], "2025-11-02T03:00"),
        ([("prep", "à"), ("time", "23h")], "2025-11-01T23:00"),
        ([("prep", "à"), ("hour", "11"), ("", "heures"), ("", "du"), ("ampm", "soir")],
         "2025-11-01T23:00"),
    ],
)  # fmt: skip
def test_an_hour_in_a_night_is_on_its_first_or_second_day(
    extra: list[tuple[str, str]], value: str
) -> None:
    found = resolve(_match("night_of", _night(extra), "past"), REF)
    assert found is not None
    assert found.value == value


@pytest.mark.parametrize(
    ("form", "value"),
    [("7pm", "2025-11-06T19:00"), ("8:30am", "2025-11-06T08:30"), ("12am", "2025-11-06T00:00")],
)
def test_english_clocks(form: str, value: str) -> None:
    found = resolve(_match("time", [("time", form)]), REF)
    assert found is not None
    assert found.value == value


@pytest.mark.parametrize(
    ("part", "value"),
    [("soirée", "2025-11-06T20:00"), ("soiree", "2025-11-06T20:00"),
     ("après-midi", "2025-11-06T20:00"), ("matinée", "2025-11-06T08:00")],
)  # fmt: skip
def test_an_hour_before_noon_in_a_late_part_adds_twelve(part: str, value: str) -> None:
    found = resolve(_match("time", [("hour", "8"), ("", "de"), ("", "la"), ("part", part)]), REF)
    assert found is not None
    assert found.value == value


def test_midday_of_the_day_from_its_middle() -> None:
    words = [("prep", "au"), ("edge", "milieu"), ("", "du"), ("part", "jour")]
    found = resolve(_match("part_edge", words), REF)
    assert found is not None
    assert found.value == "2025-11-06T12:00"
