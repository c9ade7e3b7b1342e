"""Issue 11: an edge of the reference's year or month that the clause's tense excludes.

Sentences written for c5facts, through the real pipeline (tense from the clause's
verbs). "En fin d'année, les ventes ont progressé" in March is last year's end; "en
début d'année, le groupe embauchera" in November is next year's start; inside the edge's
part of its period, with no tense, or with the period named ("l'année dernière", "cette
année"), nothing moves. Also "le surlendemain", two days on, "l'avant-veille", two days
before.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import Fact, date_facts

from c5facts.extract import Extractor

MARCH = date(2025, 3, 15)
NOVEMBER = date(2025, 11, 6)

# fmt: off
CASES: list[tuple[str, date, list[Fact]]] = [
    ("En fin d'année, les ventes ont progressé.", MARCH,
     [("fin d'année", "2024", "date", "END")]),
    ("En fin d'année, les ventes ont progressé.", NOVEMBER,  # inside the end: this year's
     [("fin d'année", "2025", "date", "END")]),
    ("En début d'année, le groupe embauchera.", NOVEMBER,
     [("début d'année", "2026", "date", "START")]),
    ("En début d'année, le groupe embauchera.", MARCH,
     [("début d'année", "2025", "date", "START")]),
    ("En fin de mois, il a payé son loyer.", MARCH,
     [("fin de mois", "2025-02", "date", "END")]),
    ("À la fin du mois, les comptes seront clos.", MARCH,
     [("la fin du mois", "2025-03", "date", "END")]),
    # the period named: the tense moves nothing
    ("À la fin de l'année dernière, il a démissionné.", MARCH,
     [("la fin de l'année dernière", "2024", "date", "END")]),
    ("D'ici la fin de l'année, l'usine fermera.", NOVEMBER,
     [("la fin de l'année", "2025", "date", "END")]),
    # every preposition of a deadline or an approach before the edge of a named period
    ("Il pleuvra jusqu'à la fin du mois prochain.", NOVEMBER,
     [("la fin du mois prochain", "2025-12", "date", "END")]),
    ("Il restera jusqu'au début de l'année prochaine.", NOVEMBER,
     [("début de l'année prochaine", "2026", "date", "START")]),
    # the edge says more than "vers": END, not APPROX
    ("Il est parti vers la fin de l'année dernière.", NOVEMBER,
     [("la fin de l'année dernière", "2024", "date", "END")]),
    ("Depuis le début de l'année, les ventes ont augmenté.", NOVEMBER,
     [("le début de l'année", "2025", "date", "START")]),
    # "depuis" is always behind, whatever the main verb's tense
    ("Les tirs depuis le début de l'année seront au menu du sommet.", NOVEMBER,
     [("le début de l'année", "2025", "date", "START")]),
    # two days on
    ("Il est arrivé le 3 mars 2020. Le surlendemain, il repartait.", NOVEMBER,
     [("le 3 mars 2020", "2020-03-03", "date", None),
      ("Le surlendemain", "2020-03-05", "date", None)]),
    # two days before
    ("Il est arrivé le 3 mars 2020. L'avant-veille, il avait écrit.", NOVEMBER,
     [("le 3 mars 2020", "2020-03-03", "date", None),
      ("L'avant-veille", "2020-03-01", "date", None)]),
    # "une quinzaine de jours" is a length, not the vague "un jour"
    ("Il est resté une quinzaine de jours.", NOVEMBER,
     [("une quinzaine de jours", "P15D", "duration", "APPROX")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "ref", "want"), CASES)
def test_edges_follow_the_tense(
    extractor: Extractor, text: str, ref: date, want: list[Fact]
) -> None:
    assert date_facts(extractor, text, ref) == want
