"""Field resolver of durations: "pendant trois ans", "plus de six mois", "une demi-heure".

A duration is a count and a unit (ISO 8601 step from the vocabulary: "1Y", "3M", or "T1H"
for the units of less than a day); a direction adjective alone counts one ("la dernière
décennie"). A second count and unit add up ("1 an 2 mois" = P14M); "et demi" adds half
a unit. A fraction of a unit written as a half ("un an et demi", "trois demi-journées")
is turned into the next smaller unit (P18M, PT36H); a decimal written in digits keeps
its decimal ("3,5 ans" = P3.5Y, as TimeML and the peers write it). Hours and minutes
are written with ISO 8601's "T" (PT3H, PT1H30M).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from c5facts import resources
from c5facts.matches import DateMatch
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import number_word

# Half of a unit in the next smaller one: half a year -> six months, of a month -> 15 days.
_HALF = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H")}
# Minutes in one step of each unit of less than a day.
_MINUTES = {"H": 60, "MI": 1, "S": 1 / 60}
# Months in one step of each unit of a month or more; days in a week and a day.
_MONTHS = {"Y": 12, "M": 1}
_DAYS = {"W": 7, "D": 1}


def split_unit(unit: str) -> tuple[int, str, bool]:
    """Step, code and whether the unit is of less than a day: "3M" -> (3, "M", False).

    >>> split_unit("T1H"), split_unit("10Y"), split_unit("12H")
    ((1, 'H', True), (10, 'Y', False), (12, 'H', True))
    """
    time = unit.startswith("T")
    body = unit[1:] if time else unit
    digits = "".join(c for c in body if c.isdigit())
    code = body[len(digits) :]
    return int(digits), code, time or code in _MINUTES


def _format(qty: float, code: str) -> str:
    text = f"{qty:g}" if qty != int(qty) else str(int(qty))
    if code in _MINUTES:
        return f"PT{text}{'M' if code == 'MI' else code}"
    return f"P{text}{code}"


def _minutes(total: float) -> str:
    """Hours, minutes and seconds of a length in minutes: 150.5 -> "PT2H30M30S"."""
    seconds = round(total * 60, 2)
    hours, rest = divmod(int(seconds), 3600)
    minutes = rest // 60
    secs = round(seconds - hours * 3600 - minutes * 60, 2)
    text = f"{secs:g}" if secs != int(secs) else str(int(secs))
    return (
        "PT"
        + (f"{hours}H" if hours else "")
        + (f"{minutes}M" if minutes else "")
        + (f"{text}S" if secs else "")
    )


def _amount(number: float, unit: str, half: bool, and_half: bool) -> tuple[float, str, bool]:
    """The quantity and code of one count and unit (see module doc)."""
    step, code, _ = split_unit(unit)
    qty = number * (0.5 if half else 1) * step
    if and_half:
        qty += 0.5 * step
    return qty, code, half or and_half


def duration(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The ISO 8601 duration of "pendant six mois", "huit mois précédents", "sur 12 mois".

    A round approximate count ("une dizaine d'années") gives mod APPROX.
    """
    found = _duration(match)
    if found is not None and found.mod is None and approximate(match):
        return dataclasses.replace(found, mod="APPROX")
    return found


def _duration(match: DateMatch) -> ResolvedDate | None:
    f = match.fields
    if f.unit is None:
        if f.hour is None:
            return None
        # "une trêve de 72h", "en 2h30": a length written as a clock
        return _result(_minutes(f.hour * 60 + (f.minute or 0)))
    if any(w.role == "quarter_hour" for w in match.words):
        return ResolvedDate(value="PT15M", grain="duration", kind="duration")
    if f.number is None:
        if f.adj is None:
            return None
        number: float = 1  # "au cours de la dernière décennie"
    else:
        # "quarante-huit" split by the tokenizer: the tens word before the units word
        number = f.number + sum(number_word(w.form) or 0 for w in match.words if w.role == "tens")
    qty, code, halved = _amount(number, f.unit, f.half, f.and_half)
    if qty <= 0:
        return None
    if f.number2 is not None and f.unit2 is not None:
        qty2, code2, _ = _amount(f.number2, f.unit2, False, False)
        return _sum(qty, code, qty2, code2)
    if code == "S":
        return _result(_format(qty, "S"))  # "30 secondes", "123,45 secondes": as written
    if code in _MINUTES:
        total = qty * _MINUTES[code]
        if code == "H" and total % 60 == 0:
            return _result(_format(total / 60, "H"))
        return _result(_minutes(total) if total >= 60 else _format(total, "MI"))
    if qty != int(qty):
        if not halved:
            return _result(_format(qty, code))  # "3,5 ans": the decimal as written
        factor, smaller = _HALF[code]
        qty, code = qty * factor, smaller
        if code == "H":
            return _result(_format(qty, "H"))
    return _result(_format(qty, code))


def _sum(qty: float, code: str, qty2: float, code2: str) -> ResolvedDate | None:
    """Two counts in one expression: "1 an 2 mois" -> P14M, "2 heures 30 minutes"."""
    if code in _MINUTES and code2 in _MINUTES:
        return _result(_minutes(qty * _MINUTES[code] + qty2 * _MINUTES[code2]))
    if code in _MONTHS and code2 in _MONTHS:
        months = qty * _MONTHS[code] + qty2 * _MONTHS[code2]
        return _result(_format(months, "Y" if months % 12 == 0 else "M"))
    if code in _DAYS and code2 in _DAYS:
        return _result(_format(qty * _DAYS[code] + qty2 * _DAYS[code2], "D"))
    if code in ("Y", "M", "W", "D") and code2 in _MINUTES:
        return _result(_format(qty, code) + _minutes(qty2 * _MINUTES[code2])[1:])
    return None


def _result(value: str, mod: str | None = None) -> ResolvedDate:
    return ResolvedDate(value=value, grain="duration", kind="duration", mod=mod)


def approximate(match: DateMatch) -> bool:
    """Whether the count is a round approximate one: "une dizaine d'années" (mod APPROX)."""
    approx = resources.date_vocabulary().get("number_approx", {})
    return any(w.role == "number" and w.form in approx for w in match.words)
