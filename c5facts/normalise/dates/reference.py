"""Finding an article's publication date: its byline, an ISO first line, or its file name.

This date is the reference that relative expressions ("hier", "lundi") are placed against.
"""

from __future__ import annotations

import re
from datetime import date, time
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


# The time a byline gives after its date: "à 14h32", "à 9 h 05", "à 14:32", "à 8h".
_BYLINE_TIME = re.compile(r"(?i)\s*à\s+(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?!\d)")
# An ISO first line, with its time if written ("2025-11-06T14:32:00+01:00"; the zone is
# left out: the clock as written is the article's).
_ISO_LINE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](?:(\d{2}):(\d{2}))?[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?"
)


# A dateline's place before its date ("Rabat, ", "NEW YORK, ") and its agency after it
# ("(AFP)", "(Reuters)"): a capitalised name of one to four words, a comma ("le" may
# follow it: "Paris, le 3 mai 2021"; a line opening on "Le 3 mai" is a sentence).
_DATELINE_PLACE = r"(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3},\s+(?:le\s+)?)?"
_AGENCY = r"(?:\([A-Za-z][\w .-]{1,20}\))?"


def clock_of(hour: str, minute: str | None) -> time | None:
    """A clock time from its written hour and minute (None if no clock holds it).

    >>> clock_of("14", "32"), clock_of("25", None)
    (datetime.time(14, 32), None)
    """
    h, m = int(hour), int(minute or 0)
    return time(h, m) if h <= 23 and m <= 59 else None


def find_reference_date(text: str, source: str | None) -> tuple[date, str] | None:
    r"""Publication date from the article's own metadata or file name, with its source.

    >>> find_reference_date("Titre\n\nAFP, publié le mardi 02 juin 2020 à 21h55\n", None)
    (datetime.date(2020, 6, 2), 'metadata')
    """
    found = find_reference(text, source)
    return None if found is None else (found[0], found[2])


def find_reference(text: str, source: str | None) -> tuple[date, time | None, str] | None:
    r"""Publication date and time (when written) from the article's metadata or file name.

    The time comes from the byline ("publié le 02/06/2020 à 21h55") or an ISO first
    line ("2025-11-06T14:32"); a file name gives none.

    >>> find_reference("Titre\n\nAFP, publié le mardi 02 juin 2020 à 21h55\n", None)
    (datetime.date(2020, 6, 2), datetime.time(21, 55), 'metadata')
    >>> find_reference("Rien", "corpus/2025-11-06_c5.txt")
    (datetime.date(2025, 11, 6), None, 'filename')
    >>> find_reference("Titre\nRabat, 10 septembre 2023 (AFP) - Le bilan s'alourdit.", None)
    (datetime.date(2023, 9, 10), None, 'metadata')
    """
    r = alternations()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:6]
    head = "\n".join(lines).replace("’", "'")
    for line in head.splitlines():
        m = _BYLINE.search(line)
        if m:
            found = parse_byline_date(m.group(1))
            if found:
                # "Publié le 06/11/2025 à 14h32": the time right after the date, if any
                clock = _BYLINE_TIME.match(line, m.end(1))
                at = clock_of(clock[1], clock[2]) if clock else None
                return found, at, "metadata"
    for line in lines[:3]:
        iso = _ISO_LINE.fullmatch(line)
        if iso:
            found = valid_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            if found:
                at = clock_of(iso.group(4), iso.group(5)) if iso.group(4) else None
                return found, at, "iso-line"
        # a dateline: "6 novembre 2025 -", an agency's "Rabat, 10 septembre 2023 (AFP) -",
        # "Paris, le 3 mai 2021 -", or a line holding only the date ("Lundi 3 mai 2021")
        dl = re.match(
            rf"(?i){_DATELINE_PLACE}(?:(?:{r['weekday']})\s+)?(\d{{1,2}}|1er)\s+"
            rf"({r['month']})\s+(\d{{4}})\s*{_AGENCY}\.?\s*(?:[-–—]|$)",
            line,
        )
        if dl:
            found = _match_date(dl.group(1), dl.group(2), dl.group(3))
            if found:
                return found, None, "metadata"
    if source:
        name = Path(source).name
        fm = re.search(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)", name)
        if fm:
            found = valid_date(int(fm.group(1)), int(fm.group(2)), int(fm.group(3)))
            if found and MIN_YEAR <= found.year <= MAX_YEAR:
                return found, None, "filename"
    return None
