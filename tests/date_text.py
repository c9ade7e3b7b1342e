"""Resolve a date phrase through the real dates grammar, for tables of phrases.

`resolve_text` runs the dates component on the phrase alone (a blank French pipeline: no
tagger, so the tense is given) and resolves the `DateMatch` of the span that covers the
whole phrase with its pattern family's resolver. A phrase that no pattern covers whole
(Duckling's "premier lundi du mois prochain", "une demi-décennie") is resolved by the
text grammar that those families still use (`compound.parse_text`).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache
from typing import cast

import spacy
from spacy.language import Language

from c5facts import spans
from c5facts.components import dates as _dates  # noqa: F401  registers the factory
from c5facts.matches import DateFields, DateMatch, DateTense, DateWord
from c5facts.normalise.dates import ResolvedDate, resolve
from c5facts.normalise.dates.compound import parse_text


@cache
def _nlp() -> Language:
    blank = spacy.blank("fr")
    blank.add_pipe("c5facts_dates")
    return blank


def match_of(text: str) -> DateMatch | None:
    """The match of the date span covering all of `text`, if a pattern covers it."""
    doc = _nlp()(text)
    for span in doc.spans[spans.DATES]:
        match = span._.get(spans.DATES)
        assert isinstance(match, DateMatch)
        # The span leaves its preposition out (TimeML extent); the match keeps every word.
        if span.end_char == len(text.rstrip()) and match.text == text.strip():
            return match
    return None


def resolve_text(text: str, *, reference: date | None, tense: str | None) -> ResolvedDate | None:
    """The value of a date phrase: its match's resolver, else the text grammar."""
    match = match_of(text)
    if match is None:
        return parse_text(text, reference, tense)
    given = cast("DateTense | None", tense)
    return resolve(dataclasses.replace(match, tense=given), reference)


def built_match(rule: str, words: list[tuple[str, str]], **fields: object) -> DateMatch:
    """A `DateMatch` built by hand: its rule, (role, form) words and fields, no tense."""
    return DateMatch(
        rule=rule,
        tense=None,
        words=tuple(DateWord(role, form, form + " ") for role, form in words),
        fields=DateFields(**fields),  # type: ignore[arg-type]
    )
