"""Offsets in hours and minutes from the reference time: "il y a deux heures", "dans 40 min".

The date grammar reads the length ("deux heures", "une heure et demie", "environ 23
heures") as a DURATION. Right after "il y a" (also typed "il ya"), "voici" or "dans",
that length counts back or forward from the moment the article was written; with a
reference time (`--reference-date 2025-11-06T14:32`, "Publié le 06/11/2025 à 14h32") it
is the TIMEX3 instant of the precision of its finest unit, as HeidelTime and the
dateparser suite write it: "il y a deux heures" from 14:32 is ``2025-11-06T12`` (grain
hour), "il y a 40 min" ``2025-11-06T13:52`` (grain minute). Without a reference time no
clock is invented: the fact stays the DURATION, unless its hours make whole days ("il y a
48 heures", "dans 24 heures"): those land on a day whatever the clock, and the fact is
that day (grain day). Only lengths with hours or minutes are
placed here; offsets in days, weeks, months and years are the grammar's own
(`counted.offset`). Lengths of seconds, or in decimals of a unit larger than an hour,
stay durations.

A bound on the length becomes TimeML's bound on the instant: "il y a plus de deux
heures" is BEFORE that instant, "dans moins d'une heure" BEFORE, "il y a moins de dix
minutes" AFTER, "dans plus de deux heures" AFTER; "environ" stays APPROX.

"en deux heures" is a length ("fait en deux heures"), never an offset, and so is "moins
de 21 minutes" without "il y a" (dateparser reads it as "less than 21 minutes ago").
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, timedelta

from c5facts.normalise.timex import add_months, month_end
from c5facts.records import DateFact

# The words right before a length that make it an offset, and their direction. Only
# spaces between them and the length (the text before the fact ends with them).
_HEAD = re.compile(r"(?i)(?:\b(?P<ago>il\s+y\s+a|il\s+ya|voici)|\b(?P<ahead>dans))\s+$")
_ISO = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<MO>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"T(?:(?P<H>\d+)H)?(?:(?P<MI>\d+)M)?"
)
# How far back the head can start: "il  y  a " with a few extra spaces.
LOOK_BACK = 16
# A length followed by "de" and a word measures that thing: "il y a deux heures d'attente"
# is "there are two hours of waiting", not "two hours ago".
_OF_THING = re.compile(r"(?i)\s*(?:de\s+|d['’ʼ]\s*)\w")


def head_of(before: str) -> tuple[int, int] | None:
    """The direction (-1 ago, +1 ahead) and length of the offset words ending `before`.

    >>> head_of("Il y a "), head_of("prévu dans "), head_of("en ")
    ((-1, 7), (1, 5), None)
    """
    m = _HEAD.search(before[-LOOK_BACK:])
    if m is None:
        return None
    return (-1 if m["ago"] else 1), len(m[0])


def shift(value: str, sign: int, reference: datetime) -> tuple[str, str] | None:
    """The instant `sign` times the duration `value` from `reference`, and its grain.

    Months and years move the calendar first (the day clamped to the month's end),
    then weeks, days, hours and minutes; the value has the precision of the finest unit
    written (hour or minute).

    >>> shift("PT2H", -1, datetime(2025, 11, 6, 14, 32))
    ('2025-11-06T12', 'hour')
    >>> shift("PT1H30M", 1, datetime(2025, 11, 6, 23, 0))
    ('2025-11-07T00:30', 'minute')
    >>> shift("PT30S", -1, datetime(2025, 11, 6, 14, 32)) is None
    True
    """
    m = _ISO.fullmatch(value)
    if m is None or not (m["H"] or m["MI"]):
        return None
    n = {k: int(v) if v else 0 for k, v in m.groupdict().items()}
    y, mo = add_months(reference.year, reference.month, sign * (12 * n["Y"] + n["MO"]))
    moved = reference.replace(year=y, month=mo, day=min(reference.day, month_end(y, mo).day))
    moved += sign * timedelta(weeks=n["W"], days=n["D"], hours=n["H"], minutes=n["MI"])
    if m["MI"]:
        return moved.strftime("%Y-%m-%dT%H:%M"), "minute"
    return moved.strftime("%Y-%m-%dT%H"), "hour"


def whole_days(value: str) -> int | None:
    """The number of days of a length in hours that makes whole days, else None.

    >>> whole_days("PT48H"), whole_days("P1DT24H"), whole_days("PT36H"), whole_days("P2D")
    (2, 2, None, None)
    """
    m = _ISO.fullmatch(value)
    if m is None or not m["H"] or m["MI"] or m["Y"] or m["MO"] or int(m["H"]) % 24:
        return None
    return 7 * int(m["W"] or 0) + int(m["D"] or 0) + int(m["H"]) // 24


# A bound on the length (MORE_THAN, LESS_THAN) as a bound on the instant, by direction.
_BOUND = {
    ("MORE_THAN", -1): "BEFORE",
    ("LESS_THAN", -1): "AFTER",
    ("MORE_THAN", 1): "AFTER",
    ("LESS_THAN", 1): "BEFORE",
}


def placed(
    fact: DateFact, text: str, reference: datetime | None, day: date | None = None
) -> DateFact:
    """`fact` as an instant when it is a length in hours or minutes after "il y a" / "dans".

    The extent takes the offset words in, as for "il y a trois ans" (see module doc). A
    length of something ("il y a deux heures d'attente": "il y a" is "there are"), any
    other fact, or any fact without a reference time, comes back unchanged, unless its
    hours make whole days and the reference `day` is known ("il y a 48 heures": that day).
    """
    if fact.kind != "duration" or not fact.value or (reference is None and day is None):
        return fact
    head = head_of(text[max(0, fact.start - LOOK_BACK) : fact.start])
    if head is None or _OF_THING.match(text, fact.end):
        return fact
    sign, size = head
    if reference is not None:
        moved = shift(fact.value, sign, reference)
    else:
        days = whole_days(fact.value)
        on = None if day is None or days is None else day + timedelta(days=sign * days)
        moved = None if on is None else (on.isoformat(), "day")
    if moved is None:
        return fact
    start = fact.start - size
    return dataclasses.replace(
        fact,
        text=text[start : fact.end],
        start=start,
        value=moved[0],
        grain=moved[1],
        kind="date" if moved[1] == "day" else "time",
        rule="offset_ago" if sign < 0 else "offset_in",
        mod=_BOUND.get((fact.mod or "", sign), fact.mod),
    )
