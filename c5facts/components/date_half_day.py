"""The half of the day written after an hour that a longer match ends on.

"du soir", "du matin", "de l'après-midi" (class `half_day` of models/dates/vocabulary.tsv)
tell which half of the day a clock hour of 1 to 12 is in. The time patterns read them
after a bare hour ("à 8 heures du soir" -> ``T20:00``), but a longer match that ends on
its hour ("le 3 novembre à 8 heures", "neuf heures moins le quart") hides that shorter
one and would drop them: "le 3 novembre à 8 heures du soir" -> ``2025-11-03T08:00``.
Here such a match is extended over the half of the day that follows it, whose word takes
the role ``ampm`` (read by ``calendar_fields.time_suffix``: "du soir" adds twelve hours,
"du matin" adds none; an hour from 13 on stays as written).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span

from c5facts.components.date_filters import fold
from c5facts.components.date_found import F, Found
from c5facts.normalise.dates.accents import date_vocabulary

# The roles of a clock hour, and those of the words that may end the match after it
# ("8 heures" ends on "heures", which has no role; "8 h 20" on its minutes).
_HOUR_ROLES = frozenset(["hour", "time"])
_END_ROLES = frozenset(["hour", "time", "minute", ""])
_HALF_ROLES = frozenset(["ampm", "part"])
# "du soir", "du matin"; "de l'après-midi".
_OF = frozenset(["du", "de"])
_ARTICLE = frozenset(["l'"])


def half_day_tails(
    doc: Doc,
    kept: list[Span],
    found: Mapping[tuple[int, int], F],
    make: Callable[[str, dict[int, str]], F],
) -> tuple[list[Span], dict[tuple[int, int], F]]:
    """Extend each match that ends on an hour over the "du soir" after it.

    `kept` are the spans in text order, `found` their matches by (start, end). Returns
    the spans and the matches of the extended ones (by their new (start, end)).
    """
    taken = {i for s in kept for i in range(s.start, s.end)}
    out: list[Span] = []
    added: dict[tuple[int, int], F] = {}
    for span in kept:
        match = found[(span.start, span.end)]
        end = _tail_end(doc, span, match)
        if end is None or any(i in taken for i in range(span.end, end)):
            out.append(span)
            continue
        roles = {**match.roles, **dict.fromkeys(range(span.end, end - 1), ""), end - 1: "ampm"}
        longer = Span(doc, span.start, end, label=span.label_)
        out.append(longer)
        added[(longer.start, longer.end)] = make(match.rule, roles)
    return out, added


def _tail_end(doc: Doc, span: Span, match: Found) -> int | None:
    """The end of the half of the day right after a match that ends on its hour, or None."""
    roles = [match.roles.get(t.i, "") for t in span]
    if not any(r in _HOUR_ROLES for r in roles) or any(r in _HALF_ROLES for r in roles):
        return None
    if roles[-1] not in _END_ROLES or (roles[-1] == "" and not _hour_mark(span[-1].lower_)):
        return None
    k = span.end
    if k >= len(doc) or fold(doc[k]) not in _OF:
        return None
    k += 1
    if k < len(doc) and fold(doc[k]) in _ARTICLE:
        k += 1
    if k >= len(doc) or fold(doc[k]) not in date_vocabulary().get("half_day", {}):
        return None
    if doc[k].text[:1].isupper():
        return None  # "à 8 heures du Soir de Bruxelles": a title, not the evening
    if (fold(doc[span.end]) == "du") != (k == span.end + 1):
        return None  # "du soir", "de l'après-midi"; not "du l'", "de soir"
    return k + 1


def _hour_mark(word: str) -> bool:
    """Whether a word is the mark of an hour: "heures", "h"."""
    return word in ("h", "h.", "heure", "heures")
