"""Holidays, periods, relative days and durations, through the real pipeline.

Sentences written for these tests; each asserts the exact TIMEX3 values (text, value).
"""

from __future__ import annotations

from datetime import date

import pytest
from date_text import built_match as _match

from c5facts.extract import Extractor
from c5facts.matches import DateFields, DateMatch
from c5facts.normalise.dates import numeric, ranges

REF = date(2025, 11, 6)  # a Thursday


def _dates(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value) for d in article.dates]


def test_round_counts_are_approximate(extractor: Extractor) -> None:
    article = extractor.extract(
        "Le conflit dure depuis une vingtaine d'années.", reference_date=REF
    )
    assert [(d.value, d.mod, d.kind) for d in article.dates] == [("P20Y", "APPROX", "duration")]


def test_edges_of_relative_periods_carry_their_mod(extractor: Extractor) -> None:
    article = extractor.extract("Il a été élu à la fin de l'année dernière.", reference_date=REF)
    assert [(d.value, d.mod) for d in article.dates] == [("2024", "END")]


# fmt: off
CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # relative days said with a noun, or without their hyphen
    ("Le ministre était déjà reparti le jour précédent.", [("le jour précédent", "2025-11-05")]),
    ("Elle l'avait appris le jour d'avant.", [("le jour d'avant", "2025-11-05")]),
    ("La commission rendra son avis le jour suivant.", [("le jour suivant", "2025-11-07")]),
    ("Le vote aura lieu le jour d'après.", [("le jour d'après", "2025-11-07")]),
    ("La police est intervenue avant hier dans le quartier.", [("avant hier", "2025-11-04")]),
    ("Les syndicats manifesteront après demain.", [("après demain", "2025-11-08")]),
    ("Rien ne sera décidé avant demain.", [("demain", "2025-11-07")]),
    ("Il a été reçu mardi de la semaine dernière.",
     [("mardi de la semaine dernière", "2025-10-28")]),
    ("Le texte sera lu mercredi de la semaine d'après.",
     [("mercredi de la semaine d'après", "2025-11-12")]),
    # numeric months
    ("Le contrat court jusqu'en 03/2027.", [("03/2027", "2027-03")]),
    ("Les chiffres de 2024-09 sont meilleurs.", [("2024-09", "2024-09")]),
    ("La facture date de 11-2023.", [("11-2023", "2023-11")]),
    ("Lors de la saison 2010-11, le club a gagné.", []),
    ("Le règlement (UE) 2019/5 et l'exercice 2011/12 sont cités.", []),
    ("Les ventes ont chuté en 2023/4.", [("2023/4", "2023-04")]),
    # numeric dates
    ("Le vol est prévu le 2026-1-9.", [("le 2026-1-9", "2026-01-09")]),
    ("La note américaine est datée du 03/27/2024.", [("03/27/2024", "2024-03-27")]),
    ("La réunion s'est tenue le 14/09, 2023.", [("le 14/09, 2023", "2023-09-14")]),
    ("Clôture des inscriptions : 28/11.", [("28/11", "2025-11-28")]),
    ("Il a obtenu 10/10 et 18/20 aux examens.", []),
    # ranges
    ("Le festival aura lieu du vendredi 5 au dimanche 7 juin 2026.",
     [("du vendredi 5 au dimanche 7 juin 2026", "2026-06-05/2026-06-07")]),
    ("Le salon restera ouvert du 12 jusqu'au 16 mars 2026.",
     [("du 12 jusqu'au 16 mars 2026", "2026-03-12/2026-03-16")]),
    ("Il a vécu à Lyon du 3 au 9 mai, 2019.", [("du 3 au 9 mai, 2019", "2019-05-03/2019-05-09")]),
    ("Il a dirigé l'usine entre 2012 et octobre 2019.",
     [("entre 2012 et octobre 2019", "2012/2019-10")]),
    ("Les prix ont grimpé entre avril 2021 et 2023.",
     [("entre avril 2021 et 2023", "2021-04/2023")]),
    ("Il a siégé entre le 2 mars et juin 2020.",
     [("entre le 2 mars et juin 2020", "2020-03-02/2020-06")]),
    ("Elle préside le groupe de 2018 jusqu'à aujourd'hui.",
     [("de 2018 jusqu'à aujourd'hui", "2018/2025-11-06")]),
    ("Le paiement interviendra le 15 du mois prochain.",
     [("le 15 du mois prochain", "2025-12-15")]),
    ("Le salon s'est tenu du 4 au 22 du mois dernier.",
     [("du 4 au 22 du mois dernier", "2025-10-04/2025-10-22")]),
    ("La réunion a eu lieu le 3 de ce mois.", [("le 3 de ce mois", "2025-11-03")]),
    ("Le loyer est dû le 1er du mois.", []),
    # holidays
    ("Les soldes reprendront après nouvel an.", [("nouvel an", "2026-01-01")]),
    # the lunar calendar (generated table): the next one after the reference
    ("Les familles se retrouvent pour le Nouvel An chinois.",
     [("le Nouvel An chinois", "2026-02-17")]),
    ("Les restaurants étaient pleins au réveillon du Nouvel An.",
     [("réveillon du Nouvel An", "2024-12-31")]),
    ("Il est arrivé le jour de la Saint-Valentin 2024.",
     [("le jour de la Saint-Valentin 2024", "2024-02-14")]),
    ("Les fidèles se rassembleront le dimanche des Rameaux.",
     [("le dimanche des Rameaux", "2026-03-29")]),
    ("Des marches ont eu lieu pour la journée internationale des droits des femmes.",
     [("la journée internationale des droits des femmes", "2025-03-08")]),
    ("La ville a fêté la Chandeleur 2024.", [("la Chandeleur 2024", "2024-02-02")]),
    ("La journée a été dure pour les femmes.", []),
    # centuries and decades
    ("Le traité a été signé au XIXe siècle.", [("XIXe siècle", "18")]),
    ("Au début du XXe siècle, la ville a grandi.", [("début du XXe siècle", "19")]),
    ("Cette maison date du siècle dernier.", [("siècle dernier", "19")]),
    ("Au début du siècle dernier, la ville était petite.",
     [("début du siècle dernier", "19")]),
    ("Depuis le siècle dernier, tout a changé.", [("le siècle dernier", "19")]),
    ("La crise des années 1930 a marqué le pays.", [("années 1930", "193")]),
    ("La société a été créée voici dix ans.", [("voici dix ans", "2015")]),
    # edges of the period before or after the reference's
    ("Le texte a été voté à la fin de l'année dernière.",
     [("la fin de l'année dernière", "2024")]),
    ("Les travaux commenceront au début du mois prochain.",
     [("début du mois prochain", "2025-12")]),
    # ranges whose days carry their weekday are placed once, by the tense
    ("Le salon se tiendra du samedi 13 au dimanche 14 juin.",
     [("du samedi 13 au dimanche 14 juin", "2026-06-13/2026-06-14")]),
    ("La trêve ira du 20 décembre au 5 janvier 2027.",
     [("du 20 décembre au 5 janvier 2027", "2026-12-20/2027-01-05")]),
    ("Le chantier durera de novembre à février 2027.",
     [("de novembre à février 2027", "2026-11/2027-02")]),
    ("La foire se tiendra 13 juillet - 15 août 2026.",
     [("13 juillet - 15 août 2026", "2026-07-13/2026-08-15")]),
    ("Le festival a eu lieu du 3 au 5 juin dernier.",
     [("du 3 au 5 juin dernier", "2025-06-03/2025-06-05")]),
    # durations and offsets
    ("La grève a duré quarante-huit heures.", [("quarante-huit heures", "PT48H")]),
    ("Il a été condamné à trente-six mois.", [("trente-six mois", "P36M")]),
    ("Les otages ont été détenus soixante-douze heures.", [("soixante-douze heures", "PT72H")]),
    ("Il a passé une dizaine d'années en prison.", [("une dizaine d'années", "P10Y")]),
    ("Un homme d'une quarantaine d'années a été arrêté.", []),
    ("Un détenu d'une trentaine d'années s'est évadé, puis un otage de 52 ans.", []),
    ("Il a travaillé là toute l’année.", [("toute l’année", "P1Y")]),
    ("Les ventes ont reculé sur les 2 derniers mois.", [("les 2 derniers mois", "P2M")]),
    ("Le chantier sera fini dans 1 an 3 mois.", [("dans 1 an 3 mois", "2027-02")]),
    ("Il ya 3 jours, le pont a cédé.", [("Il ya 3 jours", "2025-11-03")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_periods_and_relative_days(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(extractor, text) == expected


def test_roman_numerals() -> None:
    assert [numeric.roman(r) for r in ("i", "iv", "ix", "xix", "xxi", "xl")] == [
        1,
        4,
        9,
        19,
        21,
        40,
    ]


def test_month_numeric_reads_both_orders_and_refuses_seasons() -> None:
    one = _match("month_numeric", [("date", "2015.3")])
    assert numeric.month_numeric(one, None) is not None
    assert numeric.month_numeric(one, None).value == "2015-03"  # type: ignore[union-attr]
    season = _match(
        "month_numeric", [("year", "2019"), ("", "-"), ("month", "20")], year=2019, month=20
    )
    assert numeric.month_numeric(season, None) is None
    fiscal = _match(
        "month_numeric", [("year", "2011"), ("", "-"), ("month", "12")], year=2011, month=12
    )
    assert numeric.month_numeric(fiscal, None) is None


def test_relative_days_without_reference_keep_an_offset() -> None:
    day = _match("day_rel", [("rel", "jour"), ("adj", "suivant")], adj="suivant")
    got = numeric.day_noun(day, None)
    assert got is not None
    assert got.value is None
    assert got.offset == "P1D"


def test_mixed_range_refuses_a_right_end_before_the_left() -> None:
    m = _match("range_mixed", [], year=2020, prep="entre")
    m = DateMatch(
        rule=m.rule, tense=None, words=(), fields=m.fields, end=DateFields(year=2018, month=2)
    )
    assert ranges.mixed_range(m, REF) is None
