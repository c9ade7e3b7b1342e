"""Shared by the date family tests: the (text, value, kind, mod) of each date of a text."""

from __future__ import annotations

from datetime import date

from c5facts.extract import Extractor

Fact = tuple[str, str | None, str, str | None]


def date_facts(extractor: Extractor, text: str, reference: date) -> list[Fact]:
    """Text, value, kind and mod of each date the real pipeline finds in `text`."""
    article = extractor.extract(text, reference_date=reference)
    return [(d.text, d.value, d.kind, d.mod) for d in article.dates]


def date_values(extractor: Extractor, text: str, reference: date) -> list[tuple[str, str | None]]:
    """Text and value of each date the real pipeline finds in `text`."""
    return [(t, v) for t, v, _, _ in date_facts(extractor, text, reference)]
