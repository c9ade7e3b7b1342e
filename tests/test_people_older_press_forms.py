"""Written forms of names in the older press, OCR text and administrative usage (issue 13).

Sentences written for c5facts. The base model's reading is set where the rule needs it
(`read_as`), so that the rule, not the model's mood, is tested:

- a surname in capitals announced by a title, which the model reads as a person ("le
  général JOFFRE") or which holds an accent, as no acronym does ("le citoyen JAURÈS"),
  or followed by a title in apposition ("LOUBET, président de la République,"), never a
  party's or a union's acronym ("le député EELV", "le délégué CGT");
- a given name abbreviated in the typographic way ("Ch. Maurras", "Alph. Daudet",
  `given_abbreviation` in the people lexicon) is an initial of the name, and joins the
  name written out ("Charles Maurras" ... "Ch. Maurras": one person); a stem that is a
  given name in full ("Ed") is no abbreviation;
- a lone name a cleft focuses is the subject of the verb after "qui" ("C'est X qui a
  renversé le ministère"), never of a verb a company does as often ("c'est X qui domine");
- a speech verb in the present that is also a participle ("écrit", "dit") after a lone
  name opening its clause is its verb, whatever class the tagger gave it;
- the nouns of a person's health ("la santé de X", "la convalescence de X") take a person;
- a relative clause between commas stands between a lone name and its verb as an incise
  does ("X, dont la santé décline, a quitté Rome"), and so does a phrase opening on a
  preposition ("X, dans une lettre au Temps, avait accusé");
- a subject after its verb, the sentence opening on an adverb ("Alors parla X.", "Puis
  vint X, ..."), and a relative clause whose verb only a person does ("X, qui a déclaré
  que ...");
- three names or more in a list, every one read as a person by the model ("Ont pris la
  parole : X, Y, Z"), are persons, never after a plural noun of organisations ("les
  marques X, Y et Z": each is one) nor inside quotation marks (a work's title);
- a singular noun of friendship or fellowship announces the name after it ("notre ami X",
  "son collègue X": the lexicon's `relation`), as "le sieur X" does, with no role;
- a title word opening a sentence with no article is a surname when a finite verb follows
  it ("Pasteur est mort hier"), never a fronted apposition ("Président du Conseil depuis
  1899, X ...").
"""

from __future__ import annotations

from datetime import date

import pytest
from people_reading import read_as

from c5facts.extract import Extractor

