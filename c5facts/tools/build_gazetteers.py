"""Generate `models/gazetteers/countries.tsv` from CLDR, ISO 3166-1 and the press supplement.

Run `python -m c5facts.tools.build_gazetteers` after editing
`models/gazetteers/countries_supplement.tsv` or upgrading babel/pycountry;
`tests/test_gazetteers_current.py` fails while the committed file is stale.

Sources, in order: pycountry's ISO 3166-1 list (every alpha-2 code, with its alpha-3),
babel's CLDR French territory names (the record name), pycountry's French gettext
translations of the ISO names and official names, then the curated supplement (press
names, demonyms in four forms, compound-adjective prefixes, capitals). Every form also
gets its unaccented and typographic-apostrophe spellings, so the component can match on
lower case alone.

Relations widen the gazetteer beyond ISO 3166-1 (column `relation`):

- `constituent`: a constituent country counted as its sovereign state ("Écosse" -> GB);
- `shared`: a demonym two countries share ("congolais": CD and CG, one row each); the
  component keeps it only where the article says which;
- `historic`: a former state. Those with an ISO 3166-3 code are read from pycountry's
  `historic_countries` (supplement rows keyed by the alpha-4 code, "SUHH"): the record
  takes the formerly used alpha-2 and alpha-3 codes (SU, SUN), the supplement's first name
  as its name, the French ISO 3166-3 name (domain `iso3166-3`, in reading order) as one more
  form, and a `successor`: the supplement's, else
  the last two letters of the alpha-4 code when they are a current ISO 3166-1 code ("DDDE"
  -> DE; "HH" means no single successor). Former states without a code of their own ("le
  Reich") are forms of the current country (`former_name`). Every name of a former state
  also gets its "ex-" form ("l'ex-URSS", "l'ex-Zaïre");
- `article`: a name that is also a surname ("Hollande"), counted only after "la"/"en" or a
  state's title and "de".
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pycountry
from babel import Locale

from c5facts.normalise.text import strip_accents
from c5facts.resources import models_dir

OUTPUT = ("gazetteers", "countries.tsv")
SUPPLEMENT = ("gazetteers", "countries_supplement.tsv")
HEADER = ("code", "code3", "name", "form", "via", "source", "relation", "successor")
KINDS = ("name", "demonym", "capital", "prefix", "label")
# supplement kind -> (gazetteer via, relation), for current (alpha-2) codes
RELATED = {
    "constituent": ("name", "constituent"),
    "constituent_demonym": ("demonym", "constituent"),
    "former_name": ("name", "historic"),
    "former_demonym": ("demonym", "historic"),
    "shared_demonym": ("demonym", "shared"),
    "article_name": ("name", "article"),
}
# supplement kind -> gazetteer via, for historic (ISO 3166-3 alpha-4) codes
HISTORIC = {"historic": "name", "historic_demonym": "demonym", "historic_prefix": "prefix"}


def plural(word: str) -> str:
    """French plural of a demonym ("ouzbek" -> "ouzbeks", "français" -> "français").

    >>> plural("ouzbèke"), plural("chinois"), plural("kirghiz")
    ('ouzbèkes', 'chinois', 'kirghiz')
    """
    return word if word[-1] in "sxz" else word + "s"


def spellings(form: str) -> list[str]:
    """The form and its unaccented / apostrophe / hyphen variants, first one kept first.

    >>> spellings("États-Unis")
    ['États-Unis', 'Etats-Unis']
    >>> len(spellings("Côte d’Ivoire"))
    4
    """
    base = form.replace("’", "'")
    out: list[str] = []
    for cand in (base, strip_accents(base)):
        for variant in (cand, cand.replace("'", "’")):
            if variant not in out:
                out.append(variant)
    return out


SAINTS = frozenset(["Saint", "Sainte", "St", "Ste"])


def joined_other_way(name: str) -> str | None:
    """A two-part name with its other joiner, a space or a hyphen.

    The press writes both ("Côte-d'Ivoire", "Guinée Bissau"); None for a name of one
    part or of more than two.

    >>> joined_other_way("Côte d'Ivoire"), joined_other_way("Guinée-Bissau")
    ("Côte-d'Ivoire", 'Guinée Bissau')
    >>> joined_other_way("Burkina Faso"), joined_other_way("Afrique du Sud")
    ('Burkina-Faso', None)
    >>> joined_other_way("Saint-Marin") is None
    True
    """
    if name.split("-")[0].split(" ")[0] in SAINTS:
        return None  # "Saint Martin", "Sainte Hélène": a saint's name, not the territory
    for joiner, other in ((" ", "-"), ("-", " ")):
        parts = name.split(joiner)
        rest = name.replace(joiner, "")
        if len(parts) == 2 and all(parts) and " " not in rest and "-" not in rest:
            return other.join(parts)
    return None


def name_parts(name: str) -> list[str]:
    """The two names of a CLDR name holding another in parentheses, each a form of its own.

    CLDR writes "Myanmar (Birmanie)": the press writes either. A qualifier in small
    letters is no name ("Saint-Martin (partie française)").

    >>> name_parts("Myanmar (Birmanie)"), name_parts("Saint-Martin (partie française)")
    (['Myanmar', 'Birmanie'], [])
    """
    m = re.fullmatch(r"([^()]+?) \(([^()]+)\)", name)
    if m is None or not (m[1][:1].isupper() and m[2][:1].isupper()):
        return []
    return [m[1], m[2]]


def _reorder(name: str) -> str | None:
    # ISO lists some names inverted ("Corée, République de"): put them back in reading
    # order; other comma names ("Bolivie, état plurinational de") are left out.
    head, _, tail = name.partition(", ")
    if not tail:
        return name
    if tail.endswith(("de", "du", "des")):
        return f"{tail} {head}"
    if tail.endswith("d'"):
        return f"{tail}{head}"
    return None


def _iso_french(domain: str = "iso3166-1") -> Callable[[str], str]:
    try:
        trans = gettext.translation(domain, pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # pycountry built without its locales: CLDR names alone
        return lambda s: s
    return trans.gettext


def read_supplement(path: Path) -> list[tuple[str, str, str]]:
    """Rows (code, kind, form) of the curated supplement, validated."""
    rows: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            code, kind, form = row["code"], row["kind"], row["form"]
            if kind in HISTORIC or kind == "successor":
                known = pycountry.historic_countries.get(alpha_4=code) is not None
                if kind == "successor":
                    known = known and pycountry.countries.get(alpha_2=form) is not None
            else:
                known = kind in KINDS or kind in RELATED
                known = known and pycountry.countries.get(alpha_2=code) is not None
            if not known or not form:
                raise ValueError(f"{path}: bad supplement row {row!r}")
            rows.append((code, kind, form))
    return rows


def former(name: str) -> str:
    """The press's name of a former state with "ex-": "URSS" -> "ex-URSS"."""
    return name if name.lower().startswith("ex-") else f"ex-{name}"


