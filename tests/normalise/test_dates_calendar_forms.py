"""Pure readers of the calendar date forms: the day of a day word, numeric months."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.matches import DateMatch, DateWord
from c5facts.normalise.dates.fields import read_fields
from c5facts.normalise.dates.numeric import month_numeric
from c5facts.normalise.dates.vocab import day_number


@pytest.mark.parametrize(
    ("word", "day"),
    [
        ("1er", 1),
        ("premier", 1),
        ("13e", 13),
        ("15ème", 15),
        ("07", 7),
        ("quinze", 15),
        ("dix-huit", 18),
        ("trente-et-un", 31),
        ("1ᵉʳ", 1),
        ("13ᵉ", 13),
    ],
)
def test_day_number(word: str, day: int) -> None:
    assert day_number(word) == day


def _month(*forms: str) -> str | None:
    words = tuple(DateWord("date", f, f) for f in forms)
    first, end = read_fields(words)
    match = DateMatch(rule="month_numeric", tense=None, words=words, fields=first, end=end)
    resolved = month_numeric(match, date(2025, 11, 6))
    return None if resolved is None else resolved.value


@pytest.mark.parametrize(
    ("forms", "value"),
    [
        (("11", "/", "2016"), "2016-11"),
        (("11/", "2016"), "2016-11"),
        (("2016", "/", "11"), "2016-11"),
        (("2016", "-11"), "2016-11"),
        (("2015", "-", "3"), "2015-03"),
        (("2008", "-", "09"), None),  # a season of two years
        (("13", "/", "2016"), None),
    ],
)
def test_month_numeric_joins_split_tokens(forms: tuple[str, ...], value: str | None) -> None:
    assert _month(*forms) == value
