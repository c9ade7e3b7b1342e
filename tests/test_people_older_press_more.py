"""Lone surnames of the older press and of political news, read from their construction.

Sentences written for c5facts (issue 13). The base model's reading is set in each case
(`read_as`), so that the rule, not the model's mood, is tested:

- a title word written with its capital and no article is a surname ("la mort de
  Pasteur"); with an article it is the office ("le Pape");
- "de X à Y" over a full name ("une lettre de Victor Hugo à Lamartine");
- OCR reading the honorific's dot as a comma or setting it apart ("M, Motta", "M .
  Motta"); an honorific before a title announces its holder, in capitals or read as an
  organisation by the model ("M. le conseiller fédéral SCHULTHESS"), never an acronym;
- a title before a particle the model reads inside the name ("le ministre de Broglie"),
  never a title before "de" + a name the model reads alone ("le porte-parole de X");
- a passive only a person undergoes ("X a été élu"), never for a city;
- nouns that take a person ("la réponse de X"), an adjective between or not;
- "celui de X" parallel to a person named after "de" in the sentence;
- a parliament's list giving each name its canton in parentheses ("MM. X (Vaud) et Y
  (Tessin)"); the object of "élu"/"désigné"; a lower-case noun never ends a name;
- a full name the model reads as a place or a work, first word a strong given name
  ("du pays de Marc Lebrun"), never after "à" or a street's noun, nor in quotation marks.
"""

from __future__ import annotations

import pytest
from people_reading import read_as

