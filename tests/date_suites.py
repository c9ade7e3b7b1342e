"""Run the peers' French date suites (../shared/cases) through the real pipeline.

Each case's sentence is extracted with its reference date (the real pipeline: tense from
the sentence's verbs) and judged against the suite's expected value:

- ``instant``: one of our values (date part, or with its time when the grain is finer
  than a day) is one of the candidates;
- ``interval``: one of our values is the suite's TimeML value (``timex``, with its
  ``mod``), or spans the candidate's start and end (a month value "2016-11" spans
  2016-11-01..2016-11-30; a TIMEX3 season "2013-SU" the astronomical season, within
  `SEASON_SLACK` days: the suites' solstice days differ). The suites give the end
  exclusively: Duckling marks it (``end_exclusive``: the day after the last day);
  Recognizers' ``endDate`` is the day after a single period ("juin 2016" ends
  2016-07-01) and the first day of a range's right end ("du 4 au 22" ends on the 22nd,
  "de 2014 à 2018" on 2018-01-01), so both readings of our inclusive end are accepted;
- ``duration``: one of our durations has the expected length (years of 365 days, months
  of a twelfth of a year, so that "P42M" is "P3.5Y");
- ``time_of_day``: one of our values has the candidate's time;
- ``none`` (no date expected): we give no date.

A case is *in scope* when its expected kind and grain are ones c5facts annotates (see
`in_scope`): seconds and sub-minute durations, and "time_interval"s of hours, are out. A
miss is a *convention* case (counted apart) when our value is the other occurrence of
the same expression: the same weekday one or two weeks away, the same day or month a
year away (or a period holding the expected day a year away: "mi-décembre"), the same
weekday and day of the month ("jeudi 15"), on the other side of the reference date
(Duckling reads every bare date forward, c5facts follows the clause's tense; Recognizers
lists both readings only for some expressions), or when our value is the TimeML reading
of an expression the suite resolves differently: an edge ("fin mars") is the enclosing
period with a ``mod`` where Duckling gives days; a part of the day with a ``mod`` ("en
milieu de matinée" -> ``TMO`` MID) where the suite gives an hour within it; a duration
as long as the expected interval ("les 3 derniers mois": TimeML's DURATION ``P3M`` where
the suites give the months), or as long as the expected day is from the reference ("deux
jours plus tard", "1 an 2 mois": a DURATION where the suite counts it from the
reference, or a length in hours or minutes where the suite counts it from the reference
time: dateparser's "moins de 21 minutes" read as "ago", "en 2 heures" read as "in"; both
are lengths in French), or when our instant of an offset in hours ("dans une heure") has
the precision of its unit, TimeML's and HeidelTime's ``2013-02-12T05``, where Duckling
gives the minute (``05:30``). Vague TimeML values ("pendant des mois" -> ``PXM``, "dans
quelques semaines" -> ``FUTURE_REF``) place nothing and are left out of ours, as
``c5facts eval`` leaves them out.

Each case gets its reference time (``context.reference_time``) as a `datetime`, so that
offsets in hours and minutes ("il y a deux heures") are placed at the suite's instant; an
exact match with a candidate's ``iso`` (the suite's TimeML value, "2014-09-01T08" for an
offset in hours) agrees.

An offset's value at the precision of the unit written ("il y a deux ans": TimeML's
``2011`` where the suite gives the month or the day) is a convention case, and so is a
holiday the suite dates by the United States' floating days ("fête des mères", "fête du
travail", "action de grâce") where c5facts follows the French (and, for Thanksgiving, the
Canadian) calendar.

A Recognizers case that expects nothing (``null``) is out of scope: upstream's parser of
one type (periods, dates) gives nothing there, which says nothing of whether the text is
a temporal expression ("planifier une réunion dans deux semaines" is a DATE in TimeML,
read by Recognizers' date parser, not its period parser).

A vague length of the suite's unit ("quelques jours": TimeML's ``PXD`` where Recognizers
counts ``P2D``) is a convention case too. A case to which we give no date is counted apart
(column ``num``) when it writes its date
or time with plain numbers only ("le 16", "17 02", "à 19", "sept trente": see
`suite_scope.numbers_only`): issue 11 keeps c5facts from reading dates in plain numbers.

Run ``python tests/date_suites.py`` for the table and the misses.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from suite_scope import numbers_only

from c5facts.extract import Extractor
from c5facts.normalise.timex import month_end
from c5facts.records import vague_value

SUITES = (
    ("duckling", "time"),
    ("duckling", "duration"),
    ("recognizers", "date-parser"),
    ("recognizers", "duration-parser"),
    ("recognizers", "holiday-parser"),
    ("recognizers", "datetime-parser"),
    ("recognizers", "date-period-parser"),
    ("recognizers", "datetime-period-parser"),
    ("recognizers", "time-parser"),
    ("dateparser", "relative"),
    ("dateparser", "parse"),
)
# A fixed day for the suites that give no reference time (times, durations).
NO_REFERENCE = date(2016, 11, 7)
_DURATION = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MI>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?$"
)
_SECONDS = {"Y": 365 * 86400, "M": 365 * 86400 / 12, "W": 7 * 86400, "D": 86400, "H": 3600}
_SECONDS.update({"MI": 60, "S": 1})
# The hours of the TIMEX3 parts of the day (morning, midday, afternoon, evening, night,
# daytime): a part with a mod is the TimeML reading of an hour the suites spell out.
_PART_HOURS = {
    "MO": set(range(5, 12)),
    "MI": {12},
    "AF": set(range(12, 19)),
    "EV": set(range(17, 24)),
    "NI": {22, 23, 0, 1, 2, 3, 4, 5},
    "DT": set(range(8, 19)),
}


@dataclass
class SuiteScore:
    """The result of one suite: agreeing, convention and differing in-scope cases."""

    name: str
    agree: int = 0
    convention: int = 0
    differ: int = 0
    out_of_scope: int = 0
    numbers: int = 0  # no date given where the case writes its time with plain numbers
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Agreeing cases over in-scope cases, convention and plain-number cases apart."""
        total = self.agree + self.differ
        return self.agree / total if total else 1.0


