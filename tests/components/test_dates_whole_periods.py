"""The whole of the current week, month or year: "dans le courant de la semaine",
"au cours du mois", "pour le reste de l'année" (no mod); a direction after it names
another period ("dans le courant du mois prochain" is next month). The edges of a season
or a quarter ("à la fin de l'été dernier", "au début du second semestre 2019") keep the
period's direction word or year and take the edge's mod.
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
        # the whole of a season: "au cours de", "dans le courant de"
        ("Au cours de l'été, les travaux seront achevés.", [("l'été", "2022-SU", "date", None)]),
        (
            "Au cours de l'hiver dernier, il a neigé.",
            [("l'hiver dernier", "2020-WI", "date", None)],
        ),
        (
            "Dans le courant de l'automne, il partira.",
            [("le courant de l'automne", "2021-FA", "date", None)],
        ),
        ("Au cours de l'entretien, il a souri.", []),
    ],
)
def test_whole_current_period(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert date_facts(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an edge of a season keeps the season's direction word
        (
            "La sécheresse a frappé à la fin de l'été dernier.",
            [("la fin de l'été dernier", "2021-SU", "date", "END")],
        ),
        (
            "Les travaux commenceront au début de l'hiver prochain.",
            [("début de l'hiver prochain", "2021-WI", "date", "START")],
        ),
        ("Il partira en fin d'été.", [("fin d'été", "2022-SU", "date", "END")]),
        # "commencement" is the older press's "début"
        (
            "Au commencement de l'année, on comptait 34 décès.",
            [("commencement de l'année", "2021", "date", "START")],
        ),
        (
            "Dès le commencement du mois, les prix ont monté.",
            [("le commencement du mois", "2021-10", "date", "START")],
        ),
        (
            "Au commencement de mars, il a plu.",
            [("commencement de mars", "2021-03", "date", "START")],
        ),
        ("Le commencement des travaux est prévu.", []),
        # an edge of a quarter or a half-year
        (
            "Les ventes ont chuté à la fin du troisième trimestre.",
            [("la fin du troisième trimestre", "2021-Q3", "date", "END")],
        ),
        (
            "Il est arrivé au début du second semestre 2019.",
            [("début du second semestre 2019", "2019-H2", "date", "START")],
        ),
    ],
)
def test_edges_of_seasons_and_quarters(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert date_facts(extractor, text, REF) == expected
