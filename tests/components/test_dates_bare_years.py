"""A year written without a preposition (`year_bare`): a date after a common noun or a
verb, opening its sentence or as the subject after a fronted phrase (its verb in the
singular); a count, a code or an event's name otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_values

from c5facts.extract import Extractor

REF = date(2021, 3, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il faudra attendre 2024 pour voir le tunnel.", [("2024", "2024")]),
        ("Le budget 2022 a été adopté.", [("2022", "2022")]),
        ("L'édition 2019 du salon a été annulée.", [("2019", "2019")]),
        ("Révélé par un film de Chabrol (1968), il a tourné partout.", [("1968", "1968")]),
        ("2023 sera décisive, a-t-il dit.", [("2023", "2023")]),
        # a modal or a future the tagger misreads after a number is still the verb
        ("2022 devrait être une année de transition.", [("2022", "2022")]),
        ("2021 restera dans les mémoires.", [("2021", "2021")]),
        # the subject after a fronted phrase
        ("Malgré la crise, 2021 pourrait marquer un tournant.", [("2021", "2021")]),
        # an election's noun (an adjective the press uses as one) names its year, whatever
        # verb follows ("ont été": the election's plural, no count)
        ("Les législatives 2024 ont été anticipées.", [("2024", "2024")]),
        ("La présidentielle 2027 approche.", [("2027", "2027")]),
    ],
)
def test_bare_year_is_a_date(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le cortège comptait 2022 personnes.",  # a count before its noun
        "Les 2000 salariés ont manifesté.",  # a plural determiner
        "Le sommet culmine à 2010 mètres.",  # a unit
        "Les JO de Tokyo 2020 ont été reportés.",  # an event's name
        "La route 2020 est fermée.",  # a code's noun
        "Parmi eux, 2000 sont partis.",  # a count: the verb agrees in the plural
        "2000 devraient venir.",
        "La primaire a réuni 2000 électeurs.",
        "Pour la primaire 2000 électeurs sont venus.",  # after an election's noun, a count
    ],
)
def test_bare_number_is_no_year(extractor: Extractor, text: str) -> None:
    assert date_values(extractor, text, REF) == []
