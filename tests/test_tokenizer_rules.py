"""Words glued by OCR or typing are split by the tokenizer (c5facts/tokenizer_rules.py)."""

from __future__ import annotations

from datetime import date

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