REF = date(1912, 5, 4)


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        pytest.param(
            "Le général JOFFRE a inspecté le front hier.",
            [("JOFFRE", "PER")],
            ["JOFFRE"],
            id="caps-after-title",
        ),
        pytest.param(
            "Le président WILSON est arrivé à Brest.",
            [("WILSON", "PER")],
            ["WILSON"],
            id="caps-after-title-2",
        ),
        pytest.param(
            "Le citoyen JAURÈS a pris la parole.",
            [("JAURÈS", "ORG")],
            ["JAURÈS"],  # an accent: no acronym, whatever the model reads
            id="caps-accented-after-title",
        ),
        pytest.param(
            "LOUBET, président de la République, a signé le décret.",
            [("LOUBET", "PER")],
            ["LOUBET"],  # a title in apposition announces it
            id="caps-before-apposed-title",
        ),
        pytest.param(
            "CGT, syndicat majoritaire, a appelé à la grève.",
            [("CGT", "PER")],
            [],  # an acronym, even before an apposition
            id="caps-acronym-before-apposition",
        ),
        pytest.param(
            "Le député EELV a voté contre le texte.",
            [("EELV", "ORG")],
            [],  # a party
            id="caps-party-after-title",
        ),
        pytest.param(
            "Le délégué CGT a pris la parole.",
            [("CGT", "PER")],
            [],  # an acronym, whatever the model reads
            id="caps-acronym-after-title",
        ),
        pytest.param(
            "LE GÉNÉRAL JOFFRE INSPECTE LE FRONT",
            [("JOFFRE", "PER")],
            [],  # a headline in capitals
            id="caps-headline",
        ),
    ],
)
def test_capital_surnames_after_titles(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    assert read_as(extractor, text, ents) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("M. Ch. Rigaud a présidé la séance du conseil.", {"Ch. Rigaud"}),
        ("Le professeur Aug. Forel a parlé à Lausanne.", {"Aug. Forel"}),
        (
            "M. Th. Berthoud, conseiller d'État, a répondu à M. Alph. Moret.",
            {"Th. Berthoud", "Alph. Moret"},
        ),
        # the name written out and its abbreviation: one person
        (
            "Charles Rigaud a parlé hier. M. Ch. Rigaud a ensuite quitté la salle.",
            {"Charles Rigaud"},
        ),
        # another given name: another person
        (
            "Charles Rigaud a parlé hier. M. Th. Rigaud a ensuite quitté la salle.",
            {"Charles Rigaud", "Th. Rigaud"},
        ),
    ],
)
def test_abbreviated_given_names(extractor: Extractor, text: str, want: set[str]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert {p.name for p in article.people} == want


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        pytest.param(
            "C'est Rigaud qui a renversé le ministère.",
            [("Rigaud", "PER")],
            ["Rigaud"],
            id="cleft-subject",
        ),
        pytest.param(
            "C'est Rigaud qui domine le marché.",
            [("Rigaud", "PER")],
            [],  # a company's verb as often
            id="cleft-thing-verb",
        ),
        pytest.param(
            "Berthoud écrit dans son journal que la guerre est proche.",
            [("Berthoud", "PER")],
            ["Berthoud"],
            id="present-speech-verb",
        ),
        pytest.param(
            "La santé de Berthoud inspire des inquiétudes.",
            [("Berthoud", "PER")],
            ["Berthoud"],
            id="health-noun",
        ),
        pytest.param(
            "Berthoud, dont la santé décline, a quitté la capitale.",
            [("Berthoud", "PER")],
            ["Berthoud"],
            id="relative-incise",
        ),
        pytest.param(
            "Berthoud, qui a perdu huit millions, a quitté la capitale.",
            [("Berthoud", "ORG")],
            [],  # a company to the model
            id="relative-incise-company",
        ),
        pytest.param(
            "Berthoud, dans une lettre au Temps, avait accusé le ministre.",
            [("Berthoud", "PER")],
            ["Berthoud"],
            id="prepositional-incise",
        ),
        pytest.param(
            "Berthoud, après une longue discussion, a répondu au rapporteur.",
            [("Berthoud", "PER")],
            ["Berthoud"],
            id="prepositional-incise-speech",
        ),
        pytest.param(
            "Berthoud, dans un communiqué, a annoncé la fermeture de l'usine.",
            [("Berthoud", "ORG")],
            [],  # a company to the model: the incise gives no person
            id="prepositional-incise-company",
        ),
        pytest.param(
            "Berthoud, à qui l'on reprochait ses dettes, a quitté la ville.",
            [("Berthoud", "PER")],
            ["Berthoud"],  # a relative clause after "à": the clause's verb is no limit
            id="prepositional-relative-incise",
        ),
        pytest.param(
            "Alors parla Berthoud.",
            [("Berthoud", "PER")],
            ["Berthoud"],  # a subject after its verb, behind an opening adverb
            id="inverted-subject",
        ),
        pytest.param(
            "Puis vint Berthoud, qui lut une déclaration.",
            [("Berthoud", "PER")],
            ["Berthoud"],
            id="inverted-subject-comma",
        ),
        pytest.param(
            "Alors arriva Lyon.",
            [("Lyon", "LOC")],
            [],  # the model reads no person: the construction alone says nothing
            id="inverted-place",
        ),
        pytest.param(
            "Berthoud, qui a déclaré que la séance était close, est parti.",
            [("Berthoud", "PER")],
            ["Berthoud"],  # a relative clause whose verb only a person does
            id="acting-relative",
        ),
        pytest.param(
            "Berthoud, qui a perdu des parts de marché, recule.",
            [("Berthoud", "PER")],
            [],  # a company's act as often
            id="relative-thing-act",
        ),
        pytest.param(
            "Il a combattu aux côtés de Berthoud pendant dix ans.",
            [("Berthoud", "PER")],
            ["Berthoud"],  # "aux côtés de": beside a person
            id="beside",
        ),
        pytest.param(
            "Ont pris la parole : Berthoud, Rigaud, Vernier.",
            [("Berthoud", "PER"), ("Rigaud", "PER"), ("Vernier", "PER")],
            ["Berthoud", "Rigaud", "Vernier"],  # three names the model reads as persons
            id="list-of-three",
        ),
        pytest.param(
            "Ont pris la parole : Berthoud, Rigaud.",
            [("Berthoud", "PER"), ("Rigaud", "PER")],
            [],  # two are no list of evidence
            id="list-of-two",
        ),
        pytest.param(
            "Les marques Berthoud, Rigaud et Vernier sont présentes.",
            [("Berthoud", "PER"), ("Rigaud", "PER"), ("Vernier", "PER")],
            [],  # after a plural noun of brands: every item is a brand
            id="list-of-brands",
        ),
        pytest.param(
            "La marque Rigaud et Jean Vernier ont signé un accord.",
            [("Rigaud", "ORG"), ("Jean Vernier", "PER")],
            ["Jean Vernier"],  # a singular noun names its first item alone
            id="brand-then-person",
        ),
        pytest.param(
            "Il a revu « Berthoud, Rigaud, Vernier et les autres ».",
            [("Berthoud", "PER"), ("Rigaud", "PER"), ("Vernier", "PER")],
            [],  # a work's title
            id="list-in-title",
        ),
        pytest.param(
            "Nous apprenons la mort de notre ami Berthoud.",
            [("Berthoud", "PER")],
            ["Berthoud"],
            id="friend-relation",
        ),
        pytest.param(
            "Pasteur est mort hier dans sa propriété.",
            [("Pasteur", "PER")],
            ["Pasteur"],
            id="title-word-opening-subject",
        ),
        pytest.param(
            "Président du Conseil depuis 1899, il a formé le cabinet.",
            [("Président", "PER")],
            [],  # a fronted apposition: the office
            id="title-word-opening-apposition",
        ),
        pytest.param(
            "La santé de Berthoud inspire des inquiétudes.",
            [("Berthoud", "LOC")],
            [],  # a place's health: the model reads no person
            id="health-noun-place",
        ),
    ],
)
def test_lone_name_constructions(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    assert read_as(extractor, text, ents) == want
