"""Field resolvers of times of day and of sets (TIMEX3 types TIME and SET).

Times: a clock time ("à 14h30", "vers 9 heures", "à midi") without a day written is on
the reference day (the day the article speaks from), as TimeML annotators anchor it to
the document date: ``2025-11-06T14:30``. A part of the day is the TIMEX3 code of
`part` in the vocabulary ("ce soir" -> ``2025-11-06TEV``, "la nuit de mardi à
mercredi" -> Tuesday ``TNI``). "du soir" / "de l'après-midi" after an hour before noon
add twelve hours ("à 8 heures du soir" = T20:00); so does "dans la nuit" after an hour from 7
to 11 ("à 11 heures dans la nuit" = T23:00).

Sets: "chaque année" -> ``P1Y`` (quant EACH), "tous les trois mois" -> ``P3M`` (quant
EVERY), "tous les lundis" -> ``XXXX-WXX-1``, "deux fois par an" -> ``P1Y`` with freq
``2X``, "chaque matin" -> ``XXXX-XX-XXTMO``; with the time of day beside it
(`c5facts.components.date_compose`), "tous les jours à 20h" -> ``XXXX-XX-XXT20:00``,
"chaque lundi à 9h" -> ``XXXX-WXX-1T09:00``, "chaque week-end" -> ``XXXX-WXX-WE``,
"chaque 14 juillet" -> ``XXXX-07-14``; a
weekday after "le" in a present clause is a habit ("le musée ferme le lundi" ->
``XXXX-WXX-1``, `habit`). No placement against the reference.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from c5facts.matches import DateFields, DateMatch
from c5facts.normalise.dates import calendar_fields as cal
from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.durations import idiom_length, split_unit
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import vocabulary

# the words of a weekend, as the tokenizer splits them ("week-end" -> "week", "-", "end")
WEEKEND_FORMS = frozenset(["week-end", "weekend", "week", "week-ends", "weekends"])
# "vers 9 heures", "aux alentours de 15 heures", "autour de 5h", "à environ 15 heures",
# "sur les 9 heures" (the one time pattern with "sur" as its preposition)
_APPROX = frozenset(["vers", "alentours", "environs", "autour", "environ", "sur"])


# A night's hours from this one to noon are the evening's: "à 11 heures dans la nuit" is
# 23:00 (the morning is never "la nuit"); earlier ones are the small hours ("vers 3 heures
# dans la nuit").
_NIGHT_EVENING_FROM = 7


def night_hours(f: DateFields) -> DateFields:
    """The fields of an hour of the night, read as the evening's from 7 to 11 (see above)."""
    night = vocabulary().parts.get(f.part or "") == "NI"
    if night and f.hour is not None and _NIGHT_EVENING_FROM <= f.hour < 12:
        return dataclasses.replace(f, hour=f.hour + 12)
    return f


def hours_range(resolved: ResolvedDate, end: DateFields | None) -> ResolvedDate:
    """A time on a day and the hour a range ends at: "lundi 10 novembre de 9h à 18h".

    The end hour is on the same day, or on the next when it comes before the first hour
    ("samedi de 22 h à 2 h"); a resolved value without a clock time, or an end naming a
    day of its own, is left as it is.

    >>> at = ResolvedDate(value="2025-11-10T09:00", grain="day", kind="time")
    >>> hours_range(at, DateFields(hour=18)).value
    '2025-11-10T09:00/2025-11-10T18:00'
    >>> hours_range(dataclasses.replace(at, value="2025-11-08T22:00"), DateFields(hour=2)).value
    '2025-11-08T22:00/2025-11-09T02:00'
    """
    value = resolved.value
    if end is None or end.hour is None or value is None or "T" not in value or "/" in value:
        return resolved
    if any(v is not None for v in (end.day, end.month, end.year, end.weekday)):
        return resolved
    day, start = value.split("T", 1)
    stop = cal.time_suffix(end)[1:]
    if not stop[:1].isdigit() or not start[:1].isdigit():
        return resolved
    if stop < start and len(day) == 10 and day[:4].isdigit():
        day_after = (pl.start_of(day) + timedelta(days=1)).isoformat()
        return dataclasses.replace(resolved, value=f"{value}/{day_after}T{stop}", kind="range")
    return dataclasses.replace(resolved, value=f"{value}/{day}T{stop}", kind="range")


