"""The clock time of an HTML page's publication, from its metadata.

trafilatura gives the page's publication day; the time is read from the same metadata
(`<meta property="article:published_time" content="2025-11-06T14:32:00+01:00">`, its
`og:`/`itemprop`/`name` variants, or JSON-LD "datePublished") when it is an ISO 8601
timestamp of that same day. The clock is kept as written (the page's local time; the
zone is left out, as the article's own times are). It places "il y a deux heures".
"""

from __future__ import annotations

import re
from datetime import date, datetime

_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_JSON_LD = re.compile(r""""datePublished"\s*:\s*"([^"]{10,40})\"""")
# Metadata names of the publication timestamp (lower case).
_NAMES = frozenset(
    ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate"]
)
_HEAD_CHARS = 200_000  # metadata sits in the head: never scan a huge page whole


def _stamps(html: str) -> list[str]:
    """The publication timestamps the page declares, in document order."""
    head = html[:_HEAD_CHARS]
    out = []
    for tag in _META.finditer(head):
        attrs = {k.lower(): a or b for k, a, b in _ATTR.findall(tag[0])}
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if name in _NAMES and attrs.get("content"):
            out.append(attrs["content"].strip())
    out.extend(m[1] for m in _JSON_LD.finditer(head))
    return out


def published_at(html: str, day: date | None) -> date | None:
    """`day` as a `datetime` when the page's metadata gives the time of that day.

    >>> page = '<meta property="article:published_time" content="2025-11-06T14:32:00+01:00">'
    >>> published_at(page, date(2025, 11, 6))
    datetime.datetime(2025, 11, 6, 14, 32)
    >>> published_at(page, date(2025, 11, 7))
    datetime.date(2025, 11, 7)
    """
    if day is None or isinstance(day, datetime):
        return day
    for stamp in _stamps(html):
        if "T" not in stamp:
            continue
        try:
            when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            continue
        if when.date() == day:
            return datetime(day.year, day.month, day.day, when.hour, when.minute)
    return day
