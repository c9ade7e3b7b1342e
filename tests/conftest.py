"""Shared fixtures: the real pipeline is built once per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from c5facts.extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"

# The regex-compile cache (c5facts.tokenizer_cache) of this test session, never the user's:
# set before any pipeline is built, inherited by the CLI subprocesses.
os.environ.setdefault("C5FACTS_CACHE_DIR", tempfile.mkdtemp(prefix="c5facts-test-cache-"))


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real c5facts pipeline (fr_core_news_md + c5facts components), built once."""
    return Extractor()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` beside the project; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (only the development machines have it)")
    return SHARED


@pytest.fixture
def cli_uses_session_pipeline(monkeypatch: pytest.MonkeyPatch, extractor: Extractor) -> None:
    """CLI commands run in-process reuse the session pipeline instead of loading their own."""
    from c5facts import cli

    monkeypatch.setattr(cli, "_load_extractor", lambda model, dollar=None: extractor)
