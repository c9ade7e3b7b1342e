"""`--reference-date` values as people type them: dates only, never free text."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.io.dates_input import parse_date_input

NOV_6 = date(2025, 11, 6)


@pytest.mark.parametrize(
    "value",
    [
        "6 novembre 2025",
        "06/11/2025",
        "6/11/2025",
        "6.11.2025",
        "2025-11-06",
        "20251106",
        "2025-W45-4",
        "2025-11-06T14:32+01:00",
        "2025-11-06T23:59-05:00",  # the date as written, not converted to UTC
        "2025-11-06 08:00",
        "jeudi 6 nov. 2025",
        "Jeudi 6 Novembre 2025",
        "6 Nov 2025",
        "November 6, 2025",
        "  6 novembre 2025  ",
    ],
)
def test_accepted_forms(value: str) -> None:
    assert parse_date_input(value) == NOV_6


def test_day_comes_before_month() -> None:
    assert parse_date_input("11/06/2025") == date(2025, 6, 11)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "hier",
        "demain",
        "il y a 3 jours",
        "novembre 2025",  # no day
        "6 novembre",  # no year
        "31/02/2025",
        "2025-13-01",  # ISO with a bad month: an error, not a guess with day and month swapped
        "2025-11-06T25:00",
        "1762387200",  # a Unix timestamp
        "pas une date",
        "Le sommet s'est tenu le 6 novembre 2025 à Paris, selon l'AFP.",
    ],
)
def test_refused_with_one_line(value: str) -> None:
    with pytest.raises(ValueError, match="is not a date") as info:
        parse_date_input(value)
    assert "\n" not in str(info.value)
