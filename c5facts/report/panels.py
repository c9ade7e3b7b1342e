"""Fact panels of an article: the people, countries and money tables beside its text.

Each panel links a fact's first mention (`{prefix}-p0`, `-c0`, `-m0`...) when it is
highlighted in the text; the ids are numbered as `collect_highlights` numbers them. The
dates panel is the timeline (`c5facts.report.timeline`).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from c5facts.report.fields import items_of, text_of
from c5facts.report.format_fr import (
    NBSP,
    exact_money,
    format_money_fr,
    format_number_fr,
    format_rate_fr,
)
from c5facts.report.markup import (
    country_cell,
    empty,
    first_link,
    first_refs,
    flag,
    name_cell,
    table,
)
from c5facts.report.money import RATE_TOLERANCE, MoneyView, rate_deviations, to_decimal


def people_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    """Table of the record's people: name (and aliases), roles, country, mention count.

    Args:
        record: the record in its JSON form.
        prefix: the article section's id, start of every mention id.
        linked: ids of the mentions highlighted in the text.

    Returns:
        The panel's HTML.
    """
    people = items_of(record, "people")
    if not people:
        return empty("Aucune personne détectée.")
    rows = [
        [
            name_cell(ref, person, linked),
            html.escape(", ".join(text_of(r) for r in person.get("roles") or []) or "—"),
            country_cell(text_of(person.get("country"))),
            html.escape(text_of(person.get("mentions"))),
        ]
        for ref, person in first_refs(people, prefix, "p")
    ]
    return table(
        "Personnes", [("Nom", False), ("Rôles", False), ("Pays", False), ("Mentions", True)], rows
    )


def countries_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    """Table of the record's countries: flag and name, code, forms met, mention count.

    Args:
        record: the record in its JSON form.
        prefix: the article section's id, start of every mention id.
        linked: ids of the mentions highlighted in the text.

    Returns:
        The panel's HTML.
    """
    countries = items_of(record, "countries")
    if not countries:
        return empty("Aucun pays détecté.")
    rows = []
    for ref, country in first_refs(countries, prefix, "c"):
        code = text_of(country.get("code"))
        forms = ", ".join(text_of(f) for f in country.get("forms") or [])
        rows.append(
            [
                flag(code) + first_link(ref, text_of(country.get("name")) or code, linked),
                html.escape(code),
                html.escape(forms) or "—",
                html.escape(text_of(country.get("mentions"))),
            ]
        )
    return table(
        "Pays", [("Pays", False), ("Code", False), ("Formes", False), ("Mentions", True)], rows
    )


def money_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    """Table of the record's amounts, equivalents, implied and reference rates, odd rates flagged.

    A row whose implied rate is more than `RATE_TOLERANCE` away from the article's median
    rate for the same currencies gets the `outlier` class and a warning.

    Args:
        record: the record in its JSON form.
        prefix: the article section's id, start of every mention id.
        linked: ids of the mentions highlighted in the text.

    Returns:
        The panel's HTML.
    """
    views = [MoneyView.of(item) for item in items_of(record, "money")]
    if not views:
        return empty("Aucun montant détecté.")
    deviations = rate_deviations(views)
    rows: list[list[str]] = []
    flagged: list[bool] = []
    for n, (view, gap) in enumerate(zip(views, deviations, strict=True)):
        ref = f"{prefix}-m{n}"
        amount = format_money_fr(view.amount, view.currency, view.qualifier, view.amount_max)
        if view.item.get("currency_assumed"):
            amount += " (devise supposée)"
        exact = exact_money(view.amount, view.currency, view.amount_max)
        if view.eq_amount is not None:
            equivalent = html.escape(
                format_money_fr(view.eq_amount, view.eq_currency, view.eq_qualifier)
            )
        else:
            equivalent = "—"
        rate = view.rate
        rate_html = (
            html.escape(f"{format_rate_fr(rate)} {view.eq_currency} par {view.currency}")
            if rate is not None
            else "—"
        )
        eq_item = view.item.get("equivalent")
        reference = (
            to_decimal(eq_item.get("reference_rate")) if isinstance(eq_item, Mapping) else None
        )
        if rate is not None and reference is not None:
            # The ECB rate of the article's week (money records of this version carry it).
            rate_html += html.escape(f" (BCE : {format_rate_fr(reference)})")
        outlier = gap is not None and abs(gap) > RATE_TOLERANCE
        if outlier and gap is not None:
            pct = ("+" if gap > 0 else "") + format_number_fr(gap * 100, 0)
            rate_html += (
                f' <span class="warn">⚠ écart de {html.escape(pct)}{NBSP}% '
                f"avec le taux médian de l'article</span>"
            )
        flagged.append(outlier)
        rows.append(
            [
                first_link(ref, text_of(view.item.get("text")), linked),
                f'<span title="{html.escape(exact)}">{html.escape(amount)}</span>',
                equivalent,
                rate_html,
            ]
        )
    return table(
        "Montants",
        [
            ("Texte", False),
            ("Montant", False),
            ("Équivalent", False),
            ("Taux implicite (référence BCE)", False),
        ],
        rows,
        flagged=flagged,
    )
