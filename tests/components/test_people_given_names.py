"""Given names and name contexts (issue 13 families) through the real pipeline.

Each sentence is written for c5facts; the expected people are canonical names, exactly.
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts import spans
from c5facts.extract import Extractor
from c5facts.matches import PersonMatch

REF = date(2025, 11, 6)


def names(extractor: Extractor, text: str) -> set[str]:
    """Canonical names of the people of `text`."""
    return {p.name for p in extractor.extract(text, reference_date=REF).people}


def rules(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    """(span text, rule) of every person span of `text`."""
    doc = extractor.nlp(text)
    out = []
    for span in doc.spans[spans.PEOPLE]:
        match: PersonMatch = span._.get(spans.PEOPLE)
        out.append((span.text, match.rule))
    return out


# (id, text, people expected)
# fmt: off
CASES: list[tuple[str, str, set[str]]] = [
    # 1. a given name the model leaves out or misses
    ("given-name-widened", "La députée Zeynep Ece Dundar a quitté la séance.",
     {"Zeynep Ece Dundar"}),
    ("given-name-run", "Selon ses proches, Zeynep Ece Dundar ne se représentera pas.",
     {"Zeynep Ece Dundar"}),
    # a given name that also names a country ("France", "Maurice") opens a name, not a fixture
    ("country-given-name-run", "Selon ses proches, Maurice Quentel Arnoux ne viendra pas.",
     {"Maurice Quentel Arnoux"}),
    ("countries-not-a-run", "Le match France Allemagne aura lieu samedi soir.", set()),
    ("ship-not-a-name", "Elle est montée à bord de l'USS Iwo Jima hier.", set()),
    ("title-complement-not-widened", "Le maire LR de Nice Christian Vallet a signé l'arrêté.",
     {"Christian Vallet"}),
    ("city-not-widened", "La maire de Paris Anne Lemarchand a inauguré le pont.",
     {"Anne Lemarchand"}),
    # title runs holding an acronym or an organisation's name
    ("title-party-acronym", "La maire PS Agnès Durandeau a inauguré la piscine.",
     {"Agnès Durandeau"}),
    ("title-acronym-complement", "Le député LFI du Nord Bastien Quellec était sur France 3.",
     {"Bastien Quellec"}),
    ("title-of-party", "Le premier secrétaire du Parti socialiste Olivier Faurel a parlé.",
     {"Olivier Faurel"}),
    ("org-named-after-person", "L'avocat de l'association Henri Delmas a plaidé la relaxe.",
     set()),
    # 2. after a relation noun that may name a party
    ("ally-party", "Le chef du gouvernement a reçu son allié libéral Qalb Tounès.", set()),
    ("ally-person", "Le président a reçu son allié libéral Karim Benali mardi.",
     {"Karim Benali"}),
    # 3. single words in a person context
    ("speech-incise", "Rien n'est réglé, peste Okonkwo devant la presse.", {"Okonkwo"}),
    ("age-given-name", "Dans la file, Gisèle, 81 ans, attendait son tour.", {"Gisèle"}),
    ("comma-list", "Le film réunit Depardieu, Deneuve, Auteuil et Béart.",
     {"Depardieu", "Deneuve", "Auteuil", "Béart"}),
    ("finite-subject", "Bayrou souhaite un référendum sur la question.", {"Bayrou"}),
    ("object-adverb", "Les policiers ont interpellé brutalement Théodore.", {"Théodore"}),
    ("same-name", "Le ministre a rencontré Ronaldinho hier. Mais Ronaldinho en retraite, le club "
     "cherche un remplaçant.", {"Ronaldinho"}),
    ("date-not-listed", "Vendredi, Macron et Merkel ont signé un accord.", {"Macron", "Merkel"}),
    ("honorific-after-a", "Il a dîné face à Mme Martinon hier soir.", {"Martinon"}),
    ("wife", "Il est mort dans les bras de sa femme Ludmilla.", {"Ludmilla"}),
    ("voter-of", "C'est un électeur de Bayrou en moins.", {"Bayrou"}),
    ("told-to", "Le maire a répondu à Aubry dans la soirée.", {"Aubry"}),
    ("place-after-a", "Il est allé à Soumy hier.", set()),
    ("thing-verb", "Tesla a dévoilé un nouveau modèle.", set()),
    ("article-thing", "Le Covid a tué trois résidents.", set()),
    # 4. shops and brands
    ("shop-of-town", "Le vol a eu lieu au Leclerc de Plérin vers midi.", set()),
    ("shop-article", "Des clients attendaient devant le Leclerc de Lannion.", set()),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_given_name_families(extractor: Extractor, text: str, want: set[str]) -> None:
    assert names(extractor, text) == want


def test_evidence_names_the_rules(extractor: Extractor) -> None:
    assert rules(extractor, "Selon ses proches, Zeynep Ece Dundar ne viendra pas.") == [
        ("Zeynep Ece Dundar", "first-name")
    ]
    text = "Le ministre a rencontré Ronaldinho hier. Mais Ronaldinho en retraite, le club hésite."
    assert rules(extractor, text) == [
        ("Ronaldinho", "ner+object"),
        ("Ronaldinho", "ner+same-name"),
    ]
    assert rules(extractor, "Bayrou souhaite un référendum.") == [("Bayrou", "ner+subject")]


def test_age_of_a_lone_given_name(extractor: Extractor) -> None:
    (person,) = extractor.extract(
        "Dans la file, Gisèle, 81 ans, attendait son tour.", reference_date=REF
    ).people
    assert person.age == 81
    assert "age" in person.evidence
