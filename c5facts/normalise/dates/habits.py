"""Dates of a yearly habit: a day or a month without its year beside "chaque année".

"Le festival a lieu chaque année en juillet": the month is the habit's, not the July
of the reference year. TimeML writes such a date with an unknown year, `XXXX-07`
("tous les ans le 21 juin" -> `XXXX-06-21`, "tous les étés en août" -> `XXXX-08`); it
stays a DATE (kind and grain kept), placed on no calendar.

`unanchor_habits` rewrites, after resolution, the dates that:

- are a day, a month or a season (or a range, or a day with its time) whose words write
  no year, no weekday, no holiday and no direction ("juillet dernier"), and no
  "depuis" (a start, not a habit);
- stand in the clause of a yearly set: a SET whose value counts years (`P1Y`, `P2Y`,
  "deux fois par an") or names a season (`XXXX-SU`, "chaque été"); a set of another
  unit ("chaque semaine", "tous les lundis") leaves the month beside it as it is ("tous
  les jours en juillet" may be this July's days);
- are reached from the set through short gaps (a gap before another such date counts
  from that date: "deux fois par an, en mars et en septembre"): no sentence or clause
  end (`. ! ? … ; :` or a line break), at most one comma, no word of vocabulary class
  `habit_break` (a conjunction or complementiser opening another clause: "mais",
  "sauf", "qu'"...), and at most `_GAP` characters.

A set led by a word of class `habit_like` ("comme chaque année") tells that this
year's occurrence is like the others: its dates keep their placement. A date before
the set must be in a present clause (or one without a verb): "Le 3 novembre, la
ministre a rappelé les victimes recensées chaque année" dates the statement.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from c5facts.matches import DateMatch
from c5facts.normalise.dates.accents import date_vocabulary
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import vocabulary

# A set that recurs once or more a year: "chaque année", "tous les deux ans", "chaque été".
_YEARLY = re.compile(r"P\d+(?:\.\d+)?Y|XXXX-(?:SP|SU|FA|AU|WI)")
_YEAR_OF = re.compile(r"(^|/)\d{4}(?=-)")  # the year of each end of a value
_CLAUSE_END = re.compile(r"[.!?…;:\n]")
_WORD = re.compile(r"[^\W\d_]+['’]?")
_GAP = 80  # characters: farther than that a date is no longer in the set's phrase
_GRAINS = frozenset(["day", "month", "season"])
_KINDS = frozenset(["date", "range", "time"])

Span = tuple[int, int]


@cache
def _words(cls: str) -> frozenset[str]:
    return frozenset(date_vocabulary().get(cls, {}))


def _folded(word: str) -> str:
    return word.lower().replace("’", "'")


def _yearly_set(resolved: ResolvedDate | None) -> bool:
    return (
        resolved is not None
        and resolved.kind == "set"
        and resolved.value is not None
        and _YEARLY.fullmatch(resolved.value) is not None
    )


def _unanchorable(match: DateMatch, resolved: ResolvedDate | None) -> bool:
    """A day, month or season placed by the resolver although its words write no year."""
    if resolved is None or resolved.value is None or resolved.kind not in _KINDS:
        return False
    if not _YEAR_OF.match(resolved.value) or "W" in resolved.value.split("T")[0]:
        return False  # a week's number belongs to its year ("la première semaine de juillet")
    if resolved.kind != "time" and resolved.grain not in _GRAINS:
        return False
    sides = [match.fields] + ([match.end] if match.end is not None else [])
    if any(f.year is not None or f.weekday is not None or f.holiday for f in sides):
        return False
    f = match.fields
    if f.mod in vocabulary().span_adjs or f.prep == "depuis" or f.days is not None:
        return False
    return any(s.month is not None or s.season is not None for s in sides)


def _joins(gap: str) -> bool:
    """Whether two facts with `gap` between them are in one clause (see module doc)."""
    if len(gap) > _GAP or gap.count(",") > 1 or _CLAUSE_END.search(gap):
        return False
    breaks = _words("habit_break")
    return not any(_folded(w) in breaks for w in _WORD.findall(gap))


def _led_by_like(text: str, start: int) -> bool:
    """Whether the set is led by "comme" ("comme chaque année": this year's, like others)."""
    before = _WORD.findall(text[max(0, start - 20) : start])
    return bool(before) and _folded(before[-1]) in _words("habit_like")


def habit_value(value: str) -> str:
    """The value with its year(s) unknown, as TimeML writes a date of a yearly habit.

    >>> habit_value("2025-07-14"), habit_value("2025-06-03/2025-06-09"), habit_value("2025-SU")
    ('XXXX-07-14', 'XXXX-06-03/XXXX-06-09', 'XXXX-SU')
    """
    return _YEAR_OF.sub(r"\1XXXX", value)


def unanchor_habits(
    text: str,
    spans: Sequence[Span],
    matches: Sequence[DateMatch],
    values: Sequence[ResolvedDate | None],
) -> list[ResolvedDate | None]:
    """The resolved dates, those of a yearly habit with their year unknown (module doc).

    `spans` are the (start, end) character offsets in `text` of the `matches`, in text
    order, and `values` their resolved values.
    """
    out = list(values)
    habit: set[int] = set()
    for s, resolved in enumerate(values):
        if not _yearly_set(resolved) or _led_by_like(text, spans[s][0]):
            continue
        for step in (1, -1):
            edge = s  # the last fact of the chain: the set, then each date taken
            j = s + step
            while 0 <= j < len(values):
                left, right = (edge, j) if step == 1 else (j, edge)
                if not _unanchorable(matches[j], values[j]):
                    break
                if not _joins(text[spans[left][1] : spans[right][0]]):
                    break
                if step == -1 and matches[j].tense not in (None, "present"):
                    break
                habit.add(j)
                edge, j = j, j + step
    for j in habit:
        resolved = out[j]
        if resolved is not None and resolved.value is not None:
            out[j] = dataclasses.replace(resolved, value=habit_value(resolved.value))
    return out
