"""Lists of years and months: their middle items, and the year a list of months shares.

"en 2017, 2018 et 2019": every item a date; "en juillet et août 2018": every month's year;
"les années 1980 et 1990": every item a decade.

The patterns read the first item ("en 2017") and the last one after "et"/"ou" ("et
2019": `year_coord`, `month_coord`); an item between two commas, or between a comma and
that "et", is a date of the same kind when the walk from the last item back over ", X"
items reaches the end of a date: "en janvier, février et mars", "en 2010, 2012, 2014 et
2016". A number that does not reach a date stays a number ("En 2017, 2000 personnes et
2019 ...": no list from 2017, since "2000 personnes" is no item). A year written after
a list's last month is every month's (`share_list_year`). The numbers joined to a
decade are decades (`decade_items`: "les années 80 et 90", "les années 1970-1980").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from c5facts import spans
from c5facts.components.date_filters import plural_noun
from c5facts.components.date_found import F
from c5facts.matches import DateMatch, DateWord
from c5facts.normalise.dates.fields import read_fields
from c5facts.normalise.dates.vocab import YEAR_WORD, vocabulary

LABEL = "DATE"
# The rule of a list's last item -> the role of each item.
LIST_RULES = {"year_coord": "year", "month_coord": "month"}
MAX_ITEMS = 10  # items walked back from the last one
DECADE = "decade"
_DECADE_NUMBER = re.compile(r"^(?:1[0-9]|20)?[0-9]0$")  # "80", "1990" (the patterns' decade)
_DECADE_GLUE = frozenset([",", "et", "ou", "à", "-"])


def _is_item(text: str, role: str) -> bool:
    """Whether a token's text is an item of that role (a year, a month's name)."""
    if role == "year":
        return YEAR_WORD.match(text) is not None
    return text.lower() in vocabulary().months


def list_items(
    doc: Doc,
    kept: list[Span],
    rules: dict[tuple[int, int], F],
    make: Callable[[str, dict[int, str]], F],
) -> list[Span]:
    """`kept` with a span for each middle item of a list (see the module doc).

    Each new span is ", X", its comma read as the item's preposition (left out of the
    extent like any); `make` builds its match from the last item's rule and the roles.
    """
    ends = {s.end for s in kept}
    taken = {i for s in kept for i in range(s.start, s.end)}
    out = list(kept)
    for s in kept:
        role = LIST_RULES.get(rules[(s.start, s.end)].rule)
        if role is None:
            continue
        items: list[int] = []
        j = s.start - 1
        while len(items) < MAX_ITEMS and j >= 2 and j not in taken:
            if doc[j - 1].text != "," or not _is_item(doc[j].text, role):
                items = []
                break
            items.append(j)
            if j - 1 in ends:
                break  # the first item's date ends at this comma
            j -= 2
        else:
            items = []
        for j in items:
            span = Span(doc, j - 1, j + 1, label=LABEL)
            rules[(span.start, span.end)] = make(
                rules[(s.start, s.end)].rule,
                {
                    j - 1: "prep",
                    j: role,
                },
            )
            out.append(span)
    return sorted(out, key=lambda s: s.start)


def decade_items(
    doc: Doc,
    kept: list[Span],
    rules: dict[tuple[int, int], F],
    make: Callable[[str, dict[int, str]], F],
) -> list[Span]:
    """`kept` with every number joined to a decade read as a decade too.

    "dans les années 1980 et 1990": "1990" is the 1990s, not the year (the `year_coord`
    reading is replaced); "les années 80 et 90", "les années 70, 80 et 90", "les années
    1970-1980". Each new span is the link and the number, the link read as its
    preposition (left out of the extent).
    """
    at = {(s.start, s.end): s for s in kept}
    taken = {i for s in kept for i in range(s.start, s.end)}
    out = list(kept)
    for s in kept:
        if rules[(s.start, s.end)].rule != DECADE or not _DECADE_NUMBER.match(doc[s.end - 1].text):
            continue
        e = s.end
        for _ in range(MAX_ITEMS):
            if e + 1 >= len(doc) or doc[e].lower_ not in _DECADE_GLUE:
                break
            if not _DECADE_NUMBER.match(doc[e + 1].text):
                break
            if e + 2 < len(doc) and _counts(doc[e + 2]):
                break  # "les années 80 et 90 000 personnes": a count
            key = (e, e + 2)
            if key not in at and (e in taken or e + 1 in taken):
                break  # another date holds the number ("et 1990 euros" is no item)
            if key not in at:
                span = Span(doc, e, e + 2, label=LABEL)
                at[key] = span
                out.append(span)
            rules[key] = make(DECADE, {e: "prep", e + 1: DECADE})
            e += 2
    return sorted(out, key=lambda s: s.start)


def _counts(after: Token) -> bool:
    """Whether the word after a number makes it a count: a digit group, a plural noun."""
    return after.text.isdigit() or plural_noun(after)


_MONTH_LIST = frozenset(["month_prep", "month_coord"])
_LIST_GLUE = frozenset([",", "et", "ou"])


def share_list_year(doc: Doc, out: list[Span]) -> None:
    """The year after a list's last month is every month's: "en juillet et août 2018".

    Walks back from a coordinated month with a year over the months before it that have
    none, joined by "," / "et" / "ou" only, to the list's first month (its preposition),
    and adds the year to each one's match (a word without text, as a shared word of
    coordinated days).
    """
    for k, span in enumerate(out):
        match = span._.get(spans.DATES)
        year = next((w for w in match.words if w.role == "year"), None)
        if match.rule != "month_coord" or year is None:
            continue
        after = span.start
        for prev in reversed(out[:k]):
            before: DateMatch = prev._.get(spans.DATES)
            gap = doc[prev.end : after]
            if before.rule not in _MONTH_LIST or before.fields.year is not None:
                break
            if not all(t.lower_ in _LIST_GLUE for t in gap):
                break
            words = (*before.words, DateWord("year", year.form, ""))
            fields, end = read_fields(words)
            shared = DateMatch(
                rule=before.rule, tense=before.tense, words=words, fields=fields, end=end
            )
            prev._.set(spans.DATES, shared)
            if before.rule == "month_prep":
                break  # the list's first month
            after = prev.start
