"""Issue 11: a clock hour of 1 to 12 and the part of the day that says its half of the day.

Sentences written for c5facts, through the real pipeline. The part of the day after the
hour ("du soir", "dans la soirée", "de l'après-midi", "dans la nuit" for 7 to 11 and
12) or before it ("dans la soirée, vers 9 heures", "mardi soir à 9 heures") makes one
TIME with the hour in its half of the day; a longer match that ends on its hour ("le 3
novembre à 8 heures", "neuf heures moins le quart") keeps the "du soir" after it. Never
moved: an hour from 13 on, "du matin", a length ("3 heures dans l'après-midi" of work),
a part of the day of another clause. An hour pins the time: no edge mod beside it.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import Fact, date_facts

from c5facts.extract import Extractor

REF = date(2025, 11, 6)  # a Thursday

# fmt: off
CASES: list[tuple[str, list[Fact]]] = [
    # the part of the day after the hour
    ("Le convoi est reparti à 9 heures dans la soirée.",
     [("9 heures dans la soirée", "2025-11-06T21:00", "time", None)]),
    ("Les pompiers sont intervenus vers 6 heures et demie du soir.",
     [("6 heures et demie du soir", "2025-11-06T18:30", "time", "APPROX")]),
    ("Le maire a pris la parole à 7 h 40 dans la soirée.",
     [("7 h 40 dans la soirée", "2025-11-06T19:40", "time", None)]),
    ("La séance a repris à deux heures et demie de l'après-midi.",
     [("deux heures et demie de l'après-midi", "2025-11-06T14:30", "time", None)]),
    ("Le vote a eu lieu à 10 heures en soirée.",
     [("10 heures en soirée", "2025-11-06T22:00", "time", None)]),
    ("Le tribunal a statué à 4 heures dans l'après-midi.",
     [("4 heures dans l'après-midi", "2025-11-06T16:00", "time", None)]),
    ("Le cortège s'est dispersé à 6 heures en début de soirée.",
     [("6 heures en début de soirée", "2025-11-06T18:00", "time", None)]),
    # the night: its hours from 7 to 11 are the evening's, 12 is midnight, earlier stay
    ("L'alerte a été donnée à 10 heures dans la nuit.",
     [("10 heures dans la nuit", "2025-11-06T22:00", "time", None)]),
    ("L'alerte a été donnée à 2 heures dans la nuit.",
     [("2 heures dans la nuit", "2025-11-06T02:00", "time", None)]),
    ("L'alerte a été donnée à 12 heures dans la nuit.",
     [("12 heures dans la nuit", "2025-11-06T00:00", "time", None)]),
    # the morning moves nothing
    ("Le train est parti à 7 heures du matin.",
     [("7 heures du matin", "2025-11-06T07:00", "time", None)]),
    ("Le train est parti à 11 heures dans la matinée.",
     [("11 heures dans la matinée", "2025-11-06T11:00", "time", None)]),
    # a longer match ending on its hour keeps its half of the day
    ("La grève a commencé le 2 novembre à 9 heures du soir.",
     [("le 2 novembre à 9 heures du soir", "2025-11-02T21:00", "time", None)]),
    ("La grève a commencé le dimanche 2 novembre 2025 à 5 h de l'après-midi.",
     [("le dimanche 2 novembre 2025 à 5 h de l'après-midi", "2025-11-02T17:00", "time", None)]),
    ("La grève a commencé le 2 novembre à 6 heures du matin.",
     [("le 2 novembre à 6 heures du matin", "2025-11-02T06:00", "time", None)]),
    ("La sirène a retenti à sept heures moins le quart du soir.",
     [("sept heures moins le quart du soir", "2025-11-06T18:45", "time", None)]),
    ("Il a lu le 2 novembre à 8 heures du Soir de Bruxelles.",  # a title
     [("le 2 novembre à 8 heures", "2025-11-02T08:00", "time", None)]),
    # a day and the hour in its part of the day: one fact on that day
    ("Le ministre a été reçu à 8 heures dans la soirée de mardi.",
     [("8 heures dans la soirée de mardi", "2025-11-04T20:00", "time", None)]),
    ("Le ministre a été reçu lundi à 10 heures du soir.",
     [("lundi à 10 heures du soir", "2025-11-03T22:00", "time", None)]),
    # the part of the day before the hour
    ("Dans la soirée, vers 8 heures, la police est arrivée.",
     [("la soirée, vers 8 heures", "2025-11-06T20:00", "time", "APPROX")]),
    ("La police est arrivée mardi soir à 11 heures.",
     [("mardi soir à 11 heures", "2025-11-04T23:00", "time", None)]),
    ("La police est arrivée dans l'après-midi, à 5 heures.",
     [("l'après-midi, à 5 heures", "2025-11-06T17:00", "time", None)]),
    ("La police est arrivée mardi à 10 h 15.",
     [("mardi à 10 h 15", "2025-11-04T10:15", "time", None)]),
    # never: an hour from 13 on, a length, a part of the day of another clause
    ("Le magasin a fermé à 21 heures du soir.",
     [("21 heures du soir", "2025-11-06T21:00", "time", None)]),
    ("Les bénévoles ont travaillé 3 heures dans l'après-midi.",
     [("3 heures", "PT3H", "duration", None), ("l'après-midi", "2025-11-06TAF", "time", None)]),
    ("Le maire est arrivé à 9 heures, et dans la soirée il a tenu un meeting.",
     [("9 heures", "2025-11-06T09:00", "time", None),
      ("la soirée", "2025-11-06TEV", "time", None)]),
    ("La mairie a ouvert à 9 heures. Dans la soirée, le conseil a voté.",
     [("9 heures", "2025-11-06T09:00", "time", None),
      ("la soirée", "2025-11-06TEV", "time", None)]),
    # a part of the day alone keeps its edge
    ("Le conseil a voté en début de soirée.",
     [("début de soirée", "2025-11-06TEV", "time", "START")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), CASES)
def test_clock_half_day(extractor: Extractor, text: str, want: list[Fact]) -> None:
    assert date_facts(extractor, text, REF) == want
