"""Characters of fiction are no people: "dans le rôle de Jean Valjean", "Nour (Zita Hanrot)".

The people record holds real, named human beings; film, series and book news name the
characters beside their actors. A name is a character when the article casts it:

- after a role noun and "de" that follow "dans" or an acting verb (`role_noun`,
  `acting_verb` in the lexicon: "dans le rôle de X", "joue le personnage de X"; not "le
  rôle de X dans l'affaire", X's part in events);
- before a casting participle and "par" (`cast_by`: "X, joué par Y", "X est incarné par
  Y");
- a one-word name before an actor's full name in parentheses ("Nour (Zita Hanrot)", "son
  père Slimane (Sami Bouajila)"): the actor stays.

A form of address written out and a name right after a verb of reading, staging or adapting
a work (`work_verb` in the lexicon) are the work's title, no person ("il a lu Madame
Bovary", "elle jouera Madame Sans-Gêne"; "il a reçu Madame Dupont" is a person).

"sous les traits de Y" names the actor, not the character, and is no such construction;
"Y incarne X" is left alone, since a biopic's subject is a real person ("elle incarne
Simone Veil"). Once cast, every mention of the name goes: the article uses it as a
character.
"""

from __future__ import annotations

from spacy.tokens import Doc

from c5facts.components.person_mentions import Candidate
from c5facts.components.person_titles import Lexicon

_OF = frozenset(["de", "d'", "d’", "du"])
_ARTICLES = frozenset(["le", "la", "l'", "l’", "les", "un", "une"])


def _cast_before(lex: Lexicon, doc: Doc, start: int) -> bool:
    """'dans le rôle de X', 'joue le personnage de X': the words before cast `X`.

    "le rôle de X dans l'affaire" is X's part in events: the role noun casts only after
    "dans" or an acting verb (`acting_verb`) and its article.
    """
    k = start - 1
    if k < 3 or doc[k].lower_ not in _OF or doc[k - 1].lower_ not in lex.role_nouns:
        return False
    if doc[k - 2].lower_ not in _ARTICLES:
        return False
    return doc[k - 3].lower_ == "dans" or doc[k - 3].lower_ in lex.acting_verbs


def _cast_after(lex: Lexicon, doc: Doc, start: int, end: int, actors: set[int]) -> bool:
    """'X, joué par Y', 'X est incarné par Y', 'Nour (Zita Hanrot)': the words after cast X.

    In parentheses only a one-word name is cast: "Louis-Philippe Ier (Philippe Égalité)"
    gives another name of the same person.
    """
    k = end
    if k < len(doc) and doc[k].text == "(":
        return end - start == 1 and k + 1 in actors  # an actor's full name opens them
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ in ("est", "sera", "était", "fut", "a", "été"):
        k += 1
        if k < len(doc) and doc[k].lower_ == "été":
            k += 1
    return k + 1 < len(doc) and doc[k].lower_ in lex.cast_by and doc[k + 1].lower_ == "par"


# Forms of address written out, which a work's title holds ("Madame Bovary").
_ADDRESS = frozenset(["madame", "monsieur", "mademoiselle"])


def _work_title(lex: Lexicon, doc: Doc, start: int) -> bool:
    """'a lu Madame Bovary': a written-out form of address after a verb of a work (module doc)."""
    k = start if doc[start].lower_ in _ADDRESS else start - 1  # the span may hold it
    if k < 1 or doc[k].lower_ not in _ADDRESS:
        return False
    verb = k - 1
    if verb > 0 and doc[verb].pos_ == "ADV" and doc[verb].is_lower:
        verb -= 1  # "jouera demain Madame Sans-Gêne"
    return doc[verb].lower_ in lex.kinds.get("work_verb", ())


def without_characters(lex: Lexicon, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
    """`kept` without the names the article casts as characters (module doc)."""
    # full names (two words or more) that may be an actor's in parentheses
    actors = {c.start for c in kept if c.end - c.start > 1 and c.start > 0}
    cast = {
        doc[c.start : c.end].text
        for c in kept
        if _cast_before(lex, doc, c.start)
        or _cast_after(lex, doc, c.start, c.end, actors)
        or _work_title(lex, doc, c.start)
    }
    if not cast:
        return kept
    return [c for c in kept if doc[c.start : c.end].text not in cast]
