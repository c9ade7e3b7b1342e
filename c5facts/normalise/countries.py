"""PLACEHOLDER: country normalisation (pure functions, no spaCy). To be implemented."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from c5facts.records import Country


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryMention:
    """One mention of a country as found by the countries component."""

    text: str
    start: int
    end: int
    code: str
    via: str = "name"  # name | demonym | capital


def group_countries(mentions: Sequence[CountryMention]) -> list[Country]:
    """One `Country` record per ISO code, in order of first mention."""
    return []
