"""Rich tables for the terminal (only this module and the CLI import rich)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

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
