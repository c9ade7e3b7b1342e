"""Build the spaCy pipeline: the only place that knows which pipes run, and in which order."""

from __future__ import annotations

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
from c5facts.tokenizer_rules import adjust_tokenizer

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
    adjust_tokenizer(nlp)  # "M.Dufour", "3jours": words glued by OCR or typing
    nlp.add_pipe(SENTENCES_PIPE, first=True)
    nlp.add_pipe(WORDCLASS_PIPE, first=True)
    for name in C5FACTS_PIPES + (RELATION_PIPES if relations else ()):
        nlp.add_pipe(name)
    return nlp
