"""The resolvers of clock times and durations on hand-built matches (no pipeline)."""

from __future__ import annotations

from datetime import date

import pytest
from date_text import built_match as _match

from c5facts.normalise.dates import clock, counted, durations

REF = date(2025, 11, 6)


@pytest.mark.parametrize(
    ("counts", "value"),
    [
        ([(1, "Y"), (1, "M"), (21, "D")], "P13M21D"),
        ([(2, "D"), (1, "M")], "P1M2D"),
        ([(2, "Y"), (12, "M")], "P3Y"),
        ([(1, "W"), (3, "D")], "P10D"),
        ([(1, "D"), (4, "H")], "P1DT4H"),
        ([(2, "H"), (30, "MI")], "PT2H30M"),
    ],
)
def test_counts_of_different_units_add_up(counts: list[tuple[float, str]], value: str) -> None:
    found = durations._sum(counts)
    assert found is not None
    assert (found.value, found.kind, found.grain) == (value, "duration", "duration")


def test_a_unit_named_twice_is_no_sum() -> None:
    assert durations._sum([(3, "H"), (2, "H")]) is None
    assert durations._sum([(1, "Y"), (2, "M"), (3, "Y")]) is None


def test_three_counts_read_from_the_words() -> None:
    words = [
        ("number", "un"),
        ("unit", "an"),
        ("", ","),
        ("number2", "un"),
        ("unit2", "mois"),
        ("", "et"),
        ("number3", "21"),
        ("unit3", "jours"),
    ]
    m = _match("duration_bare", words, number=1, unit="1Y", number2=1, unit2="1M")
    found = durations.duration(m, REF)
    assert found is not None
    assert found.value == "P13M21D"


def test_fifteen_days_is_two_weeks() -> None:
    m = _match("duration", [("prep", "pendant"), ("number", "quinze"), ("unit", "jours")],
               number=15, unit="1D")  # fmt: skip
    assert durations.idiom_length(m) == (2.0, "W")
    found = durations.duration(m, REF)
    assert found is not None
    assert found.value == "P2W"
    ahead = _match("offset_in", [("", "dans"), ("number", "quinze"), ("unit", "jours")],
                   number=15, unit="1D")  # fmt: skip
    placed = counted.offset(ahead, REF)
    assert placed is not None
    assert (placed.value, placed.grain) == ("2025-11-20", "day")


def test_other_counts_are_no_idiom() -> None:
    digits = _match("duration", [("number", "15"), ("unit", "jours")], number=15, unit="1D")
    assert durations.idiom_length(digits) is None
    half = _match(
        "duration",
        [("number", "quinze"), ("unit", "jours"), ("and_half", "demi")],
        number=15,
        unit="1D",
        and_half=True,
    )
    assert durations.idiom_length(half) is None


def test_hours_and_minutes_in_words() -> None:
    m = _match(
        "duration",
        [("number", "trois"), ("unit", "heures"), ("minute", "vingt")],
        number=3,
        unit="T1H",
        minute=20,
    )
    found = durations.duration(m, REF)
    assert found is not None
    assert found.value == "PT3H20M"


@pytest.mark.parametrize(
    ("hour", "part", "value"),
    [
        (10, "nuit", "2025-11-06T22:00"),
        (7, "nuit", "2025-11-06T19:00"),
        (6, "nuit", "2025-11-06T06:00"),
        (3, "nuit", "2025-11-06T03:00"),
        (10, "matin", "2025-11-06T10:00"),
        (23, "nuit", "2025-11-06T23:00"),
    ],
)
def test_hours_of_the_night(hour: int, part: str, value: str) -> None:
    m = _match("time", [("hour", str(hour)), ("part", part)], hour=hour, part=part)
    found = clock.time_of_day(m, REF)
    assert found is not None
    assert (found.value, found.kind) == (value, "time")
