"""The committed word-class lexicon equals a fresh generation from its sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from c5facts.resources import models_dir

pytest.importorskip("verbecc", reason="the tools extra (verbecc) is not installed")
pytest.importorskip("wordfreq", reason="the tools extra (wordfreq) is not installed")

from c5facts.tools import build_word_classes as bw


@pytest.fixture(scope="module")
def generated() -> str:
    return bw.generate()


@pytest.mark.slow
def test_word_classes_are_current(generated: str) -> None:
    committed = bw.read(models_dir().joinpath(*bw.OUTPUT))
    assert committed == generated, (
        "models/lexicon/word_classes.tsv.gz is stale: run `make gazetteers` and commit it"
    )


@pytest.mark.slow
def test_write_is_byte_stable(generated: str, tmp_path: Path) -> None:
    # gzip with a fixed timestamp: regenerating an unchanged table changes no byte
    path = tmp_path / "w.tsv.gz"
    bw.write(generated, path)
    assert path.read_bytes() == models_dir().joinpath(*bw.OUTPUT).read_bytes()


RUNTIME_IMPORTS = """
import sys
from c5facts.normalise.wordclass import lexicon, tag
assert tag(["il", "signera"])[1][0] == "VERB" and lexicon().get("signera")
print(sorted({"verbecc", "wordfreq"} & sys.modules.keys()))
"""


@pytest.mark.slow
def test_runtime_needs_no_generator_packages() -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUNTIME_IMPORTS], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
