"""Name shape for the people component: which tokens can spell a person's name.

A name word is capitalised in any script ("Šimonytė", "Łukasz"), may hold inner
apostrophes and hyphens ("O'Toole", "Kassym-Jomart"), or is an initial ("C.", "J.-P.", or
an abbreviated given name, "Ch.": `c5facts.normalise.people.is_initial`, shared with the
normaliser). A lower-case
part glued by a hyphen continues a name ("Kim Jong-un") unless it is a French function word
("Flavio Cotti-le plus ...": a dash, the name ends at "Cotti"). A run of name
words may hold particles ("Karim ben Nasser") and, after an honorific or some titles,
open on one ("M. de Villepin").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Token

from c5facts.components.doc_text import lowers_of
from c5facts.matches import CountryMatch
from c5facts.normalise.people import is_initial as initial_word

# Country spans of a document by first token: start -> (end, match).
CountriesAt = dict[int, tuple[int, CountryMatch]]
MAX_ADJECTIVES = 2  # lower-case adjectives allowed between a title and a name

# Any script's capitals, inner apostrophes and hyphens, and the Irish "O'" token the
# tokenizer splits off ("Erin O'Toole").
NAME_WORD = re.compile(r"^(?:(?=[^\W\d_])[^\W\d_a-zà-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*\.?|O['’])$")
DETERMINERS = frozenset(["le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur"])
# Words never glued into a name by a hyphen: "Cotti-le plus ..." is a dash, not "Jong-un".
NOT_GLUED = frozenset(
    ["le", "la", "les", "l", "de", "du", "des", "et", "a", "à", "qui", "que", "ou"]
)
MAX_NAME = 6  # words in one name, particles and hyphens included


def is_initial(text: str) -> bool:
    """Whether a token's text is one or more initials ("C.", "J.-P.") or "Ch.".

    An abbreviated given name is one token by `c5facts.tokenizer_rules`.
    """
    return initial_word(text)


# "father of", "mother of": a kunya opens the name before the given name ("Abou Bakr").
KUNYA = frozenset(["Abou", "Abu", "Oum", "Umm"])


def is_name_word(tok: Token) -> bool:
    """Whether `tok` can be a word of a name: capitalised, or an initial (not "Paris.")."""
    text = tok.text
    return bool(NAME_WORD.match(text)) and (not text.endswith(".") or is_initial(text))


def participle(tok: Token) -> bool:
    """Whether `tok` is a past participle in lower case ("présidé", "reçue", "expulsé")."""
    return tok.is_lower and tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", [])


def capitalised(tok: Token) -> bool:
    """Whether `tok` is an alphabetic word with a capital first letter."""
    return tok.is_alpha and tok.text[:1].isupper()


def name_end(doc: Doc, i: int, particles: Collection[str], *, particle_start: bool = False) -> int:
    """End of the run of name words starting at token `i` (i itself when none).

    `particles` are the words, as written, a name may hold ("de", "von", "Le"); with
    `particle_start`, the run may open on one ("M. de Villepin"), never on the plural
    "des" ("le capitaine des Bleus X": the title's complement).
    """
    j = i
    if j < len(doc) and is_initial(doc[j].text):
        j += 1
    while j < len(doc) and j - i < MAX_NAME:
        tok = doc[j]
        word = is_name_word(tok) and not (j == i and tok.lower_ in DETERMINERS)
        # "Jong-un": a lower-case part glued after a hyphen ("Cotti-le plus": a dash)
        glued = j > i + 1 and doc[j - 1].text == "-" and tok.is_alpha
        word = word or (glued and tok.lower_ not in NOT_GLUED)
        # "Kassym-Jomart", "al-Rabiah": a hyphen glued to both neighbours
        hyphen = tok.text == "-" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_
        particle = (
            (j > i or (particle_start and tok.lower_ != "des"))
            and tok.text in particles
            and j + 1 < len(doc)
            and (is_name_word(doc[j + 1]) or doc[j + 1].text == "-")
        )
        if not (word or hyphen or particle):
            break
        j += 1
    while j > i and (doc[j - 1].text == "-" or doc[j - 1].text in particles):
        j -= 1
    if j > i and not any(is_name_word(t) for t in doc[i:j]):
        return i
    if j == i + 1 and is_initial(doc[i].text):
        return i  # a lone initial is no name
    return j


def written_words(tokens: Iterable[Token]) -> list[str]:
    """The words of a name as written, lower case: tokens glued by a hyphen make one word.

    "Jean-Luc Mélenchon" and "Éric Dupond-Moretti" have two words whatever the tokenizer
    does with the hyphens; "Trump-Biden" has one.
    """
    text = "".join(t.text_with_ws for t in tokens)
    return [w.lower() for w in text.split() if any(ch.isalpha() for ch in w)]


def line_pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of `doc[start:end]` between line breaks, none empty (a no-break space stays).

    The model's span may run from a headline's last name over the byline under it.
    """
    pieces = []
    i = start
    for k in range(start, end + 1):
        broken = k < end and "\n" in doc[k].text_with_ws
        if k == end or broken:
            last = k + 1 if broken and not doc[k].is_space else k
            if last > i:
                pieces.append((i, last))
            i = k + 1
    return pieces


def positions(doc: Doc, lowers: Collection[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is in `lowers`."""
    return [i for i, low in enumerate(lowers_of(doc)) if low in lowers]


# "Neil Saunders de GlobalData Retail": the words that may glue an employer to a name.
EMPLOYER_LINKS = frozenset(["de", "du", "d'", "d’"])


def employer_cut(doc: Doc, start: int, end: int, not_person: Collection[str]) -> int:
    """End of a name span `doc[start:end]` once a glued employer is cut off ("X de Y Group").

    The span is cut at "de"/"du"/"d'" when a complete name (two words or more) stands
    before it and what follows is an organisation: an organisation word (`not_person`,
    lower-case) in the rest of the capitalised run, an all-caps acronym ("du CNRS"), or a
    run of two capitalised words or more, or one the model's span cut short ("de Goldman"
    + "Sachs Group"). A particle followed by ONE capitalised surname that ends the name
    stays ("Charles de Gaulle", "Dominique de Villepin", "Valéry Giscard d'Estaing").
    """
    for p in range(start + 2, end - 1):
        if doc[p].lower_ not in EMPLOYER_LINKS:
            continue
        if not all(is_name_word(t) or t.text == "-" for t in doc[start:p]):
            continue
        tail_end = end
        while tail_end < len(doc) and capitalised(doc[tail_end]):
            tail_end += 1  # the capitalised run goes on after the span
        tail = [t for t in doc[p + 1 : tail_end] if t.is_alpha]
        if not tail or doc[p + 1].text in ("Le", "La"):
            continue  # "Jean de La Fontaine": a particle of the name
        acronym = len(tail) == 1 and len(tail[0].text) > 1 and tail[0].text.isupper()
        org_word = any(t.lower_ in not_person for t in tail)
        if acronym or org_word or len(tail) > 1:
            return p
    return end


def first_name_start(
    doc: Doc, start: int, names: Collection[str], blocked: Collection[str], taken: Collection[int]
) -> int:
    """Start of a name widened left over the given names right before it ("Zeynep" + "Ece Dundar").

    The model often leaves out a first given name or reads it as a verb: a capitalised
    word just before a name, separated by a space, is taken back when it is a known given
    name (`names`, as written) and not a title, honorific or organisation word
    (`blocked`, lower case) nor a token of another fact (`taken`: countries, other people),
    nor a word the model reads as a place or an organisation.
    """
    i = start
    while i > 0 and start - i < MAX_NAME - 1:
        prev = doc[i - 1]
        if (
            prev.text not in names
            or not prev.whitespace_
            or prev.lower_ in blocked
            or prev.i in taken
            or prev.ent_type_ in ("ORG", "LOC")  # "la maire de Paris Anne Hidalgo"
            or not is_name_word(prev)
        ):
            break
        i -= 1
    return i


def lower_adjective(tok: Token, particles: Collection[str]) -> bool:
    """A lower-case adjective, never part of a name ("Gilet jaune").

    A particle ("von der Leyen") or a part glued by a hyphen ("Jong-un") is a name's.
    """
    glued = tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
    return (
        tok.is_alpha
        and tok.is_lower
        and tok.pos_ == "ADJ"
        and not glued
        and tok.text not in particles
    )


def adjectives_end(doc: Doc, j: int, countries: CountriesAt) -> int:
    """End of the lower-case adjectives at `j` when a name follows them, else `j`.

    "le conseiller fédéral X", "le député radical X": one or two adjectives, then a
    capitalised name word (or a capitalised demonym: "le député socialiste français X");
    a participle is one ("le président sortant X", "le président élu X").
    """
    k = j
    while (
        k < len(doc)
        and k - j < MAX_ADJECTIVES
        and (doc[k].pos_ == "ADJ" or "Part" in doc[k].morph.get("VerbForm", []))
        and doc[k].is_alpha
        and doc[k].is_lower
    ):
        k += 1
    if k == j or k >= len(doc):
        return j
    hit = countries.get(k)
    if hit is not None and hit[1].via == "demonym":
        return k  # the caller reads the demonym
    return k if is_name_word(doc[k]) and k not in countries else j
