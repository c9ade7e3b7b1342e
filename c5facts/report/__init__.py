"""HTML report of extracted facts: one self-contained page (inline CSS, no script, no network).

The renderer works on records in their `c5facts/1` JSON form (`Article.to_dict()`) plus the
original article text, so a report can be made right after extraction or later from a JSONL
file. It never imports spaCy and nothing in the extraction path imports it.

Modules, one job each:

- `page`: the page itself (`render_report`): article sections, index, inlined CSS.
- `highlights`: fact mentions collected from a record and marked in the article text.
- `panels`: people, countries and money tables; `timeline`: the dates panel.
- `money`: amounts parsed once, implied exchange rates and their outliers.
- `messages_fr`: record warnings and error reasons in French.
- `extracting`: `report ARTICLES` extraction, through the batch code, texts kept.
- `format_fr`: French forms of numbers, amounts, rates, money and dates; flags.
- `markup`: shared HTML pieces (card tables, links); `fields`: defensive record reading.
- `inputs`: records of a JSONL file paired back with their texts (`load_jsonl_items`).
"""

from c5facts.report.inputs import load_jsonl_items
from c5facts.report.page import render_report

__all__ = ["load_jsonl_items", "render_report"]
