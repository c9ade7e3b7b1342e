"""Date normalisation: matched French date expressions to TIMEX3 values (no spaCy).

Values follow TimeML TIMEX3: ``2025-11-06`` (day), ``2025-W44`` (week), ``2025-11``
(month), ``2024-Q2`` (quarter), ``2024-H1`` (half), ``1999-SP`` (season), ``2025`` (year),
``199`` (decade), ``P3Y`` (duration), ``A/B`` (range).

- `resolve.resolve(match, reference)`: a `DateMatch` to its value, one resolver per
  pattern family (dispatch on the pattern id);
- `fields.read_fields`: a match's values from its words' pattern roles (called once per
  match, by the dates component);
- `placement`: the candidate occurrences and the tense rule that picks one;
- `reference.find_reference_date` / `find_reference`: the publication date (and time)
  found in the article;
- `calendar_fields`, `counted`, `durations`, `ranges`, `clock`: the field resolvers by
  family; `holidays`: the day of a holiday from its vocabulary code;
- `phrases`, `points`, `compound`: the text grammar of date phrases, for the one family
  still read from its words (`edge_period`) and for phrases no pattern covers.
"""

from __future__ import annotations

from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.reference import find_reference, find_reference_date
from c5facts.normalise.dates.resolve import resolve

__all__ = ["ResolvedDate", "find_reference", "find_reference_date", "resolve"]
