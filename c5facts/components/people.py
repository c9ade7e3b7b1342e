"""PLACEHOLDER people component (to be replaced): registers the factory, finds nothing yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from c5facts import spans


class PeopleFinder:
    """Placeholder: writes an empty `doc.spans[spans.PEOPLE]`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set an empty span group."""
        doc.spans[spans.PEOPLE] = []
        return doc


@Language.factory("c5facts_people")
def make_people(nlp: Language, name: str) -> PeopleFinder:
    """Factory of the placeholder component."""
    return PeopleFinder(name)
