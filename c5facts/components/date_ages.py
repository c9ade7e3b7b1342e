"""Whether the noun before "de 45 ans" names a person: then the count is an age, no date.

"le dessinateur de 64 ans", "ce père de famille de 29 ans", "un ressortissant allemand de
42 ans": a person's age; "une peine de prison de 20 ans", "une carrière de footballeur de
15 ans": a length. The noun that decides is the head of the noun group before "de":
adjectives after it are passed over ("allemand", "périscolaire"), and so are its bare
complements ("de famille", "d'affaires", "au foyer"), so that "carrière de footballeur"
is a career, and so are the quotation marks of a noun quoted as a label ('un « casseur »
de 19 ans'); a plural person stays the head ("la vaccination de bébés de deux ans": the
babies are two). The head names a person when it is listed (the date vocabulary's `age_noun`
and the people lexicon's nouns of persons: titles, ranks, kinship, human nouns) or ends
in a suffix of agents (`agent_suffix`: "-iste", "-eur" when masculine, "-trice",
"-ien"...) and is not one of the words of those endings that name things (`not_agent`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from c5facts import resources
from c5facts.normalise.dates.accents import date_vocabulary

# Kinds of the people lexicon (models/people/lexicon.tsv) whose words name persons.
_PERSON_KINDS = frozenset(["human_noun", "title", "kinship", "rank", "nobility", "epithet_noun"])
_COMPLEMENT = frozenset(["de", "d'", "d’", "au", "aux"])  # "père de famille", "femme au foyer"
_MAX_COMPLEMENTS = 2
_CLOSING_QUOTES = frozenset(['"', "»", "”", "'"])


@cache
def _persons() -> frozenset[str]:
    """Single-word nouns of persons: the `age_noun` class and the people lexicon's."""
    words = set(date_vocabulary().get("age_noun", {}))
    for row in resources.read_tsv("people", "lexicon.tsv"):
        if row["kind"] in _PERSON_KINDS and " " not in row["form"]:
            words.add(row["form"].lower())
    return frozenset(words)


@cache
def _suffixes() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """(suffix, required gender) of agent nouns, longest first; the words they exclude."""
    table = date_vocabulary()
    suffixes = sorted(table.get("agent_suffix", {}).items(), key=lambda kv: -len(kv[0]))
    return tuple(suffixes), frozenset(table.get("not_agent", {}))


def names_person(token: Token) -> bool:
    """Whether a noun names a person (listed, or an agent noun by its suffix)."""
    word = _compound(token)
    persons = _persons()
    single = word.rstrip("sx")
    # the plural, and the feminine of a listed masculine ("aide-soignante", "avocates")
    if {word, single, single[:-1] if single.endswith("e") else word} & persons:
        return True
    suffixes, excluded = _suffixes()
    if word in excluded or word.rstrip("s") in excluded or not word.replace("-", "").isalpha():
        return False
    stem = word.rstrip("s") if len(word) > 4 else word
    for suffix, gender in suffixes:
        if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
            return not gender or gender in token.morph.get("Gender", [gender])
    return False


def _compound(token: Token) -> str:
    """The lower-case word, with the part before a hyphen the tokenizer split off."""
    doc, i = token.doc, token.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    ):
        return f"{doc[i - 2].lower_}-{token.lower_}"  # "aide-soignante"
    return token.lower_


def head_before(doc: Doc, i: int) -> Token | None:
    """The head noun of the noun group ending just before token `i` (see module doc)."""
    j = i - 1
    if j > 0 and doc[j].text in _CLOSING_QUOTES:
        j -= 1  # 'un « casseur » de 19 ans': a word quoted as a label, still the noun
    while j > 0 and doc[j].pos_ == "ADJ" and not names_person(doc[j]):
        j -= 1  # "un ressortissant allemand", "l'animateur périscolaire"
    if j < 0:
        return None
    for _ in range(_MAX_COMPLEMENTS):
        near = doc[j]
        if j < 2 or doc[j - 1].lower_ not in _COMPLEMENT:
            break
        if doc[j - 2].pos_ != "NOUN" and not names_person(doc[j - 2]):
            break  # "employée de banque": the tagger may call the head a participle
        if names_person(near) and _plural(near):
            break  # "la vaccination de bébés de deux ans": the babies are two
        j -= 2  # "père de famille", "chef de rang", "carrière de footballeur"
    return doc[j]


def _plural(token: Token) -> bool:
    return "Plur" in token.morph.get("Number", []) or token.lower_[-1:] in ("s", "x")


def age_of_person(doc: Doc, i: int) -> bool:
    """Whether "de" at `i` (before a count of years) follows a noun group naming a person."""
    head = head_before(doc, i)
    return head is not None and names_person(head)
