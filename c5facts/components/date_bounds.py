"""The TIMEX3 mod of a bound written beside a date: "au plus tard le 30 juin".

"au plus tard" / "au plus tôt" before or after a date make it ON_OR_BEFORE /
ON_OR_AFTER; "au moins" / "au plus" beside a length make it EQUAL_OR_MORE /
EQUAL_OR_LESS ("au moins trois ans", "trois ans au plus"). The phrases and their mods
are the date vocabulary's `bound` class; the longest phrase wins ("au plus tard" before
"au plus"). The words stay outside the date's extent: TimeML's mod says what they add.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from c5facts.components.doc_text import lowers_of
from c5facts.normalise.dates.accents import date_vocabulary

# The bounds that fit each kind: a deadline bounds a point, "au moins" a length.
_POINT = frozenset(["ON_OR_BEFORE", "ON_OR_AFTER"])


@cache
def _bounds() -> list[tuple[tuple[str, ...], str]]:
    """(words, mod) of each `bound` phrase, the longest first."""
    rows = date_vocabulary().get("bound", {}).items()
    return sorted(((tuple(p.split()), mod) for p, mod in rows), key=lambda r: -len(r[0]))


def bound_of(doc: Doc, span: Span, *, length: bool) -> str | None:
    """The mod of a bound phrase right before or right after `span` (None without one).

    A comma may stand between the date and a bound after it ("le 30 juin, au plus tard").
    `length` says whether the date is a length (then "au moins"/"au plus" apply, the
    deadlines do not).
    """
    lows = lowers_of(doc)  # strings: this runs for every date
    after = span.end + 1 if span.end < len(lows) and lows[span.end] == "," else span.end
    for words, mod in _bounds():
        if (mod in _POINT) == length:
            continue
        n = len(words)
        before = span.start - n
        if before >= 0 and tuple(lows[before : span.start]) == words:
            return mod
        if after + n <= len(lows) and tuple(lows[after : after + n]) == words:
            return mod
    return None
