"""Storms', ships' and quoted works' names are no people; lone first names join their person.

Sentences written for c5facts (issue 13):

- a capitalised word the article gives after a `named_thing` noun ("la tempête Eleanor",
  "le navire Wakashio") is a storm's or a ship's name: the same word elsewhere in the
  article ("Eleanor sème la pagaille") is no person; a foundation or a street is no such
  noun ("la fondation Obama ... Obama a déclaré" keeps the person);
- a name opened by an article between quotation marks is a work's title ('"La
  Cantatrice Chauve" de Ionesco');
- a lone first name joins the full name that opens on it, hyphenated or not
  ("Jean-François" of "Jean-François Copé"), or followed by an initial ("Antonin" of
  "Antonin G."), and an initial counts half a word ("George W. Bush" takes "George Bush");
- a full name whose surname is one letter off another's with the same given names is a
  misspelling: one person, under the spelling written more often;
- "Mme X" / "M. X" joins no full name whose given name is of the other sex.
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2020, 8, 16)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Tempête Eleanor : grosses perturbations. Eleanor sème la pagaille. "
            "La tempête Eleanor balaie le pays.",
            [],
            id="storm",
        ),
        pytest.param(
            "Le navire Wakashio s'est échoué. Wakashio a déversé du carburant, a indiqué "
            "le ministre Kavy Ramano.",
            ["Kavy Ramano"],
            id="ship",
        ),
        pytest.param(
            "La fondation Obama a reçu des fonds. Obama a déclaré qu'il était fier.",
            ["Obama"],
            id="foundation-keeps-person",
        ),
        pytest.param(
            'Au théâtre, "La Cantatrice Chauve" de Ionesco est jouée depuis 1957.',
            ["Ionesco"],
            id="quoted-title",
        ),
        pytest.param(
            '"Le Pen a raison", a dit Marine Le Pen.', ["Marine Le Pen"], id="quote-keeps-name"
        ),
        pytest.param(
            "L'ouragan Irma a dévasté l'île. Le président Irma Dufresne a visité les lieux.",
            ["Irma Dufresne"],
            id="full-name-stays",
        ),
    ],
)
def test_named_things_are_no_people(extractor: Extractor, text: str, want: list[str]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [p.name for p in article.people] == want


def test_a_hyphenated_first_name_joins_its_person(extractor: Extractor) -> None:
    text = (
        "Interrogé sur le prix du pain, Jean-François avait estimé sa valeur. "
        "Jean-François Copé a évoqué une histoire de fou."
    )
    article = extractor.extract(text, reference_date=REF)
    assert [(p.name, set(p.aliases)) for p in article.people] == [
        ("Jean-François Copé", {"Jean-François", "Jean-François Copé"})
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Myriam, Stella et Antonin avaient entre 25 et 31 ans. Antonin G. était diplômé.",
            [
                ("Myriam", {"Myriam"}),
                ("Stella", {"Stella"}),
                ("Antonin G.", {"Antonin", "Antonin G."}),
            ],
        ),
        (
            "George W. Bush a reçu le prince. George Bush a ensuite parlé, puis Bush est reparti.",
            [("George W. Bush", {"George W. Bush", "George Bush", "Bush"})],
        ),
    ],
)
def test_an_initial_counts_half_a_word(
    extractor: Extractor, text: str, want: list[tuple[str, set[str]]]
) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(p.name, set(p.aliases)) for p in article.people] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Adolf Eichmann a été jugé. Le procès d'Adolf Eichmann a duré. "
            "Adolf Eichman a été pendu.",
            [("Adolf Eichmann", {"Adolf Eichmann", "Adolf Eichman"})],
        ),
        (
            "Vincent Crase était présent. Vincent Cras a été filmé. Vincent Crase a démenti.",
            [("Vincent Crase", {"Vincent Crase", "Vincent Cras"})],
        ),
        (
            "Jean Dupont et Jean Durand ont signé.",
            [("Jean Dupont", {"Jean Dupont"}), ("Jean Durand", {"Jean Durand"})],
        ),
        # other letters doubled: two letters apart, the same name
        (
            "Adrien Vatennens a parlé. Adrien Vatennens a insisté. Adrien Vattenens a conclu.",
            [("Adrien Vatennens", {"Adrien Vatennens", "Adrien Vattenens"})],
        ),
    ],
)
def test_a_misspelt_surname_is_the_same_person(
    extractor: Extractor, text: str, want: list[tuple[str, set[str]]]
) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(p.name, set(p.aliases)) for p in article.people] == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the honorific's sex against the given name's (first_names.tsv)
        (
            "Brigitte Macron était à Lyon. Emmanuel Macron aussi. Mme Macron a parlé, "
            "puis M. Macron.",
            [
                ("Brigitte Macron", ("Brigitte Macron", "Mme Macron")),
                ("Emmanuel Macron", ("Emmanuel Macron", "M. Macron")),
            ],
        ),
        (
            "Jean Lefort a témoigné. Mme Lefort a confirmé.",
            [("Jean Lefort", ("Jean Lefort",)), ("Lefort", ("Mme Lefort",))],
        ),
        # a given name of both sexes says nothing
        (
            "Dominique Roussel a témoigné. Mme Roussel a confirmé.",
            [("Dominique Roussel", ("Dominique Roussel", "Mme Roussel"))],
        ),
    ],
)
def test_honorific_of_the_other_sex_joins_no_given_name(
    extractor: Extractor, text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    article = extractor.extract(text)
    assert [(p.name, p.aliases) for p in article.people] == expected
