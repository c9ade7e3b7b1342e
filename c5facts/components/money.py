"""PLACEHOLDER money component (to be replaced): registers the factory, finds nothing yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from c5facts import spans


class MoneyFinder:
    """Placeholder: writes an empty `doc.spans[spans.MONEY]`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set an empty span group."""
        doc.spans[spans.MONEY] = []
        return doc


@Language.factory("c5facts_money")
def make_money(nlp: Language, name: str) -> MoneyFinder:
    """Factory of the placeholder component."""
    return MoneyFinder(name)
