"""The given-name list: generated from its sources, current, and read at run time alone."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from c5facts.normalise.people import first_names
from c5facts.resources import models_dir
from c5facts.tools import build_first_names as bf

HAS_SOURCE = importlib.util.find_spec("gender_guesser") is not None
needs_source = pytest.mark.skipif(
    not HAS_SOURCE, reason="gender-guesser (the `tools` extra) is not installed"
)


@pytest.fixture(scope="module")
def generated() -> str:
    """The list as generated now from the installed sources (about 20 s: done once)."""
    return bf.generate()


@pytest.mark.slow
@needs_source
def test_first_names_list_is_current(generated: str) -> None:
    committed = models_dir().joinpath(*bf.OUTPUT).read_text(encoding="utf-8")
    assert committed == generated, (
        "models/people/first_names.tsv is stale: run `make gazetteers` and commit it"
    )


@pytest.mark.slow
@needs_source
def test_check_mode(tmp_path: Path, generated: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bf, "generate", lambda: generated)
    assert bf.main(["--models", str(tmp_path), "--check"]) == 1
    assert bf.main(["--models", str(tmp_path)]) == 0
    assert bf.main(["--models", str(tmp_path), "--check"]) == 0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Zeynep", True),
        ("Jean-Pierre", True),
        ("Łukasz", True),
        ("Zoé", True),
        ("JEAN", False),  # shape: capitals only
        ("jean", False),
        ("Jean-pierre", False),
        ("Ли", False),  # not the Latin script
        ("A", False),  # one letter
        ("Mc2", False),
    ],
)
def test_name_shape(text: str, want: bool) -> None:
    assert bf.name_shaped(text) is want


def test_common_words_are_left_out() -> None:
    # vocabulary positions: most frequent first
    order = {"rose": 10, "Rose": 50, "Pierre": 5, "pierre": 40, "Zeynep": 900}
    stops = {"le"}
    assert bf.common_word("Rose", order, stops)  # more frequent in lower case
    assert not bf.common_word("Pierre", order, stops)  # more frequent capitalised
    assert not bf.common_word("Zeynep", order, stops)  # no lower-case form
    assert bf.common_word("Le", order, stops)  # a stop word


# columns of a few countries in nam_dict.txt (0-based, among the 55 country columns)
COUNTRY_AT = {"GB": 0, "US": 2, "IT": 3, "FR": 7, "DE": 12, "TR": 46, "VN": 52}
HEADER = ["# List of first names and gender.", "#  char set = utf-8", "#"]


def line(sex: str, name: str, mark: str = " ", **frequencies: int) -> str:
    """A nam_dict.txt line: sex code, name, sort mark, then one column per country."""
    columns = [" "] * bf.COUNTRIES
    for country, value in frequencies.items():
        columns[COUNTRY_AT[country]] = format(value, "X")
    return sex.ljust(3) + name.ljust(26) + mark + "".join(columns) + "$"


def test_parse_reads_the_fixed_columns() -> None:
    names = bf.parse(
        [
            *HEADER,
            line("F", "Zeynep", TR=8),
            line("M", "Jean", "-", FR=11),
            line("?F", "Jean", GB=8),
            line("M", "Jürgen", DE=5),
            line("M", "Jürgen", "+", DE=5),  # the copy sorted as "Juergen": skipped
            line("M", "Abdel+Aziz", TR=6),
            "=  Hansi                  Hans",  # an equivalence, no name row
        ]
    )
    assert set(names) == {"Zeynep", "Jean", "Jürgen", "Abdel-Aziz", "Abdelaziz"}
    assert names["Zeynep"] == [bf.Row("F", tuple(8 if i == 46 else 0 for i in range(55)))]
    assert [r.sex for r in names["Jean"]] == ["M", "?F"]
    assert names["Jean"][0].frequencies[COUNTRY_AT["FR"]] == 11  # "B"
    assert len(names["Jürgen"]) == 1


def test_parse_refuses_another_charset() -> None:
    with pytest.raises(ValueError, match="char set"):
        bf.parse(["#  char set = iso8859-1", line("M", "Jean", FR=3)])


def test_select_cuts_and_marks_strong_names() -> None:
    names = bf.parse(
        [
            *HEADER,
            line("F", "Zeynep", TR=8),
            line("M", "Jean", FR=11),
            line("?F", "Jean", GB=8),  # unisex in another country: still strong
            line("?F", "The", VN=9),  # unisex rows are never strong
            line("M", "Paris", DE=3),  # too rare in every country to be strong
            line("F", "Andrea", FR=5),
            line("M", "Andrea", FR=4),  # both sexes in one country
            line("F", "Rose", FR=6),  # a common French word
            line("M", "JEAN", FR=6),  # not shaped like a given name
        ]
    )
    order = {"rose": 1, "Rose": 2}
    assert bf.select(names, order, set()) == [
        ("Andrea", False, ""),  # both sexes in France
        ("Jean", True, "M"),  # male in France, whatever Britain says
        ("Paris", False, "M"),
        ("The", False, "F"),
        ("Zeynep", True, "F"),
    ]
    assert (
        bf.render([("Paris", False, ""), ("Zeynep", True, "F")])
        == "form\tstrong\tsex\nParis\t0\t\nZeynep\t1\tF\n"
    )


def test_sex_of_a_given_name() -> None:
    names = bf.parse(
        [
            *HEADER,
            line("F", "Zoe", GB=6),  # one sex, one country
            line("M", "Luca", IT=9),
            line("F", "Luca", DE=3),  # female in another country: none
            line("M", "Kim", US=5),
            line("F", "Kim", DE=5),  # male in one country, female in another: none
            line("?", "Sam", FR=6),  # unisex in France
            line("M", "Sam", GB=8),
        ]
    )
    assert [bf.sex_of(names[n]) for n in ("Zoe", "Luca", "Kim", "Sam")] == ["F", "", "", ""]


def test_run_time_list() -> None:
    names = first_names()
    strong = first_names(strong=True)
    assert {"Zeynep", "Pierre", "Jean-Pierre"} <= names
    assert strong <= names
    assert not {"Paris", "The"} & strong  # given to some, but a word or a place first
    assert not {"Victoire", "Rose", "Le", "Jeudi"} & names  # common French words
    size = models_dir().joinpath(*bf.OUTPUT).stat().st_size
    assert size < 1_000_000


RUNTIME_IMPORTS = """
import sys
from c5facts.pipeline import build_nlp
doc = build_nlp(relations=False)("Selon ses proches, Zeynep Ece Dundar ne viendra pas.")
print(sorted({"gender_guesser", "pycountry", "babel"} & sys.modules.keys()))
"""


@pytest.mark.slow
def test_runtime_needs_no_generator_package() -> None:
    # gender-guesser is the generator's (the `tools` extra): the pipeline reads the TSV only.
    done = subprocess.run(
        [sys.executable, "-c", RUNTIME_IMPORTS], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
