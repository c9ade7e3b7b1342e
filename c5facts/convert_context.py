"""What the converters of `c5facts.convert` share: context, matches, sentences.

The article's context (source, reference date, currency clues), a span group's typed
matches, and the sentence around a fact.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, TypeVar

from c5facts.components.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

M = TypeVar("M")


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """Per-article inputs to conversion: where the text came from and its reference date."""

    source: str | None = None
    reference_date: date | None = None
    reference_date_source: str | None = None
    reference_time: time | None = None  # the clock time of publication, when known
    dollar: str | None = None
    country: str | None = None  # the publisher's country (ISO 3166-1 alpha-2), if known


SENTENCES = "c5facts_sentences"  # doc.user_data key: the sentence spans, found once


def sentence_of(span: Span) -> str:
    """The text of the sentence holding `span` (the whole text without sentence bounds)."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return doc.text  # a blank test pipeline may have no sentence boundaries
    # `span.sent` walks the document again for every fact: find the sentences once
    found = doc.user_data.get(SENTENCES)
    if found is None:
        sents = list(doc.sents)
        found = doc.user_data[SENTENCES] = (sents, [s.start for s in sents])
    sents, starts = found
    sent = sents[max(0, bisect.bisect_right(starts, span.start) - 1)]
    # A slice of the kept text: `Span.text` builds a Token object per word of the sentence.
    return text_of(doc)[sent.start_char : sent.end_char].strip()


def sentence_start(span: Span) -> int:
    """The character offset where the sentence holding `span` starts (0 without bounds)."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return 0
    found = doc.user_data.get(SENTENCES)
    if found is None:
        sents = list(doc.sents)
        found = doc.user_data[SENTENCES] = (sents, [s.start for s in sents])
    sents, starts = found
    return int(sents[max(0, bisect.bisect_right(starts, span.start) - 1)].start_char)


def matched(doc: Doc, key: str, kind: type[M]) -> Iterator[tuple[Span, M]]:
    """The spans of group `key` with the typed match their component attached to each."""
    for span in doc.spans.get(key, []):
        match = span._.get(key)
        assert isinstance(match, kind), f"the {key} component gives every span a match"
        yield span, match
