"""Rich tables for the terminal: an article's facts, an eval's scores.

Only this module and the CLI import rich.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from c5facts.evaluate import FACT_TYPES, EvalReport
from c5facts.records import Article

# What an empty table says, rather than a bare header.
EMPTY = "none"
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

    # An empty table is one line, "Money: none", rather than a header over nothing.
    parts += [
        table if table.row_count else Text.assemble((f"{table.title}: ", "italic"), (EMPTY, "dim"))
        for table in (people, countries, money, dates)
    ]
    parts += [table for table in _relation_tables(d) if table.row_count]
    parts += [Text(f"warning: {w}", style="yellow") for w in d["warnings"]]
    return Group(*parts)


def _relation_tables(d: dict[str, Any]) -> tuple[Table, Table, Table]:
    """Organisations, quotes by speaker, and deals (issue 17); shown only when not empty."""
    orgs = Table(title="Organisations", title_justify="left")
    for col in ("Name", "Aliases", "Country", "Mentions"):
        orgs.add_column(col)
    for o in d.get("organisations", []):
        orgs.add_row(o["name"], ", ".join(o["aliases"]), o["country"] or "", str(o["mentions"]))
    quotes = Table(title="Quotes", title_justify="left")
    for col in ("Speaker", "Verb", "Quote"):
        quotes.add_column(col)
    for q in sorted(d.get("quotes", []), key=lambda q: (q["speaker"] is None, q["speaker"] or "")):
        text = q["text"] if len(q["text"]) <= 90 else q["text"][:87] + "..."
        quotes.add_row(q["speaker"] or "?", q["verb"] or "", f"« {text} »")
    deals = Table(title="Deals", title_justify="left")
    for col in ("Payer", "Action", "Recipient", "Amount", "Equivalent", "Date"):
        deals.add_column(col)
    for x in d.get("deals", []):
        eq = x["equivalent"]
        deals.add_row(
            x["payer"]["name"] if x["payer"] else "",
            x["action"],
            x["recipient"]["name"] if x["recipient"] else "",
            _money_value({**x, "qualifier": None, "amount_max": None}),
            _money_value({**eq, "amount_max": None}) if eq else "",
            x["date"] or "",
        )
    return orgs, quotes, deals


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


# Seconds between two plain progress lines when stderr is not a terminal (a log file, CI).
PROGRESS_EVERY = 5.0


def _eta(seconds: float) -> str:
    """A remaining time for people: "47 s", "12 min 05 s", "2 h 03 min"."""
    total = int(seconds + 0.5)
    if total < 60:
        return f"{total} s"
    if total < 3600:
        return f"{total // 60} min {total % 60:02d} s"
    return f"{total // 3600} h {total % 3600 // 60:02d} min"


class ProgressMeter:
    """Progress of a batch run on stderr: a live bar on a terminal, plain lines elsewhere.

    Nothing is shown before `start()` (called once the pipeline has loaded), so the bar
    never sits at "0/N 0.0 art/s" while the model loads. On a terminal the bar is drawn
    on its own line and cleared at the end (the summary line stays); elsewhere one line
    every `every` seconds says how far the run is, its rate and the time left.
    """

    def __init__(self, console: Console, total: int | None, *, every: float | None = None):
        """Prepare; `total` is the number of inputs when known (None: a web archive...)."""
        self.console = console
        self.total = total
        self.every = PROGRESS_EVERY if every is None else every
        self.done = 0
        self.failed = 0
        self._bar: Any = None
        self._task: Any = None
        self._started: float | None = None
        self._last = 0.0

    def start(self) -> None:
        """Begin showing progress (the pipeline is ready)."""
        import time

        self._started = self._last = time.perf_counter()
        if not self.console.is_terminal:
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("extract"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} art/s"),
            TextColumn("errors {task.fields[failed]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task("extract", total=self.total, rate=0.0, failed=0)
        if self.done:
            self._bar.update(self._task, completed=self.done, failed=self.failed)

    def advance(self, failed: bool) -> None:
        """One input done (or skipped as already done, with `failed` False)."""
        import time

        self.done += 1
        self.failed += failed
        if self._bar is not None:
            self._bar.advance(self._task)
            speed = self._bar.tasks[0].speed or 0.0
            self._bar.update(self._task, rate=speed, failed=self.failed)
            return
        now = time.perf_counter()
        if self._started is not None and now - self._last >= self.every:
            self._last = now
            self.console.print(self.line(now - self._started), markup=False, highlight=False)

    def line(self, elapsed: float) -> str:
        """A plain progress line, `elapsed` seconds after the start.

        >>> import io
        >>> meter = ProgressMeter(Console(file=io.StringIO()), 1500)
        >>> meter.done, meter.failed = 120, 2
        >>> meter.line(4.1)
        'c5facts: 120/1500 articles (2 failed), 29.3 articles/s, ETA 47 s'
        """
        rate = self.done / elapsed if elapsed > 0 else 0.0
        of = f"/{self.total}" if self.total is not None else ""
        eta = ""
        if self.total is not None and rate > 0:
            eta = f", ETA {_eta(max(0, self.total - self.done) / rate)}"
        return (
            f"c5facts: {self.done}{of} articles ({self.failed} failed), {rate:.1f} articles/s{eta}"
        )

    def stop(self) -> None:
        """Clear the bar (if any)."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


@contextmanager
def progress(console: Console, total: int | None) -> Iterator[ProgressMeter]:
    """A `ProgressMeter` on `console`, stopped when the block ends.

    Args:
        console: Where to show progress (the CLI's stderr).
        total: How many inputs there are, when known.
    """
    meter = ProgressMeter(console, total)
    try:
        yield meter
    finally:
        meter.stop()
