"""TIMEX3 value arithmetic: calendar months, ISO weeks, and the interval a value covers.

Pure functions shared by date resolution (`c5facts.normalise.dates`), the exporters and the
HTML report, so that "which days does 2024-Q2 cover" is answered in one place.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# First month and length in months of each TIMEX3 season code (AU is a common alias of FA).
SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "AU": (9, 3), "WI": (12, 3)}


def month_end(year: int, month: int) -> date:
    """Last day of `month` of `year`.

    >>> month_end(2024, 2), month_end(2025, 12)
    (datetime.date(2024, 2, 29), datetime.date(2025, 12, 31))
    """
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) `n` months after (before, when negative) `month` of `year`.

    >>> add_months(2025, 11, 3), add_months(2025, 1, -1)
    ((2026, 2), (2024, 12))
    """
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def iso_week(day: date) -> str:
    """TIMEX3 week value of the ISO week holding `day`.

    >>> iso_week(date(2025, 11, 6))
    '2025-W45'
    """
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def relative_part(day: date, months: int, n: int) -> str:
    """TIMEX3 value of the quarter (`months` 3) or half-year (6) `n` after the one of `day`.

    >>> relative_part(date(2025, 11, 6), 3, -1), relative_part(date(2025, 11, 6), 6, 1)
    ('2025-Q3', '2026-H1')
    """
    per_year = 12 // months
    k = day.year * per_year + (day.month - 1) // months + n
    return f"{k // per_year}-{'Q' if months == 3 else 'H'}{k % per_year + 1}"


def months_interval(year: int, first: int, count: int) -> tuple[date, date]:
    """First and last day of `count` months starting with month `first` of `year`."""
    last_year, last_month = add_months(year, first, count - 1)
    return date(year, first, 1), month_end(last_year, last_month)


def date_interval(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by a TIMEX3 value; None for durations and unknown forms.

    >>> date_interval("2025-11-06T21:55")
    (datetime.date(2025, 11, 6), datetime.date(2025, 11, 6))
    >>> date_interval("2012-11-02TMO/2012-11-05TEV")
    (datetime.date(2012, 11, 2), datetime.date(2012, 11, 5))
    >>> date_interval("2024-Q2")
    (datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    >>> date_interval("201"), date_interval("P3Y")
    ((datetime.date(2010, 1, 1), datetime.date(2019, 12, 31)), None)
    """
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = date_interval(first), date_interval(last)
        if start is None or end is None or end[1] < start[0]:
            return None
        return start[0], end[1]
    try:
        return _single_interval(value)
    except ValueError:
        return None


def _single_interval(value: str) -> tuple[date, date] | None:
    # Order matters: the more specific forms first.
    # A day, with or without a time of day: a clock time or a part of the day (TIMEX3
    # MO morning, AF afternoon, EV evening, NI night, DT daytime).
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(?:[\d:.]+|MO|AF|EV|NI|DT))?", value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return months_interval(int(m[1]), int(m[2]), 1)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return months_interval(int(m[1]), 3 * int(m[2]) - 2, 3)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return months_interval(int(m[1]), 6 * int(m[2]) - 5, 6)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        return months_interval(int(m[1]), *SEASONS[m[2]])
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):  # decade: "201" = the 2010s
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):  # century: "20" = 2000-2099
        return date(int(value) * 100, 1, 1), date(int(value) * 100 + 99, 12, 31)
    return None
