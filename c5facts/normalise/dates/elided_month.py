"""A day whose month is said by a word after it: "le 3 courant", "du 12 écoulé", "le 15 prochain".

Administrative French and the older press leave the month out and say where it is:

- "le 3 courant": day 3 of the reference's month;
- "du 3 écoulé": day 3 of the month before the reference's;
- "le 15 prochain": the first day 15 after the reference (this month's or the next);
- "du 12 dernier": the last day 12 before the reference.

The word is the pattern's ``rel`` role (`day_current` in models/dates/patterns.jsonl).
Business French says an edge of the month the same way (`edge_current`): "fin courant"
(the end of the reference's month), "début prochain" (the start of the next one), "fin
écoulé".
"""

from __future__ import annotations

from datetime import date

from c5facts.matches import DateMatch
from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.placement import ResolvedDate

# How many months from the reference's each word's month may be, in the order tried.
_MONTHS = {
    "courant": (0,),
    "écoulé": (-1,),
    "ecoule": (-1,),
    "prochain": (0, 1, 2),
    "dernier": (0, -1, -2),
}


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def day_current(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The day of "le 3 courant", "du 3 écoulé", "le 15 prochain", "du 12 dernier".

    >>> from c5facts.matches import DateFields
    >>> def m(rel):
    ...     fields = DateFields(day=15, rel=rel)
    ...     return DateMatch(rule="day_current", tense=None, words=(), fields=fields)
    >>> words = ("courant", "écoulé", "prochain", "dernier")
    >>> [day_current(m(w), date(1905, 6, 20)).value for w in words]
    ['1905-06-15', '1905-05-15', '1905-07-15', '1905-06-15']
    """
    day, rel = match.fields.day, (match.fields.rel or "courant").lower()
    if day is None or rel not in _MONTHS:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="day", kind="date")
    for months in _MONTHS[rel]:
        found = pl.valid_date(*_month_shift(ref, months), day)
        if found is None:
            continue
        if (rel == "prochain" and found <= ref) or (rel == "dernier" and found >= ref):
            continue  # "le 15 prochain" on the 20th is next month's 15th
        return ResolvedDate(value=found.isoformat(), grain="day", kind="date")
    return None


# The month each word names, counted from the reference's, for an edge ("fin courant").
_EDGE_MONTH = {"courant": 0, "écoulé": -1, "ecoule": -1, "prochain": 1}


def edge_current(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The month of "fin courant", "début prochain", "fin écoulé"; `resolve` adds the mod.

    >>> from c5facts.matches import DateFields
    >>> def m(rel):
    ...     fields = DateFields(edge="fin", rel=rel)
    ...     return DateMatch(rule="edge_current", tense=None, words=(), fields=fields)
    >>> [edge_current(m(w), date(1905, 12, 20)).value for w in ("courant", "prochain", "écoulé")]
    ['1905-12', '1906-01', '1905-11']
    """
    months = _EDGE_MONTH.get((match.fields.rel or "").lower())
    if months is None:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="month", kind="date")
    year, month = _month_shift(ref, months)
    return ResolvedDate(value=f"{year:04d}-{month:02d}", grain="month", kind="date")
