"""Evidence from a lone name itself and the noun in apposition to it (`person_mentions`).

Two families add to the sentence's evidence (`person_context`) for a lone word:

- ``apposition``: a noun naming a human by occupation, status or age after a comma
  (`human_noun` in the lexicon: "Josiane, une habituée, s'installe", "Ahmed, un retraité
  de 70 ans", "Karim, étudiant en droit"), or a family noun ("Lise, une mère de trois
  enfants"); determiners, modifiers and adjectives may come before it ("une vieille
  habituée"). No role: these nouns are no titles. Never when the noun phrase opens the
  next clause ("X, un retraité a été agressé", "Près de X, un retraité de 70 ans a été
  agressé": `person_titles.human_apposed`);
- ``given-name``: a word the model tags PER that is a strong given name
  (`models/people/first_names.tsv`), one word written mid-sentence with its capital ("un
  autre voyage d'Eric", "parents de Jérôme"; a hyphenated one names schools and streets as
  often: "le lycée voisin de Paul-Robert"): a person on its own, unless the word is also a
  date word (`date_words`: a month, a weekday, a holiday, "Noël"), it follows an article or
  a common noun that names it ("la Zoe", "le bar Marilyn", "des jantes Kari": a product, a
  venue, a thing), it stands inside quotation marks (a work's title: "Vincent, François,
  Paul et les autres"), or the article uses the word as a place ("près de Nancy", "à X":
  `person_places.place_use`). A lone word inside a date fact never reaches this rule.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from c5facts.components.person_context import common_opening, opens_sentence
from c5facts.components.person_coordination import ARTICLES
from c5facts.components.person_places import inside_quotes, place_use
from c5facts.components.person_titles import Lexicon, human_apposed


def human_apposition(lex: Lexicon, doc: Doc, start: int, end: int, people: Collection[int]) -> bool:
    """'Josiane, une habituée', 'Karim, étudiant en droit': a human noun in apposition."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    first = doc[start]
    participle = first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm", [])
    if common_opening(first) or (opens_sentence(first) and participle):
        return False  # "Vendredi, un retraité ...", "Blessée, la jeune femme ...": no name
    return human_apposed(lex, doc, end, people)


def given_name_alone(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """Whether the lone word is a strong given name the model calls a person (module doc)."""
    text = doc[start:end].text
    if end - start > 1 or doc[start].ent_type_ != "PER" or text not in lex.strong_first_names:
        return False  # a hyphenated one names streets and schools as often ("Paul-Robert")
    if text.lower() in lex.date_words or opens_sentence(doc[start]):
        return False  # "Noël"; a sentence's first word may be any capitalised word
    before = doc[start - 1]
    if before.lower_ in ARTICLES or (before.is_lower and before.pos_ == "NOUN"):
        return False  # "la Zoe", "le bar Marilyn": a product, a venue
    if inside_quotes(doc, start):
        return False  # a work's title
    return not any(t.text == text and place_use(lex, doc, t.i) for t in doc)


def lone_evidence(
    lex: Lexicon, doc: Doc, start: int, end: int, people: Collection[int]
) -> str | None:
    """Why the lone name `doc[start:end]` is a person by these families, None otherwise."""
    if human_apposition(lex, doc, start, end, people):
        return "apposition"
    if given_name_alone(lex, doc, start, end):
        return "given-name"
    return None
