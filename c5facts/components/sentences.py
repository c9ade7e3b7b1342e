"""c5facts_sentences: sentence starts from punctuation and line breaks, without a model.

The rules read a sentence for evidence, tense scope, quote speakers and deal clauses.
A news text marks its sentences plainly: a final mark (". ! ? …") and the line breaks of
titles, datelines and paragraphs. The statistical `senter` of the base pipeline (its own
tok2vec over every token, about 4 % of c5facts's time) misses exactly the line breaks:
it ran a headline into the dateline and the first paragraph ("Emmanuel Macron\\n\\nOrange
avec AFP" became one name), so the tense of the title governed the lead's dates.

A sentence ends at a token made only of final marks; closing quotes and brackets after
it stay with it ("... partir. »"), and the next word or opening quote starts the next
sentence. A whitespace token holding a line break ends a sentence too (it belongs to the
sentence before it), and whatever follows it starts one. A word in lower case goes on
with the sentence before it: the incise after a quote ("« Pourquoi ? » s'interroge-t-il")
or the word after an abbreviation's full stop. Abbreviations ("M.", "av.", "J.-C.") are
single tokens in spaCy's French tokenizer, so their full stop is not a final mark.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from c5facts.components.doc_text import words_of

# A final mark alone, or glued to a closing bracket or quote ("Sivens].", "dit».").
FINAL = re.compile(r"^(?:.*[\])»\"”])?[.!?…]+$")
PUNCT = re.compile(r"^[^\w\s]+$")
OPENING = frozenset(["«", "“", "‘", "(", "[", "{", "—", "–", "-"])
AMBIGUOUS = frozenset(['"', "'"])  # opening after a space, else closing


def sentence_starts(words: list[str], spaced: list[bool], breaks: list[bool]) -> list[bool]:
    """Whether each token starts a sentence.

    `spaced[i]`: whitespace follows token i; `breaks[i]`: token i is whitespace holding
    a line break.
    """
    starts: list[bool] = []
    ended = broken = False
    for i, word in enumerate(words):
        if i == 0:
            start = True
        elif breaks[i]:
            start = False  # the line break closes the sentence before it
            ended = broken = True
        elif not ended or word.isspace():
            start = False
        elif (
            not broken
            and PUNCT.match(word)
            and not (word in OPENING or (word in AMBIGUOUS and spaced[i - 1]))
        ):
            start = False  # '... partir. »': the closing mark stays
        elif not broken and word[:1].islower():
            start = ended = False  # '« Pourquoi ? » s'interroge-t-il': an incise goes on
        else:
            start, ended, broken = True, False, False
        starts.append(start)
        if FINAL.match(word):
            ended = True
    return starts


class SentenceSplitter:
    """Sets `is_sent_start` on every token of a document."""

    def __call__(self, doc: Doc) -> Doc:
        """Mark the sentence starts of `doc`."""
        if not len(doc):
            return doc
        words = words_of(doc)
        spaced = [bool(s) for s in doc.to_array("SPACY").tolist()]
        breaks = ["\n" in w and w.isspace() for w in words]
        starts = sentence_starts(words, spaced, breaks)
        # One array write: setting `token.is_sent_start` one token at a time checks the
        # whole document's annotation on each call (quadratic in the article's length).
        values = numpy.array([1 if s else -1 for s in starts], dtype=numpy.int64)
        column: Any = values.astype(numpy.uint64).reshape(-1, 1)  # thinc's Ints2d
        doc.from_array(["SENT_START"], column)
        return doc


@Language.factory("c5facts_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """Factory of the `c5facts_sentences` component."""
    return SentenceSplitter()
