"""Additions to the French tokenizer for words that OCR and hasty typing glue together.

- An abbreviated honorific glued to the name after it ("M.Dufour", "MM.Favre et Perrin"):
  the tokenizer reads one word, which no rule nor the model takes for "M." and a name.
  The honorific becomes a prefix when a capitalised word follows it (never before another
  capital: "M.A.S.H." stays). The abbreviations are the people lexicon's dotted
  honorifics (`models/people/lexicon.tsv`).
- A count glued to its unit of time ("3jours", "15min", "3,5ans"): the unit becomes a
  suffix, as spaCy already splits units of measure ("10km"). The units are the date
  vocabulary's words of two letters or more (`models/dates/vocabulary.tsv`, classes
  `unit` and `unit_time`): "24h" and "8h30" stay clock tokens.

- An abbreviated given name ("Ch. Maurras", "Alph. Daudet"): the tokenizer cut its dot off
  as a sentence's full stop, where a one-letter initial ("G.") stays whole. Each of the
  people lexicon's `given_abbreviation` forms is a special case, one token with its dot.

- A full stop after a currency symbol ("une enveloppe de 100 M€."): spaCy kept "M€." as
  one word, so the amount's extent took the sentence's full stop; the dot becomes a
  suffix.

And one removal: spaCy keeps every letter with a dot as one token (an initial, "J."), so
"à 17 h." read the sentence's full stop as the abbreviation's, and the time's extent
took it. The hour's symbol "h" takes no dot in French; the lower-case "h." is no special
case any more, so the dot ends the sentence ("H." stays an initial).

Each addition is joined to the tokenizer's own expression into one compiled pattern, so
that the tokenizer still serialises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from c5facts.normalise.people import abbreviated_given_names
from c5facts.resources import date_vocabulary, read_tsv

if TYPE_CHECKING:  # spaCy is imported by the pipeline only (the CLI's --help stays fast)
    from spacy.language import Language


def _alternatives(words: Iterable[str]) -> str:
    """Words as one alternation, the longest first (so "jours" wins over "jour")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def glued_honorific_prefix() -> str:
    """The prefix expression of an honorific glued to a capitalised name ("M.Dufour")."""
    abbrevs = (
        row["form"][:-1]
        for row in read_tsv("people", "lexicon.tsv")
        if row["kind"] == "honorific" and re.fullmatch(r"[A-Z][A-Za-z]{0,3}\.", row["form"])
    )
    return rf"^(?:{_alternatives(abbrevs)})\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"


def glued_unit_suffix() -> str:
    """The suffix expression of a unit of time glued to its count ("3jours", "15min")."""
    voc = date_vocabulary()
    units = (
        form
        for cls in ("unit", "unit_time")
        for form in voc.get(cls, {})
        if len(form) > 1 and form.isalpha()
    )
    return rf"(?<=[0-9])(?:{_alternatives(units)})$"


def currency_dot_suffix() -> str:
    """The suffix expression of a full stop after a currency symbol ("100 M€.", "5 M$.").

    spaCy splits "3 €." but keeps "M€." whole, as an abbreviation ending with its dot:
    the sentence's full stop then joined the amount's extent.
    """
    return r"(?<=[€$£¥₽₹₩])\.$"


# Special cases that are units of measure written with the sentence's full stop.
UNIT_DOTS = frozenset(["h."])


def adjust_tokenizer(nlp: Language) -> None:
    """Add the tokenizer rules of the module doc (prefixes, suffixes, special cases).

    The `UNIT_DOTS` special cases are dropped.
    """
    tokenizer = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None)
    if isinstance(rules, dict) and UNIT_DOTS & rules.keys():
        kept = {k: v for k, v in rules.items() if k not in UNIT_DOTS}
        setattr(tokenizer, "rules", kept)  # noqa: B010 (a Tokenizer, typed as a callable)
    add_case = getattr(tokenizer, "add_special_case", None)
    if callable(add_case):  # a Tokenizer: another kind is left as it is
        for form in abbreviated_given_names():
            add_case(form, [{"ORTH": form}])
    for attr, extra in (
        ("prefix_search", glued_honorific_prefix()),
        ("suffix_search", f"{glued_unit_suffix()}|{currency_dot_suffix()}"),
    ):
        old = getattr(tokenizer, attr, None)
        pattern = getattr(getattr(old, "__self__", None), "pattern", None)
        if isinstance(pattern, str):  # else a tokenizer of another kind: left as it is
            setattr(tokenizer, attr, re.compile(f"{extra}|{pattern}").search)
