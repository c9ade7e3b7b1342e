"""Span keys and span extensions shared by c5facts's spaCy components.

Each component writes its mentions to `doc.spans[KEY]`; the evidence it found
(roles, ISO code, tense, rule name...) goes in a plain dict on the span, one
extension per fact type (`span._.c5facts_money`), so that spans of different types
with the same offsets never share attributes. Records are built from these spans in
one place: `c5facts.extract`.
"""

from __future__ import annotations

from spacy.tokens import Span

PEOPLE = "c5facts_people"
COUNTRIES = "c5facts_countries"
MONEY = "c5facts_money"
DATES = "c5facts_dates"

for _key in (PEOPLE, COUNTRIES, MONEY, DATES):
    if not Span.has_extension(_key):
        # Default None: components set a fresh dict per span (no shared mutable default).
        Span.set_extension(_key, default=None)
