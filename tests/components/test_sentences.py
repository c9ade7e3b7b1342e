"""c5facts_sentences: sentence starts from final marks and line breaks."""

from __future__ import annotations

import pytest

from c5facts.components.sentences import sentence_starts
from c5facts.extract import Extractor


def _sentences(extractor: Extractor, text: str) -> list[str]:
    doc = extractor.nlp(text)
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline and a dateline end at their line breaks, without a full stop
        (
            "La grève reconduite jusqu'à jeudi\n\nAFP, publié le lundi 3 mars\n"
            "Les syndicats ont voté la reconduction. Le trafic restera perturbé.",
            [
                "La grève reconduite jusqu'à jeudi",
                "AFP, publié le lundi 3 mars",
                "Les syndicats ont voté la reconduction.",
                "Le trafic restera perturbé.",
            ],
        ),
        # a closing guillemet stays with the sentence its full stop ends
        (
            "« Nous partirons demain. » Le ministre l'a confirmé.",
            ["« Nous partirons demain. »", "Le ministre l'a confirmé."],
        ),
        # an opening quote after a final mark starts the next sentence
        (
            "Il a tranché. « Rien ne changera », a-t-il ajouté.",
            ["Il a tranché.", "« Rien ne changera », a-t-il ajouté."],
        ),
        # a paragraph opening with a straight quote starts a sentence
        (
            'Le juge a tranché.\n"Nous ferons appel", a répondu l\'avocat.',
            ["Le juge a tranché.", '"Nous ferons appel", a répondu l\'avocat.'],
        ),
        # an incise in lower case after a quote's final mark goes on with the sentence
        (
            "« Pourquoi partir ? » s'interroge un habitant. Personne ne répond.",
            ["« Pourquoi partir ? » s'interroge un habitant.", "Personne ne répond."],
        ),
        # abbreviations and decimals are single tokens: no break inside
        (
            "M. Dupont a versé 3.5 millions à la société. Elle a accepté !",
            ["M. Dupont a versé 3.5 millions à la société.", "Elle a accepté !"],
        ),
        # a full stop glued to a closing bracket by the tokenizer still ends the sentence
        (
            "Il cite le barrage [de Sivrac]. Le chantier a repris.",
            ["Il cite le barrage [de Sivrac].", "Le chantier a repris."],
        ),
        # question and exclamation marks, an ellipsis
        (
            "Qui paiera ? Personne… Le débat reste ouvert",
            ["Qui paiera ?", "Personne…", "Le débat reste ouvert"],
        ),
    ],
)
def test_sentences(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _sentences(extractor, text) == expected


def test_sentence_starts_pure() -> None:
    words = ["Fin", ".", '"', "Puis", "\n", "Titre", " ", ".", " ", "Suite"]
    spaced = [False, False, True, True, False, True, False, True, False, False]
    breaks = [w == "\n" for w in words]
    # '"' right after the full stop (no space before it) closes; a plain space never
    # starts a sentence; the line break belongs to the sentence it ends
    assert sentence_starts(words, spaced, breaks) == [
        True,
        False,
        False,
        True,
        False,
        True,
        False,
        False,
        False,
        True,
    ]


def test_a_name_does_not_run_into_the_next_line(extractor: Extractor) -> None:
    text = (
        "Le président Paul Durand en visite à Lyon\n\nPresse Régionale, publié le 2 mars 2021\n"
        "Le président Paul Durand a visité une usine."
    )
    record = extractor.extract(text, source="s.txt")
    assert [p.name for p in record.people] == ["Paul Durand"]
