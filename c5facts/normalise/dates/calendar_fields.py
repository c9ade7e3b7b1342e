"""Field resolvers of calendar points: day and month, weekday, month (see resolve.py).

Each takes a `DateMatch` and the reference date and reads only `match.fields`; the
placement of a date without its year follows the tense rule of `placement`.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from c5facts.matches import DateFields, DateMatch
from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.edge_tense import shifted_edge
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import vocabulary
from c5facts.normalise.timex import iso_week, month_end

# The words allowed before "début", "fin", "milieu", "mi-" (preposition, determiner):
# "à la fin de mars", "en début d'année", "dès le début"; not "à fin", "dès mi-juin".
EDGE_LEADS = frozenset(
    [
        (None, None),
        (None, "le"),
        (None, "la"),
        ("au", None),
        ("à", "la"),
        ("en", None),
        ("dès", "le"),
        ("dès", "la"),
        ("depuis", "le"),
        ("depuis", "la"),
        ("d'ici", "la"),
        ("d'ici", None),
        ("jusqu'à", "la"),  # "jusqu'à la fin du mois prochain"
        ("jusqu'au", None),  # "jusqu'au début de l'année prochaine"
        ("jusqu'en", None),  # "jusqu'en fin d'année prochaine"
        ("vers", "la"),  # "vers la fin de l'année dernière"
    ]
)
# Strict placement after "dernier" / "prochain": never the reference period itself.
_STRICT = {"past": "past_strict", "future": "future_strict"}


def edge_lead_ok(f: DateFields) -> bool:
    """Whether the words before an edge word ("la" fin) let it be read as a date."""
    return f.edge is None or (f.prep, f.det) in EDGE_LEADS


# Prepositions that place a date: "depuis" looks back; "d'ici" and "pour" (a target:
# "prévu pour juin", "réservé pour juillet") look ahead; "jusqu'au"
# names the end of a state or a deadline, ahead unless the clause is past, and then the
# nearest ("a donné jusqu'au 30 juin" in early June is ahead).
_BACK = frozenset(["depuis"])
_AHEAD = frozenset(["d'ici", "pour"])
_UNTIL = frozenset(["jusqu'", "jusqu'au", "jusqu'à", "jusqu'en"])
PLACING_PREPS = _BACK | _AHEAD | _UNTIL
_DEADLINE_BOUNDS = frozenset(["ON_OR_BEFORE"])  # "au plus tard"


def _direction(match: DateMatch, how: str) -> str:
    """The placement mode once the leading preposition is read (see above).

    A deadline's bound ("le 30 juin au plus tard", "au plus tard le 30 juin":
    ON_OR_BEFORE) reads as "jusqu'au" does.
    """
    f = match.fields
    if f.prep in _BACK:
        return "past"
    if f.prep in _AHEAD:
        return "future"
    if f.prep in _UNTIL or match.bound in _DEADLINE_BOUNDS:
        return "nearest" if how == "past" else "future"
    return how


def _day(value: str) -> ResolvedDate:
    """A day, a "time" when a time of day or a part of the day is written."""
    return ResolvedDate(value=value, grain="day", kind="time" if "T" in value else "date")


# After these, an hour before noon is in the afternoon or evening: "8 heures du soir",
# "7pm"; so after a part of the day whose TIMEX3 code is AF or EV ("ce soir à 8 heures").
_AFTERNOON = frozenset(["soir", "après-midi", "pm", "p.m.", "p.m"])
_LATE_CODES = frozenset(["AF", "EV"])
# Twelve after these (or a part EV, NI) is midnight, T00:00 of its day like "minuit".
_MIDNIGHT = frozenset(["am", "a.m.", "a.m", "soir", "EV", "NI"])


def time_suffix(f: DateFields) -> str:
    """The TIMEX3 time of a match: "T16:30", "TEV" (a part of the day: "soir"), or "".

    "du soir" / "de l'après-midi" after an hour before noon add twelve hours.
    """
    if f.hour is not None:
        hour = f.hour
        code = vocabulary().parts.get(f.part or "")
        if (f.ampm in _AFTERNOON or code in _LATE_CODES) and 1 <= hour < 12:
            hour += 12
        elif hour == 12 and (f.ampm in _MIDNIGHT or code in _MIDNIGHT):
            hour = 0  # "12am", "12 heures du soir", "à 12 heures dans la nuit": midnight
        return f"T{hour:02d}:{f.minute or 0:02d}"
    if f.part is not None:
        parts = vocabulary().parts
        code = parts.get(f.part) or parts.get(f.part.rstrip("s"))
        if code:
            return code if code.startswith("T") else f"T{code}"
    return ""


def _time(f: DateFields) -> str:
    return time_suffix(f)


_WEEKDAY_REACH = 183  # days: half a year either side of the reference


def day_month(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A day of a month: "le 12 mars 2021", "samedi 4 octobre à 16h20", "le 2 mars dernier"."""
    f = match.fields
    if f.day is None or f.month is None:
        return None
    tm = _time(f)
    if f.year is not None:
        d = pl.valid_date(f.year, f.month, f.day)
        return _day(d.isoformat() + tm) if d else None
    if f.weekday is None and pl.valid_date(2000, f.month, f.day) is None:
        return None  # 2000 is a leap year: only days that never exist
    if ref is None:
        return ResolvedDate(value=None, grain="day")
    fit = pl.daymonth_cands(ref, f.month, f.day, f.weekday) if f.weekday is not None else []
    # "samedi 4 octobre": the nearest 4 October that is a Saturday. A day without its year
    # is near the paper's: a weekday that only a year away fits is a slip of the pen ("ce
    # vendredi 9 juillet" on Thursday 9 July 2020 is that day), placed as without it.
    fit = [c for c in fit if abs((c[0] - ref).days) <= _WEEKDAY_REACH]
    if fit:
        cands, how = fit, "nearest"
    else:
        cands = pl.daymonth_cands(ref, f.month, f.day)
        how = _direction(match, pl.mode(match.tense))
        if f.mod in ("dernier", "prochain", "derniers", "prochains"):  # "les 13 et 14 ..."
            how = _STRICT[vocabulary().span_adjs[f.mod]]
    value = pl.pick(cands, ref, how)
    return _day(value + tm) if value else None


