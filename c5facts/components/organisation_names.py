"""Where an organisation's name starts and ends: its shape in the tokens.

A name is a run of capitalised words (with "de", "&"... between them, legal suffixes,
hyphenated parts); a candidate is trimmed to it: determiners and the announcing noun
before it, punctuation and links after it, and what follows a spaced separator
("Europe Écologie - Les Verts" stays whole, "PARIS | Les géants du web" is a dateline).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from c5facts.components.organisation_mentions import NAME_LINKS, capitalised
from c5facts.resources import read_tsv

LEXICON = ("organisations", "lexicon.tsv")
# Determiners and possessives before a name ("le groupe X", "sa plateforme X"): kind "det".
DETERMINERS = frozenset(r["form"] for r in read_tsv(*LEXICON) if r["kind"] == "det")
OF = frozenset(["de", "du", "d'", "d’", "des"])
MAX_NAME = 8  # tokens


def name_end(
    doc: Doc,
    i: int,
    person: set[int],
    country_tok: dict[int, tuple[int, int]],
    suffixes: frozenset[str],
) -> int:
    """End of the capitalised name starting at token `i` (i when none starts there).

    The name runs over capitalised words, legal `suffixes`, hyphens inside a word and
    `NAME_LINKS` between capitalised words; it stops at a person's or a country's token.
    """
    if i >= len(doc) or not capitalised(doc[i]) or i in person or i in country_tok:
        return i
    if doc[i].is_sent_start and doc[i].lower_ in DETERMINERS:
        return i
    end = i + 1
    j = i + 1
    while j < len(doc) and j - i < MAX_NAME and j not in person:
        tok = doc[j]
        if capitalised(tok) or tok.text in suffixes:
            end = j = j + 1
        elif tok.text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc):
            if doc[j + 1].text[:1].isupper() and not tok.whitespace_:
                end = j = j + 2  # "Al-Hilal" is three tokens
            else:
                break
        elif tok.lower_ in NAME_LINKS and j + 1 < len(doc) and capitalised(doc[j + 1]):
            j += 1
        else:
            break
    return end


def trim(
    doc: Doc, start: int, end: int, heads: frozenset[str], suffixes: frozenset[str]
) -> tuple[int, int]:
    """`start:end` without leading determiners/nouns and trailing lower-case words.

    `heads` are the announcing nouns ("groupe"), `suffixes` the legal suffixes kept at
    the end ("Acme S.A.").
    """
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or (doc[start].lower_ in heads and doc[start].is_lower)
        or doc[start].is_punct
    ):
        start += 1
    # A spaced separator ends the name unless a capitalised word follows it
    # ("Europe Écologie - Les Verts"); a pipe always does. "du Cirque - les fonds
    # TPG", "PARIS | Les géants du web" (a dateline) are a name and words after it.
    for i in range(start + 1, end - 1):
        if _separator(doc[i]) and (doc[i].text == "|" or not _capitalised_after(doc, i + 1, end)):
            if _dateline(doc, start, i):
                return start, start  # "PARIS | ...", "LYON - ...": a place
            end = i
            break
    # Lower-case words after the name stay: "Banque centrale européenne".
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text not in suffixes)
        or doc[end - 1].lower_ in NAME_LINKS
    ):
        end -= 1
    return start, end


SEPARATORS = frozenset(["-", "–", "—", "|", ":"])


def _separator(token: Token) -> bool:
    """A dash, pipe or colon with spaces on both sides (not a hyphen inside a word)."""
    return (
        token.text in SEPARATORS
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def _capitalised_after(doc: Doc, i: int, end: int) -> bool:
    """Whether the first word after `i` that is not a determiner is capitalised."""
    while i < end and doc[i].lower_ in DETERMINERS:
        i += 1
    return i < end and doc[i].text[:1].isupper()


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """Words in capitals opening a line before a separator: a dateline's place."""
    opens_line = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    return opens_line and all(t.is_upper for t in doc[start:end] if not t.is_punct)
