"""Offsets counted from the story's time: "deux ans plus tard", "trois jours auparavant".

"Il a été élu en 1999. Deux ans plus tard, il démissionnait": TimeML (and HeidelTime's
French rules) annotate "Deux ans plus tard" as a DATE counted from the date the story is
at, 2001, not as a length. The pattern `offset_story` (models/dates/patterns.jsonl) reads
a count, a unit and the word that points the way ("plus tard", "après" forward; "plus
tôt", "avant", "auparavant" back, role ``rel``).

The anchor is the date placed last before the offset in its paragraph (as for "le
lendemain", `anchoring`), when it is at least as fine as the unit counted: a day for
days and weeks, a month for months, a year (or a season, quarter or week of it) for
years. The value has the grain of the
unit written ("deux ans plus tard" after "le 3 mars 1999" is `2001`; "une semaine plus
tard" an ISO week). Without such an anchor nothing is invented: the expression stays the
DURATION it was (`P2Y`, extent "Deux ans", see `duration_extent`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from c5facts.matches import DateMatch
from c5facts.normalise.dates.durations import idiom_length, split_unit
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.timex import add_months, iso_week

RULE = "offset_story"
WEEKDAY_RULE = "weekday_story"  # "le mercredi suivant", "le mercredi d'après"
RULES = frozenset([RULE, WEEKDAY_RULE])
# The word that points the way, and its sign.
_SIGN = {"tard": 1, "après": 1, "apres": 1, "tôt": -1, "tot": -1, "avant": -1, "auparavant": -1}
_SIGN |= {"suivant": 1, "précédent": -1, "precedent": -1}
# "le vendredi qui suit", "le vendredi qui a précédé"
_SIGN |= {"suit": 1, "suivi": 1, "suivit": 1, "précède": -1, "précédé": -1, "précéda": -1}
# The anchor's grain each unit needs (the finest first: see `anchoring.anchor_of`).
_NEEDED = {"D": "day", "W": "day", "M": "month", "Y": "year"}
# A season, quarter, half or week of a year: an anchor for years only.
_PART_OF_YEAR = re.compile(r"\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W\d\d)")
# A qualifier of the count bounds the instant: "plus de deux ans après" is after 2001.
_BOUND = {("plus", 1): "AFTER", ("plus", -1): "BEFORE", ("moins", 1): "BEFORE"}
_BOUND |= {("moins", -1): "AFTER", ("près", 1): "APPROX", ("près", -1): "APPROX"}
_BOUND |= {("environ", 1): "APPROX", ("environ", -1): "APPROX"}


def _sign(match: DateMatch) -> int | None:
    rel = match.fields.rel
    return _SIGN.get(rel) if rel is not None else None


def _count(match: DateMatch) -> tuple[int, str] | None:
    """The whole count and the unit code of an offset ("trois jours" -> (3, "D"))."""
    f = match.fields
    if f.number is None or f.unit is None or f.number != int(f.number):
        return None
    if f.half or f.and_half or f.number2 is not None:
        return None
    step, code, time = split_unit(f.unit)
    if time or code not in _NEEDED or (code != "M" and step != 1):
        return None  # hours; decades and centuries stay lengths
    idiom = idiom_length(match)
    if idiom is not None:  # "quinze jours plus tard": two weeks, counted in days
        return int(idiom[0]) * (7 if idiom[1] == "W" else 1), "D"
    return step * int(f.number), code


def anchor_spec(match: DateMatch, before: str | None) -> tuple[str, str] | None:
    """Which value an offset counts from, and the grain it needs of it.

    `before` is the value placed last before the offset: back from a range's start,
    forward from its end ("du 3 au 5 juin ... trois jours après"). None when the offset
    cannot be anchored (no value before, no way-pointing word, hours, decades).
    """
    sign = _sign(match)
    if match.rule == WEEKDAY_RULE:
        found: tuple[int, str] | None = (0, "D") if match.fields.weekday is not None else None
    else:
        found = _count(match)
    if before is None or sign is None or found is None:
        return None
    point, needed = before.split("/")[0 if sign < 0 else -1], _NEEDED[found[1]]
    if needed == "year" and _PART_OF_YEAR.match(point):
        point = point[:4]  # "au printemps 1999 ... deux ans plus tard": 2001
    return point, needed


def anchored_offset(match: DateMatch, anchor: date) -> ResolvedDate | None:
    """The date of a story offset counted from `anchor` (the day its anchor starts).

    >>> from c5facts.matches import DateFields, DateWord as W
    >>> words = (W("number", "deux", "Deux "), W("unit", "ans", "ans "), W("rel", "tard", "tard"))
    >>> m = DateMatch(rule=RULE, tense=None, words=words,
    ...               fields=DateFields(number=2, unit="1Y", rel="tard"))
    >>> anchored_offset(m, date(1999, 3, 3)).value
    '2001'
    """
    sign = _sign(match)
    wd = match.fields.weekday
    if match.rule == WEEKDAY_RULE and sign is not None and wd is not None:
        # the first such weekday after (before) the anchor's day, never that day itself
        step = (wd - anchor.weekday()) % 7 or 7 if sign > 0 else -((anchor.weekday() - wd) % 7 or 7)
        return ResolvedDate(value=(anchor + timedelta(days=step)).isoformat(), grain="day")
    found = _count(match)
    if sign is None or found is None:
        return None
    count, code = found
    mod = _BOUND.get((match.fields.qual or "", sign))
    return _moved(anchor, sign * count, code, mod)


def _moved(anchor: date, qty: int, code: str, mod: str | None) -> ResolvedDate:
    """`anchor` moved by `qty` units of `code`, with the grain of that unit."""
    if code == "D":
        return ResolvedDate(value=(anchor + timedelta(days=qty)).isoformat(), grain="day", mod=mod)
    if code == "W":
        return ResolvedDate(value=iso_week(anchor + timedelta(days=7 * qty)), grain="week", mod=mod)
    if code == "M":
        y, m = add_months(anchor.year, anchor.month, qty)
        return ResolvedDate(value=f"{y:04d}-{m:02d}", grain="month", mod=mod)
    # TIMEX3 writes four digits: "l'an 800 ... quatorze ans plus tard" -> 0814
    return ResolvedDate(value=f"{anchor.year + qty:04d}", grain="year", mod=mod)


def unanchored(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A weekday of the story ("le mercredi suivant") with no date before it: not placed."""
    return None


def duration_extent(match: DateMatch) -> int:
    """How many characters the extent loses when the offset stays a duration.

    The way-pointing words ("plus tard", "après") are no part of a length: "Deux ans
    plus tard" with no anchor is the DURATION "Deux ans", as before.
    """
    words = match.words
    k = len(words)
    while k > 0 and (words[k - 1].role == "rel" or words[k - 1].form == "plus"):
        k -= 1
    if k == len(words) or k == 0:
        return 0
    kept = "".join(w.text for w in words[:k])
    return len("".join(w.text for w in words).rstrip()) - len(kept.rstrip())
