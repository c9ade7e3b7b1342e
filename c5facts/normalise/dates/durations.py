"""Field resolver of durations: "pendant trois ans", "au cours des deux dernières années".

A duration is a count and a unit (ISO 8601 step from the vocabulary); a direction
adjective alone counts one ("la dernière décennie"). Half units are turned into the
next smaller unit ("un an et demi" = P18M); less than a day is not a date.
"""

from __future__ import annotations

from datetime import date

from c5facts.matches import DateMatch
from c5facts.normalise.dates.placement import ResolvedDate

# Half of a unit in the next smaller one: half a year -> six months, of a month -> 15 days.
_HALF = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H")}


def duration(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The ISO 8601 duration of "pendant six mois", "huit mois précédents", "sur 12 mois"."""
    f = match.fields
    if f.unit is None or f.det == "ces":
        return None  # "ces 4 derniers mois": a vague phrase, not a measured span
    if f.number is None:
        if f.adj is None:
            return None
        qty: float = 1  # "au cours de la dernière décennie"
    else:
        qty = f.number * (0.5 if f.half else 1)
    step, code = int(f.unit[:-1]), f.unit[-1]
    total = qty * step
    if total != int(total):
        factor, code = _HALF[code]
        total *= factor
        if code == "H":
            return None
    if total <= 0:
        return None
    return ResolvedDate(value=f"P{int(total)}{code}", grain="duration", kind="duration")
