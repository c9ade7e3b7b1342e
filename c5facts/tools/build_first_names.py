"""Generate `models/people/first_names.tsv`: given names the people component may trust.

Run `python -m c5facts.tools.build_first_names` after upgrading `gender-guesser` or the
French spaCy pipeline; `tests/components/test_people_first_names.py` fails while the committed file
is stale. Neither source is needed at run time: the component reads the generated file.

Sources and cuts:

- `nam_dict.txt`, Jörg Michael's dictionary of first names (GNU FDL 1.2 or later), as
  shipped by `gender-guesser`: one row per name and sex with its frequency (1 = rare to
  13 = extremely common, a logarithmic scale) in each of 55 countries or regions. A name is
  kept when its frequency reaches `MIN_FREQUENCY` in one country at least, it is written
  in the Latin script, has at least two letters and the shape of a given name ("Zeynep",
  "Jean-Pierre": a capital, then lower case, hyphenated parts capitalised);
- the French pipeline's vocabulary (`fr_core_news_md`, whose vector keys are stored in
  order of corpus frequency): a name whose lower-case form is more frequent than its
  capitalised form is a common French word ("Rose", "Victoire", "Jeudi", "Le") and is
  left out; French stop words are left out too.

A name is `strong` (column 1/0) when, in one country at least, its frequency reaches
`STRONG_FREQUENCY` on a row of one sex (M, F, 1M, 1F; not the unisex ?, ?M, ?F) and the
name's rows of another sex class there are `SEX_MARGIN` steps rarer at least: the people
component widens a name over any listed given name, but opens a name the model missed only
on a strong one ("The", "Paris", given as first names to some, are not strong).

A name's `sex` (M, F or empty) is the one it is given to in France and Belgium where it is
given there, else in every country it is given (`sex_of`): an honorific of the other sex
("Mme X") joins no person of that given name.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from c5facts.about import DEFAULT_MODEL
from c5facts.resources import models_dir

OUTPUT = ("people", "first_names.tsv")
# nam_dict.txt's fixed columns (0-based): sex code, name, sort mark, one frequency per country
SEX_COLUMNS = slice(0, 2)
NAME_COLUMNS = slice(3, 29)
SORT_MARK = 29  # "+": a second copy sorted with expanded umlauts ("Käte" as "Kaete"): skipped
COUNTRY_COLUMNS = slice(30, 85)
COUNTRIES = 55
# "Jun+Wei" stands for "Jun-Wei", "Jun Wei" and "Junwei" (Arabic, Chinese, Korean names)
JOINER = "+"
MIN_FREQUENCY = 1  # frequency in one country at least (1 = rare ... 13 = extremely common)
# A "strong" given name: frequency 4 (about 0.03 % of a country's people, roughly its first
# 400-650 names) in a country, on a one-sex row, other sexes there 2 steps (4 times) rarer.
STRONG_FREQUENCY = 4
SEX_MARGIN = 2
ONE_SEX = {"M": "M", "1M": "M", "F": "F", "1F": "F"}
# The side of each sex code for `sex_of` ("?M": unisex, mostly male); "?" is on both.
SIDE = {"M": "M", "1M": "M", "?M": "M", "F": "F", "1F": "F", "?F": "F"}
# French-speaking countries of nam_dict.txt (0-based columns): France, Belgium. Where a
# name is given there, its sex there is the one French news means.
FRENCH_COUNTRIES = (7, 8)
# A given name's shape: a capital then lower case; hyphenated parts capitalised.
SHAPE = re.compile(r"^[^\W\d_][^\W\d_]+(?:-[^\W\d_][^\W\d_]+)*$")


class Row(NamedTuple):
    """One row of nam_dict.txt: a sex code ("M", "?F"...) and a frequency per country."""

    sex: str
    frequencies: tuple[int, ...]


def dictionary_lines() -> list[str]:
    """The lines of gender-guesser's `nam_dict.txt` (UTF-8, as its header declares)."""
    data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    return data.read_text(encoding="utf-8").splitlines()


def check_charset(lines: Iterable[str]) -> None:
    """Fail unless the header declares UTF-8 (the 2008 original was Latin-1 with codes)."""
    for line in lines:
        if not line.startswith("#"):
            break
        found = re.match(r"#\s*char set\s*=\s*(\S+)", line)
        if found:
            if found.group(1).lower() != "utf-8":
                raise ValueError(f"nam_dict.txt: unsupported char set {found.group(1)}")
            return
    raise ValueError("nam_dict.txt: no char set in the header")


def frequency(mark: str) -> int:
    """A country column's frequency: " " = 0, "1"-"9", "A"-"D" = 10-13."""
    return 0 if mark == " " else int(mark, 16)


def forms(name: str) -> list[str]:
    """The one-word spellings of a dictionary name ("Jun+Wei": "Jun-Wei", "Junwei")."""
    if JOINER not in name:
        return [name]
    parts = name.split(JOINER)
    return ["-".join(parts), parts[0] + "".join(part.lower() for part in parts[1:])]