def weekday(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A weekday.

    "lundi", "ce vendredi", "mardi prochain", "jeudi de la semaine dernière", "lundi en huit".
    """
    f = match.fields
    if f.weekday is None:
        return None
    wd = f.weekday
    if match.rule == "weekday_week" and (f.mod is None) != (f.det == "cette"):
        return None  # "lundi la semaine": which week is not said; "cette semaine suivante"
    if ref is None:
        return ResolvedDate(value=None, grain="day")
    monday = ref - timedelta(days=ref.weekday())
    direction = vocabulary().span_adjs.get(f.mod or "")
    value: str | None
    if match.rule == "weekday_en_huit":
        start = ref + timedelta(days=14 if f.mod in ("15", "quinze") else 7)
        value = (start + timedelta(days=(wd - start.weekday()) % 7)).isoformat()
    elif match.rule == "weekday_week":
        # The week is named: "de la semaine dernière", "de cette semaine".
        week = {"past": -1, "future": 1}.get(direction or "", 0)
        value = (monday + timedelta(days=7 * week + wd)).isoformat()
    elif f.mod in ("prochain", "dernier", "passé"):
        how = "future_strict" if f.mod == "prochain" else "past_strict"
        value = pl.pick(pl.weekday_cands(ref, wd), ref, how)
    elif f.mod == "suivant":
        value = (monday + timedelta(days=7 + wd)).isoformat()
    else:
        how = _direction(match, pl.mode(match.tense, weekday=True))
        value = pl.pick(pl.weekday_cands(ref, wd), ref, how)
    return _day(value + time_suffix(f)) if value else None


def month(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A month: "en mars", "avril 2013", "mi-juillet", "juin dernier", "à la fin de mai 2020"."""
    f = match.fields
    if f.month is None:
        return None
    if not edge_lead_ok(f):
        return None
    if f.year is not None:
        return ResolvedDate(value=f"{f.year}-{f.month:02d}", grain="month")
    if ref is None:
        return ResolvedDate(value=None, grain="month")
    how = _direction(match, pl.mode(match.tense))
    direction = vocabulary().span_adjs.get(f.mod or "")
    if direction in _STRICT:
        how = _STRICT[direction]
    return ResolvedDate(value=pl.pick(pl.month_cands(ref, f.month), ref, how), grain="month")


# The first fortnight of a month is its start, the second (or last) its end: TIMEX3 has
# no half-month, so "la première quinzaine de mars" is March with mod START; likewise
# "les premiers jours de mars", "les dernières semaines de 2015" (that year, END).
_FIRST_PART = frozenset(["première", "premiere", "1re", "premiers", "premières", "premieres"])


def fortnight(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A first or last part of a month or year: "la première quinzaine de mars" -> START."""
    f = match.fields
    if f.month is not None:
        # the determiner ("les" premiers jours) is no edge lead: the edge is in the mod
        resolved = month(dataclasses.replace(match, fields=dataclasses.replace(f, edge=None)), ref)
    elif f.year is not None:
        resolved = ResolvedDate(value=str(f.year), grain="year")
    else:
        return None
    if resolved is None:
        return None
    mod = "START" if f.edge in _FIRST_PART else "END"
    return dataclasses.replace(resolved, mod=mod)


def season(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A season: "au printemps 2003", "cet été", "l'hiver dernier"."""
    f = match.fields
    if f.season is None:
        return None
    if f.year is not None:
        if f.mod is not None:
            return None  # "au printemps 2020 dernier": the text grammar never read it
        return ResolvedDate(value=f"{f.year}-{f.season}", grain="season")
    if ref is None:
        return ResolvedDate(value=None, grain="season")
    how = _STRICT.get(
        vocabulary().span_adjs.get(f.mod or "") or "", _direction(match, pl.mode(match.tense))
    )
    return ResolvedDate(value=pl.pick(pl.season_cands(ref, f.season), ref, how), grain="season")


_YEAR_SHIFT = {"past": -1, "future": 1}


def year_shift(adj: str | None) -> int | None:
    """Years from the paper's of "de l'année dernière" (-1), "prochaine" (1), "cette" (0)."""
    if adj == "cette":
        return 0
    return _YEAR_SHIFT.get(vocabulary().span_adjs.get(adj or "") or "")


def of_relative_year(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A month, a day or a season in a year said from the paper's.

    "en novembre de l'année prochaine" -> the next year's November, "le 3 mars de l'année
    dernière" -> the previous year's 3 March, "l'été de cette année" -> this year's summer;
    the day, month or season is then read as if written with its year.
    """
    f = match.fields
    shift = year_shift(f.adj)
    if shift is None:
        return None
    if ref is None:
        grain = "day" if f.day is not None else "month" if f.month is not None else "season"
        return ResolvedDate(value=None, grain=grain)
    dated = dataclasses.replace(match, fields=dataclasses.replace(f, year=ref.year + shift))
    if f.day is not None:
        return day_month(dated, ref)
    return month(dated, ref) if f.month is not None else season(dated, ref)


def quarter(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A quarter or a half-year.

    "au deuxième trimestre 2024", "le dernier semestre", "premier trimestre de l'année".
    """
    f = match.fields
    half = f.unit == "6M" or f.qual == "moitié"  # "la première moitié de 2016"
    last = 2 if half else 4
    n = last if f.mod == "dernier" else f.ordinal
    if n is None or n > last:
        return None
    grain = "half" if half else "quarter"
    if f.year is not None:
        return ResolvedDate(value=f"{f.year}-{'H' if half else 'Q'}{n}", grain=grain)
    if any(w.form == "exercice" for w in match.words):
        return None  # "de l'exercice" names no year (the text grammar never read it)
    if ref is None:
        return ResolvedDate(value=None, grain=grain)
    code = "H" if half else "Q"
    # "de l'année dernière" / "de l'an prochain": the year before or after the reference.
    shift = year_shift(f.adj)
    if shift is not None:
        return ResolvedDate(value=f"{ref.year + shift}-{code}{n}", grain=grain)
    months = 6 if half else 3
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        first = date(y, (n - 1) * months + 1, 1)
        last_month = n * months
        cands.append((first, month_end(y, last_month), f"{y}-{code}{n}"))
    # The quarter of the reference year, unless the clause is past and it has not begun:
    # then the year before ("a chuté au quatrième trimestre" written in March). In a
    # future clause, a quarter already over is next year's ("progresseront au premier
    # trimestre", "d'ici la fin du premier trimestre" written in November), but one just
    # closed that completes a noun: business news reports it in the future of its
    # headline ("publiera ses résultats du premier trimestre" written in April).
    how = _direction(match, pl.mode(match.tense))
    if how == "past":
        return ResolvedDate(value=pl.pick(cands, ref, how), grain=grain)
    ended = next(c for c in cands if c[0].year == ref.year)[1]
    of_noun = bool(match.words) and match.words[0].form in ("du", "des", "de", "d'")
    just_closed = of_noun and (ref - ended).days <= _JUST_CLOSED_DAYS
    if how == "future" and ended < ref and not just_closed:
        return ResolvedDate(value=f"{ref.year + 1}-{code}{n}", grain=grain)
    return ResolvedDate(value=f"{ref.year}-{code}{n}", grain=grain)


# How long after its end a quarter is still the one a future headline reports on.
_JUST_CLOSED_DAYS = 92


_WEEKEND_PAST = frozenset(["dernier", "passé", "précédent"])


def weekend(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A weekend: "ce week-end", "le week-end dernier" -> TIMEX3 ``2016-W45-WE``.

    "dernier"/"passé" is the last weekend over before the reference day, "prochain" the
    first one not begun yet; "ce week-end" is the weekend of the reference week, or in
    a past clause written Monday to Friday the one just over. A bare "le week-end" is
    read like "ce week-end" in a past or future clause ("il a plu le week-end", "il
    partira le week-end"); in the present it is a habit, the set ``XXXX-WXX-WE`` ("le
    week-end, il travaille").
    """
    f = match.fields
    if f.det == "le" and f.mod is None and pl.mode(match.tense) == "nearest":
        return ResolvedDate(value="XXXX-WXX-WE", grain="set", kind="set", quant="EVERY")
    if f.prep == "du" and f.mod is None and pl.mode(match.tense) == "nearest":
        return None  # "au cours du week-end" places a weekend only in a past or future clause
    if ref is None:
        return ResolvedDate(value=None, grain="week")
    saturday = ref + timedelta(days=5 - ref.weekday())  # this ISO week's Saturday
    in_weekend = ref.weekday() >= 5
    if f.mod in _WEEKEND_PAST:
        day = saturday - timedelta(days=7)
    elif f.mod is not None:
        day = saturday + timedelta(days=7) if in_weekend else saturday
    elif pl.mode(match.tense) == "past" and not in_weekend:
        day = saturday - timedelta(days=7)
    else:
        day = saturday
    year, week, _ = day.isocalendar()
    return ResolvedDate(value=f"{year}-W{week:02d}-WE", grain="week")


def _month_year(match: DateMatch, ref: date | None) -> int | None:
    """The year of the month of `match`: as written, else placed by the tense like "en mars"."""
    f = match.fields
    if f.year is not None:
        return f.year
    if ref is None or f.month is None:
        return None
    picked = pl.pick(pl.month_cands(ref, f.month), ref, _direction(match, pl.mode(match.tense)))
    return None if picked is None else int(picked[:4])


def nth_weekend(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The nth (or last) weekend of a month: "le premier week-end de décembre".

    The weekend of the month's nth (or last) Saturday (``2016-W48-WE``); a month without
    its year is placed by the tense like "en décembre".
    """
    f = match.fields
    n = -1 if f.mod is not None else f.ordinal
    if n is None or n == 0 or n > 5 or f.month is None:
        return None
    if f.year is None and ref is None:
        return ResolvedDate(value=None, grain="week")
    year = _month_year(match, ref)
    if year is None:
        return None
    first, last = date(year, f.month, 1), month_end(year, f.month)
    if n == -1:
        saturday = last - timedelta(days=(last.weekday() - 5) % 7)
    else:
        saturday = first + timedelta(days=(5 - first.weekday()) % 7 + 7 * (n - 1))
    if saturday.month != f.month:
        return None
    iso_year, week, _ = saturday.isocalendar()
    return ResolvedDate(value=f"{iso_year}-W{week:02d}-WE", grain="week")


def nth_week(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """The nth (or last) week of a month or a year.

    "la première semaine de janvier", "la dernière semaine de septembre 2014" (a month's
    first week starts on its first Monday; its last one ends on its last Sunday), "la
    troisième semaine de 2027" (an ISO week: ``2027-W03``).
    """
    f = match.fields
    n = -1 if f.mod is not None else f.ordinal
    if n is None or n == 0 or n > 5:
        return None
    if f.month is None:
        if f.year is None:
            return None
        if n == -1:
            return ResolvedDate(value=iso_week(date(f.year, 12, 28)), grain="week")
        return ResolvedDate(value=f"{f.year}-W{n:02d}", grain="week")
    if f.year is None and ref is None:
        return ResolvedDate(value=None, grain="week")
    year = _month_year(match, ref)
    if year is None:
        return None
    first, last = date(year, f.month, 1), month_end(year, f.month)
    if n == -1:
        return ResolvedDate(
            value=iso_week(last - timedelta(days=(last.weekday() + 1) % 7)), grain="week"
        )
    monday = first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))
    if monday.month != f.month:
        return None
    return ResolvedDate(value=iso_week(monday), grain="week")


_EDGE_MODS = {"début": "START", "milieu": "MID", "fin": "END"}


def week_edge(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """An edge of the reference week: "en début de semaine", "à la fin de la semaine".

    The week of the reference day with the edge as ``mod`` (``2025-W45`` START), the week
    after or before when the tense excludes the edge (`edge_tense`), unless a
    demonstrative names it ("la fin de cette semaine").
    """
    mod = _EDGE_MODS.get(match.fields.edge or "")
    if mod is None:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="week", mod=mod)
    value = iso_week(ref)
    named = any(w.form.lower() in ("ce", "cet", "cette", "même") for w in match.words)
    if not named:  # "en début de semaine" in a future clause, on a Friday: next week's start
        value = shifted_edge(value, "week", match.fields.edge, match.tense, ref)
    return ResolvedDate(value=value, grain="week", mod=mod)


def weekday_day(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A weekday and a day of the month without the month: "jeudi 15", "vendredi 15 à 16h".

    The days that are both, in the year around the reference, placed by the tense like a
    day and month ("jeudi 15" written on Tuesday 12 in a future clause: Thursday 15 of
    the first month where the 15th is a Thursday).
    """
    f = match.fields
    if f.weekday is None or f.day is None:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="day")
    cands = []
    for months in range(-12, 13):
        first = add_months_to(ref, months)
        d = pl.valid_date(first.year, first.month, f.day)
        if d is not None and d.weekday() == f.weekday:
            cands.append((d, d, d.isoformat()))
    value = pl.pick(cands, ref, _direction(match, pl.mode(match.tense, weekday=True)))
    return _day(value + time_suffix(f)) if value else None


def add_months_to(day: date, months: int) -> date:
    """The first day of the month `months` after the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
