"""The Chinese (lunar) New Year, a holiday whose day comes from the lunar calendar."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # past clause, no year: the last one before the reference (2025-06-01)
        ("Les usines ont fermé pour le Nouvel An chinois.", ("le Nouvel An chinois", "2025-01-29")),
        # future clause: the next one
        (
            "Les ventes chuteront pendant le nouvel an lunaire.",
            ("le nouvel an lunaire", "2026-02-17"),
        ),
        # the year written after it
        (
            "Le Nouvel An chinois 2024 a été fêté à Paris.",
            ("Le Nouvel An chinois 2024", "2024-02-10"),
        ),
        # the plain "nouvel an" is still the 1st of January
        ("Le nouvel an a été calme.", ("Le nouvel an", "2025-01-01")),
    ],
)
def test_lunar_new_year(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    article = extractor.extract(text, reference_date=date(2025, 6, 1))
    assert [(d.text, d.value) for d in article.dates] == [want]
