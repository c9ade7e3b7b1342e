"""Direction of a date: a clause that points forward places its date forward.

A purpose clause ("pour", "afin de", "en vue de", "dans le but de" + infinitive), a call
or an exhortation ("appeler à", "inviter à", "exhorter à", "inciter à", "pousser à",
"se préparer à" + infinitive; "appeler à" + noun) and a postponement ("reporté à",
"ajourné au") place their date forward whatever the tense of the main verb. A date
outside such a clause keeps its clause's tense ("a écrit dimanche").
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_values

from c5facts.extract import Extractor

FRIDAY = date(2024, 3, 15)
SUNDAY = date(2025, 11, 9)
SATURDAY = date(2025, 11, 8)


def _values(extractor: Extractor, text: str, ref: date) -> list[tuple[str, str | None]]:
    return date_values(extractor, text, ref)


# (text, reference date, [(date text, value)])
# fmt: off
FORWARD: list[tuple[str, date, list[tuple[str, str | None]]]] = [
    # purpose clauses: the aim's date is ahead, when it completes a noun of the clause
    # or when the main clause has its own date, whatever the main verb's tense
    # a month after a preposition of target or order: "pour" looks ahead like "d'ici"
    ("Les hôtels ont ouvert hier les réservations pour juillet.", FRIDAY,
     [("hier", "2024-03-14"), ("juillet", "2024-07")]),
    ("Le vote a été repoussé à février.", SUNDAY, [("février", "2026-02")]),
    ("Rien ne changera avant juin, a-t-il prévenu.", FRIDAY, [("juin", "2024-06")]),
    ("Les ventes ont doublé en mars par rapport à mars 2019.", FRIDAY,
     [("mars", "2024-03"), ("mars 2019", "2019-03")]),
    # a deadline ("jusqu'à", two tokens after the tokenizer) in a past clause: the nearest
    ("La direction a donné aux syndicats jusqu'à mardi pour répondre.", SUNDAY,
     [("mardi", "2025-11-11")]),
    ("Elle a reçu hier son homologue pour préparer le sommet de juin.", FRIDAY,
     [("hier", "2024-03-14"), ("juin", "2024-06")]),
    ("Le ministre s'est rendu à Berlin afin de préparer la réunion de février.", FRIDAY,
     [("février", "2025-02")]),
    ("Les élus se sont réunis en vue de fixer le calendrier du scrutin de janvier.", FRIDAY,
     [("janvier", "2025-01")]),
    ("Le club a recruté hier un entraîneur dans le but de remporter le titre en mai.", FRIDAY,
     [("hier", "2024-03-14"), ("mai", "2024-05")]),
    ("La direction a embauché lundi des saisonniers afin d'ouvrir le parc samedi.", FRIDAY,
     [("lundi", "2024-03-11"), ("samedi", "2024-03-16")]),
    ("Elle a reçu hier son homologue pour préparer la réunion lundi.", FRIDAY,
     [("hier", "2024-03-14"), ("lundi", "2024-03-18")]),
    ("Il a vendu sa voiture pour ne pas manquer la rentrée de septembre.", FRIDAY,
     [("septembre", "2024-09")]),
    ("Le gouvernement négocie pour que la réforme soit adoptée en octobre.", SUNDAY,
     [("octobre", "2026-10")]),
    ("Le patronat a tout fait hier pour que la loi soit votée en juin.", FRIDAY,
     [("hier", "2024-03-14"), ("juin", "2024-06")]),
    ("Elle a négocié dimanche afin qu'il signe le contrat mardi.", SUNDAY,
     [("dimanche", "2025-11-09"), ("mardi", "2025-11-11")]),
    # calls and exhortations, with an infinitive or (after "appeler à") a noun
    ("Dimanche, le syndicat appelle les conducteurs à faire grève mardi, mercredi et jeudi.",
     SUNDAY, [("Dimanche", "2025-11-09"), ("mardi", "2025-11-11"),
              ("mercredi", "2025-11-12"), ("jeudi", "2025-11-13")]),
    ("La fédération a invité les salariés à manifester mardi.", SUNDAY,
     [("mardi", "2025-11-11")]),
    ("Le maire a exhorté les habitants à voter lundi.", SUNDAY, [("lundi", "2025-11-10")]),
    ("La CFDT a appelé les agents des hôpitaux de Lyon et de Grenoble à cesser le travail jeudi.",
     SUNDAY, [("jeudi", "2025-11-13")]),
    ("Le collectif a incité ses adhérents à cesser le travail vendredi.", SUNDAY,
     [("vendredi", "2025-11-14")]),
    ("Les associations ont poussé les locataires à boycotter la réunion de mercredi.", SUNDAY,
     [("mercredi", "2025-11-12")]),
    ("Les agriculteurs se sont préparés à bloquer les routes mardi.", SUNDAY,
     [("mardi", "2025-11-11")]),
    ("Le syndicat a appelé à la grève jeudi.", SUNDAY, [("jeudi", "2025-11-13")]),
    ("Les syndicats ont appelé à une journée de mobilisation en décembre.", SUNDAY,
     [("décembre", "2025-12")]),
    # requests ("demander de" + infinitive) and threats ("menacer de")
    ("Le syndicat a demandé aux salariés de cesser le travail jeudi.", SUNDAY,
     [("jeudi", "2025-11-13")]),
    ("La préfecture a ordonné aux riverains de quitter leurs maisons lundi.", SUNDAY,
     [("lundi", "2025-11-10")]),
    ("Les pilotes ont menacé de faire grève samedi.", SUNDAY, [("samedi", "2025-11-15")]),
    # postponements: the new date is ahead (the nearest one in a past clause)
    ("Le sommet a été reporté à mardi.", SUNDAY, [("mardi", "2025-11-11")]),
    ("La séance a été ajournée au 20 novembre.", SUNDAY, [("20 novembre", "2025-11-20")]),
    ("L'audience est renvoyée au 3 décembre.", SUNDAY, [("3 décembre", "2025-12-03")]),
    ("Le conseil a repoussé le vote à jeudi.", SUNDAY, [("jeudi", "2025-11-13")]),
    ("La réforme a été reportée à la mi-janvier.", SUNDAY, [("mi-janvier", "2026-01")]),
]

BACK: list[tuple[str, date, list[tuple[str, str | None]]]] = [
    # a past clause without a forward construction stays past
    ("Elle a écrit dimanche à son avocat.", SUNDAY, [("dimanche", "2025-11-09")]),
    ("Elle a écrit mardi à son avocat pour contester la décision.", SUNDAY,
     [("mardi", "2025-11-04")]),
    ("Elle a travaillé mardi pour financer ses études.", SUNDAY, [("mardi", "2025-11-04")]),
    # "pour" + a noun is no purpose clause
    ("Il est venu pour la première fois lundi.", SUNDAY, [("lundi", "2025-11-03")]),
    ("Il a voté pour la réforme mardi.", SUNDAY, [("mardi", "2025-11-04")]),
    # a past infinitive looks back; a finite verb after the infinitive owns the date
    ("Il a été condamné pour avoir frappé un policier mardi.", SUNDAY,
     [("mardi", "2025-11-04")]),
    ("Il s'est battu pour sauver l'usine qui a fermé mardi.", SUNDAY,
     [("mardi", "2025-11-04")]),
    # the purpose clause ends at its comma; the date belongs to the main verb
    ("Pour préparer le sommet, le ministre a reçu lundi son homologue.", SUNDAY,
     [("lundi", "2025-11-03")]),
    # the date of the call itself, before "à"; "appeler" without "à"
    ("Le syndicat a appelé jeudi à la grève.", SUNDAY, [("jeudi", "2025-11-06")]),
    ("Elle a appelé sa mère mardi.", SUNDAY, [("mardi", "2025-11-04")]),
    # after a past verb, an undated main event may be the one the date tells
    ("Des centaines de personnes se sont rassemblées pour rendre hommage à la victime samedi.",
     SUNDAY, [("samedi", "2025-11-08")]),
    ("Les éleveurs se sont mobilisés pour défendre leur abattoir mercredi.", SUNDAY,
     [("mercredi", "2025-11-05")]),
    ("Les pompiers sont intervenus près de la gare de Lyon pour éteindre un feu mercredi.",
     SUNDAY, [("mercredi", "2025-11-05")]),
    # a consequence after a word of sufficiency is no aim
    ("Il a fallu deux jours pour rétablir le courant mardi.", SUNDAY,
     [("deux jours", "P2D"), ("mardi", "2025-11-04")]),
    # "pour que" opens the clause of its own verb only
    ("Pour que le sommet ait lieu il a reçu lundi son homologue.", SUNDAY,
     [("lundi", "2025-11-03")]),
    # "demander" + a noun; "de" after a noun
    ("Il a demandé de l'aide mardi.", SUNDAY, [("mardi", "2025-11-04")]),
    ("La décision de fermer l'usine a été prise mardi.", SUNDAY, [("mardi", "2025-11-04")]),
    # "inviter à" + a place is no exhortation
    ("Le président a invité son homologue à l'Élysée mardi.", SUNDAY,
     [("mardi", "2025-11-04")]),
    # a postponed event already over (the nearest occurrence in a past clause)
    ("Le match, reporté à samedi, s'est joué devant un public clairsemé.", SUNDAY,
     [("samedi", "2025-11-08")]),
    # a first plan, changed ("initialement", "d'abord", "à l'origine" before the
    # participle): neither ahead nor back, the nearest occurrence
    ("La réunion, initialement prévue le 7 novembre, a été reportée.", SUNDAY,
     [("le 7 novembre", "2025-11-07")]),
    ("La réunion, initialement prévue le 12 novembre, a été annulée.", SUNDAY,
     [("le 12 novembre", "2025-11-12")]),
    ("Le vote, d'abord fixé au 3 novembre, a été avancé.", SUNDAY,
     [("3 novembre", "2025-11-03")]),
]
# fmt: on


def test_a_first_plan_takes_no_tense_from_elsewhere(extractor: Extractor) -> None:
    """The same word elsewhere in a past clause does not place the first plan's day."""
    text = (
        "Le ministre est arrivé lundi à Lyon. La reprise, initialement prévue lundi, a "
        "été retardée d'une semaine."
    )
    assert _values(extractor, text, SATURDAY)[-2:] == [
        ("lundi", "2025-11-10"),
        ("une semaine", "P1W"),
    ]


@pytest.mark.parametrize(("text", "ref", "expected"), FORWARD, ids=[c[0][:50] for c in FORWARD])
def test_forward_clause_places_its_date_ahead(
    extractor: Extractor, text: str, ref: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text, ref) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), BACK, ids=[c[0][:50] for c in BACK])
def test_other_clauses_keep_their_tense(
    extractor: Extractor, text: str, ref: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text, ref) == expected
