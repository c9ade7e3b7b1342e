"""Date normalisation: French date expressions to TIMEX3 values (pure Python, no spaCy).

`resolve_date` parses the text of one matched span and places it on the calendar
relative to the reference (publication) date; `find_reference_date` finds that date in
the article itself. Values follow TimeML TIMEX3: ``2025-11-06`` (day), ``2025-W44``
(week), ``2025-11`` (month), ``2024-Q2`` (quarter), ``2024-H1`` (half), ``1999-SP``
(season), ``2025`` (year), ``199`` (decade), ``P3Y`` (duration), ``A/B`` (range).

Placing a date whose year (or week) is not written follows the tense of its clause:
past tense takes the latest occurrence on or before the reference date, future tense
the earliest on or after it, so the reference day itself wins when it matches. A
present-tense weekday is read as a coming day ("Poutine est attendu mercredi");
otherwise, and whenever no verb tells (tense None), c5facts takes the *nearest*
occurrence. Duckling always takes the next occurrence: for a bare "lundi" on Tuesday
2013-02-12 Duckling says 2013-02-18, c5facts 2013-02-11. The test suite counts those
Duckling cases apart (tests/test_date_cases.py).

Without a reference date, relative expressions keep ``value=None`` and an ISO 8601
offset instead (``hier`` -> ``-P1D``); today's date is never used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from c5facts import resources

MIN_YEAR = 1500
MAX_YEAR = 2099


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedDate:
    """A TIMEX3 value with its grain and kind (date | range | duration)."""

    value: str | None
    grain: str
    kind: str = "date"
    offset: str | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Word tables of models/dates/vocabulary.tsv, by class: form -> value."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    ordinals: dict[str, int]
    span_adjs: dict[str, str]
    holidays: dict[str, str]


@cache
def vocabulary() -> Vocabulary:
    """Load the date vocabulary once."""
    table: dict[str, dict[str, str]] = {}
    for row in resources.read_tsv("dates", "vocabulary.tsv"):
        table.setdefault(row["class"], {})[row["form"]] = row["value"]

    def ints(cls: str) -> dict[str, int]:
        return {k: int(v) for k, v in table.get(cls, {}).items()}

    return Vocabulary(
        months=ints("month"),
        weekdays=ints("weekday"),
        numbers=ints("number"),
        units=dict(table.get("unit", {})),
        seasons=dict(table.get("season", {})),
        ordinals=ints("ordinal"),
        span_adjs=dict(table.get("span_adj", {})),
        holidays=dict(table.get("holiday", {})),
    )


# ---------------------------------------------------------------- text helpers

_SPACES = re.compile(r"\s+")
# Phrases that sound like dates but cannot be placed on a calendar.
_VAGUE = re.compile(
    r"\b(avenir|futur|ces derni[eè]re?s?|ces prochaine?s?|r[ée]cemment|ces temps|"
    r"prochainement|bient[oô]t|plusieurs|quelques|nombreuses|des ann[ée]es|"
    r"ann[ée]es et|[àa] venir)\b"
)


def _norm(text: str) -> str:
    t = text.lower().replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    t = t.replace("–", "-").replace("—", "-")
    t = _SPACES.sub(" ", t).strip()
    # Keep the dot of "sept." / "janv.", drop sentence punctuation around the span.
    t = t.strip(',;:!?«»"() ')
    last = t[:-1].split(" ")[-1] + "."
    if t.endswith(".") and last not in vocabulary().months and last not in vocabulary().weekdays:
        t = t[:-1]
    return t.strip()


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def _rx() -> dict[str, str]:
    voc = vocabulary()
    return {
        "month": _alt(list(voc.months)),
        "weekday": _alt(list(voc.weekdays)),
        "number": _alt(list(voc.numbers)),
        "unit": _alt(list(voc.units)),
        "season": _alt(list(voc.seasons)),
        "ordinal": _alt(list(voc.ordinals)),
        "holiday": _alt(list(voc.holidays)),
    }


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return vocabulary().numbers.get(word)


def _year(word: str) -> int:
    y = int(word)
    if len(word) == 2:
        # Two-digit years: 74 -> 1974, 14 -> 2014 (news rarely looks 50+ years ahead).
        y += 1900 if y >= 50 else 2000
    return y


def _day(word: str) -> int:
    return 1 if word in ("1er", "premier", "1re") else int(word)


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


# ---------------------------------------------------------------- placement

Candidate = tuple[date, date, str]  # (start, end, TIMEX3 value)


def _mode(tense: str | None, *, weekday: bool = False) -> str:
    if tense == "past":
        return "past"
    if tense == "future":
        return "future"
    if tense == "present" and weekday:
        return "future"
    return "nearest"


def _pick(cands: list[Candidate], ref: date, mode: str) -> str | None:
    """Choose among occurrences by the tense rule (see the module docstring)."""
    cands = sorted(cands)
    if mode == "past":
        ok = [c for c in cands if c[0] <= ref]
        return ok[-1][2] if ok else None
    if mode == "past_strict":
        ok = [c for c in cands if c[1] < ref]
        return ok[-1][2] if ok else None
    if mode == "future":
        ok = [c for c in cands if c[1] >= ref]
        return ok[0][2] if ok else None
    if mode == "future_strict":
        ok = [c for c in cands if c[0] > ref]
        return ok[0][2] if ok else None

    def distance(c: Candidate) -> tuple[int, int]:
        if c[0] <= ref <= c[1]:
            return (0, 0)
        gap = (c[0] - ref).days if c[0] > ref else (ref - c[1]).days
        return (gap, 0 if c[0] < ref else 1)  # a tie goes to the past: news looks back

    return min(cands, key=distance)[2] if cands else None


def _weekday_cands(ref: date, wd: int) -> list[Candidate]:
    base = ref - timedelta(days=ref.weekday())
    out = []
    for k in range(-2, 3):
        d = base + timedelta(days=7 * k + wd)
        out.append((d, d, d.isoformat()))
    return out


def _month_cands(ref: date, month: int) -> list[Candidate]:
    return [
        (date(y, month, 1), _month_end(y, month), f"{y}-{month:02d}")
        for y in (ref.year - 1, ref.year, ref.year + 1)
    ]


def _daymonth_cands(ref: date, month: int, day: int, wd: int | None = None) -> list[Candidate]:
    out = []
    for y in range(ref.year - 1, ref.year + 2):
        d = _valid(y, month, day)
        if d is not None and (wd is None or d.weekday() == wd):
            out.append((d, d, d.isoformat()))
    return out


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_cands(ref: date, code: str) -> list[Candidate]:
    m = SEASON_START[code]
    out = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        ey, em = _add_months(y, m, 2)
        out.append((date(y, m, 1), _month_end(ey, em), f"{y}-{code}"))
    return out


# ---------------------------------------------------------------- point parsers

_TIME = r"(?:\s*(?:,\s*)?(?:à|a|vers)?\s*(\d{1,2})\s*h\s*(\d{2})?)?"
_PARTS = r"(?:\s+(?:matin|midi|après-midi|apres-midi|soir|soirée|nuit))?"
_LEAD = re.compile(
    r"^(?:(?:en|de|du|des|dès|depuis|pour|le|la|les|ce|cet|cette|au|aux|à|a|"
    r"jusqu'à|jusqu'au|jusqu'en|vers|avant|après|courant|d'ici|à partir de|"
    r"à partir du|à compter de|à compter du|par rapport à|dans la soirée de|"
    r"dans la nuit de|dans la matinée de|dans la nuit du|lors de|mois de|"
    r"l'année|année|l'an|l'exercice|exercice|toute|tout|sur|et|ou)\s+|(?:d'|l'|jusqu'|mois d')\s*)+"
)


@dataclass(frozen=True, slots=True)
class _Ctx:
    ref: date | None
    tense: str | None
    since: bool  # "depuis ...": the date lies in the past


def _time_suffix(h: str | None, mi: str | None) -> str:
    if h is None or int(h) > 23:
        return ""
    return f"T{int(h):02d}:{int(mi or 0):02d}"


def _relative_day(t: str, ctx: _Ctx) -> ResolvedDate | None:
    days = {
        "aujourd'hui": 0,
        "ce jour": 0,
        "dans la journée": 0,
        "en ce moment": 0,
        "hier": -1,
        "la veille": -1,
        "le jour d'avant": -1,
        "le jour précédent": -1,
        "avant-hier": -2,
        "demain": 1,
        "le lendemain": 1,
        "lendemain": 1,
        "veille": -1,
        "jour suivant": 1,
        "le jour suivant": 1,
        "le jour d'après": 1,
        "un jour après": 1,
        "après-demain": 2,
    }
    m = re.fullmatch(r"(.+?)" + _PARTS, t)
    key = m.group(1) if m else t
    key = re.sub(r"^(?:d'|dès |depuis |jusqu'à |à partir d')", "", key)
    if key not in days:
        return None
    n = days[key]
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day", offset=f"{'-' if n < 0 else ''}P{abs(n)}D")
    return ResolvedDate(value=(ctx.ref + timedelta(days=n)).isoformat(), grain="day")


_NEXT = r"(?:prochaine?|suivante?|d'après|qui suit|à venir)"
_LAST = r"(?:derni[eè]re?|passée?|précédente?|écoulée?)"


def _relative_period(t: str, ctx: _Ctx) -> ResolvedDate | None:
    t = re.sub(
        r"^(?:dès|depuis|pour|jusqu'à|jusqu'au|à partir de|d'ici|au cours de|durant|pendant)\s+",
        "",
        t,
    )
    if t != "dans la semaine":
        t = re.sub(r"^(?:au|en|à la|à|dans le|dans la)\s+", "", t)
    rules: list[tuple[str, str, int]] = [
        (r"(?:cette|la) semaine(?: en cours)?|dans la semaine", "week", 0),
        (rf"la semaine {_LAST}", "week", -1),
        (rf"la semaine {_NEXT}", "week", 1),
        (
            r"ce mois(?:-ci)?|le mois en cours|(?:le )?(?:début|milieu|fin) (?:du|de) mois",
            "month",
            0,
        ),
        (rf"le mois {_LAST}", "month", -1),
        (rf"le mois {_NEXT}", "month", 1),
        (
            r"cette année|l'année en cours|(?:le |la )?(?:début|milieu|fin) (?:de l'|d')année"
            r"|(?:le |la )?(?:début|milieu|fin) de cette année",
            "year",
            0,
        ),
        (rf"l'an {_LAST}|l'année {_LAST}", "year", -1),
        (rf"l'an {_NEXT}|l'année {_NEXT}", "year", 1),
    ]
    for pattern, grain, n in rules:
        if re.fullmatch(pattern, t):
            unit = {"week": "W", "month": "M", "year": "Y"}[grain]
            if ctx.ref is None:
                sign = "-" if n < 0 else ""
                return ResolvedDate(value=None, grain=grain, offset=f"{sign}P{abs(n)}{unit}")
            if grain == "week":
                value = _week(ctx.ref + timedelta(days=7 * n))
            elif grain == "month":
                y, m = _add_months(ctx.ref.year, ctx.ref.month, n)
                value = f"{y}-{m:02d}"
            else:
                value = str(ctx.ref.year + n)
            return ResolvedDate(value=value, grain=grain)
    return None


def _offset(t: str, ctx: _Ctx) -> ResolvedDate | None:
    r = _rx()
    m = re.fullmatch(
        rf"(il y a|dans|voici|d'ici)\s+(?:(?:plus|moins|près) d'?e?\s*)?(\d+|{r['number']})\s+"
        rf"({r['unit']})",
        t,
    ) or re.fullmatch(rf"(?:(\d+|{r['number']})\s+({r['unit']})\s+(plus tôt|auparavant))", t)
    if m is None:
        return None
    if m.lastindex == 3 and m.group(3) in ("plus tôt", "auparavant"):
        sign, num, unit = -1, m.group(1), m.group(2)
    else:
        sign = -1 if m.group(1) in ("il y a", "voici") else 1
        num, unit = m.group(2), m.group(3)
    n = _number(num)
    if n is None:
        return None
    step = vocabulary().units[unit]
    qty, code = int(step[:-1]) * n * sign, step[-1]
    if code == "D" and step != "1D":
        return None
    if ctx.ref is None:
        return ResolvedDate(
            value=None,
            grain={"D": "day", "W": "day", "M": "day", "Y": "year"}[code],
            offset=f"{'-' if qty < 0 else ''}P{abs(qty)}{code}",
        )
    if code in "DW":
        d = ctx.ref + timedelta(days=qty * (7 if code == "W" else 1))
        return ResolvedDate(value=d.isoformat(), grain="day")
    if code == "M":
        y, mo = _add_months(ctx.ref.year, ctx.ref.month, qty)
        same_day = date(y, mo, min(ctx.ref.day, _month_end(y, mo).day))
        return ResolvedDate(value=same_day.isoformat(), grain="day")
    return ResolvedDate(value=str(ctx.ref.year + qty), grain="year")


def _decade(t: str, ctx: _Ctx) -> ResolvedDate | None:
    m = re.fullmatch(
        r"(?:(?:dans|durant|pendant|depuis|dès|au cours|de|des)\s+)?"
        r"(?:les\s+)?années\s+(\d{2}|\d{4})",
        t,
    )
    if m is None:
        return None
    y = m.group(1)
    if len(y) == 2:
        y = ("20" if y in ("00", "10", "20") else "19") + y
    if not y.endswith("0"):
        return None
    return ResolvedDate(value=y[:3], grain="decade")


def _quarter(t: str, ctx: _Ctx) -> ResolvedDate | None:
    r = _rx()
    m = re.fullmatch(
        rf"({r['ordinal']}|dernier)\s+(trimestre|semestre)"
        rf"(?:\s+(?:de l'année\s+|de l'exercice\s+)?"
        rf"(\d{{4}}|{_LAST}|{_NEXT}|de l'année|de cette année))?",
        _LEAD.sub("", t),
    )
    if m is None:
        return None
    half = m.group(2) == "semestre"
    n = -1 if m.group(1) == "dernier" else vocabulary().ordinals[m.group(1)]
    if n == -1:
        n = 2 if half else 4
    if n > (2 if half else 4):
        return None
    grain = "half" if half else "quarter"
    year_word = m.group(3)
    if year_word and year_word.isdigit():
        year = int(year_word)
    elif ctx.ref is None:
        return ResolvedDate(value=None, grain=grain)
    else:
        year = ctx.ref.year
        if year_word and re.fullmatch(_LAST, year_word):
            year -= 1
        elif year_word and re.fullmatch(_NEXT, year_word):
            year += 1
    return ResolvedDate(value=f"{year}-{'H' if half else 'Q'}{n}", grain=grain)


def _season(t: str, ctx: _Ctx) -> ResolvedDate | None:
    r = _rx()
    m = re.fullmatch(
        rf"(?:au|en|cet|cette|l'|le|à l')?\s*({r['season']})(?:\s+(\d{{4}}|{_LAST}|{_NEXT}))?", t
    )
    if m is None:
        return None
    code = vocabulary().seasons[m.group(1)]
    extra = m.group(2)
    if extra and extra.isdigit():
        return ResolvedDate(value=f"{extra}-{code}", grain="season")
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="season")
    mode = _mode(ctx.tense)
    if extra and re.fullmatch(_LAST, extra):
        mode = "past_strict"
    elif extra and re.fullmatch(_NEXT, extra):
        mode = "future_strict"
    elif t.startswith(("cet ", "cette ")):
        mode = "nearest"
    return ResolvedDate(value=_pick(_season_cands(ctx.ref, code), ctx.ref, mode), grain="season")


def _edge(t: str, ctx: _Ctx) -> ResolvedDate | None:
    """début/fin/mi-/milieu + month or year: the grain of what follows."""
    m = re.fullmatch(
        r"(?:(?:le|la|au|à la|en|dès le|dès la|depuis le|depuis la|d'ici la|d'ici)\s+)?"
        r"(?:début|fin|mi-?|milieu)\s*(?:de l'année\s+|(?:de |d')?)(.+)",
        t,
    )
    if m is None:
        return None
    rest = m.group(1).strip()
    return _point(rest, ctx)


def _weekday(t: str, ctx: _Ctx) -> ResolvedDate | None:
    r = _rx()
    voc = vocabulary()
    m = re.fullmatch(
        rf"(?:ce |cet )?({r['weekday']})(?:\s+(\d{{1,2}}|1er|premier)(?:\s+({r['month']})"
        rf"(?:\s+(\d{{4}}))?)?)?{_PARTS}"
        rf"(?:\s+(prochain|dernier|suivant|d'après|passé|en huit|en 8|en quinze|en 15|"
        rf"(?:de )?la semaine {_LAST}|(?:de )?la semaine {_NEXT}|(?:de )?cette semaine))?"
        rf"{_PARTS}{_TIME}",
        t,
    )
    if m is None:
        return None
    wd = voc.weekdays[m.group(1)]
    day, month, year, mod = m.group(2), m.group(3), m.group(4), m.group(5)
    tm = _time_suffix(m.group(6), m.group(7))
    if day and month and year:
        d = _valid(int(year), voc.months[month], _day(day))
        return ResolvedDate(value=d.isoformat() + tm, grain="day") if d else None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    ref = ctx.ref
    if day and month:
        cands = _daymonth_cands(ref, voc.months[month], _day(day), wd) or _daymonth_cands(
            ref, voc.months[month], _day(day)
        )
        value = _pick(cands, ref, "nearest")
        return ResolvedDate(value=value + tm, grain="day") if value else None
    if day:
        # "mercredi 13": the nearest month whose 13th is a Wednesday.
        cands = []
        for k in range(-12, 13):
            y, mo = _add_months(ref.year, ref.month, k)
            d = _valid(y, mo, _day(day))
            if d is not None and d.weekday() == wd:
                cands.append((d, d, d.isoformat()))
        value = _pick(cands, ref, _mode(ctx.tense, weekday=True))
        return ResolvedDate(value=value, grain="day") if value else None
    monday = ref - timedelta(days=ref.weekday())
    if mod in ("prochain",):
        value = _pick(_weekday_cands(ref, wd), ref, "future_strict")
    elif mod in ("dernier", "passé"):
        value = _pick(_weekday_cands(ref, wd), ref, "past_strict")
    elif mod and ("en " in mod):
        start = ref + timedelta(days=14 if "15" in mod or "quinze" in mod else 7)
        value = (start + timedelta(days=(wd - start.weekday()) % 7)).isoformat()
    elif mod and (mod in ("suivant", "d'après") or re.search(_NEXT, mod)):
        value = (monday + timedelta(days=7 + wd)).isoformat()
    elif mod and re.search(_LAST, mod):
        value = (monday + timedelta(days=wd - 7)).isoformat()
    elif mod and "cette" in mod:
        value = (monday + timedelta(days=wd)).isoformat()
    else:
        mode = "past" if ctx.since else _mode(ctx.tense, weekday=True)
        value = _pick(_weekday_cands(ref, wd), ref, mode)
    return ResolvedDate(value=value, grain="day") if value else None


def _day_month(t: str, ctx: _Ctx) -> ResolvedDate | None:
    r = _rx()
    voc = vocabulary()
    m = re.fullmatch(
        rf"(\d{{1,2}}|1er|premier|1re)\s+({r['month']})(?:\s+(\d{{4}}|\d{{2}}))?"
        rf"(?:\s+(dernier|prochain))?{_PARTS}{_TIME}",
        t,
    )
    if m is None:
        return None
    month, day = voc.months[m.group(2)], _day(m.group(1))
    tm = _time_suffix(m.group(5), m.group(6))
    if m.group(3):
        d = _valid(_year(m.group(3)), month, day)
        return ResolvedDate(value=d.isoformat() + tm, grain="day") if d else None
    if _valid(2000, month, day) is None:
        return None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    mode = "past" if ctx.since else _mode(ctx.tense)
    if m.group(4):
        mode = "past_strict" if m.group(4) == "dernier" else "future_strict"
    value = _pick(_daymonth_cands(ctx.ref, month, day), ctx.ref, mode)
    return ResolvedDate(value=value + tm, grain="day") if value else None


def _numeric(t: str, ctx: _Ctx) -> ResolvedDate | None:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    # French numeric dates are day first: 02/03/2016 is 2 March.
    m = re.fullmatch(r"(\d{1,2})(?:/|\.| )(\d{1,2})(?:(?:/|\.| )(\d{4}|\d{2}))?", t)
    if m is None:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if m.group(3):
        d = _valid(_year(m.group(3)), month, day)
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    if _valid(2000, month, day) is None:
        return None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    value = _pick(_daymonth_cands(ctx.ref, month, day), ctx.ref, _mode(ctx.tense))
    return ResolvedDate(value=value, grain="day") if value else None


def _month(t: str, ctx: _Ctx) -> ResolvedDate | None:
    r = _rx()
    m = re.fullmatch(
        rf"(?:le mois d'|le mois de |mois d'|mois de )?({r['month']})"
        rf"(?:\s+(\d{{4}}|{_LAST}|{_NEXT}))?",
        t,
    )
    if m is None:
        return None
    month = vocabulary().months[m.group(1)]
    extra = m.group(2)
    if extra and extra.isdigit():
        return ResolvedDate(value=f"{extra}-{month:02d}", grain="month")
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="month")
    mode = "past" if ctx.since else _mode(ctx.tense)
    if extra and re.fullmatch(_LAST, extra):
        mode = "past_strict"
    elif extra and re.fullmatch(_NEXT, extra):
        mode = "future_strict"
    return ResolvedDate(value=_pick(_month_cands(ctx.ref, month), ctx.ref, mode), grain="month")


def _year_only(t: str, ctx: _Ctx) -> ResolvedDate | None:
    m = re.fullmatch(r"(?:l'année |année |l'an |l'exercice |exercice )?(\d{4})", t)
    if m is None or not MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
        return None
    return ResolvedDate(value=m.group(1), grain="year")


def _day_alone(t: str, ctx: _Ctx) -> ResolvedDate | None:
    m = re.fullmatch(r"le (\d{1,2}|1er)", t)
    if m is None or ctx.ref is None:
        return None
    day = _day(m.group(1))
    cands = []
    for k in (-1, 0, 1):
        y, mo = _add_months(ctx.ref.year, ctx.ref.month, k)
        d = _valid(y, mo, day)
        if d is not None:
            cands.append((d, d, d.isoformat()))
    value = _pick(cands, ctx.ref, _mode(ctx.tense))
    return ResolvedDate(value=value, grain="day") if value else None


def _holiday(t: str, ctx: _Ctx) -> ResolvedDate | None:
    r = _rx()
    m = re.fullmatch(rf"(?:(?:le|la|l')\s*)?({r['holiday']})(?:\s+(\d{{4}}))?", t)
    if m is None:
        return None
    month, day = (int(x) for x in vocabulary().holidays[m.group(1)].split("-"))
    if m.group(2):
        d = _valid(int(m.group(2)), month, day)
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day")
    mode = "past" if ctx.since else _mode(ctx.tense)
    return ResolvedDate(
        value=_pick(_daymonth_cands(ctx.ref, month, day), ctx.ref, mode), grain="day"
    )


def _around(t: str, ctx: _Ctx) -> ResolvedDate | None:
    """One day from a date: "le lendemain du 13 février"."""
    m = re.fullmatch(r"(?:au |le |la |à la )?(lendemain|veille) (?:du |de |d')(.+)", t)
    if m is None:
        return None
    inner = _point(m.group(2), ctx)
    if inner is None or inner.value is None or inner.grain != "day":
        return None
    d = _start_of(inner.value) + timedelta(days=1 if m.group(1) == "lendemain" else -1)
    return ResolvedDate(value=d.isoformat(), grain="day")


def _week_of(t: str, ctx: _Ctx) -> ResolvedDate | None:
    """The week of a day, "la semaine du 7 octobre" (a Sunday names the next week)."""
    m = re.fullmatch(r"(?:la |cette )?semaine du (.+)", t)
    if m is None:
        return None
    inner = _point(m.group(1), ctx)
    if inner is None or inner.value is None or inner.grain != "day":
        return None
    d = _start_of(inner.value)
    if d.weekday() == 6:
        d += timedelta(days=1)
    return ResolvedDate(value=_week(d), grain="week")


def _month_ref(words: str, ctx: _Ctx) -> tuple[int, int] | None:
    """(year, month) of "octobre 2014", "mois prochain", "ce mois"."""
    found = _point(words, ctx)
    if found is None or found.value is None or found.grain != "month":
        return None
    return int(found.value[:4]), int(found.value[5:7])


_NTH = {"premier": 1, "première": 1, "premiere": 1, "1er": 1, "deuxième": 2, "second": 2,
        "seconde": 2, "troisième": 3, "quatrième": 4, "dernier": -1, "dernière": -1,
        "derniere": -1}  # fmt: skip


def _nth(t: str, ctx: _Ctx) -> ResolvedDate | None:
    """Nth day, week or weekday of a month.

    For example "3eme jour d'octobre", "dernière semaine de septembre 2014",
    "premier mercredi du mois prochain".
    """
    r = _rx()
    m = re.fullmatch(
        rf"(?:le |la )?(\d{{1,2}})(?:e|eme|ème|er) jour (?:de |d'|du )(.+)"
        rf"|(?:le |la )?(premier|première|premiere|deuxième|second|seconde|troisième|quatrième|"
        rf"dernier|dernière|derniere) (jour|semaine|{r['weekday']}) (?:de |d'|du )(.+)",
        t,
    )
    if m is None:
        return None
    if m.group(1):
        n, what, rest = int(m.group(1)), "jour", m.group(2)
    else:
        n, what, rest = _NTH[m.group(3)], m.group(4), m.group(5)
    rest = re.sub(r"^(?:le |la )", "", rest)
    if rest.startswith(("mois ", "ce mois")):
        rest = "le " + rest
    ym = _month_ref(rest, _Ctx(ref=ctx.ref, tense=ctx.tense or "future", since=ctx.since))
    if ym is None:
        return None
    y, mo = ym
    first, last = date(y, mo, 1), _month_end(y, mo)
    if what == "jour":
        d = last if n == -1 else _valid(y, mo, n)
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    if what == "semaine":
        # The first week starts on the month's first Monday; the last one ends in the month.
        if n == -1:
            sunday = last - timedelta(days=(last.weekday() + 1) % 7)
            return ResolvedDate(value=_week(sunday), grain="week")
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return ResolvedDate(value=_week(monday + timedelta(days=7 * (n - 1))), grain="week")
    wd = vocabulary().weekdays[what]
    if n == -1:
        d = last - timedelta(days=(last.weekday() - wd) % 7)
    else:
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        if d.month != mo:
            return None
    return ResolvedDate(value=d.isoformat(), grain="day")


_EARLY_PARSERS: tuple[Callable[[str, _Ctx], ResolvedDate | None], ...] = (
    _around,
    _week_of,
    _nth,
    _relative_day,
    _relative_period,
    _offset,
    _decade,
    _quarter,
    _day_alone,
    _holiday,
)
_POINT_PARSERS: tuple[Callable[[str, _Ctx], ResolvedDate | None], ...] = (
    _numeric,
    _weekday,
    _day_month,
    _month,
    _year_only,
    _season,
    _holiday,
)


def _point(t: str, ctx: _Ctx) -> ResolvedDate | None:
    """Parse one calendar point (no range, no duration)."""
    for parser in _EARLY_PARSERS:
        found = parser(t, ctx)
        if found is not None:
            return found
    stripped = _LEAD.sub("", t)
    edge = _edge(t, ctx)
    if edge is not None:
        return edge
    for parser in _POINT_PARSERS:
        found = parser(stripped, ctx)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- durations


def _duration(t: str) -> ResolvedDate | None:
    voc = vocabulary()
    words = re.findall(r"[\w-]+'?", t.replace("'", "' ").replace("demi-", "demi "))
    fillers = {
        "au", "cours", "de", "d'", "des", "du", "la", "le", "l'", "les", "lors", "pendant",
        "durant", "depuis", "sur", "en", "pour", "aux", "plus", "moins", "près", "environ",
        "presque", "quelque", "après", "à", "a", "dans", "l'année", "ses", "leurs", "nos", "vos",
    }  # fmt: skip
    qty: float | None = None
    unit: str | None = None
    seen_adj = False
    for w in words:
        if unit is not None:
            if w in ("demi", "demie") and qty is not None and words[words.index(w) - 1] == "et":
                qty += 0.5  # "un an et demi"
                continue
            if w == "et":
                continue
            if w in voc.span_adjs or w in ("de", "d'", "l'", "l'année", "année", "années", "an"):
                continue  # "les 8 premiers mois de l'année"
            return None  # "deux jours après", "deux ans plus tard": not a duration
        if w in fillers:
            continue
        if w in voc.span_adjs:
            seen_adj = True
        elif w in ("demi", "demie", "demi-"):
            qty = (qty or 1) * 0.5
        elif w.isdigit() or w in voc.numbers:
            n = _number(w)
            if n is None or qty not in (None, 0.5):
                return None
            qty = n * (qty or 1) if qty == 0.5 else n
        elif w in voc.units:
            unit = voc.units[w]
        else:
            return None
    if unit is None:
        return None
    if qty is None:
        plural = words and words[-1].endswith(("s", "x")) and words[-1] != "mois"
        if plural or not seen_adj:
            return None
        qty = 1
    step, code = int(unit[:-1]), unit[-1]
    total = qty * step
    if total != int(total):
        # half a year -> six months; half a month -> 15 days
        total, code = total * {"Y": 12, "M": 30, "W": 7, "D": 24}[code], {
            "Y": "M", "M": "D", "W": "D", "D": "H"
        }[code]  # fmt: skip
        if code == "H":
            return None
    if total <= 0:
        return None
    return ResolvedDate(value=f"P{int(total)}{code}", grain="duration", kind="duration")


# ---------------------------------------------------------------- ranges

_RANGE = (
    re.compile(r"(?:du|de|d'|depuis)\s*(.+?)\s+(?:au|à|a|jusqu'au|jusqu'à|jusqu'en)\s+(.+)"),
    re.compile(r"entre\s+(.+?)\s+et\s+(.+)"),
    re.compile(r"(?:en |de |d'|pour |sur )?(\d{4})\s*[-/]\s*(\d{4})"),
)


def _range(t: str, ctx: _Ctx) -> ResolvedDate | None:
    for rx in _RANGE:
        m = rx.fullmatch(t)
        if m is None:
            continue
        left, right = m.group(1).strip(), m.group(2).strip()
        r_res = _point(right, ctx)
        if r_res is None or r_res.grain in ("duration",):
            continue
        # "du 1er au 15 août": the left end borrows what it lacks from the right end.
        l_text = left
        rm = re.search(rf"({_rx()['month']})(?:\s+(\d{{4}}))?$", _LEAD.sub("", right))
        if re.fullmatch(r"\d{1,2}|1er|premier", _LEAD.sub("", left)) and rm:
            l_text = f"{_LEAD.sub('', left)} {rm.group(0)}"
        elif re.fullmatch(_rx()["month"], _LEAD.sub("", left)) and rm and rm.group(2):
            l_text = f"{_LEAD.sub('', left)} {rm.group(2)}"
        l_res = _point(l_text, ctx)
        if l_res is None or l_res.value is None or r_res.value is None:
            if l_res is not None and r_res is not None:
                return ResolvedDate(value=None, grain=l_res.grain, kind="range")
            continue
        r_value = r_res.value
        # The right end is the first such occurrence not before the left end
        # ("de juin à décembre", "entre vendredi et lundi").
        if (
            r_value[:10] < l_res.value[:10]
            and ctx.ref is not None
            and not re.search(r"\d{4}", right)
        ):
            shifted = _point(right, _Ctx(ref=_start_of(l_res.value), tense="future", since=False))
            if shifted is not None and shifted.value is not None:
                r_value = shifted.value
        return ResolvedDate(value=f"{l_res.value}/{r_value}", grain=l_res.grain, kind="range")
    return None


def _start_of(value: str) -> date:
    y = int(value[:4])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return date(y, int(value[5:7]), int(value[8:10]))
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return date(y, int(value[5:7]), 1)
    return date(y, 1, 1)


# ---------------------------------------------------------------- API


def resolve_date(text: str, *, reference: date | None, tense: str | None) -> ResolvedDate | None:
    """Resolve a date expression against the publication date; None when not a date.

    >>> resolve_date("l'an dernier", reference=date(2025, 11, 6), tense="past").value
    '2024'
    >>> resolve_date("lundi", reference=date(2025, 11, 6), tense="future").value
    '2025-11-10'
    >>> resolve_date("du 1er au 15 août 2024", reference=None, tense=None).value
    '2024-08-01/2024-08-15'
    >>> resolve_date("hier", reference=None, tense=None).offset
    '-P1D'
    """
    t = _norm(text)
    if not t or _VAGUE.search(t):
        return None
    since = bool(re.match(r"depuis\b", t))
    ctx = _Ctx(ref=reference, tense=tense, since=since)
    found = _range(t, ctx)
    if found is not None:
        return found
    found = _point(t, ctx)
    if found is not None:
        return found
    return _duration(t)


# ---------------------------------------------------------------- reference date


def _match_date(day: str, month: str, year: str) -> date | None:
    m = vocabulary().months.get(month.lower())
    if m is None:
        return None
    return _valid(int(year), m, _day(day.lower()))


def find_reference_date(text: str, source: str | None) -> tuple[date, str] | None:
    """Publication date from the article's own metadata or file name, with its source.

    >>> find_reference_date("Titre\\n\\nAFP, publié le mardi 02 juin 2020 à 21h55\\n", None)
    (datetime.date(2020, 6, 2), 'metadata')
    >>> find_reference_date("Rien", "corpus/2025-11-06_c5.txt")
    (datetime.date(2025, 11, 6), 'filename')
    """
    r = _rx()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:6]
    head = "\n".join(lines).replace("’", "'")
    m = re.search(
        rf"(?i)publi[ée]e?\s+le\s+(?:(?:{r['weekday']})\s+)?(\d{{1,2}}|1er)\s+({r['month']})\s+(\d{{4}})",
        head,
    )
    if m:
        found = _match_date(m.group(1), m.group(2), m.group(3))
        if found:
            return found, "metadata"
    num = re.search(r"(?i)publi[ée]e?\s+le\s+(\d{1,2})/(\d{1,2})/(\d{4})", head)
    if num:
        found = _valid(int(num.group(3)), int(num.group(2)), int(num.group(1)))
        if found:
            return found, "metadata"
    for line in lines[:3]:
        iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:]+)?", line)
        if iso:
            found = _valid(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            if found:
                return found, "iso-line"
        dl = re.match(
            rf"(?i)(?:(?:{r['weekday']})\s+)?(\d{{1,2}}|1er)\s+({r['month']})\s+(\d{{4}})\s*\.?\s*[-–—]",
            line,
        )
        if dl:
            found = _match_date(dl.group(1), dl.group(2), dl.group(3))
            if found:
                return found, "metadata"
    if source:
        name = Path(source).name
        fm = re.search(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)", name)
        if fm:
            found = _valid(int(fm.group(1)), int(fm.group(2)), int(fm.group(3)))
            if found and MIN_YEAR <= found.year <= MAX_YEAR:
                return found, "filename"
    return None
