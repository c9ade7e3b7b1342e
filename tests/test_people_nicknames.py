"""Nicknames and stage names: every mention of one is its person (person_nicknames).

Sentences written for c5facts, on the real pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2021, 3, 4)


def _people(extractor: Extractor, text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = extractor.extract(text, reference_date=REF)
    return [(p.name, p.forms) for p in article.people]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Le prince Karim ben Nasser, dit KBN, a été désigné. Selon la presse, KBN a "
            "ordonné l'opération.",
            [("Karim ben Nasser", ("Karim ben Nasser", "KBN"))],
        ),
        (
            "Le chanteur Paul Vernet, surnommé le Baron, est mort. Le Baron avait 80 ans.",
            [("Paul Vernet", ("Paul Vernet", "Baron"))],
        ),
        (
            "Le rappeur Marc Duval, alias Zeldo, a parlé. Zeldo a annoncé un album.",
            [("Marc Duval", ("Marc Duval", "Zeldo"))],
        ),
        (
            "Le rappeur Zeldo, de son vrai nom Marc Duval, a parlé. Zeldo a annoncé un album.",
            [("Marc Duval", ("Zeldo", "Marc Duval"))],
        ),
        (
            "Zeldo, de son vrai nom Marc Duval, a sorti un album. Zeldo le présente lundi.",
            [("Marc Duval", ("Zeldo", "Marc Duval"))],
        ),
    ],
)
def test_a_nickname_is_its_person(
    extractor: Extractor, text: str, want: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _people(extractor, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "J'ai rencontré Paul Vernet, dit Marie.",  # "dit" ending the sentence: a speech verb
        "Paul Vernet, dit-il, a menti.",  # an incise
    ],
)
def test_a_speech_verb_names_no_nickname(extractor: Extractor, text: str) -> None:
    people = _people(extractor, text)
    assert ("Paul Vernet", ("Paul Vernet",)) in people
    assert all(forms == (name,) for name, forms in people)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the press's short form: a full name's inner word that is no given name
        (
            "Luiz Inácio Lula da Silva a gagné l'élection. Lula a promis des réformes.",
            [("Luiz Inácio Lula da Silva", ("Luiz Inácio Lula da Silva", "Lula"))],
        ),
    ],
)
def test_an_inner_word_of_a_full_name_is_its_person(
    extractor: Extractor, text: str, want: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _people(extractor, text) == want
