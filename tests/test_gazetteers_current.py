"""The committed country gazetteer equals a fresh generation from its sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from c5facts.resources import models_dir
from c5facts.tools import build_gazetteers as bg


def test_countries_gazetteer_is_current() -> None:
    committed = models_dir().joinpath(*bg.OUTPUT).read_text(encoding="utf-8")
    assert committed == bg.generate(), (
        "models/gazetteers/countries.tsv is stale: run `make gazetteers` and commit it"
    )


def test_check_mode(tmp_path: Path) -> None:
    root = tmp_path / "models"
    (root / "gazetteers").mkdir(parents=True)
    supplement = models_dir().joinpath(*bg.SUPPLEMENT)
    (root / "gazetteers" / supplement.name).write_text(
        supplement.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert bg.main(["--models", str(root), "--check"]) == 1
    assert bg.main(["--models", str(root)]) == 0
    assert bg.main(["--models", str(root), "--check"]) == 0


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("ouzbek", "ouzbeks"),
        ("ouzbèke", "ouzbèkes"),
        ("français", "français"),
        ("kirghiz", "kirghiz"),
    ],
)
def test_plural(word: str, want: str) -> None:
    assert bg.plural(word) == want


def test_bad_supplement_row(tmp_path: Path) -> None:
    bad = tmp_path / "s.tsv"
    bad.write_text("code\tkind\tform\nXX\tname\tNullepart\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad supplement row"):
        bg.read_supplement(bad)


RUNTIME_IMPORTS = """
import pkgutil, sys, c5facts
for mod in pkgutil.walk_packages(c5facts.__path__, "c5facts."):
    if not mod.name.startswith(("c5facts.tools", "c5facts.__main__")):
        __import__(mod.name)
from c5facts.normalise.countries import gazetteer, lookup
assert lookup("ouzbèke", "demonym") == "UZ" and gazetteer()
print(sorted({"babel", "pycountry"} & sys.modules.keys()))
"""


@pytest.mark.slow
def test_runtime_needs_no_generator_packages() -> None:
    # babel and pycountry are the offline generator's (the `tools` extra): importing any
    # run-time module, and reading the gazetteer, must not need them.
    done = subprocess.run(
        [sys.executable, "-c", RUNTIME_IMPORTS], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
