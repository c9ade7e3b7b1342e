"""The pipeline: pipe order, factories found through entry points, save/load round trip."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from c5facts.extract import Extractor
from c5facts.pipeline import (
    C5FACTS_PIPES,
    EXCLUDE,
    RELATION_PIPES,
    SENTENCES_PIPE,
    WORDCLASS_PIPE,
)


def test_pipe_order(extractor: Extractor) -> None:
    names = extractor.nlp.pipe_names
    assert names[-7:] == list(C5FACTS_PIPES + RELATION_PIPES)
    assert names.index("ner") < names.index("c5facts_money")
    assert not set(EXCLUDE) & set(names)
    # The base model contributes its ner only (with its own tok2vec); word classes and
    # sentences come from c5facts_wordclass and c5facts_sentences, first.
    assert names == [WORDCLASS_PIPE, SENTENCES_PIPE, "ner", *C5FACTS_PIPES, *RELATION_PIPES]


def test_factories_declared_as_entry_points() -> None:
    declared = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {WORDCLASS_PIPE, SENTENCES_PIPE, *C5FACTS_PIPES, *RELATION_PIPES} <= declared


@pytest.mark.slow
def test_saved_pipeline_loads_in_fresh_process(extractor: Extractor, tmp_path: Path) -> None:
    # Without the entry points a fresh process fails with "[E002] Can't find factory".
    extractor.nlp.to_disk(tmp_path / "pipeline")
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "print(','.join(n for n in nlp.pipe_names if n.startswith('c5facts')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pipeline")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert proc.stdout.strip().split(",") == [
        WORDCLASS_PIPE,
        SENTENCES_PIPE,
        *C5FACTS_PIPES,
        *RELATION_PIPES,
    ]
