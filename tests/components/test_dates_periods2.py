"""The dates component on the period forms of test_dates_periods2: spans and rules.

A blank French pipeline with only the dates component (no tagger, so no tense): the
patterns alone decide the spans; the windowed matcher must find what the whole-doc
matcher finds for each new form.
"""

from __future__ import annotations

import pytest
from date_windows import dates_only_nlp, windowed_and_whole
from spacy.language import Language

from c5facts import spans


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A blank French pipeline with only the dates component."""
    return dates_only_nlp()


# (text, [(span text, rule)])
# fmt: off
CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Il viendra dans la première quinzaine de mars.",
     [("la première quinzaine de mars", "fortnight")]),
    ("Il est arrivé dans les derniers jours de 2015.",
     [("les derniers jours de 2015", "fortnight")]),
    ("Le bénéfice a reculé au troisième trimestre de 2016.",
     [("troisième trimestre de 2016", "quarter")]),
    ("Le bénéfice a reculé au troisième trimestre de l'année dernière.",
     [("troisième trimestre de l'année dernière", "quarter_of_year")]),
    ("Les prix ont flambé durant la première moitié de 2022.",
     [("la première moitié de 2022", "quarter")]),
    ("Le salon aura lieu le premier week-end de décembre.",
     [("le premier week-end de décembre", "nth_weekend")]),
    ("Le festival a eu lieu le dernier weekend d'août 2024.",
     [("le dernier weekend d'août 2024", "nth_weekend")]),
    ("Des heurts ont éclaté au cours du week-end.", [("week-end", "weekend")]),
    ("Le texte sera examiné d'ici l'été.", [("l'été", "season")]),
    ("Les travaux ont eu lieu pendant l'hiver.", [("l'hiver", "season")]),
    ("La ville fut fondée le 12 mai 1204.", [("le 12 mai 1204", "day_month_year2")]),
    ("Le musée sera fermé du 22/12/2025 au 05/01/2026.",
     [("du 22/12/2025 au 05/01/2026", "range_days")]),
    ("Il a dirigé le club de 2012 jusqu'en 2019.", [("de 2012 jusqu'en 2019", "range_years")]),
    ("L'objectif est fixé à l'horizon 2030.", [("l'horizon 2030", "year")]),
    ("Le 1er-Mai, les syndicats ont défilé.", [("Le 1er-Mai", "holiday")]),
    ("Le week-end de Pâques a été ensoleillé.",
     [("Le week-end de Pâques", "holiday_weekend")]),
    ("Le projet sera lancé dans le courant de l'année.",
     [("le courant de l'année", "edge_period")]),
    ("La moitié des élus ont voté.", []),
    ("Le programme Horizon 2020 finance la recherche.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_spans(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = [(s.text, s._.get(spans.DATES).rule) for s in doc.spans[spans.DATES]]
    assert found == expected


def test_windows_find_the_new_forms(nlp: Language) -> None:
    """Matching only around anchor words loses none of the new forms."""
    windowed, whole = windowed_and_whole(nlp, " ".join(text for text, _ in CASES))
    # "day_alone" ("le 12") runs only beside a time, by design: not a form of this file.
    assert {w for w in whole if w[0] != "day_alone"} <= windowed
