"""A day, a month or a quarter without its year takes the year its sentence names before it.

"Il s'y est rendu à deux reprises en 2018, en mai et en août": a reader places both
months in 2018, where the tense alone would put "mai" in the paper's year. Two
constructions carry the year (`clause_years`):

- a list that details the year: from the year to the date, only commas and the words
  of a list ("en", "et", "puis", "ou", "au mois de"...), the date before it in the
  list having taken the year too ("en 2018, en mai et en août");
- a year that opens its sentence before a comma ("En 2018, le groupe a ouvert une usine
  en mars", "En 2016, les ventes ont chuté au troisième trimestre"): the sentence is told
  in that year, until a date of another kind ("hier", "mardi 3 mars") brings it back to
  the paper's time.

A year after "depuis", "dès", "jusqu'en", "avant", "après" is a limit, not the time of
the clause; a year inside a phrase that does not open the sentence ("Créée en 2016, la
start-up a levé 3 M€ en mars": background) carries nothing. A date with its own year,
weekday or direction word keeps its placement (`story_year.takes_year`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from c5facts.matches import DateMatch
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.story_year import in_year, takes_year

# The words a list of dates holds between its items ("en 2018, en mai et en août").
_LIST_GAP = re.compile(
    r"(?:[\s,]|\b(?:en|et|puis|ou|au|mois|de|d'|d’|du|dès|entre)\b)*", re.IGNORECASE
)
# What may come before a year that opens its sentence: "En 2018, ...", "Au cours de 2018, ..."
_OPENING = re.compile(r"\s*(?:en|au cours de|courant|pendant)?\s*", re.IGNORECASE)
_LIMITS = frozenset(["depuis", "dès", "jusqu'en", "jusqu'à", "avant", "après", "d'ici"])
_YEAR = re.compile(r"\d{4}")

Span = tuple[int, int]


def _clause_year(match: DateMatch, resolved: ResolvedDate | None) -> int | None:
    """The year a written bare year gives its clause, None for a limit or any other date."""
    if resolved is None or resolved.kind != "date" or not resolved.value:
        return None
    if not _YEAR.fullmatch(resolved.value) or not any(w.role == "year" for w in match.words):
        return None
    prep = (match.fields.prep or "").lower().replace("’", "'")
    return None if prep in _LIMITS else int(resolved.value)


_PART = re.compile(r"\d{4}-[QH][1-4]")


def _bare_part(match: DateMatch, resolved: ResolvedDate) -> bool:
    """A quarter or a half-year without its year ("au troisième trimestre")."""
    return (
        match.fields.year is None
        and resolved.value is not None
        and _PART.fullmatch(resolved.value) is not None
        and not any(w.role == "year" for w in match.words)
    )


def clause_years(
    text: str,
    spans: Sequence[Span],
    sentences: Sequence[int],
    matches: Sequence[DateMatch],
    values: Sequence[ResolvedDate | None],
) -> list[ResolvedDate | None]:
    """`values` with the days and months of a year's list or sentence moved to that year.

    `spans` are the matches' character offsets, `sentences` the start offset of each
    match's sentence (see the module doc).
    """
    out = list(values)
    fronted: tuple[int, int] | None = None  # (sentence start, year) of "En 2018, ..."
    listed: tuple[int, int] | None = None  # (end of the list so far, year)
    for k, (match, resolved) in enumerate(zip(matches, values, strict=True)):
        start, end = spans[k]
        if fronted is not None and fronted[0] != sentences[k]:
            fronted = None
        year = _clause_year(match, resolved)
        if year is not None:
            opens = _OPENING.fullmatch(text[sentences[k] : start]) is not None
            if opens and text[end : end + 1] == ",":
                fronted = (sentences[k], year)
            listed = (end, year)
            continue
        in_list = listed is not None and _LIST_GAP.fullmatch(text[listed[0] : start]) is not None
        if resolved is not None and (takes_year(match, resolved) or _bare_part(match, resolved)):
            if in_list and listed is not None:
                out[k] = in_year(resolved, listed[1])
                listed = (end, listed[1])
                continue
            if fronted is not None:
                out[k] = in_year(resolved, fronted[1])
        else:
            fronted = None  # "hier", "mardi 3 mars": the sentence leaves the year
        listed = None
    return out
