"""The money component on a blank French tokenizer (no model needed)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from spacy.language import Language

from c5facts import spans
from c5facts.components.money import MoneyFinder
from c5facts.matches import MoneyEquivalent, MoneyMatch

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A blank French pipeline with only the money component."""
    blank = spacy.blank("fr")
    blank.add_pipe("c5facts_money")
    return blank


# (text, [(span text, rule)])
# fmt: off
CASES = [
    ("Le pays investira près de 35 milliards de dollars (30,3 milliards d'euros) d'ici 2028.",
     [("près de 35 milliards de dollars (30,3 milliards d'euros)",
       "qualifier+amount+conversion")]),
    (f"Le billet coûte 1{NNBSP}298,00{NBSP}€ et la taxe 3.350 €.",
     [(f"1{NNBSP}298,00{NBSP}€", "amount"), ("3.350 €", "amount")]),
    ("Le fonds, doté de 20 k€, vise 50 MUSD.", [("20 k€", "amount"), ("50 MUSD", "amount")]),
    ("Les pertes atteignent entre 8,8 et 9,6 milliards de dollars.",
     [("entre 8,8 et 9,6 milliards de dollars", "range")]),
    ("Il a levé 4,4 milliards $, soit 3,9 milliards d’euros, en 2018.",
     [("4,4 milliards $, soit 3,9 milliards d’euros", "amount+conversion")]),
    ("La mine produira 410 000 tonnes, soit 70 % du marché, avec 37 avions.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_spans(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = [(s.text, s._.get(spans.MONEY).rule) for s in doc.spans[spans.MONEY]]
    assert found == expected
    for span in doc.spans[spans.MONEY]:
        assert span.text == text[span.start_char : span.end_char]
        assert span.label_ == "MONEY"


def test_span_covers_the_number_tokens(nlp: Language) -> None:
    doc = nlp("Ils ont versé 212.000 dollars en 2017.")
    (span,) = doc.spans[spans.MONEY]
    assert [t.text for t in span] == ["212.000", "dollars"]


def test_span_expands_to_whole_tokens(nlp: Language) -> None:
    # "35 Md$" may be one token or several: the span always holds whole tokens.
    doc = nlp("Le budget atteint 35 Md$.")
    (span,) = doc.spans[spans.MONEY]
    assert span.text.startswith("35")
    assert "Md$" in span.text


def test_each_span_carries_its_parsed_match(nlp: Language) -> None:
    doc = nlp("Il paie 10 euros puis 20 euros.")
    first, second = doc.spans[spans.MONEY]
    assert first._.get(spans.MONEY) == MoneyMatch(amount=Decimal(10), currency="EUR", rule="amount")
    assert second._.get(spans.MONEY).amount == Decimal(20)


def test_match_holds_conversion_range_and_ambiguous_unit(nlp: Language) -> None:
    doc = nlp(
        "Ottawa versera près de 300.000 dollars (189.000 euros), "
        "puis entre 8,8 et 9,6 milliards de couronnes."
    )
    conversion, span_range = (s._.get(spans.MONEY) for s in doc.spans[spans.MONEY])
    assert (conversion.currency, conversion.ambiguous_unit) == ("USD", "dollar")
    assert conversion.qualifier == "approx"
    assert conversion.equivalent == MoneyEquivalent(
        amount=Decimal(189000), currency="EUR", text="189.000 euros"
    )
    assert (span_range.amount, span_range.amount_max) == (Decimal("8.8e9"), Decimal("9.6e9"))
    assert (span_range.currency, span_range.ambiguous_unit) == ("SEK", "couronne")


def test_empty_doc_gets_empty_group(nlp: Language) -> None:
    doc = nlp("Rien à signaler.")
    assert list(doc.spans[spans.MONEY]) == []


def test_component_class_is_the_registered_one(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("c5facts_money"), MoneyFinder)
