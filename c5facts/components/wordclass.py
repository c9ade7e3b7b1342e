"""c5facts_wordclass: word classes and verb morphology from lexicons, without a tagger.

Sets `token.pos` and `token.morph` (VerbForm, Tense, Mood, Person, Number) with
`normalise/wordclass.tag`, so that the rule components can read them without the shared
tok2vec and the morphologizer (see models/lexicon/SOURCE.md).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from c5facts.components.doc_text import remember
from c5facts.normalise.wordclass import lexicon, tag


class WordClassTagger:
    """Applies the lexicon tagger to every token of a document."""

    def __init__(self) -> None:
        """Load the lexicon now, not on the first document."""
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        """Set `pos` and `morph` on each token of `doc`."""
        tokens = list(doc)
        remember(doc, "".join(t.text_with_ws for t in tokens))
        for token, (pos, morph) in zip(tokens, tag([t.text for t in tokens]), strict=True):
            token.pos_ = pos
            if morph:
                token.set_morph(morph)  # type: ignore[attr-defined]  # missing from the stubs
        return doc


@Language.factory("c5facts_wordclass")
def make_wordclass(nlp: Language, name: str) -> WordClassTagger:
    """Factory of the `c5facts_wordclass` component."""
    return WordClassTagger()
