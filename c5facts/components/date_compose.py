"""Day + time composition: a time of day written beside a day makes one TIMEX3 TIME.

The dates grammar matches a day ("mardi", "le 2 mars", "demain", "21/04/2016") and a
time of day ("à 10 h 15", "vers 18 heures", "dans la soirée") as separate spans; when
they stand side by side in one phrase (nothing between them but a comma, "à" or "vers";
a "de"/"du" after a part of the day: "dans la soirée de mardi"), they are one
expression: one span, the rule of the day (whose resolver completes the day with the
time's fields), the roles of both. "mardi à 10 h 15" -> ``2025-11-04T10:15``; "à 14h30
mardi" -> the same; "mardi dans la soirée" -> ``2025-11-04TEV``; "à trois heures et quart
cet après-midi" -> ``T15:15`` of the reference day. A set of days and its time are
one SET: "tous les jours à 20h" -> ``XXXX-XX-XXT20:00``, "chaque lundi à 9 heures" ->
``XXXX-WXX-1T09:00`` (not a time of the reference day).

Also here: a bare "midi" / "minuit" (no preposition) is a time only where it is not a
noun ("le Midi", "la pause de midi", "Midi Libre"); an hour written in digits and
followed by "de" and a noun is a length, not a clock time ("après 1h30 de débat", "3h de
route": ``PT1H30M``, ``PT3H``), as "deux heures de route" is; after "à" it stays a time
("parti à 18h de l'aéroport").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span

from c5facts.components.date_filters import fold
from c5facts.components.date_found import F, Found
from c5facts.components.date_half_day import half_day_tails
from c5facts.normalise.dates.vocab import vocabulary

# Rules whose resolver places a day and completes it with a time's fields
# (calendar_fields.time_suffix): the day of a composition.
DAY_RULES = frozenset(
    [
        "day_month_year",
        "day_sept_year",
        "day_month_year_time",
        "day_month_year2",
        "month_day_year",
        "numeric_date",
        "numeric_date_short",
        "iso_date",
        "weekday",
        "weekday_time",
        "weekday_day",
        "weekday_week",
        "weekday_en_huit",
        "relative_day",
        "relative_day_time",
        "veille",  # "le lendemain à 8 heures"
        "day_alone",
        "part_today",  # "ce soir", "cet après-midi": the reference day's part
        "night_of",  # "dans la nuit de samedi à dimanche, vers 3 heures"
    ]
)
# Sets that a time of day completes: "tous les jours à 20h", "chaque lundi à 9 heures".
SET_RULES = frozenset(["set_each", "set_every"])
# Rules of a time of day or a part of a day without a day of its own.
TIME_RULES = frozenset(["time", "part_edge", "part_of_day", "range_hours"])
# Rules kept only when composed: "le 16" is a date only beside a time ("le 16 à 18h");
# "au matin", "au soir" only beside a day ("le 5 novembre au soir"); "le matin du 11" is
# a bare part (`part_edge`) held the same way by its filter.
HELD_RULES = frozenset(["day_alone", "part_of_day"])
# Rules that the context filters drop because a day stands beside them ("mardi, dans la
# soirée"): kept for composition, dropped again when no day joins them.
DAY_HELD_RULES = frozenset(["part_edge", "part_today"])
# "vendredi, peu avant 22 heures", "le 16, plutôt vers 18h", "mardi tard dans la soirée"
_GAP = frozenset([",", "à", "vers", "peu", "juste", "plutôt", "tard", "tôt"])
# Before the first hour of a range after its day: "lundi de 9h à 18h", "mardi entre...".
_RANGE_OPEN = frozenset(["de", "entre"])
# Before the second hour of that range: "à 18h", "et 16h".
_RANGE_TO = frozenset(["à", "et", "-", "jusqu'à", "au"])
# After a part of the day alone: "dans la soirée de mardi", "en fin de matinée du 4".
_OF = frozenset(["de", "du", "d'"])
_CLOSING_MARKS = frozenset(['"', "»", "”"])  # a quotation ending on the hour
_HOUR_ROLES = frozenset(["time", "hour"])
_PART_ROLES = frozenset(["part", "ampm"])
# Words before "midi"/"minuit" that make it a noun: "le Midi", "la pause de midi".
_NOUN_BEFORE = frozenset(
    ["le", "la", "l'", "les", "du", "au", "aux", "de", "d'", "des", "un", "en", "dans", "ce"]
)
_CLOCK_NOUNS = frozenset(["midi", "minuit"])


def bare_clock_ok(doc: Doc, span: Span) -> bool:
    """Whether a span that starts with a bare "midi"/"minuit" reads as a time of day."""
    first = span[0]
    if first.lower_ not in _CLOCK_NOUNS:
        return True
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if first.text != first.lower_ and (
        not first.is_sent_start or (nxt is not None and nxt.is_title)
    ):
        return False  # "Midi Libre", "le canal du Midi"
    return first.i == 0 or fold(doc[first.i - 1]) not in _NOUN_BEFORE


def compose_times(
    doc: Doc,
    kept: list[Span],
    found: Mapping[tuple[int, int], F],
    held: set[tuple[int, int]],
    make: Callable[[str, dict[int, str]], F],
    alone: Callable[[Span, F], F | None] = lambda span, match: None,
) -> tuple[list[Span], dict[tuple[int, int], F]]:
    """Merge each day with the time of day beside it (see the module doc).

    `kept` are the spans in text order, `found` their matches by (start, end); `held`
    the spans kept only for composition (dropped when nothing joins them, unless `alone`
    gives the match they stand for by themselves: "le 15," a day of the story). Returns the
    spans and the matches of the merged spans (by their new (start, end)), and of the
    hours read as lengths ("1h30 de débat").
    """
    # "le 3 novembre à 8 heures du soir": the match ends on its hour; take its half-day.
    kept, tails = half_day_tails(doc, sorted(kept, key=lambda s: s.start), found, make)
    found = {**found, **tails}
    out: list[Span] = []
    added: dict[tuple[int, int], F] = dict(tails)
    current: tuple[Span, F, bool] | None = None  # span, match, merged
    for span in kept:
        match = found[(span.start, span.end)]
        if _hours_of_something(doc, span, match):
            # "1h30 de débat": a length; it joins no day
            if current is not None:
                _emit(current, held, out, added, alone)
                current = None
            out.append(span)
            added[(span.start, span.end)] = make(LENGTH_RULE, match.roles)
            continue
        if current is not None:
            merged = _merge(doc, current[0], current[1], span, match, make)
            if merged is not None:
                current = (merged[0], merged[1], True)
                continue
            _emit(current, held, out, added, alone)
        current = (span, match, False)
    if current is not None:
        _emit(current, held, out, added, alone)
    return out, added


def _emit(
    current: tuple[Span, F, bool],
    held: set[tuple[int, int]],
    out: list[Span],
    added: dict[tuple[int, int], F],
    alone: Callable[[Span, F], F | None],
) -> None:
    span, match, merged = current
    if merged:
        out.append(span)
        added[(span.start, span.end)] = match
    elif (span.start, span.end) not in held:
        out.append(span)
    elif (standing := alone(span, match)) is not None:
        out.append(span)
        added[(span.start, span.end)] = standing


def _merge(
    doc: Doc, a: Span, fa: F, b: Span, fb: F, make: Callable[[str, dict[int, str]], F]
) -> tuple[Span, F] | None:
    """The one span of a day and a time side by side, or None when they do not compose."""
    if fa.rule in SET_RULES or fb.rule in SET_RULES:
        return _merge_set(doc, a, fa, b, fb, make)
    known = DAY_RULES | TIME_RULES
    if fa.rule not in known or fb.rule not in known:
        return None
    day_a, day_b = fa.rule in DAY_RULES, fb.rule in DAY_RULES
    hour_a, hour_b = _has(fa, a, _HOUR_ROLES), _has(fb, b, _HOUR_ROLES)
    part_a, part_b = _has(fa, a, _PART_ROLES), _has(fb, b, _PART_ROLES)
    gap = [fold(t) for t in doc[a.end : b.start] if not t.is_space]
    if any(t.is_sent_start for t in doc[a.end : b.end]):
        return None
    if day_a and hour_a and hour_b and not day_b and _range_end(doc, a, fa, b, gap):
        # "lundi 10 novembre de 9h à 18h": a range of times on that day; the connector
        # is the range's "to" and the second hour its end (`resolve.hours_range`).
        roles = {**fa.roles, **dict.fromkeys(range(a.end, b.end), ""), **fb.roles}
        joint = next(i for i in range(a.end, b.end) if fold(doc[i]) in _RANGE_TO)
        roles[joint] = "to"
        return Span(doc, a.start, b.end, label=a.label_), make(fa.rule, roles)
    # Two parts clash ("ce matin", "dans la soirée") unless one qualifies an hour.
    if (day_a and day_b) or (hour_a and hour_b) or (part_a and part_b and not (hour_a or hour_b)):
        return None
    if not (day_a or day_b or ((hour_a or hour_b) and (part_a or part_b))):
        return None
    # "dans la soirée de mardi"; "à 9 heures dans la soirée de mardi" (the part ends `a`)
    part_then_day = part_a and not day_a and day_b and (not hour_a or _ends_on_part(a, fa))
    if not _gap_ok(gap, part_then_day, day_a and hour_b):
        return None
    rule = fa.rule if day_a else fb.rule if day_b else "time"
    roles = {**fa.roles, **fb.roles}
    return Span(doc, a.start, b.end, label=a.label_), make(rule, roles)


def _merge_set(
    doc: Doc, a: Span, fa: F, b: Span, fb: F, make: Callable[[str, dict[int, str]], F]
) -> tuple[Span, F] | None:
    """A set of days and the time of day beside it: "tous les jours à 20h" (one SET).

    The set names days ("tous les jours", "chaque lundi", "tous les soirs"), the other
    span is a time alone ("à 8h", "dans la soirée"), with nothing but a comma between
    them, in either order; two parts of the day clash ("chaque matin dans la soirée").
    """
    (s, fs), (tm, ft) = ((a, fa), (b, fb)) if fa.rule in SET_RULES else ((b, fb), (a, fa))
    if ft.rule not in TIME_RULES or not _daily_set(s, fs):
        return None
    if _has(fs, s, _PART_ROLES) and not _has(ft, tm, _HOUR_ROLES):
        return None
    gap = [fold(t) for t in doc[a.end : b.start] if not t.is_space]
    if gap not in ([], [","]) or any(t.is_sent_start for t in doc[a.end : b.end]):
        return None
    roles = {**fa.roles, **fb.roles}
    if s is a and _has(fs, s, _HOUR_ROLES) and _has(ft, tm, _HOUR_ROLES):
        if gap or fold(b[0]) not in _RANGE_TO:
            return None  # "tous les jours à 8h, 20h": two times
        # "tous les mardis de 9 h à 12 h": the set's time is its first hour, the end
        # hour is read for nothing
        roles = {**fa.roles, **dict.fromkeys(range(b.start, b.end), "")}
    return Span(doc, a.start, b.end, label=a.label_), make(fs.rule, roles)


def _daily_set(span: Span, found: Found) -> bool:
    """Whether a set recurs on days: a weekday, a part of the day, or the day as its unit."""
    voc = vocabulary()
    for t in span:
        role = found.roles.get(t.i, "")
        if role in ("weekday", "part") or (role == "unit" and voc.units.get(t.lower_) == "1D"):
            return True
    return False


def _gap_ok(gap: list[str], part_then_day: bool, day_then_hour: bool) -> bool:
    """Whether the words between a day and its time let them be one expression.

    A quotation mark closing on the hour counts for nothing: '"dès 4h" mardi'.
    """
    if not day_then_hour and gap[:1] and gap[0] in _CLOSING_MARKS:
        gap = gap[1:]
    if len(gap) <= 2 and all(w in _GAP for w in gap):
        return True
    if len(gap) != 1:
        return False
    if part_then_day and gap[0] in _OF:
        return True  # "dans la soirée de mardi", "au matin du 5 novembre"
    return day_then_hour and gap[0] in _RANGE_OPEN  # "lundi de 9h à 18h"


def _range_end(doc: Doc, a: Span, fa: Found, b: Span, gap: list[str]) -> bool:
    """Whether `b` is the second hour of a range whose first hour ends `a`."""
    hours = [t.i for t in a if fa.roles.get(t.i, "") in _HOUR_ROLES]
    opener = hours[0] - 1 if hours else -1
    if opener < a.start or fold(doc[opener]) not in _RANGE_OPEN:
        return False
    first = gap[0] if gap else fold(b[0])
    return len(gap) <= 1 and first in _RANGE_TO


# The rule whose resolver reads an hour written as a clock as a length ("en 2h30").
LENGTH_RULE = "duration"
_DIGITS_HOUR = frozenset(["time", "hour", "minute"])
_DETS = frozenset(["le", "la", "l'", "les", "ce", "cet", "cette"])
# The only preposition before such a length ("après 20h de négociations"); after "à",
# "vers", "dès"... the hour is a time ("parti à 18h de l'aéroport").
_LENGTH_PREPS = frozenset(["après"])


def _hours_of_something(doc: Doc, span: Span, found: Found) -> bool:
    """Whether a clock time in digits is the length of what follows: "1h30 de débat".

    The time is written in digits with its hour mark ("3h", "1h30", "1 h 30"), nothing
    of a day with it, no preposition but "après" before it, and "de"/"d'" follows, then
    a word that names no date or part of the day ("20h de mardi" stays a time).
    """
    if found.rule != "time" or span.end + 1 >= len(doc):
        return False
    roles = [found.roles.get(t.i, "") for t in span]
    if any(r not in _DIGITS_HOUR and r not in ("prep", "") for r in roles):
        return False
    if any(r == "prep" and fold(t) not in _LENGTH_PREPS for t, r in zip(span, roles, strict=True)):
        return False  # "parti à 18h de l'aéroport": a time
    hours = [t for t, r in zip(span, roles, strict=True) if r in _DIGITS_HOUR]
    if not hours or not hours[0].text[:1].isdigit() or ":" in hours[0].text:
        return False  # "à deux heures de Paris" has its own duration pattern
    if fold(doc[span.end]) not in ("de", "d'"):
        return False
    k = span.end + 1
    if fold(doc[k]) in _DETS and k + 1 < len(doc):
        k += 1
    after = fold(doc[k])
    return after[:1].isalpha() and not _names_a_time(after)


def _names_a_time(word: str) -> bool:
    """Whether a word names a day, a month or a part of the day ("mardi", "soirée")."""
    voc = vocabulary()
    return (
        word in voc.weekdays
        or word in voc.months
        or word in voc.parts
        or word in voc.relative_days
        or word in _CLOCK_NOUNS
    )


def _ends_on_part(span: Span, found: Found) -> bool:
    """Whether a span ends on a part of the day: "à 9 heures dans la soirée"."""
    return found.roles.get(span.end - 1, "") in _PART_ROLES


def _has(found: Found, span: Span, roles: frozenset[str]) -> bool:
    return any(found.roles.get(t.i, "") in roles for t in span)
