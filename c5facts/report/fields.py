"""Reading record fields defensively: a JSONL file written by another version may lack keys.

Records reach the report in their `c5facts/1` JSON form; these readers turn a missing or
mistyped field into an empty value instead of an exception.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any


def items_of(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The objects listed under `key` (e.g. "people"); [] when absent or not a list.

    >>> items_of({"money": [{"amount": 1}, "junk"]}, "money"), items_of({}, "dates")
    ([{'amount': 1}], [])
    """
    value = record.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def text_of(value: Any) -> str:
    """A field as text: strings as they are, None as "", anything else through `str`.

    >>> text_of("a"), text_of(None), text_of(3)
    ('a', '', '3')
    """
    return value if isinstance(value, str) else ("" if value is None else str(value))


def spans_of(item: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The well-formed `[start, end]` pairs of a fact's `spans`, others skipped.

    >>> spans_of({"spans": [[0, 4], [1, "x"], [True, 2]]})
    [(0, 4)]
    """
    out = []
    for span in item.get("spans") or []:
        if (
            isinstance(span, Sequence)
            and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        ):
            out.append((span[0], span[1]))
    return out


def offsets_of(item: Mapping[str, Any]) -> tuple[int, int] | None:
    """A fact's (`start`, `end`) character offsets; None unless both are integers.

    >>> offsets_of({"start": 3, "end": 8}), offsets_of({"start": 3})
    ((3, 8), None)
    """
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


def reference_of(record: Mapping[str, Any]) -> date | None:
    """The record's reference date (`reference_date`, ISO 8601); None if absent or invalid.

    >>> reference_of({"reference_date": "2025-11-06"}), reference_of({"reference_date": "x"})
    (datetime.date(2025, 11, 6), None)
    """
    value = record.get("reference_date")
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
