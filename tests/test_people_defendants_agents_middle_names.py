"""Defendants the model misreads, agents after a complement, names without their middle name.

Sentences written for c5facts (issue 13). The model's reading is set where the rule
depends on it (`read_as`):

- a noun of court reports ("l'accusé X", "le prévenu X", "le témoin X", "la victime X",
  "le recourant X") announces a person whatever the model reads, ORG and MISC included,
  unless the word opens an organisation's longer name that the article gives;
- a court report's or a register's "Dubois (Pierre), 45 ans" (surname, then a given name
  alone between parentheses) is the person "Pierre Dubois"; "Paris (France)" is none;
- the agent of a passive may follow a short complement ("assassiné à Lyon par X");
- "Recep Erdogan" after "Recep Tayyip Erdogan" is the same person (same first name and
  surname, the middle names left out); "Jean Martin" is not "Jean-Pierre Martin".
"""

from __future__ import annotations

from datetime import date

import pytest
from people_reading import read_as

from c5facts.extract import Extractor


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        pytest.param(
            "L'accusé Marvejol a été condamné à mort.",
            [("Marvejol", "MISC")],
            ["Marvejol"],
            id="defendant-misc",
        ),
        pytest.param(
            "Le prévenu Dalbarède a été relaxé hier.",
            [("Dalbarède", "ORG")],
            ["Dalbarède"],
            id="defendant-org",
        ),
        pytest.param(
            "La société Vernadel Industries est poursuivie. La prévenue Vernadel conteste.",
            [("Vernadel Industries", "ORG"), ("Vernadel", "ORG")],
            [],
            id="defendant-company",
        ),
        # the other parties of a trial: witnesses, victims, plaintiffs, appellants
        pytest.param(
            "Le jury a entendu le témoin Favrelet.",
            [("Favrelet", "ORG")],
            ["Favrelet"],
            id="witness-org",
        ),
        pytest.param(
            "Le recourant Dubuisson conteste la décision du Conseil d'Etat.",
            [("Dubuisson", "LOC"), ("Conseil d'Etat", "ORG")],
            ["Dubuisson"],
            id="appellant-place",
        ),
        pytest.param(
            "La victime Marsollier a été transportée à l'hôpital.",
            [("Marsollier", "PER")],
            ["Marsollier"],
            id="victim",
        ),
        pytest.param(
            "Le président a été assassiné à Lyon par Casimbert.",
            [("Lyon", "LOC"), ("Casimbert", "PER")],
            ["Casimbert"],
            id="agent-after-place",
        ),
        pytest.param(
            "Le film tourné en 1960 par Varnier est ressorti.",
            [("Varnier", "PER")],
            ["Varnier"],
            id="agent-after-year",
        ),
        pytest.param(
            "Le tableau a été racheté en 2019 et restauré, par Varnier.",
            [("Varnier", "PER")],
            [],
            id="agent-too-far",
        ),
    ],
)
def test_defendants_and_agents(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    """The people found when the model reads `ents`."""
    assert read_as(extractor, text, ents) == want


REF = date(2019, 11, 28)


def test_a_name_without_its_middle_name_is_the_same_person(extractor: Extractor) -> None:
    text = (
        "Erdogan s'en prend à Paris. Le président turc Recep Tayyip Erdogan a répondu "
        "lundi. Plus tard, Recep Erdogan a déclaré qu'il ne reculerait pas."
    )
    article = extractor.extract(text, reference_date=REF)
    people = {p.name: p for p in article.people}
    assert list(people) == ["Recep Tayyip Erdogan"]
    assert set(people["Recep Tayyip Erdogan"].aliases) == {
        "Erdogan",
        "Recep Tayyip Erdogan",
        "Recep Erdogan",
    }


def test_a_compound_first_name_is_another_person(extractor: Extractor) -> None:
    text = "Jean-Pierre Martin, le maire, a salué son frère Jean Martin, arrivé de Lyon."
    article = extractor.extract(text, reference_date=REF)
    assert sorted(p.name for p in article.people) == ["Jean Martin", "Jean-Pierre Martin"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dubois (Pierre), 45 ans, journalier, a été condamné à trois mois de prison.",
         ["Pierre Dubois"]),
        ("Décès : Martin (Louise), 72 ans ; Garnier (Paul), 80 ans.",
         ["Louise Martin", "Paul Garnier"]),
        ("Il vit à Paris (France) depuis 2010.", []),
        ("Le Président (Jean) a parlé.", []),
    ],
)  # fmt: skip
def test_a_surname_before_its_given_name_in_parentheses(
    extractor: Extractor, text: str, want: list[str]
) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [p.name for p in article.people] == want
