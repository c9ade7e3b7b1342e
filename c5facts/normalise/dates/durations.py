"""Field resolver of durations: "pendant trois ans", "plus de six mois", "une demi-heure".

A duration is a count and a unit (ISO 8601 step from the vocabulary: "1Y", "3M", or "T1H"
for the units of less than a day); a direction adjective alone counts one ("la dernière
décennie"). A second count and unit add up ("1 an 2 mois" = P14M); "et demi" adds half
a unit. A fraction of a unit written as a half ("un an et demi", "trois demi-journées")
is turned into the next smaller unit (P18M, PT36H); a decimal written in digits keeps
its decimal ("3,5 ans" = P3.5Y, as TimeML and the peers write it). Hours and minutes
are written with ISO 8601's "T" (PT3H, PT1H30M). Counts of different units add up, in
any order, up to one of each unit from years to minutes ("un an, un mois et 21 jours" =
P13M21D, "deux jours et un mois" = P1M2D, "1 an, 1 mois, 1 semaine, 1 jour, 1 heure et 1
minute" = P13M8DT1H1M). A count that French uses as a round length is read as that
length (vocabulary class `count_idiom`: "quinze jours" = P2W, two weeks).
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
    if any(w.role == "quarter_hour" for w in match.words):
        # "un quart d'heure", "trois quarts d'heure"
        quarters = f.number if f.number in (1, 3) else 1
        return _result(f"PT{15 * int(quarters)}M")
    if f.unit is None:
        if f.hour is None:
            return None
        # "une trêve de 72h", "en 2h30": a length written as a clock
        return _result(_minutes(f.hour * 60 + (f.minute or 0)))
    if f.number is None:
        if f.adj is None:
            return None
        number: float = 1  # "au cours de la dernière décennie"
    else:
        # "quarante-huit" split by the tokenizer: the tens word before the units word
        number = f.number + sum(number_word(w.form) or 0 for w in match.words if w.role == "tens")
    idiom = idiom_length(match)
    if idiom is not None:
        return _result(_format(*idiom))  # "quinze jours": two weeks
    qty, code, halved = _amount(number, f.unit, f.half, f.and_half)
    if qty <= 0:
        return None
    more = more_counts(match)
    if more:
        return _sum([(qty, code), *more])
    if code == "S":
        return _result(_format(qty, "S"))  # "30 secondes", "123,45 secondes": as written
    if code in _MINUTES:
        total = qty * _MINUTES[code]
        if code == "H" and f.minute:
            total += f.minute  # "pendant une heure trente"
        if code == "MI" and f.minute:
            return _result(_minutes(total + f.minute / 60))  # "1 minute 30": seconds
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


def more_counts(match: DateMatch) -> list[tuple[float, str]]:
    """The counts after the first one, as (quantity, code): "1 an 2 mois" -> [(2, "M")].

    Read in order from the words of the roles number2/unit2 and number3/unit3 (a list
    repeats number3/unit3: "un an, un mois, une semaine et 21 jours").
    """
    out: list[tuple[float, str]] = []
    number: float | None = None
    for word in match.words:
        if word.role in ("number2", "number3"):
            number = number_word(word.form)
        elif word.role in ("unit2", "unit3") and number is not None:
            voc = resources.date_vocabulary()
            unit = voc["unit"].get(word.form) or (
                "T" + voc["unit_time"][word.form] if word.form in voc["unit_time"] else None
            )
            if unit is not None:
                qty, code, _ = _amount(number, unit, False, False)
                out.append((qty, code))
            number = None
    return out


def _sum(counts: list[tuple[float, str]]) -> ResolvedDate | None:
    """Counts of different units in one expression, added up by family.

    Years and months give months ("1 an 2 mois" -> P14M, twelve months a year), weeks
    and days give days, hours, minutes and seconds give a time ("2 heures 30 minutes"
    -> PT2H30M); a unit named twice is two lengths, no sum ("3 heures et 2 heures").
    """
    codes = [code for _, code in counts]
    if len(set(codes)) != len(codes):
        return None
    months = sum(q * _MONTHS[c] for q, c in counts if c in _MONTHS)
    days = sum(q * _DAYS[c] for q, c in counts if c in _DAYS)
    minutes = sum(q * _MINUTES[c] for q, c in counts if c in _MINUTES)
    value = "P"
    if months:
        value += _format(months / 12, "Y")[1:] if months % 12 == 0 else _format(months, "M")[1:]
    if days:
        value += _format(days, "D")[1:]
    if minutes:
        value += _minutes(minutes)[1:]
    return _result(value) if value != "P" else None


def idiom_length(match: DateMatch) -> tuple[float, str] | None:
    """The length of a count French uses as a round one: "quinze jours" -> (2, "W").

    Read from the vocabulary class `count_idiom` (the count and unit words, as written);
    None for any other count, and when a second count or a half follows.
    """
    f = match.fields
    if f.half or f.and_half or f.number2 is not None:
        return None
    words = [w.form for w in match.words if w.role in ("number", "unit")]
    found = resources.date_vocabulary().get("count_idiom", {}).get(" ".join(words))
    if found is None:
        return None
    step, code, _ = split_unit(found)
    return float(step), code


def _result(value: str, mod: str | None = None) -> ResolvedDate:
    return ResolvedDate(value=value, grain="duration", kind="duration", mod=mod)


def approximate(match: DateMatch) -> bool:
    """Whether the count is a round approximate one: "une dizaine d'années" (mod APPROX)."""
    approx = resources.date_vocabulary().get("number_approx", {})
    return any(w.role == "number" and w.form in approx for w in match.words)
