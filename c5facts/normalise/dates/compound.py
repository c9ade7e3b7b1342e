"""Text parsers of compound expressions: edges, ranges, "le lendemain du ...", nth days, durations.

`parse_text` reads a date phrase from its words: a range, else one calendar point
(`point`), else a duration. It resolves the one pattern family not read from fields
(`edge_period`, see resolve.py) and isolated phrases that no pattern covers (the
Duckling comparison of tests/test_date_cases.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from c5facts.normalise.dates import phrases as ph
from c5facts.normalise.dates import placement as pl
from c5facts.normalise.dates import points as pt
from c5facts.normalise.dates.phrases import LEAD, VAGUE, Ctx, norm
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import alternations, number_word, vocabulary
from c5facts.normalise.timex import iso_week, month_end


def _edge(t: str, ctx: Ctx) -> ResolvedDate | None:
    """début/fin/mi-/milieu + month or year: the grain of what follows."""
    m = re.fullmatch(
        r"(?:(?:le|la|au|à la|en|dès le|dès la|depuis le|depuis la|d'ici la|d'ici)\s+)?"
        r"(?:début|fin|mi-?|milieu)\s*(?:de l'année\s+|(?:de |d')?)(.+)",
        t,
    )
    if m is None:
        return None
    rest = m.group(1).strip()
    return point(rest, ctx)


def _around(t: str, ctx: Ctx) -> ResolvedDate | None:
    """One day from a date: "le lendemain du 13 février"."""
    m = re.fullmatch(r"(?:au |le |la |à la )?(lendemain|veille) (?:du |de |d')(.+)", t)
    if m is None:
        return None
    inner = point(m.group(2), ctx)
    if inner is None or inner.value is None or inner.grain != "day":
        return None
    d = pl.start_of(inner.value) + timedelta(days=1 if m.group(1) == "lendemain" else -1)
    return ResolvedDate(value=d.isoformat(), grain="day")


def _week_of(t: str, ctx: Ctx) -> ResolvedDate | None:
    """The week of a day, "la semaine du 7 octobre" (a Sunday names the next week)."""
    m = re.fullmatch(r"(?:la |cette )?semaine du (.+)", t)
    if m is None:
        return None
    inner = point(m.group(1), ctx)
    if inner is None or inner.value is None or inner.grain != "day":
        return None
    d = pl.start_of(inner.value)
    if d.weekday() == 6:
        d += timedelta(days=1)
    return ResolvedDate(value=iso_week(d), grain="week")


def _month_ref(words: str, ctx: Ctx) -> tuple[int, int] | None:
    """(year, month) of "octobre 2014", "mois prochain", "ce mois"."""
    found = point(words, ctx)
    if found is None or found.value is None or found.grain != "month":
        return None
    return int(found.value[:4]), int(found.value[5:7])


_NTH = {"premier": 1, "première": 1, "premiere": 1, "1er": 1, "deuxième": 2, "second": 2,
        "seconde": 2, "troisième": 3, "quatrième": 4, "dernier": -1, "dernière": -1,
        "derniere": -1}  # fmt: skip


def _nth(t: str, ctx: Ctx) -> ResolvedDate | None:
    """Nth day, week or weekday of a month.

    For example "3eme jour d'octobre", "dernière semaine de septembre 2014",
    "premier mercredi du mois prochain".
    """
    r = alternations()
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
    ym = _month_ref(rest, Ctx(ref=ctx.ref, tense=ctx.tense or "future", since=ctx.since))
    if ym is None:
        return None
    y, mo = ym
    first, last = date(y, mo, 1), month_end(y, mo)
    if what == "jour":
        d = last if n == -1 else pl.valid_date(y, mo, n)
        return ResolvedDate(value=d.isoformat(), grain="day") if d else None
    if what == "semaine":
        # The first week starts on the month's first Monday; the last one ends in the month.
        if n == -1:
            sunday = last - timedelta(days=(last.weekday() + 1) % 7)
            return ResolvedDate(value=iso_week(sunday), grain="week")
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return ResolvedDate(value=iso_week(monday + timedelta(days=7 * (n - 1))), grain="week")
    wd = vocabulary().weekdays[what]
    if n == -1:
        d = last - timedelta(days=(last.weekday() - wd) % 7)
    else:
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        if d.month != mo:
            return None
    return ResolvedDate(value=d.isoformat(), grain="day")


_EARLY_PARSERS: tuple[Callable[[str, Ctx], ResolvedDate | None], ...] = (
    _around,
    _week_of,
    _nth,
    ph.relative_day,
    ph.relative_period,
    ph.offset,
    ph.decade,
    ph.quarter,
    pt.day_alone,
    pt.holiday,
)
_POINT_PARSERS: tuple[Callable[[str, Ctx], ResolvedDate | None], ...] = (
    pt.numeric,
    pt.weekday,
    pt.day_month,
    pt.month,
    pt.year_only,
    ph.season,
    pt.holiday,
)


def point(t: str, ctx: Ctx) -> ResolvedDate | None:
    """Parse one calendar point (no range, no duration)."""
    for parser in _EARLY_PARSERS:
        found = parser(t, ctx)
        if found is not None:
            return found
    stripped = LEAD.sub("", t)
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
            n = number_word(w)
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


def _range(t: str, ctx: Ctx) -> ResolvedDate | None:
    for rx in _RANGE:
        m = rx.fullmatch(t)
        if m is None:
            continue
        left, right = m.group(1).strip(), m.group(2).strip()
        r_res = point(right, ctx)
        if r_res is None or r_res.grain in ("duration",):
            continue
        # "du 1er au 15 août": the left end borrows what it lacks from the right end.
        l_text = left
        rm = re.search(rf"({alternations()['month']})(?:\s+(\d{{4}}))?$", LEAD.sub("", right))
        if re.fullmatch(r"\d{1,2}|1er|premier", LEAD.sub("", left)) and rm:
            l_text = f"{LEAD.sub('', left)} {rm.group(0)}"
        elif re.fullmatch(alternations()["month"], LEAD.sub("", left)) and rm and rm.group(2):
            l_text = f"{LEAD.sub('', left)} {rm.group(2)}"
        l_res = point(l_text, ctx)
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
            shifted = point(right, Ctx(ref=pl.start_of(l_res.value), tense="future", since=False))
            if shifted is not None and shifted.value is not None:
                r_value = shifted.value
        return ResolvedDate(value=f"{l_res.value}/{r_value}", grain=l_res.grain, kind="range")
    return None


def parse_text(text: str, ctx_ref: date | None, tense: str | None) -> ResolvedDate | None:
    """Resolve a date expression from its words: a range, else a point, else a duration."""
    t = norm(text)
    if not t or VAGUE.search(t):
        return None
    ctx = Ctx(ref=ctx_ref, tense=tense, since=bool(re.match(r"depuis\b", t)))
    found = _range(t, ctx)
    if found is not None:
        return found
    found = point(t, ctx)
    if found is not None:
        return found
    return _duration(t)
