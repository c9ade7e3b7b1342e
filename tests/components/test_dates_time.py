"""Times of day and day + time composition (TimeML TIME values) on the real pipeline.

Reference: Thursday 6 November 2025. The sentences are written for these tests.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)

# (sentence, [(extent, value, mod)])
# fmt: off
COMPOSED: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # a day, then its time (a comma, "à", "vers", "aux alentours de", "environ" between)
    ("Le conseil se réunira mardi à 10 h 15.", [("mardi à 10 h 15", "2025-11-11T10:15", None)]),
    ("Il est venu mardi vers 18 heures.", [("mardi vers 18 heures", "2025-11-04T18:00", "APPROX")]),
    ("Le ministre a parlé le 2 mars aux alentours de 5h.",
     [("le 2 mars aux alentours de 5h", "2025-03-02T05:00", "APPROX")]),
    ("Il partira demain vers midi.", [("demain vers midi", "2025-11-07T12:00", "APPROX")]),
    ("Rendez-vous le 5, vers 10 heures.", [("le 5, vers 10 heures", "2025-11-05T10:00", "APPROX")]),
    ("Le sommet s'ouvrira le 16 à 18h.", [("le 16 à 18h", "2025-11-16T18:00", None)]),
    ("La séance s'est ouverte le 1er à 18h30.", [("le 1er à 18h30", "2025-11-01T18:30", None)]),
    ("Les urnes ont fermé le 2 vers 6 heures du soir.",
     [("le 2 vers 6 heures du soir", "2025-11-02T18:00", "APPROX")]),
    ("Les faits ont eu lieu vendredi, peu avant 22 heures.",
     [("vendredi, peu avant 22 heures", "2025-10-31T22:00", None)]),
    ("L'attaque a eu lieu lundi 3 novembre au matin.",
     [("lundi 3 novembre au matin", "2025-11-03TMO", None)]),
    ("Il est arrivé au soir du 5 novembre.", [("soir du 5 novembre", "2025-11-05TEV", None)]),
    # a day and a range of hours: a range of times on that day (the next day for an end
    # hour before the first)
    ("La conférence se tiendra lundi 10 novembre de 9h à 18h.",
     [("lundi 10 novembre de 9h à 18h", "2025-11-10T09:00/2025-11-10T18:00", None)]),
    ("Ils ont discuté mardi entre 14h et 16h.",
     [("mardi entre 14h et 16h", "2025-11-04T14:00/2025-11-04T16:00", None)]),
    ("La soirée aura lieu samedi de 22 h à 2 h.",
     [("samedi de 22 h à 2 h", "2025-11-08T22:00/2025-11-09T02:00", None)]),
    ("Le bureau sera ouvert lundi de 9 heures à midi.",
     [("lundi de 9 heures à midi", "2025-11-10T09:00/2025-11-10T12:00", None)]),
    # two hours sharing their unit: a range of times, on the day beside them
    ("Le musée sera ouvert samedi de 9 à 18 heures.",
     [("samedi de 9 à 18 heures", "2025-11-08T09:00/2025-11-08T18:00", None)]),
    ("Les heurts ont eu lieu entre 14 et 16 heures.",
     [("entre 14 et 16 heures", "2025-11-06T14:00/2025-11-06T16:00", None)]),
    # ... never a distance
    ("Il faut compter de 2 à 3 heures de route.", [("2 à 3 heures", "PT3H", None)]),
    # the time first, then its day
    ("Le vote aura lieu à 14h30 mardi.", [("14h30 mardi", "2025-11-11T14:30", None)]),
    # a quotation closing on the hour, the day after it
    ('Le syndicat appelle à se mobiliser "dès 4h" mardi.',
     [('4h" mardi', "2025-11-11T04:00", None)]),
    ("Le Premier ministre s'exprimera à 20 heures, le 12 décembre.",
     [("20 heures, le 12 décembre", "2025-12-12T20:00", None)]),
    ("Depuis 18h mardi, les routes sont bloquées.", [("18h mardi", "2025-11-04T18:00", None)]),
    ("Il partira à 9 h 40 le 22/12/2025.", [("9 h 40 le 22/12/2025", "2025-12-22T09:40", None)]),
    # a part of the day beside its day: the day's part, not the reference day's
    ("Il est parti mardi dans la soirée.", [("mardi dans la soirée", "2025-11-04TEV", None)]),
    ("Il a parlé mardi en fin de journée.", [("mardi en fin de journée", "2025-11-04TDT", "END")]),
    ("Il a été tué mardi à la mi-journée.", [("mardi à la mi-journée", "2025-11-04T12:00", None)]),
    ("Il est arrivé mardi à la mi-matinée.", [("mardi à la mi-matinée", "2025-11-04TMO", None)]),
    ("Il est parti dans la soirée de mardi.", [("la soirée de mardi", "2025-11-04TEV", None)]),
    # an hour and a part of the day: after "soir"/"après-midi" an hour before noon is late
    ("Il est arrivé à trois heures et quart cet après-midi.",
     [("trois heures et quart cet après-midi", "2025-11-06T15:15", None)]),
    ("Il est venu vers 6h dans la soirée.", [("6h dans la soirée", "2025-11-06T18:00", "APPROX")]),
    ("Il viendra ce soir à 7.", [("ce soir à 7", "2025-11-06T19:00", None)]),
    ("Il viendra à 7 ce soir.", [("7 ce soir", "2025-11-06T19:00", None)]),
    ("Il viendra demain matin vers 9.", [("demain matin vers 9", "2025-11-07T09:00", "APPROX")]),
    # a night and its hour: the first day before midnight, the second after it
    ("Dans la nuit de samedi à dimanche, vers 3 heures, un incendie a éclaté.",
     [("la nuit de samedi à dimanche, vers 3 heures", "2025-11-02T03:00", "APPROX")]),
    ("Il a été vu à 23h dans la nuit de samedi à dimanche.",
     [("23h dans la nuit de samedi à dimanche", "2025-11-01T23:00", None)]),
    ("L'attaque a eu lieu dans la nuit de mardi à mercredi.",
     [("la nuit de mardi à mercredi", "2025-11-04TNI", None)]),
]

CLOCK: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("La séance reprendra à midi.", [("midi", "2025-11-06T12:00", None)]),
    ("Il était midi moins cinq.", [("midi moins cinq", "2025-11-06T11:55", None)]),
    ("Il est midi et quart.", [("midi et quart", "2025-11-06T12:15", None)]),
    ("Le couvre-feu commence à minuit.", [("minuit", "2025-11-06T00:00", None)]),
    ("Il est arrivé à huit heures moins le quart.",
     [("huit heures moins le quart", "2025-11-06T07:45", None)]),
    ("Il est parti à onze heures trois quarts.",
     [("onze heures trois quarts", "2025-11-06T11:45", None)]),
    ("Il est 7 heures.", [("7 heures", "2025-11-06T07:00", None)]),
    ("Il est 23 h et le vote continue.", [("23 h", "2025-11-06T23:00", None)]),
    ("Il est huit heures et quart.", [("huit heures et quart", "2025-11-06T08:15", None)]),
    ("Il viendra à 8 et demie.", [("8 et demie", "2025-11-06T08:30", None)]),
    ("Il viendra à quinze heures et quinze minutes.",
     [("quinze heures et quinze minutes", "2025-11-06T15:15", None)]),
    ("Il est rentré à 3 heures du matin.", [("3 heures du matin", "2025-11-06T03:00", None)]),
    ("Il est rentré à 8 du soir.", [("8 du soir", "2025-11-06T20:00", None)]),
    ("Il est rentré à 11 de la matinée.", [("11 de la matinée", "2025-11-06T11:00", None)]),
    ("Il est rentré à peu près à midi.", [("midi", "2025-11-06T12:00", None)]),
    ("Il est arrivé à peu près 15h.", [("15h", "2025-11-06T15:00", "APPROX")]),
    ("Le vote commence à partir de 8 heures.", [("8 heures", "2025-11-06T08:00", None)]),
    ("Le vol part à 7pm.", [("7pm", "2025-11-06T19:00", None)]),
    ("Le réveil sonne à huit quarante pm.", [("huit quarante pm", "2025-11-06T20:40", None)]),
    ("Il partira cinq trente ce soir.", [("cinq trente ce soir", "2025-11-06T17:30", None)]),
    ("C'est 10 dans la soirée qu'il a cédé.", [("10 dans la soirée", "2025-11-06T22:00", None)]),
    ("Le train de 8 h 12 a été supprimé.", [("8 h 12", "2025-11-06T08:12", None)]),
    ("Il est arrivé au milieu du matin.", [("milieu du matin", "2025-11-06TMO", "MID")]),
    ("Il a parlé ce matin.", [("ce matin", "2025-11-06TMO", None)]),
    ("Des tirs ont été entendus la nuit dernière.", [("la nuit dernière", "2025-11-05TNI", None)]),
    ("Les pluies ont cessé en fin de nuit dernière.",
     [("fin de nuit dernière", "2025-11-05TNI", "END")]),
    ("Au début de la nuit passée, des tirs ont éclaté.",
     [("début de la nuit passée", "2025-11-05TNI", "START")]),
    ("Il est rentré tard dans la soirée.", [("tard dans la soirée", "2025-11-06TEV", "END")]),
    ("Il est parti tôt le matin.", [("tôt le matin", "2025-11-06TMO", "START")]),
    ("Il est arrivé lundi tôt dans la matinée.",
     [("lundi tôt dans la matinée", "2025-11-03TMO", "START")]),
    ("Il a parlé mercredi 5 novembre vers 18h30.",
     [("mercredi 5 novembre vers 18h30", "2025-11-05T18:30", "APPROX")]),
    ("Ils ont été arrêtés le matin du 11 septembre.",
     [("le matin du 11 septembre", "2025-09-11TMO", None)]),
]

NO_TIME = [
    "Midi Libre a publié un article.",
    "Il vit dans le Midi depuis longtemps.",
    "La pause de midi a été raccourcie.",
    "Le Canal du Midi est fermé.",
    "Il a remporté le 3 à 0 contre Lyon.",
    "Le 16 est le meilleur arrondissement.",
    "Le score était de 10,00 2 et 73 20.",
    "Il a obtenu 2 et demi pour cent.",
    "Les trois quarts des électeurs ont voté.",
    "Un quart des députés était absent.",
    "Ils étaient 12 15 ce matin.",
    "Il est parti au matin.",
    "Il se lève tôt le matin.",
    "Il vit au soir de sa vie.",
    "Il est passé de 12 à 19 en un an.",
]
# fmt: on


def _facts(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value, d.mod) for d in article.dates]


@pytest.mark.parametrize(("text", "want"), COMPOSED)
def test_a_day_and_its_time_are_one_time(
    extractor: Extractor, text: str, want: list[tuple[str, str, str | None]]
) -> None:
    assert _facts(extractor, text) == want


@pytest.mark.parametrize(("text", "want"), CLOCK)
def test_clock_times(
    extractor: Extractor, text: str, want: list[tuple[str, str, str | None]]
) -> None:
    assert _facts(extractor, text) == want


def test_composed_time_is_kind_time(extractor: Extractor) -> None:
    article = extractor.extract(
        "Le match aura lieu samedi 8 novembre, à 21 heures.", reference_date=REF
    )
    assert [(d.value, d.kind) for d in article.dates] == [("2025-11-08T21:00", "time")]


@pytest.mark.parametrize("text", NO_TIME)
def test_nouns_counts_and_scores_are_no_times(extractor: Extractor, text: str) -> None:
    # no clock time (a part of the day, "ce matin", may stay)
    assert [d for d in _facts(extractor, text) if d[1] and re.search(r"T\d", d[1])] == []


def test_day_alone_without_a_time_is_no_date(extractor: Extractor) -> None:
    assert _facts(extractor, "Il reviendra le 16, a-t-il dit.") == []


def test_a_time_in_another_sentence_stays_apart(extractor: Extractor) -> None:
    # two facts, not one; the time is on the day the story named (TimeML's reading)
    facts = _facts(extractor, "Il a voté mardi. À 18h, les bureaux ont fermé.")
    assert [v for _, v, _ in facts] == ["2025-11-04", "2025-11-04T18:00"]


def test_a_time_without_a_day_before_it_is_the_papers(extractor: Extractor) -> None:
    facts = _facts(extractor, "Il a voté.\nÀ 18h, les bureaux ont fermé mardi.")
    assert [v for _, v, _ in facts] == ["2025-11-06T18:00", "2025-11-04"]
