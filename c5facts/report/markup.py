"""HTML building blocks shared by the panels and the page: card tables and mention links."""

from __future__ import annotations

import html
from collections.abc import Sequence


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
