"""A date typed by a person (`--reference-date`), in French or English, to a `date`.

`parse_reference_input` keeps the clock time when one is written ("2025-11-06T14:32+01:00",
"06/11/2025 14h32", "6 novembre 2025 à 14h32"): a `datetime`, local as written (the zone
is left out, as the article's own times are).

Only ever applied to an option's value, never to article text (the date grammar of
`models/dates/` reads articles). ISO dates are read exactly by the standard library;
anything else goes to `dateparser` with strict settings: day, month and year must all
be there, days come before months ("06/11/2025" is 6 November), and relative phrases
("hier", "il y a 3 jours") or timestamps are refused.
"""

from __future__ import annotations

import re
from datetime import date, datetime

# Looks like ISO 8601 (2025-11-06, 20251106, 2025-W45-4, or with a time and offset): read
# strictly, so that a bad ISO date is an error rather than a guess with day and month swapped.
_ISO = re.compile(r"\d{4}-?(?:\d{2}-?\d{2}|W\d{2}-?\d)(?:[T ].*)?")

# A clock time written in a typed date: "14:32", "14h32", "14 h", "9h".
_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\s*(?:h|:)\s*([0-5]\d)?(?![\d/.-])", re.IGNORECASE)

# Anything longer is a sentence, not a date someone typed as an option.
_MAX_LENGTH = 40

_SETTINGS = {
    "DATE_ORDER": "DMY",
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    # Absolute dates only: no "hier", no "in 3 days", no Unix timestamps.
    "PARSERS": ["custom-formats", "absolute-time"],
}

EXAMPLES = '"2025-11-06", "06/11/2025" or "6 novembre 2025"'


def parse_date_input(value: str) -> date:
    """The calendar date of `value` as written (a time and offset, if any, are dropped).

    Args:
        value: A date as a person types it: "6 novembre 2025", "06/11/2025",
            "2025-11-06", "2025-11-06T14:32+01:00", "jeudi 6 nov. 2025".

    Returns:
        The date.

    Raises:
        ValueError: `value` is not one complete, absolute date (the message says so in
            one line).

    >>> parse_date_input("jeudi 6 nov. 2025")
    datetime.date(2025, 11, 6)
    >>> parse_date_input("06/11/2025")
    datetime.date(2025, 11, 6)
    """
    text = value.strip()
    problem = f"{value!r} is not a date (write it like {EXAMPLES})"
    if not text or len(text) > _MAX_LENGTH:
        raise ValueError(problem)
    if _ISO.fullmatch(text):
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(problem) from None
    import dateparser  # lazy: only dates that are not ISO need it

    found: datetime | None = dateparser.parse(text, languages=["fr", "en"], settings=_SETTINGS)
    if found is None:
        raise ValueError(problem)
    return found.date()


def parse_reference_input(value: str) -> date | datetime:
    """`value` as a date, or a `datetime` (clock as written, no zone) when it has a time.

    Raises:
        ValueError: as `parse_date_input`.

    >>> parse_reference_input("2025-11-06T14:32+01:00")
    datetime.datetime(2025, 11, 6, 14, 32)
    >>> parse_reference_input("6 novembre 2025 à 14h32")
    datetime.datetime(2025, 11, 6, 14, 32)
    >>> parse_reference_input("06/11/2025")
    datetime.date(2025, 11, 6)
    """
    day = parse_date_input(value)
    text = value.strip()
    if _ISO.fullmatch(text):
        iso = re.fullmatch(r"[^T ]+[T ](\d{2}):?(\d{2})?.*", text)
        if iso is None:
            return day
        return datetime(day.year, day.month, day.day, int(iso[1]), int(iso[2] or 0))
    clock = _CLOCK.search(text)
    if clock is None:
        return day
    return datetime(day.year, day.month, day.day, int(clock[1]), int(clock[2] or 0))
