"""PLACEHOLDER: date normalisation (pure functions, no spaCy). To be implemented."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedDate:
    """A TIMEX3 value with its grain and kind (date | range | duration)."""

    value: str | None
    grain: str
    kind: str = "date"
    offset: str | None = None


def resolve_date(text: str, *, reference: date | None, tense: str | None) -> ResolvedDate | None:
    """Resolve a date expression against the publication date; None when not a date."""
    return None


def find_reference_date(text: str, source: str | None) -> tuple[date, str] | None:
    """Publication date from the article's own metadata or file name, with its source."""
    return None
