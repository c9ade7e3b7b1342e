"""The dates panel: each date placed on a timeline and relative to the reference date.

The days a TIMEX3 value covers come from `c5facts.normalise.timex.date_interval`, the one
place that answers "which days does 2024-Q2 cover"; durations and unresolved dates are
listed apart.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date
from typing import Any

from c5facts.normalise.timex import date_interval
from c5facts.report.fields import items_of, reference_of, text_of
from c5facts.report.format_fr import format_date_fr
from c5facts.report.markup import empty, first_link


def relative_fr(interval: tuple[date, date], reference: date) -> str:
    """Position of a date relative to the reference date: "il y a 3 jours", "dans 2 mois".

    >>> relative_fr((date(2025, 11, 3), date(2025, 11, 3)), date(2025, 11, 6))
    'il y a 3 jours'
    >>> relative_fr((date(2026, 3, 1), date(2026, 3, 31)), date(2025, 11, 6))
    'dans 4 mois'
    """
    start, end = interval
    if start <= reference <= end:
        return "jour de référence" if start == end else "contient la date de référence"
    if end < reference:
        return f"il y a {_duration_fr((reference - end).days)}"
    return f"dans {_duration_fr((start - reference).days)}"


def _duration_fr(days: int) -> str:
    # Days up to two months, then months up to two years, then years.
    if days < 60:
        return f"{days} jour{'s' if days > 1 else ''}"
    if days < 730:
        return f"{round(days / 30.44)} mois"
    years = round(days / 365.25)
    return f"{years} an{'s' if years > 1 else ''}"


def _pct(value: float) -> str:
    return f"{max(0.0, min(100.0, value)):.2f}%"


def dates_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    """Timeline of the record's dates (reference date drawn across), then the unplaced ones.

    Args:
        record: the record in its JSON form.
        prefix: the article section's id, start of every mention id (`{prefix}-d{n}`).
        linked: ids of the mentions highlighted in the text.

    Returns:
        The panel's HTML.
    """
    items = items_of(record, "dates")
    if not items:
        return empty("Aucune date détectée.")
    reference = reference_of(record)
    placed: list[tuple[tuple[date, date], int, Mapping[str, Any]]] = []
    unplaced: list[tuple[int, Mapping[str, Any]]] = []
    for n, item in enumerate(items):
        interval = date_interval(item.get("value") or None)
        if interval is None:
            unplaced.append((n, item))
        else:
            placed.append((interval, n, item))
    parts = []
    if placed:
        placed.sort(key=lambda p: (p[0], p[1]))
        lo = min([p[0][0] for p in placed] + ([reference] if reference else []))
        hi = max([p[0][1] for p in placed] + ([reference] if reference else []))
        total = (hi - lo).days + 1
        ref_html = ""
        if reference is not None:
            ref_pos = _pct(((reference - lo).days + 0.5) / total * 100)
            ref_html = f'<span class="ref" style="left:{ref_pos}"></span>'
        rows = []
        for (start, end), n, item in placed:
            left = _pct((start - lo).days / total * 100)
            width = _pct(((end - start).days + 1) / total * 100)
            value = text_of(item.get("value"))
            relation = f" — {relative_fr((start, end), reference)}" if reference else ""
            rows.append(
                f'<li><span><span class="when">{html.escape(format_date_fr(value))}</span>'
                f' <span class="small">({html.escape(value)}{html.escape(relation)})</span>'
                f" : {first_link(f'{prefix}-d{n}', text_of(item.get('text')), linked)}</span>"
                f'<span class="track" aria-hidden="true">'
                f'<span class="span" style="left:{left};width:{width}"></span>{ref_html}</span>'
                f"</li>"
            )
        caption = "Frise"
        if reference is not None:
            caption += f" (trait noir : date de référence, {format_date_fr(reference.isoformat())})"
        parts.append(f'<p class="small">{html.escape(caption)}</p>')
        parts.append(f'<ol class="timeline">{"".join(rows)}</ol>')
    if unplaced:
        rows = []
        for n, item in unplaced:
            value = text_of(item.get("value") or item.get("offset")) or "non résolue"
            rows.append(
                f"<li>{first_link(f'{prefix}-d{n}', text_of(item.get('text')), linked)}"
                f" : {html.escape(value)}</li>"
            )
        parts.append(f'<p class="small">Durées et dates non placées</p><ul>{"".join(rows)}</ul>')
    return "".join(parts)