def duration_seconds(value: str) -> float | None:
    """The length of an ISO 8601 duration in seconds (Y = 365 days, M = 30 days)."""
    m = _DURATION.match(value)
    if not m or value in ("P", "PT"):
        return None
    return sum(float(v) * _SECONDS[k] for k, v in m.groupdict().items() if v)


def span_of(value: str) -> tuple[date, date] | None:
    """First and last day of a calendar value ("2016-11", "2016-W45", "2016-11-04/...")."""
    if "/" in value:
        a, b = (span_of(v) for v in value.split("/", 1))
        return (a[0], b[1]) if a and b else None
    value = value.split("T")[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:])
            return date(y, m, 1), month_end(y, m)
        if w := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
            monday = date.fromisocalendar(int(w[1]), int(w[2]), 1)
            if w[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if q := re.fullmatch(r"(\d{4})-(Q|H)([1-4])", value):
            n = 3 if q[2] == "Q" else 6
            first = (int(q[3]) - 1) * n + 1
            return date(int(q[1]), first, 1), month_end(int(q[1]), first + n - 1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def in_scope(exp: dict[str, Any] | None) -> bool:
    """Whether c5facts is meant to annotate what a case expects (see module doc)."""
    if exp is None or "kind" not in exp:
        return True  # no date here: a negative, always in scope
    kind, grain = exp["kind"], exp.get("grain")
    if kind == "duration":
        seconds = exp.get("seconds")
        return seconds is None or seconds >= 60
    if kind in ("instant", "time_of_day"):
        return grain != "second"
    if kind == "interval":
        return grain in ("day", "week", "month", "year")
    return False


def _vague_length(exp: dict[str, Any] | None, article: Any) -> bool:
    """Whether we give TimeML's vague length of the suite's unit ("quelques semaines": PXW).

    Recognizers reads "quelques jours" as two days (``P2D``); TimeML writes the count it does
    not know with an ``X`` (``PXD``): the same unit, a convention.
    """
    want = re.fullmatch(r"PT?[\d.]+([YMWDHS])", str((exp or {}).get("iso8601") or ""))
    if want is None or (exp or {}).get("kind") != "duration":
        return False
    time_unit = "T" in str((exp or {}).get("iso8601"))
    vague = {d.value for d in article.dates if d.value and vague_value(d.value)}
    return f"P{'TX' if time_unit else 'X'}{want[1]}" in vague


def _offset_precision(exp: dict[str, Any] | None, article: Any) -> bool:
    """Whether our offset's value is the suite's instant at the precision of the unit written.

    TimeML and HeidelTime write "il y a deux ans" as the year (``2011``) and "dans 7 jours"
    as the day; Duckling and Recognizers place the instant finer ("2011-02", "2013-02-19T04",
    "2014-11-07"). Our value is then a strict prefix of the suite's: a convention, as
    "dans une heure" is at the hour (see `_judge`).
    """
    wanted = [str(c.get("iso") or c.get("value") or "") for c in (exp or {}).get("candidates", [])]
    wanted += [str((exp or {}).get("timex") or "")]
    for d in article.dates:
        if not d.value or not d.rule.startswith("offset_"):
            continue
        if any(w.startswith(d.value) and len(w) > len(d.value) for w in wanted if w):
            return True
    return False


def _floating_holiday(exp: dict[str, Any] | None, article: Any) -> bool:
    """Whether the suite dates a holiday by another country's calendar.

    Recognizers gives the United States' floating days ("fête des mères" = the second
    Sunday of May, ``XXXX-05-WXX-7-2``; "fête du travail" the first Monday of September;
    "action de grâce" the fourth Thursday of November). c5facts dates a holiday by the
    French calendar (last Sunday of May, 1 May) and Canada's for Thanksgiving in French
    (second Monday of October): a holiday of ours against a floating day of the suite is a
    convention.
    """
    timex = str((exp or {}).get("timex") or "")
    if not re.fullmatch(r"(XXXX|\d{4})-\d{2}-WXX-\d-\d", timex):
        return False
    return any(d.rule == "holiday" and d.value for d in article.dates)


def _ours(article: Any) -> list[str]:
    # Vague TimeML values ("PXM", "FUTURE_REF") place nothing: left out, as `c5facts eval`
    # leaves them out, so that a suite's "no date" for "pendant des mois" still agrees.
    return [d.value for d in article.dates if d.value and not vague_value(d.value)]


def _mods(article: Any) -> dict[str, str | None]:
    return {d.value: d.mod for d in article.dates if d.value}


# TIMEX3 seasons as the astronomical ones (the suites' solstice and equinox days differ
# by a day or two from year to year): first and last (month, day).
_SEASONS = {
    "SP": ((3, 20), (6, 20)),
    "SU": ((6, 21), (9, 22)),
    "FA": ((9, 23), (12, 20)),
    "WI": ((12, 21), (3, 19)),
}
SEASON_SLACK = 3  # days


def season_span(value: str) -> tuple[date, date] | None:
    """First and last day of a TIMEX3 season ("2013-SU"; winter runs into the next year)."""
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if not m:
        return None
    year = int(m[1])
    (m1, d1), (m2, d2) = _SEASONS[m[2]]
    return date(year, m1, d1), date(year + (m[2] == "WI"), m2, d2)


def _interval_agrees(value: str, spans: set[tuple[date, date]], exclusive: bool | None) -> bool:
    """Whether our value covers one expected (start, end) (see module doc on the end)."""
    season = season_span(value)
    if season is not None:
        slack = SEASON_SLACK
        return any(
            abs((a - season[0]).days) <= slack and abs((b - season[1]).days) <= slack + 1
            for a, b in spans
        )
    s = span_of(value)
    if s is None:
        return False
    if exclusive:  # Duckling: the end is the day after the last day
        return (s[0], s[1] + timedelta(days=1)) in spans
    ends = {s[1], s[1] + timedelta(days=1)}
    if "/" in value:  # a range: Recognizers ends it on its right end's first day
        right = span_of(value.split("/", 1)[1])
        if right:
            ends.add(right[0])
    return any((s[0], e) in spans for e in ends)


def _contains(ours: list[str], mods: dict[str, str | None], spans: set[tuple[date, date]]) -> bool:
    """An edge with a mod ("fin mars" -> 2013-03 END) enclosing the expected days."""
    for v in ours:
        s = span_of(v)
        if s and mods.get(v) and any(s[0] <= a and b <= s[1] + timedelta(days=1) for a, b in spans):
            return True
    return False


def _same_length(
    ours: list[str], spans: set[tuple[date, date]], lengths: tuple[float, ...] = ()
) -> bool:
    """A duration as long as the expected interval ("les 3 derniers mois" -> P3M), or as
    one of `lengths` in seconds (within a minute)."""
    for v in ours:
        seconds = duration_seconds(v) if v.startswith("P") else None
        if seconds is None:
            continue
        if any(abs(seconds - n) < 60 for n in lengths):
            return True
        days = seconds / 86400
        if any(abs((b - a).days - days) <= max(1.0, days * 0.1) for a, b in spans):
            return True
    return False


def _seconds_from(now: datetime, cands: list[dict[str, Any]]) -> tuple[float, ...]:
    """How far each candidate instant is from the reference time, in seconds."""
    out = []
    for c in cands:
        try:
            when = datetime.fromisoformat(c["value"][:19])
        except (KeyError, ValueError):
            continue
        out.append(abs((when - now.replace(tzinfo=None)).total_seconds()))
    return tuple(out)


def _judge(
    exp: dict[str, Any] | None,
    ours: list[str],
    ref: date,
    mods: dict[str, str | None] | None = None,
    now: datetime | None = None,
) -> str:
    """agree | convention | differ (`now`: the reference time, when the case gives one)."""
    mods = mods or {}
    if exp is None or "kind" not in exp:
        return "agree" if not ours else "differ"
    kind = exp["kind"]
    if kind == "duration":
        length = duration_seconds(exp["iso8601"]) if exp.get("iso8601") else None
        if length is None:
            length = exp.get("seconds")
        if length is None:
            return "out"
        got = [duration_seconds(v) for v in ours if v.startswith("P")]
        return "agree" if any(g is not None and abs(g - length) < 1 for g in got) else "differ"
    cands = exp.get("candidates", [])
    if kind == "time_of_day":
        times = {c["value"][1:6] for c in cands}
        if any("T" in v and v.split("T")[1][:5] in times for v in ours):
            return "agree"
        hours = {int(t[:2]) for t in times if t[:2].isdigit()}
        parts = {v.split("T")[1][:2] for v in ours if "T" in v and mods.get(v)}
        if any(hours & _PART_HOURS.get(p, set()) for p in parts):
            return "convention"  # "en milieu de matinée": TMO MID, where the suite says T10
        return "differ"
    if kind == "interval":
        timex, want_mod = exp.get("timex"), exp.get("mod")
        for v in ours:
            if timex and v == timex and (mods.get(v) or "").lower() == (want_mod or ""):
                return "agree"
        spans = {
            (date.fromisoformat(c["start"][:10]), date.fromisoformat(c["end"][:10]))
            for c in cands
            if c.get("start") and c.get("end")
        }
        if not spans:
            return "out"
        if any(_interval_agrees(v, spans, exp.get("end_exclusive")) for v in ours):
            return "agree"
        if _contains(ours, mods, spans) or _same_length(ours, spans):
            return "convention"
        return _convention(ours, sorted(a for a, _ in spans), ref)
    grain = exp.get("grain")
    want_iso = {c.get("iso") or c["value"][:10] for c in cands}
    if grain in ("hour", "minute"):
        want = {c["value"][:16] for c in cands}
        if any(v[:16] in want or v in want_iso for v in ours if "T" in v):
            return "agree"
        if any(
            re.fullmatch(r"[\d-]+T\d{2}", v) and any(w.startswith(v) for w in want) for v in ours
        ):
            return "convention"  # "dans une heure": our hour (TimeML), Duckling's minute
        if now is not None and _same_length(
            [v for v in ours if v.startswith("PT")], set(), _seconds_from(now, cands)
        ):
            return "convention"  # "moins de 21 minutes": a length, counted from the reference
    if grain == "week":
        if any(v in want_iso for v in ours):
            return "agree"
        for v in ours:
            s = span_of(v)
            if s and any(w.startswith(s[0].isoformat()) for w in want_iso):
                return "agree"
    if grain in ("month", "year") and any(v.split("T")[0] in want_iso for v in ours):
        return "agree"
    if grain in ("day", "hour", "minute") and any(v.split("T")[0] in want_iso for v in ours):
        return "agree" if grain == "day" else "convention_time"
    if grain in ("hour", "minute") and _next_day_time(ours, cands):
        return "convention"  # "3 heures du matin": Duckling's next one, ours the reference day's
    days = []
    for w in want_iso:
        s = span_of(w)
        if s:
            days.append(s[0])
    lengths = [v for v in ours if v.startswith("P") and "T" not in v]  # no hours: no clock
    if grain not in ("hour", "minute") and _same_length(
        lengths, {(min(ref, d), max(ref, d)) for d in days}
    ):
        return "convention"  # "deux jours plus tard": a DURATION, where the suite counts it
    return _convention(ours, days, ref)


def _next_day_time(ours: list[str], cands: list[dict[str, Any]]) -> bool:
    """Our time of day is the expected clock time one day before (Duckling reads a time
    alone forward, as it reads a bare date; c5facts puts it on the reference day)."""
    for v in ours:
        if "T" not in v or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.split("T")[0]):
            continue
        day, clock = v.split("T", 1)
        for c in cands:
            want = c["value"][:16]
            after = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
            if want.startswith(after) and want[11:16].startswith(clock[:5]):
                return True
    return False


def _convention(ours: list[str], wanted: list[date], ref: date) -> str:
    """A miss is a convention case when ours is the other occurrence (see module doc)."""
    for v in ours:
        s = span_of(v)
        if s is None:
            continue
        for w in wanted:
            gap = abs((s[0] - w).days)
            other_side = (s[0] <= ref) != (w <= ref)
            if not other_side:
                continue
            if gap in (7, 14) or 360 <= gap <= 366 or 28 <= gap <= 31:
                return "convention"
            # the same day a year away inside our period ("mi-décembre": 2012-12 MID)
            if any(s[0] <= _year_away(w, k) <= s[1] for k in (-1, 1)):
                return "convention"
            # "jeudi 15": the Thursday the 15th on the other side of the reference
            if s[0] == s[1] and (s[0].day, s[0].weekday()) == (w.day, w.weekday()):
                return "convention"
    return "differ"


def _year_away(day: date, years: int) -> date:
    """`day` moved by whole years (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def cases(shared: Path, source: str, name: str) -> Iterator[dict[str, Any]]:
    """The cases of one suite file."""
    path = shared / "cases" / source / f"{name}.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def run_suite(extractor: Extractor, shared: Path, source: str, name: str) -> SuiteScore:
    """Score one suite (see module doc)."""
    score = SuiteScore(f"{source}/{name}")
    for case in cases(shared, source, name):
        exp = case.get("expected")
        if source == "duckling" and name == "duration" and exp is not None:
            exp = {"kind": "duration", "iso8601": exp["iso8601"], "seconds": exp["seconds"]}
        if not in_scope(exp) or (source == "recognizers" and exp is None):
            # A Recognizers parser suite's null says only that this parser (periods, dates)
            # reads nothing there; "dans deux semaines" is still a date another one reads.
            score.out_of_scope += 1
            continue
        when = (case.get("context") or {}).get("reference_time")
        # the case's reference time (its clock as written) places "il y a deux heures"
        now = datetime.fromisoformat(when[:19]) if when and "T" in when else None
        ref = date.fromisoformat(when[:10]) if when else NO_REFERENCE
        article = extractor.extract(case["text"], reference_date=now or ref)
        ours = _ours(article)
        verdict = _judge(exp, ours, ref, _mods(article), now)
        if verdict == "convention_time":
            verdict = "differ"
        if verdict == "out":
            score.out_of_scope += 1
            continue
        if verdict == "agree":
            score.agree += 1
        elif verdict == "convention":
            score.convention += 1
        elif _vague_length(exp, article):
            score.convention += 1  # "quelques jours": TimeML's PXD where the suite counts 2
        elif _offset_precision(exp, article):
            score.convention += 1  # "il y a deux ans": TimeML's year, the suite's month
        elif _floating_holiday(exp, article):
            score.convention += 1  # "fête des mères": France's last Sunday of May, not the US's
        elif not ours and numbers_only(case["text"]):
            score.numbers += 1  # "à 19", "le 16": no date from plain numbers, by design
        else:
            score.differ += 1
            want = (exp or {}).get("timex") or (exp or {}).get("iso8601") or exp
            score.misses.append(f"{case['text']!r}: {ours} want {want}")
    return score


def table(scores: list[SuiteScore]) -> str:
    """The per-suite accuracy table."""
    lines = [f"{'suite':34} {'acc':>6} {'agree':>6} {'diff':>5} {'conv':>5} {'num':>5} {'out':>5}"]
    for s in scores:
        lines.append(
            f"{s.name:34} {s.accuracy:6.3f} {s.agree:6d} {s.differ:5d} "
            f"{s.convention:5d} {s.numbers:5d} {s.out_of_scope:5d}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    shared_dir = Path(__file__).resolve().parent.parent.parent / "shared"
    ex = Extractor()
    results = [run_suite(ex, shared_dir, src, nm) for src, nm in SUITES]
    wanted_suite = sys.argv[1] if len(sys.argv) > 1 else None
    for res in results:
        if wanted_suite and wanted_suite not in res.name:
            continue
        print(f"== {res.name}")
        for miss in res.misses:
            print("  ", miss)
    print(table(results))
