"""Highlights: every fact mention of a record, and the article text with them marked.

Highlights are `<mark>` elements carrying `data-type`, `data-value` (the normalised value),
`data-ref` (one id per fact mention) and a `title` for hover, followed by visually hidden text
for screen readers. Overlapping mentions are nested (the longer, outer one opens first); a
mention that crosses another one's end is split into several `<mark>` pieces sharing its
`data-ref`, so the article text itself is never altered.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from c5facts.report.fields import items_of, offsets_of, spans_of, text_of
from c5facts.report.format_fr import QUALIFIERS, exact_money, format_date_fr, machine_money
from c5facts.report.money import MoneyView

FACT_TYPES = ("person", "country", "money", "date")
# Relation facts marked in the text too (issue 17); not counted in the index.
RELATION_TYPES = ("organisation", "quote")
MARK_TYPES = FACT_TYPES + RELATION_TYPES
TYPE_LABELS = {
    "person": "personne",
    "country": "pays",
    "money": "montant",
    "date": "date",
    "organisation": "organisation",
    "quote": "citation",
}
TYPE_TITLES = {
    "person": "Personne",
    "country": "Pays",
    "money": "Montant",
    "date": "Date",
    "organisation": "Organisation",
    "quote": "Citation",
}
# How a quote's speaker was found (`speaker_via`), in French.
SPEAKER_VIA_FR = {
    "name": "nom",
    "pronoun": "pronom",
    "noun": "groupe nominal",
    "selon": "« selon »",
}
GRAINS = {
    "day": "jour",
    "week": "semaine",
    "month": "mois",
    "quarter": "trimestre",
    "half": "semestre",
    "season": "saison",
    "year": "année",
    "decade": "décennie",
    "century": "siècle",
    "duration": "durée",
    "time": "heure",
}
VIA = {"name": "nom", "demonym": "gentilé", "capital": "capitale"}


@dataclass(frozen=True, slots=True)
class Highlight:
    """One fact mention to mark in the article text.

    Attributes:
        start: offset of the mention's first character in the text.
        end: offset just past its last character.
        kind: fact type, one of `FACT_TYPES`.
        ref: id shared by every `<mark>` piece of this mention.
        value: normalised value, machine-readable (`data-value`).
        label: hover text (`title`).
        spoken: short normalised value read by screen readers.
    """

    start: int
    end: int
    kind: str
    ref: str
    value: str
    label: str
    spoken: str


def _person_label(person: Mapping[str, Any]) -> str:
    parts = [f"Personne : {text_of(person.get('name'))}"]
    roles = [text_of(r) for r in person.get("roles") or []]
    if roles:
        parts.append(", ".join(roles))
    if person.get("country"):
        parts.append(f"pays {text_of(person.get('country'))}")
    return " · ".join(parts)


def _country_label(country: Mapping[str, Any], form: str) -> str:
    code = text_of(country.get("code"))
    name = text_of(country.get("name")) or code
    label = f"Pays : {name} ({code}"
    if country.get("code3"):
        label += f", {text_of(country.get('code3'))}"
    label += ")"
    via = country.get("via")
    if isinstance(via, Mapping) and form in via:
        label += f" · par {VIA.get(text_of(via[form]), text_of(via[form]))}"
    return label


def _money_label(view: MoneyView) -> str:
    # Hover text: exact amount, qualifier and equivalent.
    qual = QUALIFIERS.get(view.qualifier or "", view.qualifier or "")
    text = f"Montant : {qual + ' ' if qual else ''}"
    text += exact_money(view.amount, view.currency, view.amount_max)
    if view.item.get("currency_assumed"):
        text += " (devise supposée)"
    if view.eq_amount is not None:
        text += f" · équivalent {exact_money(view.eq_amount, view.eq_currency)}"
    return text


def _date_label(item: Mapping[str, Any]) -> str:
    value = item.get("value")
    grain = text_of(item.get("grain"))
    label = f"Date : {text_of(value) if value else 'non résolue'}"
    details = [GRAINS.get(grain, grain)] if grain else []
    if item.get("kind") and item.get("kind") != "date":
        details.append(text_of(item.get("kind")))
    if item.get("offset"):
        details.append(f"décalage {text_of(item.get('offset'))}")
    if details:
        label += f" ({', '.join(details)})"
    return label


def _organisation_label(org: Mapping[str, Any]) -> str:
    parts = [f"Organisation : {text_of(org.get('name'))}"]
    if org.get("country"):
        parts.append(f"pays {text_of(org.get('country'))}")
    return " · ".join(parts)


def _quote_label(quote: Mapping[str, Any]) -> str:
    speaker = text_of(quote.get("speaker"))
    if not speaker:
        return "Citation : locuteur non indiqué"
    via = text_of(quote.get("speaker_via"))
    how = [SPEAKER_VIA_FR.get(via, via) if via else "", text_of(quote.get("verb"))]
    details = ", ".join(h for h in how if h)
    return f"Citation : {speaker}" + (f" (par {details})" if details else "")


def _relation_highlights(
    record: Mapping[str, Any], add: Callable[[str, int, int, int, str, str, str], None]
) -> None:
    # Organisation mentions and quotes, numbered per type like the other facts.
    n = 0
    for org in items_of(record, "organisations"):
        name = text_of(org.get("name"))
        for start, end in spans_of(org):
            add("organisation", n, start, end, name, _organisation_label(org), name)
            n += 1
    for k, quote in enumerate(items_of(record, "quotes")):
        offsets = offsets_of(quote)
        if offsets is not None:
            speaker = text_of(quote.get("speaker"))
            spoken = speaker or "locuteur non indiqué"
            add("quote", k, offsets[0], offsets[1], speaker, _quote_label(quote), spoken)


def collect_highlights(
    record: Mapping[str, Any], text: str, prefix: str
) -> tuple[list[Highlight], list[str]]:
    """Every mention of the record as a `Highlight`, plus notes on mentions that cannot be shown.

    Offsets outside the text are skipped with a note; a money or date mention whose recorded
    text differs from the text at its offsets is still marked, with a note (the text file was
    probably changed after extraction).

    Args:
        record: the record in its JSON form.
        text: the article text its offsets index into.
        prefix: start of every mention id (the article section's id).

    Returns:
        The highlights, and the notes in French for the page.
    """
    out: list[Highlight] = []
    notes: list[str] = []

    def add(kind: str, n: int, start: int, end: int, value: str, label: str, spoken: str) -> None:
        if not 0 <= start < end <= len(text):
            notes.append(
                f"Mention ({TYPE_LABELS[kind]}) « {spoken} » ignorée : "
                f"positions {start}–{end} hors du texte."
            )
            return
        out.append(Highlight(start, end, kind, f"{prefix}-{kind[0]}{n}", value, label, spoken))

    n = 0
    for person in items_of(record, "people"):
        name = text_of(person.get("name"))
        for start, end in spans_of(person):
            add("person", n, start, end, name, _person_label(person), name)
            n += 1
    n = 0
    for country in items_of(record, "countries"):
        code = text_of(country.get("code"))
        spoken = text_of(country.get("name")) or code
        for start, end in spans_of(country):
            form = text[start:end] if 0 <= start < end <= len(text) else ""
            add("country", n, start, end, code, _country_label(country, form), spoken)
            n += 1
    for kind, key in (("money", "money"), ("date", "dates")):
        for n, item in enumerate(items_of(record, key)):
            offsets = offsets_of(item)
            if offsets is None:
                notes.append(f"{TYPE_TITLES[kind]} « {text_of(item.get('text'))} » sans positions.")
                continue
            start, end = offsets
            if kind == "money":
                view = MoneyView.of(item)
                value = machine_money(view.amount, view.currency, view.amount_max)
                label = _money_label(view)
                spoken = exact_money(view.amount, view.currency, view.amount_max)
            else:
                value = text_of(item.get("value") or item.get("offset"))
                label = _date_label(item)
                spoken = format_date_fr(item.get("value") or None)
            recorded = text_of(item.get("text"))
            if recorded and 0 <= start < end <= len(text) and text[start:end] != recorded:
                notes.append(
                    f"{TYPE_TITLES[kind]} « {recorded} » : le texte aux positions {start}–{end} "
                    f"est « {text[start:end]} » (texte modifié depuis l'extraction ?)."
                )
            add(kind, n, start, end, value, label, spoken)
    _relation_highlights(record, add)
    return out, notes


def _open_mark(h: Highlight, *, first: bool) -> str:
    esc = html.escape
    attrs = [
        f'class="hl hl-{h.kind}"',
        f'data-type="{h.kind}"',
        f'data-value="{esc(h.value)}"',
        f'data-ref="{esc(h.ref)}"',
        f'data-start="{h.start}"',
        f'data-end="{h.end}"',
        f'title="{esc(h.label)}"',
    ]
    if first:
        attrs.insert(0, f'id="{esc(h.ref)}"')
    else:
        attrs.append('data-part="cont"')
    return f"<mark {' '.join(attrs)}>"


def _spoken(h: Highlight) -> str:
    return f'<span class="vh"> ({TYPE_LABELS[h.kind]} : {html.escape(h.spoken)})</span>'


def render_marked_text(text: str, highlights: Iterable[Highlight]) -> str:
    """HTML of `text` with each highlight as nested `<mark>` elements; all text escaped.

    At one start, longer highlights open first, so an outer mention contains the inner
    ones. A highlight still open when an enclosing one ends is closed and reopened as a
    continuation piece (same `data-ref`), which keeps the HTML well nested.

    >>> hs = [Highlight(0, 4, "date", "d0", "2025", "Date : 2025", "2025")]
    >>> render_marked_text("2025 <b>", hs).endswith("</span> &lt;b&gt;")
    True
    """
    order = {kind: i for i, kind in enumerate(MARK_TYPES)}
    pending = sorted(highlights, key=lambda h: (h.start, -h.end, order.get(h.kind, 9), h.ref))
    bounds = sorted({h.start for h in pending} | {h.end for h in pending})
    out: list[str] = []
    stack: list[Highlight] = []
    seen: set[str] = set()
    pos = 0
    i = 0
    for bound in bounds:
        out.append(html.escape(text[pos:bound]))
        pos = bound
        ending = [k for k, h in enumerate(stack) if h.end == bound]
        if ending:
            lowest = min(ending)
            reopen = [h for h in stack[lowest:] if h.end != bound]
            for h in reversed(stack[lowest:]):
                out.append("</mark>")
                if h.end == bound:
                    out.append(_spoken(h))
            del stack[lowest:]
            for h in reopen:
                out.append(_open_mark(h, first=False))
                stack.append(h)
        while i < len(pending) and pending[i].start == bound:
            h = pending[i]
            out.append(_open_mark(h, first=h.ref not in seen))
            seen.add(h.ref)
            stack.append(h)
            i += 1
    out.append(html.escape(text[pos:]))
    return "".join(out)
