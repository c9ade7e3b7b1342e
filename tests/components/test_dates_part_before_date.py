"""A part of the day between a weekday and its date, and a night named with its date.

- "mercredi soir 27 juillet", "le jeudi matin 28 juillet à 9 heures": one expression
  (TimeML gives one TIMEX3), the day with its part or its hour.
- "la nuit de mercredi 27 juillet", "la nuit de mardi 26 à mercredi 27 juillet": the night
  of the first day; "la nuit de mardi à mercredi 27 juillet" is the eve of the dated day.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_values

from c5facts.extract import Extractor

REF = date(2016, 7, 28)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les élus se sont réunis mercredi soir 27 juillet à la mairie.",
            [("mercredi soir 27 juillet", "2016-07-27TEV")],
        ),
        (
            "Le maire a parlé le jeudi matin 28 juillet devant la presse.",
            [("le jeudi matin 28 juillet", "2016-07-28TMO")],
        ),
        (
            "Le train est parti jeudi matin 28 juillet à 9 heures.",
            [("jeudi matin 28 juillet à 9 heures", "2016-07-28T09:00")],
        ),
        (
            "Le concert aura lieu lundi soir 1er août 2016.",
            [("lundi soir 1er août 2016", "2016-08-01TEV")],
        ),
    ],
)
def test_a_part_between_weekday_and_date(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le feu a pris dans la nuit de mercredi 27 juillet.",
            [("la nuit de mercredi 27 juillet", "2016-07-27TNI")],
        ),
        (
            "Le feu a pris dans la nuit de mardi 26 à mercredi 27 juillet.",
            [("la nuit de mardi 26 à mercredi 27 juillet", "2016-07-26TNI")],
        ),
        (
            "Le feu a pris dans la nuit de dimanche à lundi 11 juillet.",
            [("la nuit de dimanche à lundi 11 juillet", "2016-07-10TNI")],
        ),
        (
            "De la neige est prévue dans la nuit de dimanche à lundi 1er août.",
            [("la nuit de dimanche à lundi 1er août", "2016-07-31TNI")],
        ),
    ],
)
def test_a_night_named_with_its_date(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert date_values(extractor, text, REF) == expected