from c5facts.extract import Extractor


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        pytest.param(
            "La mort de Pasteur a causé une émotion profonde.",
            [("Pasteur", "PER")],
            ["Pasteur"],
            id="title-word-surname",
        ),
        pytest.param(
            "Hier, selon le Pape, la paix restait possible.",
            [("Pape", "PER")],
            [],  # the office
            id="title-word-office",
        ),
        pytest.param(
            "Une lettre du Prince a été lue à la tribune.",
            [("Prince", "PER")],
            [],
            id="title-word-contracted",
        ),
        pytest.param(
            "Une lettre de Victor Hugo à Lamartine a été retrouvée.",
            [("Victor Hugo", "PER"), ("Lamartine", "PER")],
            ["Victor Hugo", "Lamartine"],
            id="range-after-full-name",
        ),
        pytest.param(
            "Le voyage de Paul Durand à Vesoul a duré trois jours.",
            [("Paul Durand", "PER"), ("Vesoul", "LOC")],
            ["Paul Durand"],  # a place after "à" stays a place
            id="range-place",
        ),
        pytest.param(
            "Le Conseil fédéral a chargé M, Motta de répondre.",
            [("M", "PER"), ("Motta", "PER")],
            ["Motta"],
            id="ocr-comma-honorific",
        ),
        pytest.param(
            "Le Conseil a entendu M . Motta hier.",
            [("M", "PER"), ("Motta", "PER")],
            ["Motta"],
            id="ocr-dot-apart",
        ),
        pytest.param(
            "M. le conseiller fédéral SCHULTHESS a répondu.",
            [("SCHULTHESS", "ORG")],
            ["SCHULTHESS"],  # an honorific announces the title: its holder, in capitals
            id="honoured-title-capitals",
        ),
        pytest.param(
            "M. le député LREM a voté.",
            [("LREM", "ORG")],
            [],  # an acronym
            id="honoured-title-acronym",
        ),
        pytest.param(
            "La taille M, Vesoul et Dole sont loin.",
            [("Vesoul", "LOC"), ("Dole", "LOC")],
            [],
            id="letter-comma-no-honorific",
        ),
        pytest.param(
            "Le ministre de Broglie a démissionné hier.",
            [("de Broglie", "PER")],
            ["de Broglie"],
            id="title-particle-name",
        ),
        pytest.param(
            "Le porte-parole de Varenne a démenti.",
            [("Varenne", "PER")],
            ["Varenne"],  # Varenne's spokesman, no "de Varenne"
            id="title-of-a-person",
        ),
        pytest.param(
            "Le maire de Vesoul a démenti.",
            [("Vesoul", "PER")],
            [],  # a city of the generated table: an office
            id="title-of-a-city",
        ),
        pytest.param(
            "Hier, Vautrin a été élu président du club.",
            [("Vautrin", "LOC")],
            ["Vautrin"],
            id="passive-elected",
        ),
        pytest.param(
            "Hier, Nantes a été élue capitale verte de l'Europe.",
            [("Nantes", "LOC")],
            [],
            id="passive-city",
        ),
        pytest.param(
            "On attend toujours la réponse de Caillaux.",
            [("Caillaux", "PER")],
            ["Caillaux"],
            id="noun-answer",
        ),
        pytest.param(
            "On a commenté l'attitude politique de Caillaux.",
            [("Caillaux", "PER")],
            ["Caillaux"],
            id="noun-adjective-of",
        ),
        pytest.param(
            "Le discours de M. Motta fut applaudi ; celui de Musy le fut moins.",
            [("M. Motta", "PER"), ("Musy", "PER")],
            ["M. Motta", "Musy"],
            id="parallel-after",
        ),
        pytest.param(
            "Entre la droite de Sarkozy et celle de Fillon, il y a un gouffre.",
            [("Sarkozy", "PER"), ("Fillon", "PER")],
            ["Sarkozy", "Fillon"],
            id="parallel-both-lone",
        ),
        pytest.param(
            "MM. Pittet (Vaud), Rossier (Fribourg) et Bolla (Tessin) ont voté.",
            [("MM. Pittet", "PER"), ("Rossier", "LOC"), ("Bolla", "LOC")],
            ["MM. Pittet", "Rossier", "Bolla"],
            id="list-origin-parentheses",
        ),
        pytest.param(
            "L'assemblée a élu Chappuis président du comité.",
            [("Chappuis", "PER")],
            ["Chappuis"],
            id="elected-object",
        ),
        pytest.param(
            "Le comité a nommé Grosjean secrétaire.",
            [("Grosjean secrétaire", "PER")],
            ["Grosjean"],  # a lower-case noun ends no name
            id="trailing-noun",
        ),
        pytest.param(
            "Le rapport de Ruchonnet a été adopté sans discussion.",
            [("Ruchonnet", "PER")],
            ["Ruchonnet"],
            id="noun-report",
        ),
        pytest.param(
            "Elle a fait grève de la faim dans les prisons du pays de Marc Lebrun.",
            [("Marc Lebrun", "LOC")],
            ["Marc Lebrun"],  # a full name the model reads as a place
            id="full-name-read-as-place",
        ),
        pytest.param(
            "Il descend du métro à Victor Hugo, place Victor Hugo.",
            [("Victor Hugo", "LOC"), ("Victor Hugo", "LOC")],
            [],  # a station and a square
            id="full-name-places",
        ),
        pytest.param(
            "Le film « Marie Antoinette » sort mercredi.",
            [("Marie Antoinette", "MISC")],
            [],  # a work's title
            id="full-name-work",
        ),
        pytest.param(
            "Le port de Marseille et celui de Gênes sont saturés.",
            [("Marseille", "LOC"), ("Gênes", "LOC")],
            [],
            id="parallel-places",
        ),
        # a noun of occupation or status announces a name the model reads as a person
        pytest.param(
            "Le cocher Lemoine a été renversé rue de Rivoli.",
            [("Lemoine", "PER")],
            ["Lemoine"],
            id="occupation-noun",
        ),
        pytest.param(
            "La lycéenne Chloé Vautrin a témoigné.",
            [("Chloé Vautrin", "PER")],
            ["Chloé Vautrin"],
            id="status-noun",
        ),
        pytest.param(
            "Le cocher Lemoine a été renversé rue de Rivoli.",
            [("Lemoine", "ORG")],
            [],  # neither a person to the model nor a given name
            id="occupation-noun-org",
        ),
        # a finite verb after the holder is no adjective of a capitalised noun
        pytest.param(
            "Le sénateur Vercoutre écrit que le ministère doit partir.",
            [("Vercoutre", "PER")],
            ["Vercoutre"],
            id="title-name-verb",
        ),
        pytest.param(
            "Un militant Gilet jaune a manifesté.",
            [("Gilet", "PER")],
            [],
            id="title-capitalised-noun-adjective",
        ),
        pytest.param(
            "Le généralissime Joffre a visité le front.",
            [("Joffre", "ORG")],
            ["Joffre"],
            id="rank-generalissime",
        ),
        # an artist's occupation only a person holds, whatever the model reads
        pytest.param(
            "Le compositeur Massenet assistait aux obsèques.",
            [("Massenet", "ORG")],
            ["Massenet"],
            id="artist-rank",
        ),
    ],
)
def test_older_press_readings(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    assert read_as(extractor, text, ents) == want
