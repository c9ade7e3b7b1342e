"""Rich tables for the terminal: an article's facts, an eval's scores.

Only this module and the CLI import rich.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from c5facts.evaluate import FACT_TYPES, EvalReport
from c5facts.records import Article

QUALIFIER_FR = {"approx": "environ", "more_than": "plus de", "less_than": "moins de"}


def format_amount(value: int | float | None) -> str:
    """French-style amount: thin-space thousands, comma decimals ("30 300 000 000")."""
    if value is None:
        return ""
    dec = Decimal(str(value))
    sign = "-" if dec < 0 else ""
    whole, _, frac = f"{abs(dec):f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    out = "\u202f".join(groups) or "0"
    frac = frac.rstrip("0")
    return sign + out + ("," + frac if frac else "")


def _money_value(m: dict[str, Any]) -> str:
    amount = format_amount(m["amount"])
    if m["amount_max"] is not None:
        amount += " – " + format_amount(m["amount_max"])
    qual = QUALIFIER_FR.get(m["qualifier"] or "", "")
    cur = m["currency"] + ("*" if m.get("currency_assumed") else "")
    return f"{qual} {amount} {cur}".strip()


def article_tables(article: Article) -> Group:
    """Render one article as a header plus people, countries, money and dates tables."""
    d = article.to_dict()
    ref = d["reference_date"] or "unknown"
    parts: list[Any] = [
        Text.assemble(
            ("Article ", "bold"),
            (str(d["source"] or "<stdin>"), "bold cyan"),
            ("  reference date ", "dim"),
            (ref, "green"),
            (f" ({d['reference_date_source']})" if d["reference_date_source"] else "", "dim"),
        )
    ]
    if "error" in d:
        parts.append(Text(f"error: {d['error']['message']}", style="red"))
        return Group(*parts)

    people = Table(title="People", title_justify="left", expand=False)
    for col in ("Name", "Roles", "Country", "Mentions", "Aliases"):
        people.add_column(col)
    for p in d["people"]:
        people.add_row(
            p["name"],
            ", ".join(p["roles"]),
            p["country"] or "",
            str(p["mentions"]),
            ", ".join(a for a in p["aliases"] if a != p["name"]),
        )

    countries = Table(title="Countries", title_justify="left")
    for col in ("Code", "Name", "Mentions", "Forms"):
        countries.add_column(col)
    for c in d["countries"]:
        countries.add_row(c["code"], c["name"], str(c["mentions"]), ", ".join(c["forms"]))

    money = Table(title="Money", title_justify="left")
    for col in ("Amount", "Equivalent", "Text"):
        money.add_column(col)
    for m in d["money"]:
        eq = m["equivalent"]
        eq_text = _money_value({**eq, "amount_max": None}) if eq else ""
        money.add_row(_money_value(m), eq_text, m["text"])

    dates = Table(title="Dates", title_justify="left")
    for col in ("Value", "Grain", "Kind", "Text"):
        dates.add_column(col)
    for t in d["dates"]:
        dates.add_row(t["value"] or f"({t['offset']})", t["grain"], t["kind"], t["text"])

    parts += [people, countries, money, dates]
    parts += [Text(f"warning: {w}", style="yellow") for w in d["warnings"]]
    return Group(*parts)


def print_tables(article: Article, console: Console) -> None:
    """Print an article's tables to `console`."""
    console.print(article_tables(article))
    console.print()


def print_all_tables(articles: Iterable[Article], console: Console) -> None:
    """Print the tables of every article that did not fail (failures are reported apart)."""
    for article in articles:
        if article.error is None:
            print_tables(article, console)


def eval_table(report: EvalReport, title: str) -> Table:
    """The scores of an eval run: P/R/F1 and counts per fact type, pairs, macro F1."""
    table = Table(title=f"c5facts eval: {title} ({report.articles} articles)")
    for col in ("fact", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "fact" else "right")
    for t in FACT_TYPES:
        s = report.scores[t]
        table.add_row(
            t,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            *map(str, (s.tp, s.fp, s.fn)),
        )
    table.add_row("pairs", "", "", f"{report.pairs_ok}/{report.pairs_total}", "", "", "")
    table.add_row("macro F1", "", "", f"{report.macro_f1:.3f}", "", "", "")
    return table


def eval_misses(report: EvalReport) -> Iterator[str]:
    """One line per missed and per spurious item of an eval run, fact type by fact type."""
    for t in FACT_TYPES:
        s = report.scores[t]
        for m in s.missed:
            yield f"[{t}] missed   {m}"
        for sp in s.spurious:
            yield f"[{t}] spurious {sp}"


@contextmanager
def progress(console: Console, total: int | None) -> Iterator[Callable[[bool], None]]:
    """A progress bar of a batch run on `console`; yields `advance(failed)`, one call per input.

    Args:
        console: Where to draw (the CLI's stderr).
        total: How many inputs there are, when known.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} art/s"),
        TextColumn("errors {task.fields[failed]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    failed = 0
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("extract", total=total, rate=0.0, failed=0)

        def advance(is_failed: bool) -> None:
            nonlocal failed
            failed += is_failed
            bar.advance(task)
            speed = bar.tasks[0].speed or 0.0
            bar.update(task, rate=speed, failed=failed)

        yield advance
