"""Build the spaCy pipeline: the only place that knows which pipes run, and in which order."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language

from c5facts.about import DEFAULT_MODEL

# Importing the component modules registers their factories (they are also declared as
# `spacy_factories` entry points, so a saved pipeline loads in a fresh process).
from c5facts.components import countries as _countries  # noqa: F401
from c5facts.components import dates as _dates  # noqa: F401
from c5facts.components import deals as _deals  # noqa: F401
from c5facts.components import money as _money  # noqa: F401
from c5facts.components import organisations as _organisations  # noqa: F401
from c5facts.components import people as _people  # noqa: F401
from c5facts.components import quotes as _quotes  # noqa: F401
from c5facts.components import sentences as _sentences  # noqa: F401
from c5facts.components import wordclass as _wordclass  # noqa: F401
from c5facts.errors import ModelNotFoundError
from c5facts.resources import read_tsv

# The lemmatizer and the dependency parser are not used by any c5facts rule. Word classes
# and verb morphology come from c5facts_wordclass (a generated lexicon, models/lexicon/),
# sentences from c5facts_sentences (punctuation and line breaks): ner has its own tok2vec,
# so the shared tok2vec, the morphologizer, the attribute_ruler and the senter, about
# 45 % of the base pipeline's time, are not loaded either.
EXCLUDE = ("lemmatizer", "parser", "tok2vec", "morphologizer", "attribute_ruler", "senter")

WORDCLASS_PIPE = "c5facts_wordclass"  # first: every rule component reads its word classes
SENTENCES_PIPE = "c5facts_sentences"
C5FACTS_PIPES = ("c5facts_money", "c5facts_dates", "c5facts_countries", "c5facts_people")
# Relations (issue 17) run last: they link the mentions the pipes above found.
RELATION_PIPES = ("c5facts_organisations", "c5facts_quotes", "c5facts_deals")


def build_nlp(model: str = DEFAULT_MODEL, *, relations: bool = True) -> Language:
    """Load the French base pipeline `model` and add c5facts's components after `ner`.

    Order matters: money runs before dates (numbers claimed as money are never dates)
    and countries before people (a title's nationality gives a person's country); the
    relation pipes (organisations, quotes, deals) come last, and only with `relations`.
    """
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDE))
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {model!r} is not installed (pip install the package of that name)"
        ) from exc
    split_glued_honorifics(nlp)
    nlp.add_pipe(SENTENCES_PIPE, first=True)
    nlp.add_pipe(WORDCLASS_PIPE, first=True)
    for name in C5FACTS_PIPES + (RELATION_PIPES if relations else ()):
        nlp.add_pipe(name)
    return nlp


def split_glued_honorifics(nlp: Language) -> None:
    """Make an abbreviated honorific glued to the name after it its own token.

    OCR and hasty typing drop the space after "M." ("M.Dufour", "Mme.Durand"): the
    tokenizer then reads one word, which no rule nor the model takes for "M." and a name.
    The honorific becomes a prefix when a capitalised word follows it (never before
    another capital: "M.A.S.H." stays). The abbreviations are the people lexicon's
    honorifics (`models/people/lexicon.tsv`); the combined prefix expression stays a
    compiled pattern, so the tokenizer still serialises.
    """
    abbrevs = sorted(
        {
            row["form"][:-1]
            for row in read_tsv("people", "lexicon.tsv")
            if row["kind"] == "honorific" and re.fullmatch(r"[A-Z][A-Za-z]{0,3}\.", row["form"])
        },
        key=len,
        reverse=True,
    )
    glued = rf"^(?:{'|'.join(map(re.escape, abbrevs))})\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
    tokenizer = nlp.tokenizer
    old = getattr(tokenizer, "prefix_search", None)
    pattern = getattr(getattr(old, "__self__", None), "pattern", None)
    if not isinstance(pattern, str):
        return  # a tokenizer without a compiled prefix expression: left as it is
    tokenizer.prefix_search = re.compile(f"{glued}|{pattern}").search  # type: ignore[union-attr]
