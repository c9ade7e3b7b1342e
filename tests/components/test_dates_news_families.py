"""Vague temporal expressions of news, TimeML-style: "quelques jours" PXD, "actuellement"
PRESENT_REF, "il y a quelques années" PAST_REF, "chaque été" XXXX-SU (normalise/dates/vague.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor
from c5facts.records import vague_value

REF = date(2025, 11, 6)  # a Thursday


def _dates(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value, d.kind) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count that is no number: PX + the TIMEX3 unit
        ("Le chantier a pris plusieurs mois.", [("plusieurs mois", "PXM", "duration")]),
        ("La grève a duré quelques jours.", [("quelques jours", "PXD", "duration")]),
        ("On a attendu quelques heures.", [("quelques heures", "PTXH", "duration")]),
        ("Le vote a pris plusieurs minutes.", [("plusieurs minutes", "PTXM", "duration")]),
        ("Elle se bat depuis des années.", [("des années", "PXY", "duration")]),
        ("Ils ont négocié pendant des semaines.", [("des semaines", "PXW", "duration")]),
        ("Ça fait des décennies que le pont attend.", [("des décennies", "PXDE", "duration")]),
        ("Le château a résisté durant des siècles.", [("des siècles", "PXCE", "duration")]),
        ("Des mois durant, la route est restée fermée.", [("Des mois durant", "PXM", "duration")]),
        ("Il a enseigné de longues années.", [("de longues années", "PXY", "duration")]),
        # "des mois" before what it lasts
        (
            "Après des mois de négociations, l'accord est signé.",
            [("des mois", "PXM", "duration")],
        ),
        ("Des années d'austérité ont suivi.", [("Des années", "PXY", "duration")]),
        ("Il est resté une année entière.", [("une année", "P1Y", "duration")]),
        ("Ils sont restés des semaines sans nouvelles.", [("des semaines", "PXW", "duration")]),
        # "des mois" as the object of a verb of lasting, waiting or spending
        ("Il a fallu des années pour reconstruire.", [("des années", "PXY", "duration")]),
        ("La guerre a duré des décennies.", [("des décennies", "PXDE", "duration")]),
        ("Il a mis des mois à répondre.", [("des mois", "PXM", "duration")]),
        ("Il a passé des heures supplémentaires au bureau.", []),
        # "des années 80" after a noun: that decade ("of the 80s")
        ("Le tube des années 80 revient.", [("années 80", "198", "date")]),
        # the last or next few: a vague length too (HeidelTime's French rules)
        (
            "Le chômage a baissé ces dernières années.",
            [("ces dernières années", "PXY", "duration")],
        ),
        ("Les loyers ont grimpé ces derniers mois.", [("ces derniers mois", "PXM", "duration")]),
        (
            "Le ministre tranchera au cours des prochaines semaines.",
            [("prochaines semaines", "PXW", "duration")],
        ),
        (
            "La décision tombera dans les prochains jours.",
            [("les prochains jours", "PXD", "duration")],
        ),
        ("Il a plu les jours suivants.", [("les jours suivants", "PXD", "duration")]),
        ("Les mois à venir seront difficiles.", [("Les mois à venir", "PXM", "duration")]),
        (
            "La réforme sera votée dans les semaines qui viennent.",
            [("les semaines qui viennent", "PXW", "duration")],
        ),
        # a vague offset: a point in the past or the future
        (
            "Il y a quelques années, le port était vide.",
            [("Il y a quelques années", "PAST_REF", "date")],
        ),
        (
            "Il l'a refusé il y a encore plusieurs mois.",
            [("il y a encore plusieurs mois", "PAST_REF", "date")],
        ),
        (
            "Le rapport sortira dans quelques semaines.",
            [("dans quelques semaines", "FUTURE_REF", "date")],
        ),
        ("Il y a des années, le port était vide.", [("Il y a des années", "PAST_REF", "date")]),
        (
            "Il y a des centaines d'années, la mer couvrait la plaine.",
            [("Il y a des centaines d'années", "PAST_REF", "date")],
        ),
        # ... but "il y a des jours où" says "there are days"
        ("Il y a des jours où tout va mal.", []),
        ("Il y a des semaines qui comptent double.", []),
        # a vague count of tens, hundreds or thousands of units; an adverb before "nombreuses"
        (
            "Il le répète depuis des dizaines d'années.",
            [("des dizaines d'années", "PXY", "duration")],
        ),
        (
            "Il a soutenu ce parti pendant de si nombreuses années.",
            [("de si nombreuses années", "PXY", "duration")],
        ),
        ("Des dizaines de milliers de manifestants ont défilé.", []),
        # adverbs of time
        ("L'usine emploie actuellement 300 personnes.", [("actuellement", "PRESENT_REF", "date")]),
        ("Le texte a été récemment adopté.", [("récemment", "PAST_REF", "date")]),
        ("Le magasin ouvrira prochainement.", [("prochainement", "FUTURE_REF", "date")]),
        ("Le dossier sera ultérieurement examiné.", [("ultérieurement", "FUTURE_REF", "date")]),
        ("Dorénavant, l'accès sera payant.", [("Dorénavant", "PRESENT_REF", "date")]),
        ("À l'heure actuelle, rien n'est signé.", [("À l'heure actuelle", "PRESENT_REF", "date")]),
        ("Pour l'instant, le club se tait.", [("Pour l'instant", "PRESENT_REF", "date")]),
        ("Pour l’instant, le club se tait.", [("Pour l’instant", "PRESENT_REF", "date")]),
        # "tout à l'heure": the tense says which way
        ("Le ministre a parlé tout à l'heure.", [("tout à l'heure", "PAST_REF", "date")]),
        ("Le ministre parlera tout à l’heure.", [("tout à l’heure", "FUTURE_REF", "date")]),
        ("On se voit tout à l'heure ?", []),
        ("Par le passé, la mine employait mille ouvriers.", [("Par le passé", "PAST_REF", "date")]),
        ("Les règles changeront à l'avenir.", [("à l'avenir", "FUTURE_REF", "date")]),
        ("Le chiffre n'a jamais été dépassé à ce jour.", [("à ce jour", "PRESENT_REF", "date")]),
        ("Pour l'heure, le parquet se tait.", [("Pour l'heure", "PRESENT_REF", "date")]),
        ("Ces jours-ci, les trains sont pleins.", [("Ces jours-ci", "PRESENT_REF", "date")]),
        ("Ces temps-ci, les trains sont pleins.", [("Ces temps-ci", "PRESENT_REF", "date")]),
        (
            "Ces derniers temps, les vols se multiplient.",
            [("Ces derniers temps", "PAST_REF", "date")],
        ),
        ("Il y a peu, il était encore ministre.", [("Il y a peu", "PAST_REF", "date")]),
        ("Il vit en Suisse depuis peu.", [("depuis peu", "PAST_REF", "date")]),
        ("La décision sera rendue sous peu.", [("sous peu", "FUTURE_REF", "date")]),
        ("D'ici peu, le chantier sera fini.", [("D'ici peu", "FUTURE_REF", "date")]),
        # "peu de" is a small quantity, no time
        ("Il y a peu de chances qu'il vienne.", []),
        ("Il reste peu de temps avant le vote.", []),
        # seasons that recur
        ("Chaque été, la plage est bondée.", [("Chaque été", "XXXX-SU", "set")]),
        ("Tous les hivers, le col est fermé.", [("Tous les hivers", "XXXX-WI", "set")]),
        # adverbs of frequency
        ("Le bulletin paraît quotidiennement.", [("quotidiennement", "P1D", "set")]),
        ("Les tarifs sont revus annuellement.", [("annuellement", "P1Y", "set")]),
    ],
)
def test_vague_families(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "En maintenant la pression, les syndicats ont gagné.",  # the verb "maintenir"
        "Il réfléchit à l'avenir de l'usine.",  # the future of something
        "Les derniers jours de sa vie furent paisibles.",  # the days of something
        "Un bébé de quelques mois a été hospitalisé.",  # an age
        "Elle est âgée de quelques semaines.",  # an age
        "Des jours heureux reviendront.",  # no length without a preposition
        "Ils sont arrivés à ce jour de fête.",  # the day of something
        "Il est parti pour l'heure de la prière.",  # the hour of something
        "Il y a des années qu'il est parti.",  # a count, no length of something
        "Ils ont défilé lors des journées de grève.",  # "de les": those days
        "Cela fait des années 30 personnes attendent.",  # a count after the years
        "Il vit ici depuis des années 80.",  # "des" after a preposition: years, no decade
        "Ce fut une année de transition.",  # the year itself, qualified: no length
        "Le groupe prévoit une année difficile.",
    ],
)
def test_vague_negatives(extractor: Extractor, text: str) -> None:
    assert _dates(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ils reviendront dans un avenir proche.", "FUTURE_REF"),
        ("Les robots conduiront dans le futur.", "FUTURE_REF"),
        ("Les prix monteront ces prochains mois.", "PXM"),
        ("Le chantier a traîné pendant des mois.", "PXM"),
    ],
)
def test_vague_phrases_once_not_dates(extractor: Extractor, text: str, value: str) -> None:
    """Phrases an older convention read as no date: one vague value each now."""
    assert [v for _, v, _ in _dates(extractor, text)] == [value]


def test_bientot_before_a_count_is_almost(extractor: Extractor) -> None:
    """ "bientôt 33 ans" is "almost 33": no FUTURE_REF (the count is read on its own)."""
    values = [v for _, v, _ in _dates(extractor, "Le joueur, bientôt 33 ans, prolonge.")]
    assert "FUTURE_REF" not in values


def test_vague_reference_keeps_the_calendar_dates(extractor: Extractor) -> None:
    """A vague length beside a date: both facts, and the set of a season has its quant."""
    article = extractor.extract(
        "Depuis plusieurs semaines, et surtout depuis le 3 novembre, chaque hiver revient.",
        reference_date=REF,
    )
    values = [(d.value, d.quant) for d in article.dates]
    assert values == [("PXW", None), ("2025-11-03", None), ("XXXX-WI", "EACH")]


def test_vague_values_left_out_of_the_corpus_scoring() -> None:
    assert [vague_value(v) for v in ("PXY", "PTXH", "PAST_REF", "P3Y", "2025-11-06")] == [
        True,
        True,
        True,
        False,
        False,
    ]
