"""Quotes component: quotations, reported speech, and who said them.

The `c5facts_quotes` pipe puts three jobs together, each in its module:

- `quote_marks`: where each quotation in « », “ ” or " " opens and closes, and whether it
  is a quote (four words or more, not a title-cased name or slogan);
- `quote_speakers`: who said each direct quotation, from the words around it (a speech
  verb after or before it, an incise, "selon X", a pronoun or a noun resolved);
- `quote_indirect`: reported speech without marks, of kind "indirect" ("X a assuré que
  P", "Selon X, P").

`quote_context` holds what they share: the speech lexicon and the reading of mentions,
paragraphs and tokens.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.components.doc_text import text_of
from c5facts.components.quote_context import load_lexicon, mentions_of, no_overlap
from c5facts.components.quote_indirect import IndirectFinder
from c5facts.components.quote_marks import Quotation, find_quotations, is_quote
from c5facts.components.quote_speakers import SpeakerFinder
from c5facts.matches import QuoteMatch

__all__ = ["QuoteFinder", "find_quotations", "is_quote", "make_quotes"]


class QuoteFinder:
    """Writes `doc.spans["c5facts_quotes"]`, one span per quotation or indirect quote."""

    def __init__(self, name: str) -> None:
        """Load the speech lexicon once for the speaker and indirect finders."""
        self.name = name
        lexicon = load_lexicon()
        self.speakers = SpeakerFinder(lexicon)
        self.indirect = IndirectFinder(self.speakers, lexicon)

    def __call__(self, doc: Doc) -> Doc:
        """Find the quotations of `doc` and their speakers, then its indirect quotes."""
        mentions = mentions_of(doc)
        out: list[Span] = []
        previous: tuple[Quotation, QuoteMatch] | None = None
        text = text_of(doc)
        for quote in find_quotations(text):
            if not is_quote(text[quote.start : quote.end]):
                continue
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:
                continue
            match = self.speakers.attribute(doc, quote, mentions, previous)
            span._.set(spans.QUOTES, match)
            out.append(span)
            previous = (quote, match)
        out.extend(self.indirect.find(doc, mentions, out))
        doc.spans[spans.QUOTES] = no_overlap(sorted(out, key=lambda s: s.start))
        return doc


@Language.factory("c5facts_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Build the `c5facts_quotes` component."""
    return QuoteFinder(name)
