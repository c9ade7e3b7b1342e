"""The middle items of a list of years or months: "en 2017, 2018 et 2019".

The patterns read the first item ("en 2017") and the last one after "et"/"ou" ("et
2019": `year_coord`, `month_coord`); an item between two commas, or between a comma and
that "et", is a date of the same kind when the walk from the last item back over ", X"
items reaches the end of a date: "en janvier, février et mars", "en 2010, 2012, 2014 et
2016". A number that does not reach a date stays a number ("En 2017, 2000 personnes et
2019 ...": no list from 2017, since "2000 personnes" is no item).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span

from c5facts.normalise.dates.vocab import vocabulary

F = TypeVar("F")
LABEL = "DATE"
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")  # as the YEAR macro of models/dates/patterns
# The rule of a list's last item -> the role of each item.
LIST_RULES = {"year_coord": "year", "month_coord": "month"}
MAX_ITEMS = 10  # items walked back from the last one


def _is_item(text: str, role: str) -> bool:
    """Whether a token's text is an item of that role (a year, a month's name)."""
    if role == "year":
        return YEAR.match(text) is not None
    return text.lower() in vocabulary().months


def list_items(
    doc: Doc,
    kept: list[Span],
    rules: dict[tuple[int, int], F],
    rule_of: Callable[[F], str],
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
        role = LIST_RULES.get(rule_of(rules[(s.start, s.end)]))
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
                rule_of(rules[(s.start, s.end)]),
                {
                    j - 1: "prep",
                    j: role,
                },
            )
            out.append(span)
    return sorted(out, key=lambda s: s.start)
