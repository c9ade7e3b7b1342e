"""Clock times, days with their time, and durations written in the forms of news text.

Real pipeline, reference Thursday 6 November 2025; each fact is checked whole (extent,
value, kind, grain, mod). The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_windows import dates_only_nlp, windowed_and_whole

from c5facts.extract import Extractor

REF = date(2025, 11, 6)
Fact = tuple[str, str | None, str, str | None, str | None]  # text, value, kind, grain, mod


def _facts(extractor: Extractor, text: str) -> list[Fact]:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value, d.kind, d.grain, d.mod) for d in article.dates]


# fmt: off
CASES: list[tuple[str, list[Fact]]] = [
    # a weekday and its day in words, then the hour: one time on that day
    ("Le conseil se réunira mardi onze à dix heures.",
     [("mardi onze à dix heures", "2025-11-11T10:00", "time", "day", None)]),
    ("Ils se verront jeudi vingt à 9h30.",
     [("jeudi vingt à 9h30", "2025-11-20T09:30", "time", "day", None)]),
    # an hour of the night from 7 to 11 is the evening's; earlier ones the small hours
    ("Les pompiers ont été appelés à 10 heures dans la nuit.",
     [("10 heures dans la nuit", "2025-11-06T22:00", "time", "hour", None)]),
    ("Les pompiers ont été appelés vers 4 heures dans la nuit.",
     [("4 heures dans la nuit", "2025-11-06T04:00", "time", "hour", "APPROX")]),
    ("Le feu a pris vers 9 heures dans la nuit de lundi à mardi.",
     [("9 heures dans la nuit de lundi à mardi", "2025-11-03T21:00", "time", "minute", "APPROX")]),
    # a night named by its two dates: the first day's night; with an hour, the hour's day
    ("Des heurts ont éclaté dans la nuit du 1er au 2 novembre.",
     [("la nuit du 1er au 2 novembre", "2025-11-01TNI", "time", "day", None)]),
    ("Le réveillon a eu lieu dans la nuit du 31 décembre au 1er janvier.",
     [("la nuit du 31 décembre au 1er janvier", "2024-12-31TNI", "time", "day", None)]),
    ("Des heurts ont éclaté dans la nuit du 1er au 2 novembre, vers 3 heures.",
     [("la nuit du 1er au 2 novembre, vers 3 heures", "2025-11-02T03:00", "time", "minute",
       "APPROX")]),
    ("Il a été vu vers 23h dans la nuit du 1er au 2 novembre.",
     [("23h dans la nuit du 1er au 2 novembre", "2025-11-01T23:00", "time", "minute", "APPROX")]),
    # a scheduled hour after "pour" is a time ("prévu pour", "fixé pour", "attendu pour")
    ("Le discours est prévu pour 20 heures.",
     [("20 heures", "2025-11-06T20:00", "time", "hour", None)]),
    ("Le départ est fixé pour 6 h 45.",
     [("6 h 45", "2025-11-06T06:45", "time", "minute", None)]),
    ("Le verdict est attendu pour 17h.",
     [("17h", "2025-11-06T17:00", "time", "hour", None)]),
    ("Un rendez-vous a été pris pour 15 h 30.",
     [("15 h 30", "2025-11-06T15:30", "time", "minute", None)]),
    # otherwise "pour" + an hour written as a clock is a length, like "pendant 2h"
    ("Les salariés ont débrayé pour 2h.", [("2h", "PT2H", "duration", "duration", None)]),
    # an hour in digits followed by "de" and a noun: the length of that thing
    ("Après 4h30 de négociations, un accord a été trouvé.",
     [("4h30", "PT4H30M", "duration", "duration", None)]),
    ("Les secours ont mis 2 h 15 de marche pour atteindre le refuge.",
     [("2 h 15", "PT2H15M", "duration", "duration", None)]),
    # ... but after "à" it stays a time, and so before a day or a part of the day
    ("Le cortège est parti à 14h de la place de la République.",
     [("14h", "2025-11-06T14:00", "time", "hour", None)]),
    ("Il a appelé à 9h de la soirée.",
     [("9h de la soirée", "2025-11-06T21:00", "time", "hour", None)]),
    # a length after a form of "durer", written as a clock
    ("L'audience a duré 3h15.", [("3h15", "PT3H15M", "duration", "duration", None)]),
    ("Le conseil durera environ 2h.", [("environ 2h", "PT2H", "duration", "duration", "APPROX")]),
    # a moment of the day beside its day; alone, the paper's day in a past or future
    # clause (a habit's moment in the present: no fact)
    ("Jeudi au crépuscule, la colonne est repartie.",
     [("Jeudi au crépuscule", "2025-11-06TEV", "time", "day", None)]),
    ("Le suspect a été arrêté lundi en pleine nuit.",
     [("lundi en pleine nuit", "2025-11-03TNI", "time", "day", None)]),
    ("La colonne est repartie au crépuscule.",
     [("crépuscule", "2025-11-06TEV", "time", "day", None)]),
    ("Les secours sont arrivés au petit matin.",
     [("petit matin", "2025-11-06TMO", "time", "day", None)]),
    ("Les manifestants se sont dispersés à la tombée de la nuit.",
     [("la tombée de la nuit", "2025-11-06TEV", "time", "day", None)]),
    ("Ils partiront au lever du jour.", [("lever du jour", "2025-11-06TMO", "time", "day", None)]),
    # ... but "de ... à" after it is a span of clock times, not a length
    ("La réunion a duré de 9h à 11h.",
     [("9h", "2025-11-06T09:00", "time", "hour", None),
      ("11h", "2025-11-06T11:00", "time", "hour", None)]),
    # hours and their minutes in words after a duration preposition
    ("Il a été interrogé pendant trois heures vingt.",
     [("trois heures vingt", "PT3H20M", "duration", "duration", None)]),
    # the half before the unit, as some write it
    ("La panne a duré trois et demi heures.",
     [("trois et demi heures", "PT3H30M", "duration", "duration", None)]),
    # counts of different units add up, in any order (years and months as months)
    ("Le chantier a pris deux ans, trois mois et 10 jours.",
     [("deux ans, trois mois et 10 jours", "P27M10D", "duration", "duration", None)]),
    ("Il est resté trois semaines et un mois en mer.",
     [("trois semaines et un mois", "P1M21D", "duration", "duration", None)]),
    ("Le vol a duré 1 jour et 4 heures.",
     [("1 jour et 4 heures", "P1DT4H", "duration", "duration", None)]),
    # "quinze jours" is two weeks, as a length and as an offset
    ("Le festival se tiendra pendant quinze jours.",
     [("quinze jours", "P2W", "duration", "duration", None)]),
    ("La loi entrera en vigueur dans quinze jours.",
     [("dans quinze jours", "2025-11-20", "date", "day", None)]),
    ("Il a démissionné il y a quinze jours.",
     [("il y a quinze jours", "2025-10-23", "date", "day", None)]),
    # quarters of an hour, an hour and its minutes as a length (a time after "à")
    ("Le vote a été suspendu un quart d'heure.",
     [("un quart d'heure", "PT15M", "duration", "duration", None)]),
    ("Il a patienté trois quarts d'heure.",
     [("trois quarts d'heure", "PT45M", "duration", "duration", None)]),
    ("La séance a été interrompue deux heures et quart.",
     [("deux heures et quart", "PT2H15M", "duration", "duration", None)]),
    ("Le blocage a duré 5 heures 40.", [("5 heures 40", "PT5H40M", "duration", "duration", None)]),
    ("Le blocage a commencé à 5 heures 40.",
     [("5 heures 40", "2025-11-06T05:40", "time", "minute", None)]),
    # a zone after the hour stays in the extent; the clock is kept as written
    ("Les bureaux de vote ferment à 19h30 heure de Paris.",
     [("19h30 heure de Paris", "2025-11-06T19:30", "time", "minute", None)]),
    ("Le sommet s'ouvrira à 10 h heure locale.",
     [("10 h heure locale", "2025-11-06T10:00", "time", "hour", None)]),
    # an hour and its minutes after a duration preposition: a length
    ("Le débat a duré pendant 1 h 30.", [("1 h 30", "PT1H30M", "duration", "duration", None)]),
    ("La liaison se fait en moins de 2 h 15.",
     [("moins de 2 h 15", "PT2H15M", "duration", "duration", "LESS_THAN")]),
    # a set of days and its time of day: one SET, no time of the reference day
    ("Les soignants étaient applaudis tous les soirs à 20 heures.",
     [("tous les soirs à 20 heures", "XXXX-XX-XXT20:00", "set", "set", None)]),
    ("Le marché ouvre tous les jours, à 7h30.",
     [("tous les jours, à 7h30", "XXXX-XX-XXT07:30", "set", "set", None)]),
    ("Le bureau politique se réunit chaque lundi à 9h.",
     [("chaque lundi à 9h", "XXXX-WXX-1T09:00", "set", "set", None)]),
    # a set and a range of hours: the set at its first hour (not the end hour)
    ("La permanence se tient tous les mardis de 9 h à 12 h.",
     [("tous les mardis de 9 h à 12 h", "XXXX-WXX-2T09:00", "set", "set", None)]),
    ("Le conseil siège chaque mardi soir à 8 heures.",
     [("chaque mardi soir à 8 heures", "XXXX-WXX-2T20:00", "set", "set", None)]),
    # a set that is no set of days keeps apart from the time
    ("Le comité se réunit tous les mois à 10h.",
     [("tous les mois", "P1M", "set", "set", None),
      ("10h", "2025-11-06T10:00", "time", "hour", None)]),
    # the day before or after, with its part of the day
    ("Il est reparti le lendemain matin.",
     [("le lendemain matin", "2025-11-07TMO", "time", "day", None)]),
    # the last hours or minutes counted with "dernières": a length
    ("Il a beaucoup plu au cours des 24 dernières heures.",
     [("24 dernières heures", "PT24H", "duration", "duration", None)]),
    # dawn, and the early morning, beside their day: the day's morning
    ("La police est intervenue jeudi à l'aube.",
     [("jeudi à l'aube", "2025-11-06TMO", "time", "day", None)]),
    ("Le village a été évacué à l'aube du 2 novembre.",
     [("l'aube du 2 novembre", "2025-11-02TMO", "time", "day", None)]),
    ("Les secours sont arrivés lundi au petit matin.",
     [("lundi au petit matin", "2025-11-03TMO", "time", "day", None)]),
    # two counts joined by "à"/"ou": one length, the larger count; never a clock time
    ("La traversée prend trois à quatre heures.",
     [("trois à quatre heures", "PT4H", "duration", "duration", None)]),
    ("Il restera deux ou trois jours.",
     [("deux ou trois jours", "P3D", "duration", "duration", None)]),
    # a range of counts in figures after "de" or "entre": one length, without the preposition
    ("Il encourt de 5 à 10 ans de prison.",
     [("5 à 10 ans", "P10Y", "duration", "duration", None)]),
    ("Le chantier durera entre 10 et 15 mois.",
     [("10 et 15 mois", "P15M", "duration", "duration", None)]),
    ("Il faut entre deux et trois semaines pour un rendez-vous.",
     [("deux et trois semaines", "P3W", "duration", "duration", None)]),
    # ... but a range of ages is no length, and figures before hours stay clock times
    ("Les femmes de 50 à 74 ans sont invitées au dépistage.", []),
    ("Des jeunes âgés de 18 à 25 ans manifestent.", []),
    ("Les victimes avaient entre 20 et 30 ans.", []),
    # the older press's "h." before the minutes or the part of the day, and its "vers
    # les"/"sur les" before an hour (about that hour)
    ("La séance a été levée à 6 h. 45.",
     [("6 h. 45", "2025-11-06T06:45", "time", "minute", None)]),
    ("Le train part à 10 h. du matin.",
     [("10 h. du matin", "2025-11-06T10:00", "time", "hour", None)]),
    ("Il est parti à 9 h. Le lendemain, il est revenu.",
     [("9 h", "2025-11-06T09:00", "time", "hour", None),
      ("Le lendemain", "2025-11-07", "date", "day", None)]),
    ("La foule s'est dispersée vers les 5 heures.",
     [("les 5 heures", "2025-11-06T05:00", "time", "hour", "APPROX")]),
    ("Il est arrivé sur les 9 heures du soir.",
     [("les 9 heures du soir", "2025-11-06T21:00", "time", "hour", "APPROX")]),
    ("Il a travaillé sur les 5 heures de cours.",
     [("5 heures", "PT5H", "duration", "duration", None)]),
    # a range of counts of hours or minutes is one length, unless it reads as two clock
    # hours (range_hours: "de 9 à 18 heures")
    ("Il a attendu de 20 à 30 minutes.",
     [("20 à 30 minutes", "PT30M", "duration", "duration", None)]),
    ("La grève a duré de 10 à 12 heures selon les sites.",
     [("10 à 12 heures", "PT12H", "duration", "duration", None)]),
    ("La réunion a duré entre deux et trois heures.",
     [("deux et trois heures", "PT3H", "duration", "duration", None)]),
    ("Il faut compter entre 2 et 3 heures de marche.",
     [("2 et 3 heures", "PT3H", "duration", "duration", None)]),
    # ... and so is a range with no preposition, after a verb or a preposition
    ("Il a reçu des coups pendant 6-7 minutes.",
     [("6-7 minutes", "PT7M", "duration", "duration", None)]),
    ("Il faut compter 3 à 4 semaines.",
     [("3 à 4 semaines", "P4W", "duration", "duration", None)]),
    ("Il a été condamné à 2 ou 3 ans de prison.",
     [("2 ou 3 ans", "P3Y", "duration", "duration", None)]),
    ("La réunion aura lieu le 21 à 10 heures.",  # a day and its time
     [("le 21 à 10 heures", "2025-11-21T10:00", "time", "day", None)]),
    ("Chez les 15-24 ans, le chômage a reculé.", []),  # an age group
    # minutes and seconds
    ("Une vidéo d'environ 1 minute 30 a été postée.",
     [("environ 1 minute 30", "PT1M30S", "duration", "duration", "APPROX")]),
    ("Les tirs ont eu lieu de deux à trois heures du matin.",
     [("trois heures du matin", "2025-11-06T03:00", "time", "hour", None)]),
    # an offset of a count and a half, or of two units
    ("Il a quitté le parti il y a un an et demi.",
     [("il y a un an et demi", "2024-05", "date", "month", None)]),
    ("Le chantier sera fini dans un mois et demi.",
     [("dans un mois et demi", "2025-12-21", "date", "day", None)]),
    ("Il est arrivé il y a une semaine et demie.",
     [("il y a une semaine et demie", "2025-10-27", "date", "day", None)]),
    ("Le traité a été signé il y a 2 ans et 3 mois.",
     [("il y a 2 ans et 3 mois", "2023-08", "date", "month", None)]),
    ("La loi a été votée il y a un an et dix jours.",
     [("il y a un an et dix jours", "2024-10-27", "date", "day", None)]),
    # "15 jours" in digits and "huit jours" keep their count
    ("La grève a duré 15 jours.", [("15 jours", "P15D", "duration", "duration", None)]),
    ("Il a été hospitalisé huit jours.", [("huit jours", "P8D", "duration", "duration", None)]),
    # "à une heure" is one o'clock; "une heure" alone a length
    ("Le président a levé la séance à une heure.",
     [("une heure", "2025-11-06T01:00", "time", "hour", None)]),
    ("Le train part à une heure dix.",
     [("une heure dix", "2025-11-06T01:10", "time", "minute", None)]),
    ("Il a dormi une heure.", [("une heure", "PT1H", "duration", "duration", None)]),
    ("La pause a varié d'un quart d'heure à une heure.",
     [("un quart d'heure", "PT15M", "duration", "duration", None),
      ("une heure", "PT1H", "duration", "duration", None)]),
]

NO_DATE = [
    # dawn and the early morning in a habit, or figurative, are no date
    "Nous sommes à l'aube d'une nouvelle ère.",
    "Les pêcheurs partent au petit matin.",
    "Il se réveille souvent en pleine nuit.",
    "À l'aube de sa carrière, il a tout gagné.",
    # "à une heure" of a moment: no clock time, no length
    "Il est rentré à une heure tardive.",
    "À une heure où tout est fermé, il sort encore.",
    "Il a tout calculé à une heure près.",
]

NOT_LENGTHS_OR_TIMES = [
    # a unit named twice is two lengths, never a sum of three counts
    ("Il a fait 2 ans, 3 ans et 4 ans de prison.", "P9Y"),
    # two weekday words and a count: no day in words without a time after it
    ("Il est venu mardi trois fois.", "T"),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), CASES)
def test_clock_and_length_forms(extractor: Extractor, text: str, want: list[Fact]) -> None:
    assert _facts(extractor, text) == want


@pytest.mark.parametrize(("text", "absent"), NOT_LENGTHS_OR_TIMES)
def test_no_sum_of_one_unit_and_no_day_without_time(
    extractor: Extractor, text: str, absent: str
) -> None:
    assert all(absent not in (value or "") for _, value, *_ in _facts(extractor, text))


@pytest.mark.parametrize("text", NO_DATE)
def test_dawn_alone_is_no_date(extractor: Extractor, text: str) -> None:
    assert _facts(extractor, text) == []


WINDOWS_PARAGRAPH = (
    "Le chantier a pris deux ans, trois mois et 10 jours, il y a 2 ans et 3 mois. Le débat, "
    "prévu pour 20 h 30, a duré 3h15 ; après 1h30 de débat, tous les soirs à 20 heures, "
    "chaque lundi matin à 9 heures, dans la nuit du 1er au 2 novembre, vers 3 heures, jeudi "
    "à l'aube, le lendemain matin, à 19h30 heure de Paris, trois à quatre heures, trois quarts "
    "d'heure, mardi onze à dix heures, il y a un an et demi, pendant 1 h 30."
)


def test_anchored_windows_find_the_clock_forms() -> None:
    """The patterns of these forms are found around their anchors as in the whole text."""
    windowed, whole = windowed_and_whole(dates_only_nlp(), WINDOWS_PARAGRAPH)
    assert whole <= windowed
    assert {"duration_bare", "offset_ago", "night_of", "set_each", "time"} <= {r for r, *_ in whole}
