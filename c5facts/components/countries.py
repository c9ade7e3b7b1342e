"""PLACEHOLDER countries component (to be replaced): registers the factory, finds nothing yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from c5facts import spans


class CountriesFinder:
    """Placeholder: writes an empty `doc.spans[spans.COUNTRIES]`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set an empty span group."""
        doc.spans[spans.COUNTRIES] = []
        return doc


@Language.factory("c5facts_countries")
def make_countries(nlp: Language, name: str) -> CountriesFinder:
    """Factory of the placeholder component."""
    return CountriesFinder(name)
