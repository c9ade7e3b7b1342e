"""An edge of the reference's year, month or week that the clause's tense excludes.

"En fin d'année, les ventes ont progressé" in an article of March: the end of this year
has not come, so a past clause means last year's end (`2024` mod END for a reference of
2025-03-15); "en début d'année, le groupe embauchera" in November means next year's
start. The edge's part of its period: the first, middle or last three months of a year
(START: January to March, MID: May to August, END: October to December), the first,
middle or last ten days of a month, Monday-Tuesday, Wednesday-Thursday or Friday-Sunday
of a week ("le remaniement sera annoncé en début de semaine", written on a Friday, is next
week's start). A past clause before the part takes the period
before; a future clause after it, the period after. Inside the part, or with no tense,
the reference's period stays.
"""

from __future__ import annotations

from datetime import date, timedelta

from c5facts.normalise.timex import add_months, iso_week

# the edge's part of a year (months) and of a month (days), inclusive
YEAR_PARTS = {"début": (1, 3), "mi": (5, 8), "milieu": (5, 8), "fin": (10, 12)}
MONTH_PARTS = {"début": (1, 10), "mi": (11, 20), "milieu": (11, 20), "fin": (21, 31)}
WEEK_PARTS = {"début": (0, 1), "mi": (2, 3), "milieu": (2, 3), "fin": (4, 6)}  # weekdays


def shifted_edge(value: str, grain: str, edge: str | None, tense: str | None, ref: date) -> str:
    """The year ("2025") or month ("2025-03") of an edge, moved when the tense excludes it.

    >>> shifted_edge("2025", "year", "fin", "past", date(2025, 3, 15))
    '2024'
    >>> shifted_edge("2025", "year", "début", "future", date(2025, 11, 6))
    '2026'
    >>> shifted_edge("2025-11", "month", "fin", "past", date(2025, 11, 6))
    '2025-10'
    >>> shifted_edge("2025", "year", "fin", "past", date(2025, 11, 6))  # inside the part
    '2025'
    >>> shifted_edge("2018-W40", "week", "début", "future", date(2018, 10, 5))  # a Friday
    '2018-W41'
    """
    if tense not in ("past", "future") or edge is None:
        return value
    if grain == "year" and edge in YEAR_PARTS:
        first, last = YEAR_PARTS[edge]
        at = ref.month
        step = -1 if tense == "past" and at < first else 1 if tense == "future" and at > last else 0
        return str(int(value) + step)
    if grain == "month" and edge in MONTH_PARTS:
        first, last = MONTH_PARTS[edge]
        at = ref.day
        step = -1 if tense == "past" and at < first else 1 if tense == "future" and at > last else 0
        y, m = add_months(int(value[:4]), int(value[5:7]), step)
        return f"{y}-{m:02d}"
    if grain == "week" and edge in WEEK_PARTS:
        first, last = WEEK_PARTS[edge]
        at = ref.weekday()
        step = -1 if tense == "past" and at < first else 1 if tense == "future" and at > last else 0
        return iso_week(ref + timedelta(days=7 * step)) if step else value
    return value
