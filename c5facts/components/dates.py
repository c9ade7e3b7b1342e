"""PLACEHOLDER dates component (to be replaced): registers the factory, finds nothing yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from c5facts import spans


class DatesFinder:
    """Placeholder: writes an empty `doc.spans[spans.DATES]`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set an empty span group."""
        doc.spans[spans.DATES] = []
        return doc


@Language.factory("c5facts_dates")
def make_dates(nlp: Language, name: str) -> DatesFinder:
    """Factory of the placeholder component."""
    return DatesFinder(name)