def parse(lines: Sequence[str]) -> dict[str, list[Row]]:
    """Name -> its rows (one per sex code): comments, equivalences and re-sorted copies out."""
    check_charset(lines)
    names: dict[str, list[Row]] = defaultdict(list)
    for line in lines:
        if not line.strip() or line[0] in "#=" or line[SORT_MARK : SORT_MARK + 1] == "+":
            continue
        name = line[NAME_COLUMNS].strip()
        if "<" in name or "&" in name:  # a character code: the header would have said
            raise ValueError(f"nam_dict.txt: undecoded character in {name!r}")
        marks = line[COUNTRY_COLUMNS].ljust(COUNTRIES)
        row = Row(line[SEX_COLUMNS].strip(), tuple(frequency(m) for m in marks))
        for form in forms(name):
            names[form].append(row)
    return dict(names)


def latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin letter ("Zoé", "Łukasz"; not "Ли")."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def name_shaped(text: str) -> bool:
    """Whether `text` is written like a given name ("Zeynep", "Jean-Pierre"; not "JEAN")."""
    if not SHAPE.match(text) or not latin(text):
        return False
    return all(part[0].isupper() and part[1:].islower() for part in text.split("-"))


def best_frequency(rows: Iterable[Row]) -> int:
    """The name's highest frequency over its rows and countries (0 if it has none)."""
    return max((max(row.frequencies, default=0) for row in rows), default=0)


def strong(rows: Sequence[Row]) -> bool:
    """Whether a name is surely a given name: frequent in a country and given to one sex."""
    for row in rows:
        sex = ONE_SEX.get(row.sex)
        if sex is None:
            continue
        for country, value in enumerate(row.frequencies):
            if value < STRONG_FREQUENCY:
                continue
            others = (other.frequencies[country] for other in rows if ONE_SEX.get(other.sex) != sex)
            if all(other <= value - SEX_MARGIN for other in others):
                return True
    return False


def sex_of(rows: Sequence[Row]) -> str:
    """The sex ("M" or "F") a name is given to, or "" for both or unknown.

    In a country, a sex dominates when its side's frequency (unisex "?M" / "?F" rows on
    their side) is `SEX_MARGIN` steps above the other side's and the "?" rows, or they
    are absent. The French-speaking countries decide when the name is given there
    ("Jean": male in France, whatever Britain says); elsewhere a sex must dominate
    somewhere and the other nowhere.
    """

    def dominant(country: int) -> str:
        side = {"M": 0, "F": 0, "?": 0}
        for row in rows:
            key = SIDE.get(row.sex, "?")
            side[key] = max(side[key], row.frequencies[country])
        for sex, other in (("M", "F"), ("F", "M")):
            rival = max(side[other], side["?"])
            if side[sex] and (rival == 0 or rival <= side[sex] - SEX_MARGIN):
                return sex
        return "" if any(side.values()) else "-"  # "-": not given there

    local = {dominant(c) for c in FRENCH_COUNTRIES} - {"-"}
    found = local or {dominant(c) for c in range(COUNTRIES)} - {"-"}
    sexes = found - {""}
    if local and "" in local:
        return ""  # given to both sexes in France or Belgium ("Dominique", "Camille")
    return sexes.pop() if len(sexes) == 1 else ""


def frequency_order(model: str = DEFAULT_MODEL) -> dict[str, int]:
    """Word -> position in the French pipeline's vocabulary (vector keys, most frequent first)."""
    import spacy  # the generator's only spaCy use; loaded without its pipes

    nlp = spacy.load(model, exclude=["tok2vec", "morphologizer", "parser", "ner"])
    strings = nlp.vocab.strings
    return {strings[key]: i for i, key in enumerate(nlp.vocab.vectors.key2row)}


def common_word(name: str, order: Mapping[str, int], stop_words: Iterable[str]) -> bool:
    """Whether `name` is a common French word: a stop word, or more frequent in lower case."""
    lower = name.lower()
    if lower in stop_words:
        return True
    lower_at = order.get(lower)
    if lower_at is None:
        return False
    upper_at = order.get(name)
    return upper_at is None or lower_at < upper_at


def select(
    names: Mapping[str, Sequence[Row]], order: Mapping[str, int], stop_words: Iterable[str]
) -> list[tuple[str, bool, str]]:
    """The names kept (see the module docstring), whether each is strong, its sex; sorted."""
    stops = frozenset(stop_words)
    kept = []
    for name, rows in names.items():
        if best_frequency(rows) < MIN_FREQUENCY or not name_shaped(name):
            continue
        if not common_word(name, order, stops):
            kept.append((name, strong(rows), sex_of(rows)))
    return sorted(kept)


def render(names: Iterable[tuple[str, bool, str]]) -> str:
    """The TSV text: `form`, `strong` (1 or 0), `sex` (M, F or empty), one name per line."""
    rows = (f"{name}\t{int(sure)}\t{sex}\n" for name, sure, sex in names)
    return "form\tstrong\tsex\n" + "".join(rows)


def generate() -> str:
    """Text of `first_names.tsv` as generated now from the installed sources."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    return render(select(parse(dictionary_lines()), frequency_order(), STOP_WORDS))


def sources() -> str:
    """The versions the file is generated from (for SOURCE.md)."""
    return ", ".join(
        f"{package} {importlib.metadata.version(package)}"
        for package in ("gender-guesser", DEFAULT_MODEL)
    )


def main(argv: list[str] | None = None) -> int:
    """Write the generated list (or with --check, fail when the committed one is stale)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--models", type=Path, default=None, help="models/ directory")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    target = (args.models or models_dir()).joinpath(*OUTPUT)
    text = generate()
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            hint = "run python -m c5facts.tools.build_first_names"
            print(f"{target} is stale: {hint}", file=sys.stderr)
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10)) - 1} names; {sources()})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
