"""Shared by the dates component tests: a dates-only pipeline, and its windowed matching
compared with one Matcher over the whole document."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from c5facts import resources
from c5facts.components.date_patterns import allow_spaces, load_patterns
from c5facts.components.dates import DatesFinder

Found = set[tuple[str, int, int]]


def dates_only_nlp() -> Language:
    """A blank French pipeline with only the dates component (no tagger: tense is None)."""
    blank = spacy.blank("fr")
    blank.add_pipe("c5facts_dates")
    return blank


def windowed_and_whole(nlp: Language, text: str) -> tuple[Found, Found]:
    """(rule, start, end) of the component's windowed matches and of a whole-doc Matcher."""
    component = nlp.get_pipe("c5facts_dates")
    assert isinstance(component, DatesFinder)
    full = Matcher(nlp.vocab)
    for pattern in load_patterns(resources.date_vocabulary()):
        full.add(pattern.rule, [allow_spaces(pattern.tokens)])
    doc = nlp.make_doc(text)
    windowed = {(found.rule, s, e) for s, e, found in component.matchers.matches(doc)}
    strings = nlp.vocab.strings
    whole = {
        (strings[m], s, e) for m, s, e in full(doc) if not (doc[s].is_space or doc[e - 1].is_space)
    }
    return windowed, whole
