"""The body of `c5facts report`: records (extracted now or read back) to one HTML page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from c5facts.commands.console import fail, say
from c5facts.errors import C5FactsError

if TYPE_CHECKING:
    from c5facts.extract import Extractor
    from c5facts.records import Article


def run_report(
    articles: list[str],
    load: Callable[[], Extractor],
    *,
    out: Path,
    from_jsonl: Path | None,
    texts: Path | None,
    reference: date | None,
    model: str,
    open_browser: bool,
) -> None:
    """Write the report of `articles` (or of `from_jsonl` with `texts`) to `out`.

    Exits 1 when some article failed.
    """
    from c5facts.report import load_jsonl_items, render_report
    from c5facts.report.extracting import extract_for_report

    failures: list[tuple[str, str]] = []
    try:
        if from_jsonl is not None:
            assert texts is not None
            items = load_jsonl_items(from_jsonl, texts)
        else:
            made = extract_for_report(
                articles, reference, load, model=model, on_record=_report_error
            )
            items, failures = made.items, made.failures
        html = render_report(items, failures=failures)
    except C5FactsError as exc:
        raise fail(str(exc)) from exc
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{out}: cannot write ({exc.strerror})") from exc
    say(f"wrote {out} ({len(items)} article(s))")
    if open_browser:
        import webbrowser

        if not webbrowser.open(out.resolve().as_uri()):
            say("no browser available to open the report")
    if failures:
        raise typer.Exit(code=1)


def _report_error(article: Article) -> None:
    """One error line on stderr for a failed input of `report`."""
    if article.error is not None:
        say(f"error: {article.error.message}")
