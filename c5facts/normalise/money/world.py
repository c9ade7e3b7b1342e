"""Which currencies a unit can be, where and when: the generated `models/money/world.tsv`.

`world.tsv` (CLDR, via `c5facts.tools.build_currencies`) lists every currency that is or
was legal tender, its unit ("dollar", "peso", "franc": the first word of its French
name), its French names and the territories that use or used it, with years. The curated
`ambiguous.tsv` gives each ambiguous unit its default reading and its likeliest readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from c5facts.normalise.countries import gazetteer
from c5facts.normalise.money.lexicon import trie
from c5facts.resources import read_tsv


@dataclass(frozen=True, slots=True)
class Use:
    """A territory's use of a currency: from `first` to `last` (None: still in use)."""

    country: str
    first: int
    last: int | None

    def covers(self, year: int) -> bool:
        """The currency was tender in this territory in `year`."""
        return self.first <= year and (self.last is None or year <= self.last)


@dataclass(frozen=True, slots=True)
class WorldCurrency:
    """One currency of `world.tsv`."""

    code: str
    unit: str
    one: str  # French name, singular ("peso colombien")
    other: str  # French name, plural ("pesos colombiens")
    uses: tuple[Use, ...]

    def in_use(self, year: int | None) -> bool:
        """Tender somewhere in `year` (None: today)."""
        if year is None:
            return any(u.last is None for u in self.uses)
        return any(u.covers(year) for u in self.uses)

    def countries(self, year: int | None) -> frozenset[str]:
        """Territories where it is tender in `year` (None: today)."""
        return frozenset(
            u.country for u in self.uses if (u.last is None if year is None else u.covers(year))
        )


@cache
def world() -> dict[str, WorldCurrency]:
    """Every currency of `world.tsv`, by ISO 4217 code."""
    out = {}
    for row in read_tsv("money", "world.tsv"):
        uses = []
        for item in row["territories"].split(","):
            country, _, years = item.partition(":")
            first, _, last = years.partition("-")
            uses.append(Use(country, int(first), int(last) if last else None))
        out[row["code"]] = WorldCurrency(
            row["code"], row["unit"], row["one"], row["other"], tuple(uses)
        )
    return out


@dataclass(frozen=True, slots=True)
class Unit:
    """An ambiguous unit: its default reading and every currency it may be."""

    name: str
    default: str
    codes: tuple[str, ...]  # the default, the curated likely ones, then the other CLDR ones
    local: frozenset[str]  # those the article's geography may select (empty: all)


@cache
def units() -> dict[str, Unit]:
    """Ambiguous units of `ambiguous.tsv`, their candidates completed from `world.tsv`."""
    by_unit: dict[str, list[str]] = {}
    for cur in world().values():
        by_unit.setdefault(cur.unit, []).append(cur.code)
    out = {}
    for row in read_tsv("money", "ambiguous.tsv"):
        prior = [c.strip() for c in row.get("prior", "").split(",") if c.strip()]
        codes = [row["default"], *prior, *by_unit.get(row["cldr_unit"] or row["unit"], [])]
        local = frozenset(c.strip() for c in row.get("local", "").split(",") if c.strip())
        out[row["unit"]] = Unit(row["unit"], row["default"], tuple(dict.fromkeys(codes)), local)
    return out


def candidates(unit: str, day: date | None) -> tuple[str, ...]:
    """Currencies `unit` may be in an article of `day`, default first.

    Without a date, every candidate that is still in use, plus the default (a historic
    default, "marks", stays readable); with one, those in use that year.

    >>> "COP" in candidates("peso", date(2020, 1, 1))
    True
    >>> [("FRF" in candidates("franc", date(y, 1, 1))) for y in (1995, 2020)]
    [True, False]
    """
    entry = units().get(unit)
    if entry is None:
        return ()
    table = world()
    year = day.year if day is not None else None
    out = []
    for code in entry.codes:
        cur = table.get(code)
        if cur is None:
            if code == entry.default:
                out.append(code)
            continue
        if cur.in_use(year) or (year is None and code == entry.default):
            out.append(code)
    return tuple(out)


def countries_of(code: str, day: date | None) -> frozenset[str]:
    """Territories where `code` is tender at `day` (today without one)."""
    cur = world().get(code)
    return cur.countries(day.year if day is not None else None) if cur else frozenset()


# Symbols written with a code or a country's letters around "$" ("CA$", "$ CAD", "$ c").
_DOLLAR_MARKS = {"USD": ("US",), "CAD": ("CA", "CAN", "C"), "HKD": ("HK",), "AUD": ("AU",)}
# Marks also read in lower case: not French words ("$ au fisc", "$ us et coutumes").
_LOWER_OK = frozenset({"C", "HK"})


def name_rows() -> list[dict[str, str]]:
    """Lexicon rows for the CLDR names of every currency, and the "$" forms of dollars/pesos.

    >>> rows = name_rows()
    >>> [r["code"] for r in rows if r["form"] in ("$ canadiens", "pesos colombiens", "$ CAD")]
    ['CAD', 'CAD', 'COP']

    The French names of two words or more ("pesos colombiens", "marks finlandais") name one
    currency; one-word names and bare units are curated in `currencies.tsv` (a bare
    "gourde" or "sol" is more often not money). Every dollar and peso code also reads
    glued to "$", before or after ("MXN$", "$ CAD", "cad$"), in either case.
    """
    rows = []
    for cur in world().values():
        for name in {cur.one.lower(), cur.other.lower()}:
            if " " in name and "(" not in name:
                rows.append({"form": name, "code": cur.code, "kind": "word", "ambiguous": ""})
        if cur.unit in ("dollar", "peso"):
            # "$ canadiens", "$ australien": the name's qualifier after the symbol
            for name in {cur.one.lower(), cur.other.lower()}:
                rest = name.split(" ", 1)[1] if " " in name and "(" not in name else ""
                if rest and not rest.startswith(("dollar", "peso")):
                    rows.append({"form": f"$ {rest}", "code": cur.code, "kind": "symbol"})
            marks = {cur.code, *_DOLLAR_MARKS.get(cur.code, ())}
            for mark in marks:
                lower_ok = len(mark) >= 3 or mark in _LOWER_OK
                for case in {mark, mark.lower()} if lower_ok else {mark}:
                    forms = [f"{case}$", f"$ {case}"] if len(mark) > 1 else [f"$ {case}"]
                    rows += [{"form": f, "code": cur.code, "kind": "symbol"} for f in forms]
    return rows


@cache
def _places() -> tuple[re.Pattern[str], dict[str, str]]:
    """The regex of the place names (`places.tsv`, capitals) and their countries."""
    names = {r["place"]: r["country"] for r in read_tsv("money", "places.tsv")}
    # Capitals as places ("à Bogota", "au Caire"), from the country gazetteer: there the
    # countries component counts them only when they act for their government.
    for entry in gazetteer():
        if entry.via == "capital" and not entry.relation:
            for form in {entry.form, re.sub(r"^(?:Le|Les) ", "", entry.form)}:
                if form[:1].isupper() and len(form) >= 4:
                    names.setdefault(form, entry.code)
    # A trie (one character at a time) compiles and runs much faster than 1 300 names.
    return re.compile(rf"(?<![\w-]){trie(list(names), space=' ')}(?![\w-])"), names


def places_in(text: str) -> list[tuple[int, str]]:
    """(offset, country) of each region named in `text` ("Alberta" -> CA).

    >>> places_in("Le Premier ministre de l'Alberta a parlé.")
    [(25, 'CA')]
    """
    pattern, names = _places()
    return [(m.start(), names[m.group()]) for m in pattern.finditer(text)]
