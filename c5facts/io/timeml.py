"""The article as TimeML: its text with inline ``<TIMEX3>`` tags for the date facts.

``to_timeml(text, article)`` writes one ``<TimeML>`` document: a ``<DCT>`` holding the
reference date (``tid="t0"``, ``functionInDocument="CREATION_TIME"``) when there is
one, then ``<TEXT>`` with the article's text, every date fact wrapped in a ``<TIMEX3
tid type value [mod freq quant]>`` at its exact offsets. Only the tags are added: the
characters of the text are escaped for XML and otherwise unchanged, so stripping the
tags and unescaping gives the input back (a test checks it).

TIMEX3 types: a date is ``DATE``, a duration ``DURATION``, a time of day ``TIME``, a set
``SET``. A range is two ``DATE`` tags, one on each end, as TimeML annotates "du 3 au 5
mars" ("3" and "5 mars", the preposition and the connector outside), two ``TIME`` tags
for a range of hours ("lundi de 9 h" and "18 h"); a range whose
connector cannot be found keeps one tag with c5facts's ``start/end`` value. A fact without
a value (no reference date) gets no ``value`` attribute. Overlapping facts cannot nest
in TimeML: the first one wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from c5facts.records import Article, DateFact

TIMEX_TYPES = {"date": "DATE", "range": "DATE", "duration": "DURATION", "time": "TIME"}
TIMEX_TYPES["set"] = "SET"


def _timex_open(fact: DateFact, tid: int) -> str:
    attrs = [f'tid="t{tid}"', f'type="{TIMEX_TYPES.get(fact.kind, "DATE")}"']
    if fact.value:
        attrs.append(f"value={quoteattr(fact.value)}")
    for key in ("mod", "freq", "quant"):
        val = getattr(fact, key)
        if val:
            attrs.append(f"{key}={quoteattr(val)}")
    return f"<TIMEX3 {' '.join(attrs)}>"


# The word that joins a range's ends ("au", "à", "et", "jusqu'au"), or a dash between digits.
_CONNECTOR = re.compile(
    r"\s+(?:au|aux|à|et|jusqu['’](?:au|aux|à|en))\s+|(?<=\d)\s*[-–—]\s*(?=\d)", re.IGNORECASE
)
# A range's opening preposition, outside the left end's tag (TimeML extents).
_OPENING = re.compile(
    r"^(?:du|des|de|d['’]|entre|depuis|dès|à partir d(?:u|e)|à partir d['’])\s*", re.I
)


def range_ends(fact: DateFact) -> Iterator[DateFact]:
    """A range fact as its two ends, each a DATE with its own extent; other facts as they are.

    >>> fact = DateFact(text="du 3 au 5 mars", start=10, end=24,
    ...                 value="2025-03-03/2025-03-05", grain="day", kind="range")
    >>> [(e.text, e.start, e.end, e.value) for e in range_ends(fact)]
    [('3', 13, 14, '2025-03-03'), ('5 mars', 18, 24, '2025-03-05')]
    """
    parts = (fact.value or "").split("/")
    joint = _CONNECTOR.search(fact.text) if fact.kind == "range" and len(parts) == 2 else None
    opening = _OPENING.match(fact.text)
    left = opening.end() if opening else 0
    if joint is None or joint.start() <= left or joint.end() >= len(fact.text):
        yield fact
        return
    for a, b, value in ((left, joint.start(), parts[0]), (joint.end(), len(fact.text), parts[1])):
        kind = "time" if "T" in value else "date"  # "de 9 h à 18 h": two TIMEs
        yield replace(
            fact, text=fact.text[a:b], start=fact.start + a, end=fact.start + b,
            value=value, kind=kind, mod=None,
        )  # fmt: skip


def tagged_text(text: str, dates: Iterable[DateFact]) -> str:
    """`text` escaped for XML, each date fact wrapped in its TIMEX3 tag (tids from t1).

    >>> fact = DateFact(text="1975", start=3, end=7, value="1975", grain="year")
    >>> tagged_text("en 1975 & après", [fact])
    'en <TIMEX3 tid="t1" type="DATE" value="1975">1975</TIMEX3> &amp; après'
    """
    out: list[str] = []
    at = 0
    tid = 0
    ends = (end for fact in dates for end in range_ends(fact))
    for fact in sorted(ends, key=lambda d: (d.start, -d.end)):
        if fact.start < at or fact.end > len(text) or fact.start >= fact.end:
            continue  # overlaps the previous tag (TimeML tags do not nest), or out of range
        tid += 1
        out.append(escape(text[at : fact.start]))
        out.append(_timex_open(fact, tid))
        out.append(escape(text[fact.start : fact.end]))
        out.append("</TIMEX3>")
        at = fact.end
    out.append(escape(text[at:]))
    return "".join(out)


def to_timeml(text: str, article: Article) -> str:
    """One TimeML document for `article`, whose facts were extracted from `text`."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if article.reference_date:
        # with the publication time the DCT is a TIME ("2025-11-06T14:32"), else a DATE
        when = article.reference_date
        if article.reference_time:
            when = f"{when}T{article.reference_time}"
        kind = "TIME" if article.reference_time else "DATE"
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="{kind}" value={quoteattr(when)} '
            f'functionInDocument="CREATION_TIME">{escape(when)}'
            "</TIMEX3></DCT>\n"
        )
    parts.append("<TEXT>")
    parts.append(tagged_text(text, article.dates))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def write_timeml(items: Iterable[tuple[str, Article]], stream: TextIO) -> None:
    """Write each (text, article) pair as a TimeML document, one after the other."""
    for text, article in items:
        stream.write(to_timeml(text, article))
        stream.flush()
