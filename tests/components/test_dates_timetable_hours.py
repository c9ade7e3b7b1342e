"""The hour of a timetable's noun is a clock time, not a length.

"le journal de 20 heures", "la ronde de 5 heures", "son vol de 14 heures": a noun of
`timetable_noun` (broadcasts, rounds, trains, flights, services...) and "de" + a clock
hour (0 to 23); after "un"/"une" ("un vol de 14 heures") it is the length of the flight,
and other nouns keep their lengths ("une garde à vue de 48 heures", "le délai de 2 heures").
"24 heures sur 24", "7 jours sur 7" say "always": no length.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_facts

from c5facts.extract import Extractor

REF = date(2021, 3, 9)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre s'est exprimé au journal de 20 heures de France 2.",
            [("20 heures", "2021-03-09T20:00", "time", None)],
        ),
        (
            "Le détenu a été retrouvé par la ronde de 6 heures.",
            [("6 heures", "2021-03-09T06:00", "time", None)],
        ),
        (
            "Elle a manqué son train de 7 heures.",
            [("7 heures", "2021-03-09T07:00", "time", None)],
        ),
        (
            "Ils ont pris un vol de 11 heures pour Tokyo.",
            [("11 heures", "PT11H", "duration", None)],
        ),
        (
            "Sa garde à vue de 48 heures a été levée.",
            [("48 heures", "PT48H", "duration", None)],
        ),
        ("Le délai de 2 heures est dépassé.", [("2 heures", "PT2H", "duration", None)]),
    ],
)
def test_timetable_hour_is_a_time(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert date_facts(extractor, text, REF) == expected


@pytest.mark.parametrize(
    "text", ["L'usine tourne 24 heures sur 24 et 7 jours sur 7.", "Le service répond 24h sur 24."]
)
def test_around_the_clock_is_no_length(extractor: Extractor, text: str) -> None:
    assert date_facts(extractor, text, REF) == []
