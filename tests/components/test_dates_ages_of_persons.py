"""A count of years after a noun group naming a person is an age: no date fact.

The head of the noun group decides: adjectives after it are passed over, and so are its
bare singular complements ("père de famille", "chef de rang", "carrière de footballeur"),
and the quotation marks of a noun quoted as a label ('un « casseur » de 19 ans');
a person is a listed noun (date vocabulary `age_noun`, the people lexicon's titles,
ranks, kinship and human nouns) or an agent noun by its suffix ("-iste", "-eur" when
masculine, "-trice", "-ien").
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_values

from c5facts.extract import Extractor

REF = date(2022, 9, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Le caricaturiste de 71 ans a rendu son dernier dessin.",  # -iste
        "Un régisseur de 38 ans a été blessé sur le tournage.",  # -eur, masculine
        "La traductrice de 45 ans a reçu un prix.",  # -trice
        "Le pharmacien de 52 ans a fermé son officine.",  # -ien
        "Un mécanicien automobile de 33 ans a été interpellé.",  # an adjective after it
        "Une mère de famille de 41 ans a porté plainte.",  # a bare complement
        "L'homme d'affaires de 58 ans a racheté le club.",
        "Une aide-soignante de 27 ans a témoigné.",  # a listed noun
        "Le campagne de dépistage de nourrissons de trois mois a commencé.",  # plural person
        "Des enfants de 6 à 10 ans ont été accueillis.",
        "Le milieu Hugo Lenoir, bientôt 33 ans, a prolongé.",  # an adverb in the apposition
        "Son coéquipier, tout juste 20 ans, a marqué.",
        "Les blessés avaient entre 25 et 31 ans.",  # "avoir entre N et M ans"
        'Un "casseur" de 19 ans a été interpellé.',  # a noun quoted as a label
        "Un « réfugié » de 17 ans a été entendu.",
    ],
)
def test_age_of_a_person_is_no_date(extractor: Extractor, text: str) -> None:
    assert date_values(extractor, text, REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a signé un contrat de joueur de trois ans.", [("trois ans", "P3Y")]),
        ("Elle a mené une carrière de chanteuse de vingt ans.", [("vingt ans", "P20Y")]),
        ("Il a écopé d'une peine de prison de 12 ans.", [("12 ans", "P12Y")]),
        ("Le secteur a connu une croissance de dix ans.", [("dix ans", "P10Y")]),
        ("Un plan d'investissement de cinq ans a été lancé.", [("cinq ans", "P5Y")]),
        ('Il a signé un "contrat" de cinq ans.', [("cinq ans", "P5Y")]),  # a quoted thing
        ("Il a signé un contrat « historique » de 5 ans.", [("5 ans", "P5Y")]),
    ],
)
def test_length_after_a_thing_stays_a_duration(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Paul Renard, caricaturiste de 71 ans, a rendu son dessin.", "Paul Renard", 71),
        ("Lucie Morel (employée de banque de 29 ans) a disparu.", "Lucie Morel", 29),
        ("Hugo Petit, ancien militaire de 25 ans, a témoigné.", "Hugo Petit", 25),
        ("Hugo Petit, un retraité de 70 ans a parlé.", "Hugo Petit", None),  # not closed
        ("Nora Haddad, 34 ans, a témoigné.", "Nora Haddad", 34),
    ],
)
def test_apposed_age_goes_to_the_person(
    extractor: Extractor, text: str, name: str, age: int | None
) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(p.name, p.age) for p in article.people] == [(name, age)]
    assert article.dates == ()


def test_apposed_length_is_no_age(extractor: Extractor) -> None:
    article = extractor.extract(
        "Marc Leroy, condamné à une peine de 20 ans, a fait appel.", reference_date=REF
    )
    assert [(p.name, p.age) for p in article.people] == [("Marc Leroy", None)]
    assert [(d.text, d.value) for d in article.dates] == [("20 ans", "P20Y")]
