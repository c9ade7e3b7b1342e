"""Relation panels of an article: its organisations, its quotes by speaker, its deals.

Records read from an older JSONL file have no `organisations`, `quotes` or `deals`: the
panels then say there is nothing, as for any other empty fact type.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from c5facts.report.fields import items_of, text_of
from c5facts.report.format_fr import format_date_fr, format_money_fr
from c5facts.report.highlights import SPEAKER_VIA_FR
from c5facts.report.markup import (
    country_cell,
    empty,
    first_link,
    first_refs,
    flag,
    name_cell,
    table,
)
from c5facts.report.money import to_decimal

# Direct or indirect speech (`kind` of a quote), in French.
QUOTE_KINDS_FR = {"direct": "discours direct", "indirect": "discours indirect"}
UNKNOWN_SPEAKER = "Locuteur non indiqué"


def organisations_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    """Table of the record's organisations: name and aliases, country, heads, mentions.

    Args:
        record: the record in its JSON form.
        prefix: the article section's id, start of every mention id.
        linked: ids of the mentions highlighted in the text.

    Returns:
        The panel's HTML.

    >>> "Banque centrale" in organisations_panel({"organisations": [
    ...     {"name": "Banque centrale", "aliases": ["BC"], "mentions": 2}]}, "a", set())
    True
    """
    organisations = items_of(record, "organisations")
    if not organisations:
        return empty("Aucune organisation détectée.")
    rows = [
        [
            name_cell(ref, org, linked),
            country_cell(text_of(org.get("country"))),
            html.escape(", ".join(text_of(h) for h in org.get("heads") or []) or "—"),
            html.escape(text_of(org.get("mentions"))),
        ]
        for ref, org in first_refs(organisations, prefix, "o")
    ]
    head = [("Nom", False), ("Pays", False), ("Désignée comme", False), ("Mentions", True)]
    return table("Organisations", head, rows)


def _how(quote: Mapping[str, Any]) -> str:
    # "pronom · a-t-il ajouté · discours direct": how the speaker was found, the verb, kind.
    via = text_of(quote.get("speaker_via"))
    kind = text_of(quote.get("kind"))
    parts = [
        SPEAKER_VIA_FR.get(via, via) if via else "",
        text_of(quote.get("verb")),
        QUOTE_KINDS_FR.get(kind, kind),
    ]
    return " · ".join(p for p in parts if p) or "—"


def quotes_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    """The record's quotes grouped by speaker (in order of first quote; unknown speaker last).

    Each quote's text links to its mark in the article text (`{prefix}-q{n}`).

    Args:
        record: the record in its JSON form.
        prefix: the article section's id, start of every mention id.
        linked: ids of the mentions highlighted in the text.

    Returns:
        The panel's HTML: one row per quote (speaker, how the speaker was found, the text).

    >>> page = quotes_panel({"quotes": [{"text": "a", "speaker": None},
    ...     {"text": "b", "speaker": "X"}, {"text": "c", "speaker": None}]}, "a", set())
    >>> [page.index(t) for t in ("<q>b", "<q>a", "<q>c")] == sorted(
    ...     page.index(t) for t in ("<q>b", "<q>a", "<q>c"))
    True
    """
    quotes = items_of(record, "quotes")
    if not quotes:
        return empty("Aucune citation détectée.")
    groups: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}
    for n, quote in enumerate(quotes):
        groups.setdefault(text_of(quote.get("speaker")), []).append((n, quote))
    order = [s for s in groups if s] + ([""] if "" in groups else [])
    rows = []
    for speaker in order:
        for k, (n, quote) in enumerate(groups[speaker]):
            who = html.escape(speaker or UNKNOWN_SPEAKER)
            if k == 0 and len(groups[speaker]) > 1:
                who += f' <span class="small">({len(groups[speaker])} citations)</span>'
            rows.append(
                [
                    who,
                    html.escape(_how(quote)),
                    f"<q>{first_link(f'{prefix}-q{n}', text_of(quote.get('text')), linked)}</q>",
                ]
            )
    return table(
        "Citations", [("Locuteur", False), ("Identifié par", False), ("Citation", False)], rows
    )


def party_html(party: Any) -> str:
    """A deal party as HTML: its name, and for a country its flag and ISO code; "—" if none.

    >>> party_html({"name": "France", "type": "country", "code": "FR"})[-11:]
    'France (FR)'
    >>> party_html(None), party_html({"name": "<Acme>", "type": "organisation"})
    ('—', '&lt;Acme&gt;')
    """
    if not isinstance(party, Mapping) or not text_of(party.get("name")):
        return "—"
    name = html.escape(text_of(party.get("name")))
    code = text_of(party.get("code"))
    if code:
        return f"{flag(code)}{name} ({html.escape(code)})"
    return name


def _money(item: Any) -> str:
    # "1,1 milliard USD" for an amount object (the deal itself or its equivalent); "—".
    if not isinstance(item, Mapping):
        return "—"
    amount = to_decimal(item.get("amount"))
    if amount is None:
        return "—"
    return html.escape(
        format_money_fr(
            amount,
            text_of(item.get("currency")),
            item.get("qualifier") or None,
            to_decimal(item.get("amount_max")),
        )
    )


def deals_panel(record: Mapping[str, Any]) -> str:
    """Table of the record's deals: who pays, action, amount, equivalent, recipient, object, date.

    Args:
        record: the record in its JSON form.

    Returns:
        The panel's HTML.
    """
    deals = items_of(record, "deals")
    if not deals:
        return empty("Aucune transaction détectée.")
    rows = []
    for deal in deals:
        action = text_of(deal.get("action")) or "—"
        verb = text_of(deal.get("verb"))
        action_html = html.escape(action)
        if verb:
            action_html += f'<br><span class="small">{html.escape(verb)}</span>'
        written = text_of(deal.get("money_text"))
        amount = _money(deal)
        if written:
            amount = f'<span title="{html.escape(written)}">{amount}</span>'
        date = text_of(deal.get("date"))
        rows.append(
            [
                party_html(deal.get("payer")),
                action_html,
                amount,
                _money(deal.get("equivalent")),
                party_html(deal.get("recipient")),
                html.escape(text_of(deal.get("object")) or "—"),
                html.escape(format_date_fr(date)) if date else "—",
            ]
        )
    head = [
        ("Payeur", False),
        ("Action", False),
        ("Montant", False),
        ("Équivalent", False),
        ("Bénéficiaire", False),
        ("Objet", False),
        ("Date", False),
    ]
    return table("Transactions", head, rows)