def _expand(kind: str, form: str) -> Iterable[str]:
    if not kind.endswith("demonym"):
        return [form]
    masc, _, fem = form.partition("/")
    fem = fem or masc
    return [masc, fem, plural(masc), plural(fem)]


def build_rows(supplement: list[tuple[str, str, str]]) -> list[tuple[str, ...]]:
    """All gazetteer rows (code, code3, name, form, via, source), sorted and deduplicated."""
    cldr = Locale("fr").territories
    iso_fr = _iso_french()
    rows: dict[tuple[str, str], tuple[str, ...]] = {}

    def add(
        code: str,
        code3: str,
        name: str,
        form: str,
        via: str,
        source: str,
        relation: str = "",
        successor: str = "",
    ) -> None:
        other = joined_other_way(form) if via == "name" else None
        for spelled in spellings(form) + (spellings(other) if other else []):
            key = (code, spelled.lower())
            if key in rows and rows[key][4] == "name":
                continue  # a name read as a demonym or capital elsewhere stays a name
            rows[key] = (code, code3, name, spelled, via, source, relation, successor)

    # "label" rows replace CLDR's record name where it is a long form ("R.A.S. chinoise de
    # Hong Kong"); the CLDR name stays a form.
    labels = {code: form for code, kind, form in supplement if kind == "label"}
    names: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        code, code3 = country.alpha_2, country.alpha_3
        cldr_name = cldr.get(code, iso_fr(country.name)).replace("’", "'")
        name = labels.get(code, cldr_name)
        add(code, code3, name, cldr_name, "name", "cldr")
        for part in name_parts(cldr_name):
            add(code, code3, name, part, "name", "cldr")
        names[code] = (code3, name)
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            french = _reorder(iso_fr(english))
            # untranslated official names would only add English forms
            if french and (french != english or attr == "name"):
                add(code, code3, name, french, "name", "iso3166-fr")
    for code, kind, form in supplement:
        if kind in HISTORIC or kind == "successor":
            continue
        code3, name = names[code]
        via, relation = RELATED.get(kind, ("name" if kind == "label" else kind, ""))
        for one in _expand(kind, form):
            add(code, code3, name, one, via, "supplement", relation)
        if kind == "former_name":
            add(code, code3, name, former(form), via, "supplement", relation)
    _add_historic(supplement, add)
    return sorted(rows.values(), key=lambda r: (r[0], r[4], r[3].lower(), r[3]))


