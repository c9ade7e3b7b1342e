"""Lists of years and months: every item is a date, and the last one's year is shared.

- "en 2017, 2018 et 2019", "en janvier, février et mars": the middle items, between
  commas, are dates of the list's kind when the walk back reaches the first item's date
  (`c5facts.components.date_lists`); a number that does not is none.
- "en juillet et août 2018", "de janvier, février et mars 2020": the year written after
  the last month is every month's.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_values

from c5facts.extract import Extractor

REF = date(2019, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En 2015, 2016 et 2017, les ventes ont baissé.",
            [("2015", "2015"), ("2016", "2016"), ("2017", "2017")],
        ),
        (
            "Il a gagné le tournoi en 2010, 2012, 2014 et 2016.",
            [("2010", "2010"), ("2012", "2012"), ("2014", "2014"), ("2016", "2016")],
        ),
        (
            "Il était en poste en janvier, février et mars.",
            [("janvier", "2019-01"), ("février", "2019-02"), ("mars", "2019-03")],
        ),
        (
            "Les travaux auront lieu en juillet, août ou septembre.",
            [("juillet", "2020-07"), ("août", "2020-08"), ("septembre", "2020-09")],
        ),
        # a number that does not reach the list's first date is no item
        ("En 2017, 2000 personnes et 2019 euros ont manqué.", [("2017", "2017")]),
    ],
)
def test_list_items(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il est venu en juillet et août 2017.",
            [("juillet", "2017-07"), ("août 2017", "2017-08")],
        ),
        (
            "Les ventes de janvier, février et mars 2018 ont baissé.",
            [("janvier", "2018-01"), ("février", "2018-02"), ("mars 2018", "2018-03")],
        ),
        # a month with its own year keeps it
        (
            "Il est venu en juillet 2016 et août 2017.",
            [("juillet 2016", "2016-07"), ("août 2017", "2017-08")],
        ),
    ],
)
def test_the_last_year_is_shared(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected
