"""Typed, frozen match objects: what a component found, parsed once, attached to its span.

Each c5facts component writes spans to `doc.spans["c5facts_<type>"]` and puts one of these
objects on each span (`span._.c5facts_<type>`, see `c5facts.spans`). The normalisers take
these objects, never the span's text, and `c5facts.extract` only converts them to records.
Pure Python: no spaCy import, so normalisers and tests can build them directly.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------- money
# (MoneyMatch: written by the money component)

# ---------------------------------------------------------------------------- dates
# (DateMatch: written by the dates component)

# ---------------------------------------------------------------------------- countries
# (CountryMatch: written by the countries component)

# ---------------------------------------------------------------------------- people
# (PersonMatch: written by the people component)
