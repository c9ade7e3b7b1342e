"""The report page: one section per article (text, notes, panels), an index, the frame.

The page is self-contained: its style sheet (`assets/report.css`, shipped inside the
package so it works from a wheel too) is inlined, and there is no script and no external
resource.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from c5facts.about import __version__
from c5facts.report.fields import items_of, text_of
from c5facts.report.highlights import (
    FACT_TYPES,
    MARK_TYPES,
    TYPE_TITLES,
    collect_highlights,
    render_marked_text,
)
from c5facts.report.markup import table
from c5facts.report.messages_fr import reason_fr, warning_html
from c5facts.report.panels import countries_panel, money_panel, people_panel
from c5facts.report.relations import deals_panel, organisations_panel, quotes_panel
from c5facts.report.timeline import dates_panel

# The page's style sheet, found through importlib.resources (works from a wheel too).
CSS = resources.files("c5facts.report") / "assets" / "report.css"


def _heading(record: Mapping[str, Any], n: int) -> str:
    source = text_of(record.get("source"))
    return Path(source).name if source else f"Article {n}"


def _lede(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    return first if len(first) <= 200 else first[:199] + "…"


def _counts(record: Mapping[str, Any]) -> dict[str, int]:
    return {
        "person": len(items_of(record, "people")),
        "country": len(items_of(record, "countries")),
        "money": len(items_of(record, "money")),
        "date": len(items_of(record, "dates")),
    }


# How the reference date was found, in French (`reference_date_source` of the record).
DATE_SOURCES_FR = {
    "given": "donnée par l'utilisateur",
    "metadata": "ligne de date de l'article",
    "iso-line": "ligne de date de l'article",
    "filename": "nom du fichier",
    "html-metadata": "métadonnées de la page",
    "warc-date": "date de capture de l'archive web",
}

# Relation facts (issue 17): record key and French label of their count.
RELATION_LABELS = (
    ("organisations", "Organisations"),
    ("quotes", "Citations"),
    ("deals", "Transactions"),
)


def _section(record: Mapping[str, Any], text: str, n: int) -> str:
    # One article: heading, lede, metadata, notes, marked text and the fact panels.
    sid = f"art-{n}"
    esc = html.escape
    highlights, notes = collect_highlights(record, text, sid)
    linked = {h.ref for h in highlights}
    counts = _counts(record)
    meta = [
        ("Source", text_of(record.get("source")) or "—"),
        ("Date de référence", text_of(record.get("reference_date")) or "inconnue"),
        ("Personnes", str(counts["person"])),
        ("Pays", str(counts["country"])),
        ("Montants", str(counts["money"])),
        ("Dates", str(counts["date"])),
    ]
    # Relation counts only for records that carry relations (an older JSONL has none).
    for key, label in RELATION_LABELS:
        if isinstance(record.get(key), list):
            meta.append((label, str(len(items_of(record, key)))))
    if record.get("reference_date_source"):
        how = text_of(record.get("reference_date_source"))
        meta[1] = (meta[1][0], f"{meta[1][1]} ({DATE_SOURCES_FR.get(how, how)})")
    meta_html = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in meta)
    parts = [
        f'<section class="article" id="{sid}" aria-labelledby="{sid}-h">',
        f'<h2 id="{sid}-h">{esc(_heading(record, n))}</h2>',
    ]
    lede = _lede(text)
    if lede:
        parts.append(f'<p class="lede">{esc(lede)}</p>')
    parts.append(f'<dl class="meta">{meta_html}</dl>')
    error = record.get("error")
    if isinstance(error, Mapping):
        parts.append(
            f'<p class="error" role="alert">Article non traité : '
            f"{esc(reason_fr(text_of(error.get('message'))))}</p>"
        )
    warnings = [warning_html(text_of(w)) for w in record.get("warnings") or []]
    warnings += [esc(note) for note in notes]
    if warnings:
        items = "".join(f"<li>{w}</li>" for w in warnings)
        parts.append(f'<ul class="notes" aria-label="Avertissements">{items}</ul>')
    parts.append('<div class="layout">')
    parts.append(
        f'<article class="text" aria-labelledby="{sid}-th"><h3 id="{sid}-th">Texte</h3>'
        f'<div class="text-body">{render_marked_text(text, highlights)}</div></article>'
    )
    parts.append(f'<aside class="panels" aria-label="Faits extraits : {esc(_heading(record, n))}">')
    panels = (
        ("Personnes", people_panel(record, sid, linked)),
        ("Pays", countries_panel(record, sid, linked)),
        ("Montants", money_panel(record, sid, linked)),
        ("Dates", dates_panel(record, sid, linked)),
        ("Organisations", organisations_panel(record, sid, linked)),
        ("Citations", quotes_panel(record, sid, linked)),
        ("Transactions", deals_panel(record)),
    )
    for k, (name, body) in enumerate(panels):
        parts.append(
            f'<section class="panel" aria-labelledby="{sid}-s{k}">'
            f'<h3 id="{sid}-s{k}">{esc(name)}</h3>{body}</section>'
        )
    parts.append("</aside></div></section>")
    return "".join(parts)


def _index(items: Sequence[tuple[Mapping[str, Any], str]]) -> str:
    # Index table of a several-article report: counts per fact type. No sums of amounts:
    # amounts of different articles, dates and currencies do not add up.
    rows = []
    for n, (record, _text) in enumerate(items, start=1):
        counts = _counts(record)
        status = " (erreur)" if isinstance(record.get("error"), Mapping) else ""
        rows.append(
            [
                f'<a href="#art-{n}">{html.escape(_heading(record, n))}</a>{html.escape(status)}',
                *(str(counts[k]) for k in FACT_TYPES),
            ]
        )
    head = [
        ("Article", False),
        ("Personnes", True),
        ("Pays", True),
        ("Montants", True),
        ("Dates", True),
    ]
    return (
        '<nav class="index" aria-labelledby="index-h"><h2 id="index-h">Sommaire</h2>'
        f"{table('Articles du rapport', head, rows)}</nav>"
    )


def _failures(failures: Sequence[tuple[str, str]]) -> str:
    # The inputs that gave no article, and why (in French; the original message kept).
    rows = [[html.escape(source), html.escape(reason_fr(message))] for source, message in failures]
    n = len(failures)
    return (
        '<section class="failures" aria-labelledby="failures-h">'
        f'<h2 id="failures-h">Entrées non traitées ({n})</h2>'
        f"{table('Entrées non traitées', [('Entrée', False), ('Raison', False)], rows)}"
        "</section>"
    )


def render_report(
    items: Sequence[tuple[Mapping[str, Any], str]],
    *,
    title: str = "Rapport c5facts",
    failures: Sequence[tuple[str, str]] = (),
) -> str:
    """Render records and their article texts as one self-contained HTML page.

    Args:
        items: (record dict in `c5facts/1` JSON form, i.e. `Article.to_dict()`, original
            article text) pairs; offsets in the record index into that text.
        title: page title and top heading.
        failures: (source, error message) of the inputs that gave no article.

    Returns:
        A complete HTML document: inline CSS, no script, no external resource. With
        several articles, an index table links to one `<section id="art-N">` per article;
        `failures` (source, error message) are listed in a section of their own.
    """
    esc = html.escape
    legend = "".join(
        f'<li><span class="hl hl-{kind}">{esc(TYPE_TITLES[kind])}</span></li>'
        for kind in MARK_TYPES
    )
    count = len(items)
    summary = f"{count} article{'s' if count > 1 else ''}"
    body = [
        '<a class="skip" href="#main">Aller au contenu</a>',
        f'<header class="page-header"><h1>{esc(title)}</h1>',
        f'<p class="summary">{esc(summary)}<span class="hover-hint"> · survolez un passage '
        "surligné pour voir sa valeur normalisée</span>.</p>",
        f'<ul class="legend" aria-label="Légende">{legend}</ul></header>',
        '<main id="main">',
    ]
    if failures:
        body.append(_failures(failures))
    if count > 1:
        body.append(_index(items))
    if not items:
        body.append('<p class="empty">Aucun article.</p>')
    body.extend(_section(record, text, n) for n, (record, text) in enumerate(items, start=1))
    body.append("</main>")
    body.append(f'<footer class="page-footer"><p>Produit par c5facts {esc(__version__)}.</p>')
    body.append("</footer>")
    css = CSS.read_text(encoding="utf-8")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="c5facts {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
