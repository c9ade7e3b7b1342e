"""The money component: one span per money expression, conversion and qualifier included."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.components.doc_text import text_of
from c5facts.normalise.money.grammar import MoneyGrammar, grammar


class MoneyFinder:
    """Find amounts of money ("près de 35 milliards de dollars (30,3 milliards d'euros)").

    The grammar (built once from `models/money`) runs over `doc.text` in one pass that
    finds and parses every expression; each becomes one span of
    `doc.spans["c5facts_money"]`, expanded to whole tokens so that later components
    (dates) can skip the numbers it covers, and carries its parsed values as a
    `MoneyMatch` in `span._.c5facts_money`. Nothing parses the expression again.
    """

    def __init__(self, name: str, money_grammar: MoneyGrammar | None = None) -> None:
        """Load the grammar (the default one unless a test passes its own)."""
        self.name = name
        self.grammar = money_grammar if money_grammar is not None else grammar()

    def __call__(self, doc: Doc) -> Doc:
        """Write the money spans of `doc`, each with its `MoneyMatch`."""
        found: list[Span] = []
        last_end = -1
        for expression in self.grammar.scan(text_of(doc)):
            span = doc.char_span(
                expression.start, expression.end, label="MONEY", alignment_mode="expand"
            )
            if span is None or span.start < last_end:
                continue  # two expressions inside one token: keep the first
            span._.set(spans.MONEY, expression.match)
            found.append(span)
            last_end = span.end
        doc.spans[spans.MONEY] = found
        return doc


@Language.factory("c5facts_money")
def make_money(nlp: Language, name: str) -> MoneyFinder:
    """Build the `c5facts_money` component."""
    return MoneyFinder(name)
