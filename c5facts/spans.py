"""Span keys and span extensions shared by c5facts's spaCy components.

Each component writes its mentions to `doc.spans[KEY]`; what it found and parsed
(roles, ISO code, tense, rule name...) goes in a typed, frozen match object on the span
(`c5facts.matches`), one extension per fact type (`span._.c5facts_money`), so that
spans of different types with the same offsets never share attributes. Records are
built from these spans in one place: `c5facts.extract`.
"""

from __future__ import annotations

from spacy.tokens import Span

PEOPLE = "c5facts_people"
COUNTRIES = "c5facts_countries"
MONEY = "c5facts_money"
DATES = "c5facts_dates"

for _key in (PEOPLE, COUNTRIES, MONEY, DATES):
    if not Span.has_extension(_key):
        # Default None: components set a fresh match per span (no shared mutable default).
        Span.set_extension(_key, default=None)

# Relations (issue 17): organisations, quotes and deals.
ORGANISATIONS = "c5facts_organisations"
QUOTES = "c5facts_quotes"
DEALS = "c5facts_deals"

for _key in (ORGANISATIONS, QUOTES, DEALS):
    if not Span.has_extension(_key):
        Span.set_extension(_key, default=None)
