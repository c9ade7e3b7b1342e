"""Text parsers of date phrases read from their words (see `compound.parse_text`).

Each parser takes the normalised text of one matched date expression and a `Ctx`
(reference date, tense, "depuis") and returns a `ResolvedDate` or None. This module
holds the shared text helpers and the relative expressions (days, periods, offsets,
decades, quarters, seasons); `points.py` the calendar points, `compound.py` the
expressions built from another date (edges, ranges, "le lendemain du ...") and durations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import alternations, number_word, vocabulary
from c5facts.normalise.timex import add_months, iso_week, month_end

SPACES = re.compile(r"\s+")
# Phrases that sound like dates but cannot be placed on a calendar.
VAGUE = re.compile(
    r"\b(avenir|futur|ces derni[eè]re?s?|ces prochaine?s?|r[ée]cemment|ces temps|"
    r"prochainement|bient[oô]t|plusieurs|quelques|nombreuses|des ann[ée]es|"
    r"ann[ée]es et|[àa] venir)\b"
)


def norm(text: str) -> str:
    """Lower case, one space, typographic marks folded, sentence punctuation dropped."""
    t = text.lower().replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    t = t.replace("–", "-").replace("—", "-")
    t = SPACES.sub(" ", t).strip()
    # Keep the dot of "sept." / "janv.", drop sentence punctuation around the span.
    t = t.strip(',;:!?«»"() ')
    last = t[:-1].split(" ")[-1] + "."
    if t.endswith(".") and last not in vocabulary().months and last not in vocabulary().weekdays:
        t = t[:-1]
    return t.strip()


TIME = r"(?:\s*(?:,\s*)?(?:à|a|vers)?\s*(\d{1,2})\s*h\s*(\d{2})?)?"
PARTS = r"(?:\s+(?:matin|midi|après-midi|apres-midi|soir|soirée|nuit))?"
LEAD = re.compile(
    r"^(?:(?:en|de|du|des|dès|depuis|pour|le|la|les|ce|cet|cette|au|aux|à|a|"
    r"jusqu'à|jusqu'au|jusqu'en|vers|avant|après|courant|d'ici|à partir de|"
    r"à partir du|à compter de|à compter du|par rapport à|dans la soirée de|"
    r"dans la nuit de|dans la matinée de|dans la nuit du|lors de|mois de|"
    r"l'année|année|l'an|l'exercice|exercice|toute|tout|sur|et|ou)\s+|(?:d'|l'|jusqu'|mois d')\s*)+"
)


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a text parser needs besides the words: reference date, tense, "depuis"."""

    ref: date | None
    tense: str | None
    since: bool  # "depuis ...": the date lies in the past


def time_suffix(h: str | None, mi: str | None) -> str:
    """The TIMEX3 time of day "T21:55" of an hour and minutes (empty when absent)."""
    if h is None or int(h) > 23:
        return ""
    return f"T{int(h):02d}:{int(mi or 0):02d}"


