"""Finding an article's publication date: its byline, an ISO first line, or its file name.

This date is the reference that relative expressions ("hier", "lundi") are placed against.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from c5facts.normalise.dates.placement import valid_date
from c5facts.normalise.dates.vocab import MAX_YEAR, MIN_YEAR, alternations, day_number, vocabulary


def _match_date(day: str, month: str, year: str) -> date | None:
    m = vocabulary().months.get(month.lower())
    if m is None:
        return None
    return valid_date(int(year), m, day_number(day.lower()))


# "Publié le 06/11/2025 à 14h32, mis à jour le ...": the date after "publié le", up to
# its time, a comma, a separator or "mis à jour".
_BYLINE = re.compile(
    r"(?i)publi[ée]e?\s+le\s+(.{6,40}?)\s*(?:\bà\s+\d|[,|–—(]|\s-\s|\bmis\s+à\s+jour|$)"
)
_SETTINGS = {
    "DATE_ORDER": "DMY",
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "PARSERS": ["custom-formats", "absolute-time"],
}


def parse_byline_date(text: str) -> date | None:
    """The date of a byline's "publié le ..." words, read by dateparser (French, DMY, strict).

    Only this isolated string is parsed, never the article's text.

    >>> parse_byline_date("06/11/2025"), parse_byline_date("jeudi 6 novembre 2025")
    (datetime.date(2025, 11, 6), datetime.date(2025, 11, 6))
    >>> parse_byline_date("hier") is None
    True
    """
    import dateparser  # lazy: only articles with a byline need it

    found = dateparser.parse(text.strip(), languages=["fr"], settings=_SETTINGS)
    if found is None or not MIN_YEAR <= found.year <= MAX_YEAR:
        return None
    day: date = found.date()
    return day


def find_reference_date(text: str, source: str | None) -> tuple[date, str] | None:
    r"""Publication date from the article's own metadata or file name, with its source.

    >>> find_reference_date("Titre\n\nAFP, publié le mardi 02 juin 2020 à 21h55\n", None)
    (datetime.date(2020, 6, 2), 'metadata')
    >>> find_reference_date("Rien", "corpus/2025-11-06_c5.txt")
    (datetime.date(2025, 11, 6), 'filename')
    """
    r = alternations()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:6]
    head = "\n".join(lines).replace("’", "'")
    for line in head.splitlines():
        m = _BYLINE.search(line)
        if m:
            found = parse_byline_date(m.group(1))
            if found:
                return found, "metadata"
    for line in lines[:3]:
        iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:]+)?", line)
        if iso:
            found = valid_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            if found:
                return found, "iso-line"
        dl = re.match(
            rf"(?i)(?:(?:{r['weekday']})\s+)?(\d{{1,2}}|1er)\s+({r['month']})\s+(\d{{4}})\s*\.?\s*[-–—]",
            line,
        )
        if dl:
            found = _match_date(dl.group(1), dl.group(2), dl.group(3))
            if found:
                return found, "metadata"
    if source:
        name = Path(source).name
        fm = re.search(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)", name)
        if fm:
            found = valid_date(int(fm.group(1)), int(fm.group(2)), int(fm.group(3)))
            if found and MIN_YEAR <= found.year <= MAX_YEAR:
                return found, "filename"
    return None
