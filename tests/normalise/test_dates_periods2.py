"""Fortnights, quarters and halves of a named year, edges of periods, seasons, weekends
of a month, old years and numeric ranges, through the real pipeline.

Sentences written for these tests; each asserts the exact TIMEX3 values (text, value, mod).
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)  # a Thursday

# fmt: off
CASES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # fortnights: the month with its edge (TIMEX3 has no half-month)
    ("Les embauches reprendront dans la première quinzaine de janvier.",
     [("la première quinzaine de janvier", "2026-01", "START")]),
    ("La grève a paralysé le port durant la seconde quinzaine d'octobre.",
     [("la seconde quinzaine d'octobre", "2025-10", "END")]),
    ("Les pluies ont duré toute la dernière quinzaine de mars 2024.",
     [("la dernière quinzaine de mars 2024", "2024-03", "END")]),
    # the first or last days, weeks, months of a month or a year: the same edges
    ("Il est arrivé dans les premiers jours de mars.",
     [("les premiers jours de mars", "2025-03", "START")]),
    ("Les premières semaines de janvier seront difficiles.",
     [("Les premières semaines de janvier", "2026-01", "START")]),
    ("Il est arrivé dans les derniers jours de 2015.",
     [("les derniers jours de 2015", "2015", "END")]),
    # quarters and halves of a named year
    ("Le bénéfice a reculé au deuxième trimestre de 2023.",
     [("deuxième trimestre de 2023", "2023-Q2", None)]),
    ("Le bénéfice a reculé au premier semestre de l'an dernier.",
     [("premier semestre de l'an dernier", "2024-H1", None)]),
    ("Le bénéfice progressera au quatrième trimestre de l'année prochaine.",
     [("quatrième trimestre de l'année prochaine", "2026-Q4", None)]),
    ("Les prix ont flambé durant la première moitié de 2022.",
     [("la première moitié de 2022", "2022-H1", None)]),
    ("Les prix ont reculé dans la seconde moitié de l'année dernière.",
     [("la seconde moitié de l'année dernière", "2024-H2", None)]),
    # edges of the reference's month or year, whatever word leads them
    ("Le décret sera publié d'ici la fin du mois.", [("la fin du mois", "2025-11", "END")]),
    ("Le décret sera publié avant la fin de l'année.", [("la fin de l'année", "2025", "END")]),
    ("Le chantier a commencé en début d'année 2019.", [("début d'année 2019", "2019", "START")]),
    ("Il restera en poste jusqu'à la fin de l'année.", [("la fin de l'année", "2025", "END")]),
    ("Le texte sera voté d'ici à fin d'année.", [("fin d'année", "2025", "END")]),
    # seasons after more prepositions
    ("Le texte sera examiné d'ici l'été.", [("l'été", "2026-SU", None)]),
    ("Les travaux ont été menés pendant l'hiver.", [("l'hiver", "2024-WI", None)]),
    ("La réforme entrera en vigueur à l'automne.", [("l'automne", "2025-FA", None)]),
    # weekends of a month; "du week-end" in a past or future clause
    ("Le salon aura lieu le premier week-end de décembre.",
     [("le premier week-end de décembre", "2025-W49-WE", None)]),
    ("Le festival s'est tenu le dernier week-end d'août 2024.",
     [("le dernier week-end d'août 2024", "2024-W35-WE", None)]),
    ("Des heurts ont éclaté au cours du week-end.", [("week-end", "2025-W44-WE", None)]),
    ("Des heurts sont attendus lors du week-end.", [("week-end", "2025-W45-WE", None)]),
    # "dans le courant de" a period: the whole period; "à l'horizon" a year: that year
    ("Le projet sera lancé dans le courant de l'année.",
     [("le courant de l'année", "2025", None)]),
    ("L'objectif est fixé à l'horizon 2030.", [("l'horizon 2030", "2030", None)]),
    # the weekend of a holiday: its own (Thursday to Sunday) or the one before it
    ("Le week-end de Pâques 2026 sera chargé.",
     [("Le week-end de Pâques 2026", "2026-W14-WE", None)]),
    ("Les bouchons sont attendus pour le week-end de l'Ascension.",
     [("le week-end de l'Ascension", "2026-W20-WE", None)]),
    ("Le week-end de la Toussaint a été meurtrier sur les routes.",
     [("Le week-end de la Toussaint", "2025-W44-WE", None)]),
    # a fiscal year of two years, a decade named "la décennie"
    ("Les résultats de l'exercice 2023-2024 sont bons.",
     [("l'exercice 2023-2024", "2023/2024", None)]),
    ("Au cours de la décennie 2010, le pays a changé.", [("la décennie 2010", "201", None)]),
    # "1er-Mai" split by the tokenizer is the holiday
    ("Le 1er-Mai, les syndicats ont défilé.", [("Le 1er-Mai", "2025-05-01", None)]),
    # a year before 1500 after a day and a month
    ("La ville fut fondée le 12 mai 1204.", [("le 12 mai 1204", "1204-05-12", None)]),
    # numeric ranges, and "jusqu'en" between two years or months
    ("Le musée sera fermé du 22/12/2025 au 05/01/2026.",
     [("du 22/12/2025 au 05/01/2026", "2025-12-22/2026-01-05", None)]),
    ("Les inscriptions sont ouvertes du 3/11 jusqu'au 28/11.",
     [("du 3/11 jusqu'au 28/11", "2025-11-03/2025-11-28", None)]),
    ("Le festival aura lieu du 4 juillet 2026 au 12/07/2026.",
     [("du 4 juillet 2026 au 12/07/2026", "2026-07-04/2026-07-12", None)]),
    ("Il a dirigé le club de 2012 jusqu'en 2019.", [("de 2012 jusqu'en 2019", "2012/2019", None)]),
    ("Elle a présidé le conseil de mars jusqu'en octobre 2024.",
     [("de mars jusqu'en octobre 2024", "2024-03/2024-10", None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_periods(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value, d.mod) for d in article.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La moitié des élus ont voté contre.", []),
        ("Le 3 mars 1400 manifestants ont défilé.", ["2025-03-03"]),  # a count, not a year
        ("Les magasins du week-end.", []),  # no tense: a habit
        ("Le score est de 3/4.", []),
        ("Les derniers jours de sa vie furent calmes.", []),
        ("Le programme Horizon 2020 finance la recherche.", []),  # a name, not a horizon
    ],
)
def test_no_new_period(extractor: Extractor, text: str, expected: list[str]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [d.value for d in article.dates] == expected
