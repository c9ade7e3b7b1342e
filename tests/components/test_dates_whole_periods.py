"""The whole of the current week, month or year: "dans le courant de la semaine",
"au cours du mois", "pour le reste de l'année" (no mod); a direction after it names
another period ("dans le courant du mois prochain" is next month).
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_facts

from c5facts.extract import Extractor

REF = date(2021, 10, 13)  # a Wednesday of ISO week 41


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouvernement tranchera dans le courant de la semaine.",
            [("le courant de la semaine", "2021-W41", "date", None)],
        ),
        (
            "Les résultats seront connus au cours de la semaine.",
            [("la semaine", "2021-W41", "date", None)],
        ),
        ("Les prix ont reculé au cours du mois.", [("mois", "2021-10", "date", None)]),
        (
            "La production restera faible pour le reste de l'année.",
            [("le reste de l'année", "2021", "date", None)],
        ),
        ("Au cours de l'année 2019, il a voyagé.", [("l'année 2019", "2019", "date", None)]),
        (
            "Le décret paraîtra dans le courant du mois prochain.",
            [("mois prochain", "2021-11", "date", None)],
        ),
        (
            "Au cours de la semaine dernière, les ventes ont chuté.",
            [("la semaine dernière", "2021-W40", "date", None)],
        ),
    ],
)
def test_whole_current_period(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert date_facts(extractor, text, REF) == expected