def _add_historic(supplement: list[tuple[str, str, str]], add: Callable[..., None]) -> None:
    """Rows of the former states the supplement names by ISO 3166-3 alpha-4 code."""
    iso3_fr = _iso_french("iso3166-3")
    successors = {code: form for code, kind, form in supplement if kind == "successor"}
    names: dict[str, str] = {}
    for code4, kind, form in supplement:
        if kind not in HISTORIC:
            continue
        state = pycountry.historic_countries.get(alpha_4=code4)
        if state is None:  # read_supplement checked every alpha-4 code
            raise ValueError(f"unknown ISO 3166-3 code {code4}")
        name = names.setdefault(code4, form)  # the first form listed names the record
        successor = successors.get(code4, "")
        if not successor and pycountry.countries.get(alpha_2=code4[2:]) is not None:
            successor = code4[2:]
        code, code3 = state.alpha_2, state.alpha_3
        forms = list(_expand(kind, form))
        if kind == "historic":
            forms.append(former(form))  # "l'ex-URSS"
        iso_name = _reorder(iso3_fr(state.name))  # "République du Zaïre"
        if kind == "historic" and iso_name:
            forms.append(iso_name)
        for one in forms:
            add(code, code3, name, one, HISTORIC[kind], "iso3166-3", "historic", successor)


def render(rows: list[tuple[str, ...]]) -> str:
    """The TSV text of the generated gazetteer."""
    buf = io.StringIO()
    buf.write(
        "# GENERATED by `python -m c5facts.tools.build_gazetteers`: do not edit (see SOURCE.md)\n"
    )
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buf.getvalue()


def generate(models: Path | None = None) -> str:
    """Text of `countries.tsv` as generated now from the installed sources."""
    root = models or models_dir()
    return render(build_rows(read_supplement(root.joinpath(*SUPPLEMENT))))


def main(argv: list[str] | None = None) -> int:
    """Write the generated gazetteer (or with --check, fail when the committed one is stale)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--models", type=Path, default=None, help="models/ directory")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    root = args.models or models_dir()
    text = generate(root)
    target = root.joinpath(*OUTPUT)
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(
                f"{target} is stale: run python -m c5facts.tools.build_gazetteers", file=sys.stderr
            )
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10)) - 2} forms)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
