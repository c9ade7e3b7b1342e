"""Words glued by OCR or typing are split by the tokenizer (c5facts/tokenizer_rules.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from c5facts import Extractor


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("M.Dufour", ["M.", "Dufour"]),
        ("Mme.Durand", ["Mme.", "Durand"]),
        ("M.A.S.H.", ["M.A.S.H."]),  # another capital after the dot: no honorific
        ("3jours", ["3", "jours"]),
        ("3,5ans", ["3,5", "ans"]),
        ("15min", ["15", "min"]),
        ("24h", ["24h"]),  # clock tokens stay whole: the clock patterns read them
        ("8h30", ["8h30"]),
        ("A380", ["A380"]),
        ("à 17 h.", ["à", "17", "h", "."]),  # the hour's symbol takes no dot: the sentence's
        ("J. H. Dupont", ["J.", "H.", "Dupont"]),  # capital initials stay whole
        ("Ch. Maurras", ["Ch.", "Maurras"]),  # an abbreviated given name keeps its dot
        ("Alph. Daudet", ["Alph.", "Daudet"]),
        ("100 Fr. suisses", ["100", "Fr", ".", "suisses"]),  # francs: no given name
        ("100 M€.", ["100", "M€", "."]),  # the sentence's full stop after a currency symbol
        ("5 M$.", ["5", "M$", "."]),
    ],
)
def test_glued_words_split(extractor: Extractor, text: str, tokens: list[str]) -> None:
    assert [t.text for t in extractor.nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chantier a été arrêté pour 3jours.", [("3jours", "P3D")]),
        ("Une pause de 15min a été accordée.", [("15min", "PT15M")]),
        ("Il a signé pour 2,5ans.", [("2,5ans", "P2.5Y")]),
    ],
)
def test_glued_units_are_durations(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    article = extractor.extract(text, reference_date=date(2025, 11, 6))
    assert [(d.text, d.value) for d in article.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le contrat est estimé à 1,2 Md€.", ("1,2 Md€", Decimal("1200000000"), "EUR")),
        ("Le coût atteint 5 M$.", ("5 M$", Decimal("5000000"), "USD")),
    ],
)
def test_the_full_stop_is_not_the_amount_s(
    extractor: Extractor, text: str, expected: tuple[str, Decimal, str]
) -> None:
    """'1,2 Md€.': the amount's extent stops before the sentence's full stop."""
    article = extractor.extract(text, reference_date=date(2025, 11, 6))
    assert [(m.text, m.amount, m.currency) for m in article.money] == [expected]
