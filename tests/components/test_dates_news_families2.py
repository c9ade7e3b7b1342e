"""Small families of news dates (issue 11): ranges that end today ("de 1990 à nos jours",
"entre 2015 et aujourd'hui"), the current unit ("dans la semaine"), a holiday with its
year ("à Pâques en 2018"), half units and approximate lengths ("un demi-siècle", "une
bonne demi-heure"), "à ce jour".
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import Fact, date_facts

from c5facts.extract import Extractor

REF = date(2025, 11, 6)  # a Thursday, ISO week 45


def _dates(extractor: Extractor, text: str) -> list[Fact]:
    return date_facts(extractor, text, REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranges that end today: "aujourd'hui", "nos jours", "ce jour" close them
        (
            "Le chômage a baissé de 2010 à aujourd'hui.",
            [("de 2010 à aujourd'hui", "2010/2025-11-06", "range", None)],
        ),
        (
            "Les loyers ont grimpé du 1er août 2019 à aujourd'hui.",
            [("du 1er août 2019 à aujourd'hui", "2019-08-01/2025-11-06", "range", None)],
        ),
        (
            "L'usine a embauché de mars 2019 à aujourd'hui.",
            [("de mars 2019 à aujourd'hui", "2019-03/2025-11-06", "range", None)],
        ),
        (
            "La ville a doublé de 1990 à nos jours.",
            [("de 1990 à nos jours", "1990/2025-11-06", "range", None)],
        ),
        (  # "entre ... et aujourd'hui" as "de ... à aujourd'hui"
            "Le chômage a baissé entre 2015 et aujourd'hui.",
            [("entre 2015 et aujourd'hui", "2015/2025-11-06", "range", None)],
        ),
        (
            "Entre mars 2020 et maintenant, les loyers ont grimpé.",
            [("Entre mars 2020 et maintenant", "2020-03/2025-11-06", "range", None)],
        ),
        (
            "Quarante cas ont été signalés entre le 1er mars et aujourd'hui.",
            [("entre le 1er mars et aujourd'hui", "2025-03-01/2025-11-06", "range", None)],
        ),
        (
            "Quarante plaintes ont été déposées de 2012 à ce jour.",
            [("de 2012 à ce jour", "2012/2025-11-06", "range", None)],
        ),
        (
            "Le club a gagné trois titres depuis 2015 jusqu'à nos jours.",
            [("depuis 2015 jusqu'à nos jours", "2015/2025-11-06", "range", None)],
        ),
        (
            "Elle a été absente du 12/03/2024 à ce jour.",
            [("du 12/03/2024 à ce jour", "2024-03-12/2025-11-06", "range", None)],
        ),
        (
            "D'avril 2014 à nos jours, le club a perdu.",
            [("D'avril 2014 à nos jours", "2014-04/2025-11-06", "range", None)],
        ),
        (
            "Le club a gagné trois titres depuis 2015 jusqu'à présent.",
            [("depuis 2015 jusqu'à présent", "2015/2025-11-06", "range", None)],
        ),
        # a left end without its year: the last one on or before the reference
        (
            "Aucun train n'a circulé depuis le 3 mars jusqu'à aujourd'hui.",
            [("depuis le 3 mars jusqu'à aujourd'hui", "2025-03-03/2025-11-06", "range", None)],
        ),
        (
            "Les ventes ont reculé de décembre à aujourd'hui.",
            [("de décembre à aujourd'hui", "2024-12/2025-11-06", "range", None)],
        ),
        (
            "Trente accidents ont eu lieu du 1er janvier à ce jour.",
            [("du 1er janvier à ce jour", "2025-01-01/2025-11-06", "range", None)],
        ),
        # the reference's week, month or year ("dans la journée" stays the part of the day)
        (
            "Le ministre rendra sa décision dans la semaine.",
            [("la semaine", "2025-W45", "date", None)],
        ),
        ("Une réponse est attendue dans la semaine.", [("la semaine", "2025-W45", "date", None)]),
        ("Les résultats seront publiés dans le mois.", [("le mois", "2025-11", "date", None)]),
        ("La loi devrait être adoptée dans l'année.", [("l'année", "2025", "date", None)]),
        ("Le texte sera voté dans la journée.", [("la journée", "2025-11-06TDT", "time", None)]),
        (
            "Il viendra dans la semaine du 3 mars.",
            [("la semaine du 3 mars", "2026-W10", "date", None)],
        ),
        (
            "Les prix ont baissé dans l'année écoulée.",
            [("l'année écoulée", "2024", "date", None)],
        ),
        # a holiday and the year after it with "en" or "de": one fact
        ("Ils se retrouvent à Pâques en 2018.", [("Pâques en 2018", "2018-04-01", "date", None)]),
        ("Il est né à Noël en 2010.", [("Noël en 2010", "2010-12-25", "date", None)]),
        (
            "Le défilé a eu lieu le 14-Juillet en 2015.",
            [("le 14-Juillet en 2015", "2015-07-14", "date", None)],
        ),
        (
            "Il a démissionné à la Toussaint de 2012.",
            [("la Toussaint de 2012", "2012-11-01", "date", None)],
        ),
        (
            "Il a neigé le week-end de Pâques en 2018.",
            [("le week-end de Pâques en 2018", "2018-W13-WE", "date", None)],
        ),
        # half units and approximate lengths
        ("Le projet a pris un demi-siècle.", [("un demi-siècle", "P50Y", "duration", None)]),
        (
            "Le pays est en guerre depuis près d'un demi-siècle.",
            [("près d'un demi-siècle", "P50Y", "duration", "APPROX")],
        ),
        (
            "Il faudra une demi-décennie pour reconstruire.",
            [("une demi-décennie", "P5Y", "duration", None)],
        ),
        (
            "Il a attendu une bonne demi-heure.",
            [("une bonne demi-heure", "PT30M", "duration", "APPROX")],
        ),
        ("Il a parlé une petite heure.", [("une petite heure", "PT1H", "duration", "APPROX")]),
        ("Il a étudié un semestre à Lyon.", [("un semestre", "P6M", "duration", None)]),
        (
            "La séance a duré une heure et demie.",
            [("une heure et demie", "PT1H30M", "duration", None)],
        ),
        (
            "Le train passe toutes les demi-heures.",
            [("toutes les demi-heures", "PT30M", "set", None)],
        ),
        # "à ce jour" alone: the present (TimeML PRESENT_REF, a vague value)
        ("À ce jour, aucun accord n'a été trouvé.", [("À ce jour", "PRESENT_REF", "date", None)]),
        # "À" written without its accent, as wires and older papers print capitals
        (
            "A l'heure actuelle, rien n'est prévu.",
            [("A l'heure actuelle", "PRESENT_REF", "date", None)],
        ),
        ("A la mi-mars, il a neigé.", [("mi-mars", "2025-03", "date", "MID")]),
        ("A l'automne, les prix baisseront.", [("l'automne", "2025-FA", "date", None)]),
        # an hour before a direction is a distance, not a clock time
        (
            "Le village est à une heure au nord de la capitale.",
            [("une heure", "PT1H", "duration", None)],
        ),
        (
            "A deux heures à l'est de Lyon, la ville vote.",
            [("deux heures", "PT2H", "duration", None)],
        ),
    ],
)
def test_news_families(extractor: Extractor, text: str, expected: list[Fact]) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a été arrêté dans la semaine qui suit.", []),  # the story's week
        ("Il a été condamné dans l'année.", []),  # past clause: the year of the story
        ("Le bus passe trois fois dans l'année.", []),  # a habit
        ("Il a passé une bonne journée.", []),  # a wish, no length
        ("C'est une bonne année pour le vin.", []),  # a year's quality, no length
        # no such compound length: the hours alone
        (
            "Il faut trois heures et demi-heure de plus.",
            [("trois heures", "PT3H", "duration", None)],
        ),
    ],
)
def test_news_families_negatives(extractor: Extractor, text: str, expected: list[Fact]) -> None:
    assert _dates(extractor, text) == expected


def test_up_to_date_is_no_end(extractor: Extractor) -> None:
    """ "à jour" (up to date) and "ce jour-là" (the story's day) close no range."""
    for text in ("Les comptes de 2015 à jour ont été publiés.", "Il a plu de 2010 à ce jour-là."):
        assert all(kind != "range" for _, _, kind, _ in _dates(extractor, text))


def test_holiday_year_beginning_a_range_stays_apart(extractor: Extractor) -> None:
    """ "à Noël de 2010 à 2012": the years are a range of their own, Noël takes none."""
    facts = _dates(extractor, "Il est parti à Noël de 2010 à 2012.")
    assert ("de 2010 à 2012", "2010/2012", "range", None) in facts
    assert [f[0] for f in facts] == ["Noël", "de 2010 à 2012"]
