"""PLACEHOLDER: people normalisation (pure functions, no spaCy). To be implemented."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from c5facts.records import Person


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonMention:
    """One mention of a person as found by the people component."""

    text: str
    start: int
    end: int
    roles: tuple[str, ...] = ()
    country: str | None = None


def cluster_people(mentions: Sequence[PersonMention]) -> list[Person]:
    """Group mentions into people under their most complete name."""
    return []
