"""c5facts_wordclass: word classes and verb morphology from lexicons, without a tagger.

Sets `token.pos` and `token.morph` (VerbForm, Tense, Mood, Person, Number) with
`normalise/wordclass.tag`, so that the rule components can read them without the shared
tok2vec and the morphologizer (see models/lexicon/SOURCE.md).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS
from spacy.tokens import Doc

from c5facts.components.doc_text import POS_KEY, read
from c5facts.normalise.wordclass import lexicon, tag


class WordClassTagger:
    """Applies the lexicon tagger to every token of a document."""

    def __init__(self) -> None:
        """Load the lexicon now, not on the first document."""
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        """Set `pos` and `morph` on each token of `doc`."""
        _, words = read(doc)
        if not words:
            return doc
        tags = tag(words)
        morphology = doc.vocab.morphology
        keys = {"": 0}
        for _, morph in tags:
            if morph not in keys:
                keys[morph] = morphology.add(morph)  # the key of its canonical form
        # One array write, not a Token object and two setters per token.
        column: Any = numpy.array([[UPOS[p], keys[m]] for p, m in tags], dtype=numpy.uint64)
        doc.from_array(["POS", "MORPH"], column)  # Any: thinc's Ints2d
        if "A" in words:
            for i, word in enumerate(words):
                if word == "A" and tags[i][0] == "ADP":
                    doc[i].norm_ = "à"  # "A partir de lundi": date patterns read "à" as NORM
        doc.user_data[POS_KEY] = [p for p, _ in tags]
        return doc


@Language.factory("c5facts_wordclass")
def make_wordclass(nlp: Language, name: str) -> WordClassTagger:
    """Factory of the `c5facts_wordclass` component."""
    return WordClassTagger()
