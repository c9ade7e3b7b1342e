"""HTML building blocks shared by the panels and the page: card tables and mention links."""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from c5facts.report.fields import spans_of, text_of
from c5facts.report.format_fr import flag_emoji


def table(
    caption: str,
    head: Sequence[tuple[str, bool]],
    rows: Sequence[Sequence[str]],
    *,
    flagged: Sequence[bool] = (),
) -> str:
    """A table whose first cell is the row header; cells are HTML already escaped.

    Each cell carries its column name in `data-label`, which the phone layout shows in
    front of the value when rows become cards.

    Args:
        caption: accessible name of the table (visually hidden caption).
        head: (column name, numeric?) pairs; numeric columns are right-aligned.
        rows: one sequence of HTML cells per row, in column order.
        flagged: rows (by position) to mark with the `outlier` class.

    Returns:
        The table inside a focusable scrolling wrapper.

    >>> table("T", [("A", False)], [["x"]]).count("<tr")
    2
    """
    esc = html.escape
    num_class = ' class="num"'
    heads = "".join(
        f'<th scope="col"{num_class if num else ""}>{esc(name)}</th>' for name, num in head
    )
    body = []
    for k, cells in enumerate(rows):
        out: list[str] = []
        for (name, num), cell in zip(head, cells, strict=True):
            tag, scope = ("th", ' scope="row"') if not out else ("td", "")
            cls = num_class if num else ""
            # One wrapper per cell keeps the value a single grid item in the card layout.
            out.append(
                f'<{tag}{scope}{cls} data-label="{esc(name)}"><span class="v">{cell}</span></{tag}>'
            )
        row_class = ' class="outlier"' if k < len(flagged) and flagged[k] else ""
        body.append(f"<tr{row_class}>{''.join(out)}</tr>")
    # The wrapper scrolls on narrow screens; it is focusable so keyboards can scroll it.
    return (
        f'<div class="scroll" role="region" tabindex="0" aria-label="{esc(caption)}">'
        f'<table class="cards"><caption class="vh">{esc(caption)}</caption>'
        f"<thead><tr>{heads}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def first_link(ref: str, label: str, linked: set[str]) -> str:
    """`label` linked to the mention `ref` when it is highlighted in the text, else plain.

    >>> first_link("a-p0", "Trump", {"a-p0"}), first_link("a-p1", "<x>", set())
    ('<a href="#a-p0">Trump</a>', '&lt;x&gt;')
    """
    if ref in linked:
        return f'<a href="#{html.escape(ref)}">{html.escape(label)}</a>'
    return html.escape(label)


def empty(message: str) -> str:
    """The paragraph a panel shows when the record has no fact of its type."""
    return f'<p class="empty">{html.escape(message)}</p>'


def flag(code: str) -> str:
    """The flag of an ISO country code, hidden from screen readers (the code or name follows)."""
    return f'<span class="flag" aria-hidden="true">{flag_emoji(code)}</span>'


def country_cell(code: str) -> str:
    """Flag and ISO code, or a dash when there is no code.

    >>> country_cell("")
    '—'
    """
    return f"{flag(code)}{html.escape(code)}" if code else "—"


def first_refs(
    items: Sequence[Mapping[str, Any]], prefix: str, letter: str
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Each item with the id of its first mention (`{prefix}-{letter}{n}`).

    Mentions are numbered across items as `collect_highlights` numbers them: an item
    with three spans takes three numbers.

    >>> [ref for ref, _ in first_refs([{"spans": [[0, 1], [2, 3]]}, {}], "a", "p")]
    ['a-p0', 'a-p2']
    """
    n = 0
    for item in items:
        yield f"{prefix}-{letter}{n}", item
        n += len(spans_of(item))


def name_cell(ref: str, item: Mapping[str, Any], linked: set[str]) -> str:
    """An item's name linked to its first mention, with its other aliases below it."""
    name = text_of(item.get("name"))
    aliases = [text_of(a) for a in item.get("aliases") or [] if text_of(a) != name]
    alias_html = (
        f'<br><span class="small">aussi : {html.escape(", ".join(aliases))}</span>'
        if aliases
        else ""
    )
    return first_link(ref, name, linked) + alias_html