def hours_between(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """Two hours sharing their unit: "de 9 à 18 heures", "entre 14 et 16 heures".

    A range of times on the reference day (or the day beside it, `date_compose`).
    """
    start = time_of_day(match, ref)
    return None if start is None else hours_range(start, match.end)


def time_of_day(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A clock time on the reference day: "à 14h30", "vers 9 heures", "à midi"."""
    f = night_hours(match.fields)
    suffix = cal.time_suffix(f)
    if not suffix:
        return None
    grain = "minute" if f.minute else "hour"
    approx = any(w.role == "prep" and w.form in _APPROX for w in match.words)
    mod = "APPROX" if approx else None
    if ref is None:
        return ResolvedDate(value=None, grain=grain, kind="time", mod=mod)
    return ResolvedDate(value=ref.isoformat() + suffix, grain=grain, kind="time", mod=mod)


def time_before(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A time told by the minutes before the hour: "huit heures moins le quart" -> T07:45.

    "midi moins cinq" -> ``T11:55``; "minuit moins dix" -> ``T23:50`` of the same day.
    """
    f = match.fields
    if f.hour is None or not f.minute:
        return None
    total = (f.hour * 60 - f.minute) % (24 * 60)
    fields = dataclasses.replace(f, hour=total // 60, minute=total % 60)
    return time_of_day(dataclasses.replace(match, fields=fields), ref)


def day_alone(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A day of the month without its month, completed by a time: "le 16 à 18h".

    The day is in the reference month or a month beside it, placed by the tense like a
    day and month (no verb: the nearest); the time completes it (``2025-11-16T18:00``).
    A bare "le 16" is not matched: only the time makes it a date.
    """
    f = night_hours(match.fields)
    suffix = cal.time_suffix(f)
    if f.day is None or not suffix:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="day", kind="time")
    if f.month is not None and f.year is not None:  # the story's month (`anchoring`)
        value = _written_day(f.year, f.month, f.day)
    else:
        value = _day_of_near_month(f.day, ref, match.tense)
    if value is None:
        return None
    return ResolvedDate(value=value + suffix, grain="day", kind="time")


def day_story(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A day of the story's month: "Le 24, premier jour du sommet" after "du 21 au 23 août".

    `c5facts.normalise.dates.anchoring` calls it only with a date the story told: a
    month it wrote in the fields (that month's day), or a day as `ref` (`day_of_told_month`:
    "le 28 mai ... le 3" is June 3, "le 4 juillet ... le 26" July 26).
    """
    f = match.fields
    if f.day is None or ref is None:
        return None
    if f.month is not None and f.year is not None:
        value = _written_day(f.year, f.month, f.day)
    else:
        found = day_of_told_month(f.day, ref)
        value = found.isoformat() if found is not None else None
    return ResolvedDate(value=value, grain="day") if value else None


def _written_day(year: int, month: int, day: int) -> str | None:
    """The ISO date of a day whose month and year are known, None when there is no such day."""
    found = pl.valid_date(year, month, day)
    return found.isoformat() if found is not None else None


def day_scheduled(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A day set or bounded with no month told: "prévue le 12", "reportée au 19".

    The reference month's day or a month beside it, placed by the tense as a day and
    month is: "le vote aura lieu le 12" in an article of 6 November is 12 November, "elle
    a été reportée au 3" the 3rd of December (a postponement points forward).
    """
    f = match.fields
    if f.day is None or ref is None:
        return None
    value = _day_of_near_month(f.day, ref, match.tense)
    return ResolvedDate(value=value, grain="day") if value else None


def day_of_told_month(day: int, told: date) -> date | None:
    """Day `day` of the month of the story's date `told`, or of the next month.

    A story goes on in its month: a later day is that month's ("le 4 juillet ... le 26"
    is July 26, never the June 26 nearer to it); an earlier one is that month's or the
    next month's, whichever is nearer ("le 15 mars ... le 2" is March 2, "le 28 mai ...
    le 3" June 3).

    >>> day_of_told_month(26, date(2026, 7, 4)), day_of_told_month(3, date(2025, 5, 28))
    (datetime.date(2026, 7, 26), datetime.date(2025, 6, 3))
    >>> day_of_told_month(2, date(2025, 3, 15)), day_of_told_month(31, date(2025, 4, 2))
    (datetime.date(2025, 3, 2), None)
    """
    cands = []
    for months in (0, 1) if day < told.day else (0,):
        first = cal.add_months_to(told, months)
        found = pl.valid_date(first.year, first.month, day)
        if found is not None:
            cands.append((found, found, found.isoformat()))
    picked = pl.pick(cands, told, "nearest")
    return date.fromisoformat(picked) if picked else None


def _day_of_near_month(day: int, ref: date, tense: str | None) -> str | None:
    """Day `day` of the reference month or a month beside it, placed by the tense."""
    cands = []
    for months in (-1, 0, 1):
        first = cal.add_months_to(ref, months)
        d = pl.valid_date(first.year, first.month, day)
        if d is not None:
            cands.append((d, d, d.isoformat()))
    return pl.pick(cands, ref, pl.mode(tense))


def last_night(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The night before the reference day: "la nuit dernière" -> ``2025-11-05TNI``."""
    if ref is None:
        return ResolvedDate(value=None, grain="day", kind="time", offset="-P1D")
    return ResolvedDate(
        value=(ref - timedelta(days=1)).isoformat() + "TNI", grain="day", kind="time"
    )


def part_today(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A part of the reference day: "ce matin", "ce soir", "cette nuit".

    A night is named by its first day ("la nuit de mardi à mercredi" is Tuesday's), so
    "cette nuit" in a past clause is the night just over, the day before's: "cette nuit,
    un incendie a détruit la ferme" -> ``2025-11-05TNI``, as "la nuit dernière"; an hour
    after midnight is the reference day's ("cette nuit vers 3 heures" -> ``T03:00``).
    """
    fields = night_hours(match.fields)
    suffix = cal.time_suffix(fields)
    if not suffix:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="day", kind="time")
    night = vocabulary().parts.get(fields.part or "") == "NI"
    late = fields.hour is not None and fields.hour >= 12  # "cette nuit vers 23 heures"
    if night and match.tense == "past" and (fields.hour is None or late):
        ref -= timedelta(days=1)
    return ResolvedDate(value=ref.isoformat() + suffix, grain="day", kind="time")


_PART_MODS = {
    "début": "START",
    "milieu": "MID",
    "mi": "MID",
    "fin": "END",
    "tôt": "START",
    "tard": "END",
    # "en première partie de nuit", "en seconde partie de soirée": the part's halves
    "première": "START",
    "premiere": "START",
    "deuxième": "END",
    "deuxieme": "END",
    "seconde": "END",
    "dernière": "END",
    "derniere": "END",
}


# The moments of the day whose part a tense must place: "à l'aube", "au crépuscule".
_MOMENTS = frozenset(["aube", "crépuscule", "tombée", "lever", "coucher"])


def part_edge(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """An edge of a part of the reference day: "en fin de journée", "en début de soirée".

    The part's TIMEX3 code with the edge as ``mod`` ("en fin de matinée" ->
    ``2025-11-06TMO`` END, "dans la soirée" -> ``TEV``, "en fin de journée" -> ``TDT``
    END); the middle of the day ("à la mi-journée", "en milieu de journée") is midday,
    ``T12:00``; "en fin de nuit dernière" is the edge of the night before; "tard dans la
    soirée" and "tôt le matin" are the edges END and START, as the halves of a part are
    ("en première partie de soirée", "en seconde partie de nuit"); "en cours de nuit" is
    the part. A moment of the day ("à
    l'aube", "au petit matin", "au crépuscule", "à la tombée de la nuit", "en pleine
    nuit") places the part only in a past or future clause ("les pêcheurs partent au
    petit matin": a habit's moment, no fact). "toute la nuit", "tout l'après-midi" are
    the part itself. The part with its bare article ("le soir", "la nuit", "l'après-midi")
    is the day's in a past or future clause ("il a parlé le soir") and a habit in the
    present ("c'est enregistré le matin": the set ``XXXX-XX-XXTMO``); without a verb to
    tell, no fact.
    """
    f = match.fields
    part, edge = f.part or "", f.edge
    told = match.tense in ("past", "future")
    if f.det is not None and not told:
        if match.tense != "present":
            return None
        suffix = cal.time_suffix(f)
        return ResolvedDate(value=f"XXXX-XX-XX{suffix}", grain="set", kind="set", quant="EVERY")
    if (f.adj is not None or part in _MOMENTS) and not told:
        return None  # "les pêcheurs partent au petit matin": a habit's moment, no day
    if part.startswith("mi-"):
        part, edge = part[3:].replace("journee", "journée"), "mi"
    if part == "jour":
        part = "journée"  # "au milieu du jour": midday
    mod = _PART_MODS.get(edge or "")
    if part == "journée" and mod == "MID":
        suffix, mod = "T12:00", None
    else:
        suffix = cal.time_suffix(dataclasses.replace(f, part=part))
    if not suffix:
        return None
    # "en fin de nuit dernière": the edge of the night before the reference day
    day = ref if ref is None or f.mod is None else ref - timedelta(days=1)
    value = None if day is None else day.isoformat() + suffix
    return ResolvedDate(value=value, grain="day", kind="time", mod=mod)


def night_of(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The night named by its first day: "dans la nuit de mardi à mercredi" -> Tuesday TNI.

    Its days may be dates: "dans la nuit du 3 au 4 novembre" -> 3 November TNI (the
    first day borrows the month and year of the second, the month before when its day
    is later: "du 31 au 1er janvier"; weekdays may stand before them: "dans la nuit de
    mercredi 27 juillet", "de mardi 26 à mercredi 27 juillet", and the first day is the
    eve of a dated second one: "de mardi à mercredi 27 juillet"; without a month, "dans
    la nuit du 5 au 6", the
    reference month or one beside it, by the tense; in the present, the nearest night).
    With an hour ("vers 2 heures dans la nuit de mardi à mercredi"), the time is on the
    first day before midnight and on the second after it (``2025-11-05T02:00``). An
    edge or a half of it is the ``mod`` ("en fin de nuit de samedi à dimanche", "dans la
    première partie de la nuit du 3 au 4 mai": END, START).
    """
    f = match.fields
    # A night is around its days: in the present ("la tempête, dans la nuit de mardi à
    # mercredi, occasionne des dégâts", told on Wednesday) the nearest, not the coming one.
    tense = None if match.tense == "present" else match.tense
    weekday = dataclasses.replace(match, rule="weekday", fields=f, end=None, tense=tense)
    if f.weekday is None or (f.day is not None and match.end is not None):
        day = _first_night_date(match, ref)  # "la nuit de mardi 26 à mercredi 27 juillet"
    elif f.day is not None and f.month is not None:  # "la nuit de mercredi 27 juillet"
        day = cal.day_month(dataclasses.replace(match, rule="day_month_year", end=None), ref)
    elif match.end is not None and match.end.day is not None and match.end.month is not None:
        # "la nuit de mardi à mercredi 27 juillet": the day before the dated second day
        second = dataclasses.replace(match, rule="day_month_year", fields=match.end, end=None)
        day = cal.day_month(second, ref)
        if day is not None and day.value is not None:
            before = date.fromisoformat(day.value[:10]) - timedelta(days=1)
            day = ResolvedDate(value=before.isoformat(), grain="day")
    else:
        day = cal.weekday(weekday, ref)
    if day is None or day.value is None:
        return day
    clock = f if f.hour is not None else match.end
    if clock is None or clock.hour is None:
        # "en fin de nuit de samedi à dimanche": the night's edge as its mod
        mod = _PART_MODS.get(f.edge or "")
        return ResolvedDate(value=day.value[:10] + "TNI", grain="day", kind="time", mod=mod)
    hour = clock.hour + (12 if _NIGHT_EVENING_FROM <= clock.hour < 12 else 0)
    suffix = cal.time_suffix(dataclasses.replace(clock, hour=hour, part=None))
    d = date.fromisoformat(day.value[:10])
    if int(suffix[1:3]) < 12:
        d += timedelta(days=1)  # after midnight: the night's second day
    return ResolvedDate(value=d.isoformat() + suffix, grain="minute", kind="time")


def _first_night_date(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The first day of "la nuit du 3 au 4 novembre", placed as a day and month."""
    f, end = match.fields, match.end
    if f.day is None or end is None or end.day is None:
        return None
    if (f.month or end.month) is None:
        return _night_in_reference_month(match, f.day, end.day, ref)
    month, year = f.month or end.month, f.year or end.year
    if f.month is None and f.day > end.day:  # "du 31 au 1er janvier": December
        month = 12 if end.month == 1 else (end.month or 1) - 1
        year = None if year is None else year - (1 if end.month == 1 else 0)
    first = DateFields(day=f.day, month=month, year=year)
    return cal.day_month(
        dataclasses.replace(match, rule="day_month_year", fields=first, end=None), ref
    )


def _night_in_reference_month(
    match: DateMatch, first: int, second: int, ref: date | None
) -> ResolvedDate | None:
    """The first day of a night named by days alone ("la nuit du 5 au 6").

    Two days that follow each other, in the reference month or one beside it, placed by
    the tense like "le 16 à 18h" (`day_alone`).
    """
    if second != first + 1 and not (first >= 28 and second == 1):
        return None  # "du 5 au 9": a range of days, not a night
    if ref is None:
        return ResolvedDate(value=None, grain="day", kind="time")
    value = _day_of_near_month(first, ref, match.tense)
    return None if value is None else ResolvedDate(value=value, grain="day")


def _unit_set(unit: str, n: float) -> str | None:
    step, code, time = split_unit(unit)
    total = n * step
    if total != int(total):
        return None
    if time:
        return f"PT{int(total)}{'M' if code == 'MI' else code}"
    return f"P{int(total)}{code}"


def recurring(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A set: "chaque année", "tous les lundis", "tous les trois mois", "deux fois par an".

    "deux jours par semaine": `P1W`, quant `EACH`, freq the length in each period (`2D`).
    """
    f = match.fields
    quant = {"set_each": "EACH", "set_every": "EVERY"}.get(match.rule)
    freq = None
    value: str | None
    if any(w.role == "unit" and w.form in WEEKEND_FORMS for w in match.words):
        value = "XXXX-WXX-WE"  # "chaque week-end", "tous les week-ends"
    elif f.day is not None and f.month is not None:
        value = f"XXXX-{f.month:02d}-{f.day:02d}"  # "chaque 14 juillet": a yearly day
    elif f.weekday is not None:
        value = f"XXXX-WXX-{f.weekday + 1}" + cal.time_suffix(f)  # "chaque lundi à 9h"
    elif f.unit is not None and f.hour is not None:
        # "tous les jours à 20h": a daily set at that time (date_compose joins only days)
        value = f"XXXX-XX-XX{cal.time_suffix(f)}" if f.unit == "1D" else None
    elif f.unit is not None:
        if match.rule == "set_freq" and f.unit2 is not None:
            # "deux jours par semaine": each week, a length of two days (freq "2D", a
            # time unit's with its "T": "35 heures par semaine" -> "T35H")
            length = None if f.number is None else _unit_set(f.unit2, f.number)
            if length is None:
                return None
            freq, quant = length[1:], "EACH"
            value = _unit_set(f.unit, 1)
        elif match.rule == "set_freq":
            if f.number is None or f.number != int(f.number):
                return None
            freq = f"{int(f.number)}X"
            value = _unit_set(f.unit, 1)
        elif (idiom := idiom_length(match)) is not None:
            value = _unit_set(f"1{idiom[1]}", idiom[0])  # "tous les quinze jours": P2W
        else:
            value = _unit_set(f.unit, f.number or 1)
    elif f.part is not None:
        suffix = cal.time_suffix(f)
        value = f"XXXX-XX-XX{suffix}" if suffix else None
    else:
        value = None
    if value is None:
        return None
    return ResolvedDate(value=value, grain="set", kind="set", freq=freq, quant=quant)


def habit(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """'le musée ferme le lundi': a weekday after "le" in a present clause is a weekly set.

    ``XXXX-WXX-1``, with its part of the day ("le dimanche matin" -> ``XXXX-WXX-7TMO``).
    In another tense "le lundi" is a day of the story, which the text does not place.
    """
    f = match.fields
    if f.weekday is None or pl.mode(match.tense) != "nearest":
        return None
    value = f"XXXX-WXX-{f.weekday + 1}" + cal.time_suffix(f)
    return ResolvedDate(value=value, grain="set", kind="set", quant="EVERY")


# "la veille", "l'avant-veille", "le lendemain", "le surlendemain": a day from the
# paper's date or the story's (other determiners, "au lendemain", name the day after an
# event, which the text does not place).
_NEXT_DAY = {
    ("la", "veille"): -1,
    ("l'", "avant-veille"): -2,
    ("le", "lendemain"): 1,
    ("le", "surlendemain"): 2,
}


def next_day(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The day before or after the reference ("la veille", "le lendemain"), with its time.

    "le lendemain à 8 heures" -> the day after the reference at ``T08:00``. The
    determiner is the first word of the match (a composed time brings its own "à").
    """
    det = match.words[0].form if match.words else ""
    rel = match.fields.rel or ""
    n = _NEXT_DAY.get((det, rel))
    if n is None:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="day", offset=f"{'-' if n < 0 else ''}P{abs(n)}D")
    day = (ref + timedelta(days=n)).isoformat()
    suffix = cal.time_suffix(night_hours(match.fields))
    if not suffix:
        return ResolvedDate(value=day, grain="day")
    return ResolvedDate(value=day + suffix, grain="day", kind="time")
