"""Issue 11: weekly habits as TimeML sets, and the tense of "être" + participle and "aller".

The real pipeline, article of Thursday 2025-11-06. A weekday or a weekend after "le" in
a present clause is a habit (SET ``XXXX-WXX-1``, ``XXXX-WXX-WE``), as are "chaque
week-end" and "tous les week-ends"; in a past clause "le samedi" is a day of the story,
which the text does not place, and "il passe le week-end à Rome" spends one weekend;
after a predicate of opening or access ("seront interdites le dimanche") a habit in any
tense but a perfect or a past historic.
A present "est"/"sont" before a participle is a passive present ("est publié"), except
for the verbs whose compound past takes "être" ("est arrivé") and pronominal verbs
("s'y est rendu"); "va"/"allait" without an infinitive is a verb of motion, no future.
"tout l'été" is that season, as "l'été".
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)


def _dates(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value, d.kind) for d in article.dates]


# fmt: off
CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    ("Chaque week-end, la halle accueille un marché bio.",
     [("Chaque week-end", "XXXX-WXX-WE", "set")]),
    ("Tous les week-ends, les bénévoles ramassent les déchets.",
     [("Tous les week-ends", "XXXX-WXX-WE", "set")]),
    ("Le dimanche, la rue piétonne est réservée aux cyclistes.",
     [("Le dimanche", "XXXX-WXX-7", "set")]),
    ("La médiathèque ferme le lundi.", [("le lundi", "XXXX-WXX-1", "set")]),
    ("Le samedi matin, les producteurs vendent sur la place.",
     [("Le samedi matin", "XXXX-WXX-6TMO", "set")]),
    ("Le samedi, les délégués sont repartis.", []),
    # a predicate of opening or access makes the weekday a habit in any tense but a
    # perfect or a past historic, and in a verbless headline
    ("Ces rues seront interdites aux voitures le dimanche.",
     [("le dimanche", "XXXX-WXX-7", "set")]),
    ("Trois quartiers interdits aux voitures le dimanche",
     [("le dimanche", "XXXX-WXX-7", "set")]),
    ("Le musée était gratuit le dimanche matin.",
     [("le dimanche matin", "XXXX-WXX-7TMO", "set")]),
    ("Le magasin a été fermé le lundi.", []),
    ("Il partira le dimanche.", []),
    ("Le ministre passe le week-end à Biarritz.", []),
    ("Le ministre a passé le week-end à Biarritz.", [("le week-end", "2025-W44-WE", "date")]),
    # the tense of "être" + participle
    ("Le bilan est publié le 10 novembre.", [("le 10 novembre", "2025-11-10", "date")]),
    ("La délégation est arrivée le 10 novembre.", [("le 10 novembre", "2024-11-10", "date")]),
    ("Le préfet s'y est rendu le 10 novembre.", [("le 10 novembre", "2024-11-10", "date")]),
    # "allait" alone is an imperfect, "allait signer" a future in the past
    ("Le président allait à Lyon le 2 novembre.", [("le 2 novembre", "2025-11-02", "date")]),
    # "vais"/"allons" + infinitive: a future
    ("Je vais sortir le week-end.", [("le week-end", "2025-W45-WE", "date")]),
    # yearly days as sets; an ordinal weekday of a habit is no date
    ("Chaque 14 juillet, le défilé passe.", [("Chaque 14 juillet", "XXXX-07-14", "set")]),
    ("Tous les 1er mai, les syndicats défilent.", [("Tous les 1er mai", "XXXX-05-01", "set")]),
    ("Chaque premier lundi du mois, le conseil se réunit.", []),
    ("Le conseil se réunit le premier lundi du mois.", []),
    ("Le marché se tient le dernier samedi de chaque mois.",
     [("chaque mois", "P1M", "set")]),
    ("Le conseil se réunira le premier lundi du mois prochain.",
     [("le premier lundi du mois prochain", "2025-12-01", "date")]),
    ("Le conseil s'est réuni le premier lundi du mois de mars.",
     [("le premier lundi du mois de mars", "2025-03-03", "date")]),
    ("Le conseil s'est réuni le dernier lundi.", [("lundi", "2025-11-03", "date")]),
    # "un lundi": some Monday, no date
    ("Un lundi matin, la directrice lui a dit de partir.", []),
    ("Il est venu un mardi.", []),
    # "tout l'été" is that season, as "l'été", placed by the tense
    ("Tout l'été, la piscine a affiché complet.", [("Tout l'été", "2025-SU", "date")]),
    ("Il neigera pendant tout l'hiver.", [("tout l'hiver", "2025-WI", "date")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), CASES)
def test_habits_and_tense(
    extractor: Extractor, text: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert _dates(extractor, text) == want
