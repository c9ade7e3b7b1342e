"""The money component: one span per money expression, conversion and qualifier included."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.normalise.money import MoneyGrammar, grammar


class MoneyFinder:
    """Find amounts of money ("près de 35 milliards de dollars (30,3 milliards d'euros)").

    The grammar (built once from `models/money`) runs over `doc.text` in one regex pass;
    each expression becomes one span of `doc.spans["c5facts_money"]`, expanded to whole
    tokens, so later components (dates) can skip the numbers it covers. Each span gets a
    fresh `span._.c5facts_money = {"rule": ...}` naming the grammar rule that matched.
    """

    def __init__(self, name: str, money_grammar: MoneyGrammar | None = None) -> None:
        """Load the grammar (the default one unless a test passes its own)."""
        self.name = name
        self.grammar = money_grammar if money_grammar is not None else grammar()

    def __call__(self, doc: Doc) -> Doc:
        """Write the money spans of `doc`."""
        found: list[Span] = []
        last_end = -1
        for match in self.grammar.scan(doc.text):
            span = doc.char_span(match.start, match.end, label="MONEY", alignment_mode="expand")
            if span is None or span.start < last_end:
                continue  # two expressions inside one token: keep the first
            span._.set(spans.MONEY, {"rule": match.rule})
            found.append(span)
            last_end = span.end
        doc.spans[spans.MONEY] = found
        return doc


@Language.factory("c5facts_money")
def make_money(nlp: Language, name: str) -> MoneyFinder:
    """Build the `c5facts_money` component."""
    return MoneyFinder(name)
