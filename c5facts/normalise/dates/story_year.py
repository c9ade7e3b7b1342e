"""A day or month written without its year takes the year of the story it is told in.

"Le Titanic a quitté Southampton le 10 avril 1912. Le 14 avril, il a percuté un
iceberg": the reader places "le 14 avril" in 1912, the year the paragraph's last date
wrote, not in the publication's year. A date with its year written, at the grain of a
day or a month ("le 10 avril 1912", "en mars 1999") or a season ("à l'automne 1938"),
sets the story's time for the dates after it in its paragraph (a length between leaves
it); a day or a month without a year, a weekday or a
direction word ("le 14 avril", "en mai") then takes its first occurrence in the three
months after that time, when it has one there (`in_story`). Any other date ("hier",
"mardi", "le mois dernier", a bare year: "depuis 2008") brings the story back to the
paper's time and ends it.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from c5facts.matches import DateMatch
from c5facts.normalise.dates.placement import SEASON_START, ResolvedDate, start_of

# How far after the story's time a date without its year may follow it and be of it.
FORWARD_DAYS = 92
# A placed day, time or month (a range of them), whose year the story may set.
_PLACED = re.compile(r"(\d{4})-\d{2}(?:-\d{2}(?:T[\dA-Z:]+)?)?")
# A season of one year (winter straddles two: none).
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA)")


def _single_year(value: str) -> int | None:
    """The one year a day, month or range of them names, None for anything else."""
    years = set()
    for part in value.split("/"):
        found = _PLACED.fullmatch(part)
        if found is None:
            return None
        years.add(int(found[1]))
    return years.pop() if len(years) == 1 else None


def sets_anchor(match: DateMatch, resolved: ResolvedDate | None) -> date | None:
    """The story's time a date sets: its first day, if its year is written.

    A day or a month ("le 10 avril 1912", "en mars 1999"), or a season but winter, from
    the first of its first month ("à l'automne 1938 ... le 9 novembre" is 1938's): a
    winter straddles two years, and "l'hiver 1956" is as often its February as its
    December.
    """
    if resolved is None or not resolved.value or resolved.kind not in ("date", "time", "range"):
        return None
    if not any(w.role == "year" for w in match.words):
        return None
    season = _SEASON.fullmatch(resolved.value)
    if season is not None:
        return date(int(season[1]), SEASON_START[season[2]], 1)
    if _single_year(resolved.value) is None:
        return None
    return start_of(resolved.value[:10])


def in_story(resolved: ResolvedDate, anchor: date) -> ResolvedDate:
    """`resolved` moved to its first occurrence in the `FORWARD_DAYS` after the story's time.

    A story moves forward: "le 10 avril 1912 ... Le 14 avril" is 1912-04-14, in the past
    or in the historical present ("il percute un iceberg"). A date before the story's time
    or months after it is left where its tense placed it ("le 15 avril 1912 ... le
    documentaire diffusé le 1er janvier" is the paper's January).
    """
    assert resolved.value is not None
    best: tuple[int, ResolvedDate] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        moved = in_year(resolved, year)
        assert moved.value is not None
        day = start_of(moved.value[:10])
        gap = (day - anchor).days
        if not 0 <= gap <= FORWARD_DAYS:
            continue  # the story moves on; a date before it or far after is the paper's
        if best is None or gap < best[0]:
            best = (gap, moved)
    return best[1] if best is not None else resolved


def takes_year(match: DateMatch, resolved: ResolvedDate | None) -> bool:
    """Whether a date is a day or a month without its year, free to take the story's."""
    f = match.fields
    if resolved is None or not resolved.value or f.year is not None:
        return False
    if not any(w.role == "month" for w in match.words) or any(
        w.role == "year" for w in match.words
    ):
        return False  # "la nuit du 14 au 15 avril": the month may be the second side's
    if f.weekday is not None or f.mod is not None or f.days is not None or f.rel is not None:
        return False  # "mardi 14 avril" checks its own year; "le 14 avril prochain"
    return _single_year(resolved.value) is not None


def in_year(resolved: ResolvedDate, year: int) -> ResolvedDate:
    """`resolved` moved to `year` (the 29th of February of a common year is the 28th).

    >>> in_year(ResolvedDate(value="2025-04-14", grain="day"), 1912).value
    '1912-04-14'
    >>> in_year(ResolvedDate(value="2024-02-29", grain="day"), 1913).value
    '1913-02-28'
    """
    assert resolved.value is not None
    parts = []
    for part in resolved.value.split("/"):
        moved = f"{year:04d}{part[4:]}"
        if moved[4:10] == "-02-29" and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
            moved = moved[:8] + "28" + moved[10:]
        parts.append(moved)
    return dataclasses.replace(resolved, value="/".join(parts))