def relative_day(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A day named from the reference: "hier", "la veille", "le jour suivant"."""
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
    m = re.fullmatch(r"(.+?)" + PARTS, t)
    key = m.group(1) if m else t
    key = re.sub(r"^(?:d'|dès |depuis |jusqu'à |à partir d')", "", key)
    if key not in days:
        return None
    n = days[key]
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="day", offset=f"{'-' if n < 0 else ''}P{abs(n)}D")
    return ResolvedDate(value=(ctx.ref + timedelta(days=n)).isoformat(), grain="day")


NEXT = r"(?:prochaine?|suivante?|d'après|qui suit|à venir)"
LAST = r"(?:derni[eè]re?|passée?|précédente?|écoulée?)"


def relative_period(t: str, ctx: Ctx) -> ResolvedDate | None:
    """The reference's week, month or year, or a neighbour: "la semaine dernière"."""
    t = re.sub(
        r"^(?:dès|depuis|pour|jusqu'à|jusqu'au|à partir de|d'ici|au cours de|durant|pendant)\s+",
        "",
        t,
    )
    if t != "dans la semaine":
        t = re.sub(r"^(?:au|en|à la|à|dans le|dans la)\s+", "", t)
    rules: list[tuple[str, str, int]] = [
        (r"(?:cette|la) semaine(?: en cours)?|dans la semaine", "week", 0),
        (rf"la semaine {LAST}", "week", -1),
        (rf"la semaine {NEXT}", "week", 1),
        (
            r"ce mois(?:-ci)?|le mois en cours|(?:le )?(?:début|milieu|fin) (?:du|de) mois",
            "month",
            0,
        ),
        (rf"le mois {LAST}", "month", -1),
        (rf"le mois {NEXT}", "month", 1),
        (
            r"cette année|l'année en cours|(?:le |la )?(?:début|milieu|fin) (?:de l'|d')année"
            r"|(?:le |la )?(?:début|milieu|fin) de cette année",
            "year",
            0,
        ),
        (rf"l'an {LAST}|l'année {LAST}", "year", -1),
        (rf"l'an {NEXT}|l'année {NEXT}", "year", 1),
    ]
    for pattern, grain, n in rules:
        if re.fullmatch(pattern, t):
            unit = {"week": "W", "month": "M", "year": "Y"}[grain]
            if ctx.ref is None:
                sign = "-" if n < 0 else ""
                return ResolvedDate(value=None, grain=grain, offset=f"{sign}P{abs(n)}{unit}")
            if grain == "week":
                value = iso_week(ctx.ref + timedelta(days=7 * n))
            elif grain == "month":
                y, m = add_months(ctx.ref.year, ctx.ref.month, n)
                value = f"{y}-{m:02d}"
            else:
                value = str(ctx.ref.year + n)
            return ResolvedDate(value=value, grain=grain)
    return None


def offset(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A day, month or year counted from the reference: "il y a trois ans", "dans 10 jours"."""
    r = alternations()
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
    found = number_word(num)
    if found is None or found != int(found):
        return None
    n = int(found)
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
        y, mo = add_months(ctx.ref.year, ctx.ref.month, qty)
        same_day = date(y, mo, min(ctx.ref.day, month_end(y, mo).day))
        return ResolvedDate(value=same_day.isoformat(), grain="day")
    return ResolvedDate(value=str(ctx.ref.year + qty), grain="year")


def decade(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A decade: "dans les années 1980", "les années 80"."""
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


def quarter(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A quarter or half-year: "au deuxième trimestre 2024", "dernier semestre"."""
    r = alternations()
    m = re.fullmatch(
        rf"({r['ordinal']}|dernier)\s+(trimestre|semestre)"
        rf"(?:\s+(?:de l'année\s+|de l'exercice\s+)?"
        rf"(\d{{4}}|{LAST}|{NEXT}|de l'année|de cette année))?",
        LEAD.sub("", t),
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
        if year_word and re.fullmatch(LAST, year_word):
            year -= 1
        elif year_word and re.fullmatch(NEXT, year_word):
            year += 1
    return ResolvedDate(value=f"{year}-{'H' if half else 'Q'}{n}", grain=grain)


def season(t: str, ctx: Ctx) -> ResolvedDate | None:
    """A season: "au printemps 2003", "l'été dernier"."""
    r = alternations()
    m = re.fullmatch(
        rf"(?:au|en|cet|cette|l'|le|à l')?\s*({r['season']})(?:\s+(\d{{4}}|{LAST}|{NEXT}))?", t
    )
    if m is None:
        return None
    code = vocabulary().seasons[m.group(1)]
    extra = m.group(2)
    if extra and extra.isdigit():
        return ResolvedDate(value=f"{extra}-{code}", grain="season")
    if ctx.ref is None:
        return ResolvedDate(value=None, grain="season")
    mode = pl.mode(ctx.tense)
    if extra and re.fullmatch(LAST, extra):
        mode = "past_strict"
    elif extra and re.fullmatch(NEXT, extra):
        mode = "future_strict"
    elif t.startswith(("cet ", "cette ")):
        mode = "nearest"
    return ResolvedDate(
        value=pl.pick(pl.season_cands(ctx.ref, code), ctx.ref, mode), grain="season"
    )
