"""The committed table of Chinese New Year days equals a fresh generation from lunardate."""

from __future__ import annotations

import pytest

from c5facts.resources import models_dir

pytest.importorskip("lunardate", reason="the tools extra (lunardate) is not installed")

from c5facts.tools import build_lunar_new_year as bl


def test_lunar_new_year_table_is_current() -> None:
    committed = models_dir().joinpath(*bl.OUTPUT).read_text(encoding="utf-8")
    assert committed == bl.generate(), (
        "models/dates/lunar_new_year.tsv is stale: run `make gazetteers` and commit it"
    )
