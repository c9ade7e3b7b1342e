"""pyproject's dependencies say the truth: the library imports each, and declares each import."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from c5facts.about import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "c5facts"
TOOLS = PACKAGE / "tools"


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement ("dask[distributed]>=1" -> dask)."""
    found = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert found is not None, requirement
    return re.sub(r"[-_.]+", "-", found.group()).lower()


def declared() -> tuple[set[str], dict[str, set[str]]]:
    """Runtime dependencies, and each extra's, as normalised distribution names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {k: {_name(r) for r in v} for k, v in project["optional-dependencies"].items()}
    return {_name(r) for r in project["dependencies"]}, extras


def imported(files: list[Path]) -> set[str]:
    """Distributions whose modules `files` import (anywhere in them, lazily or not)."""
    tops: set[str] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                tops.add(node.module.split(".")[0])
    tops -= set(sys.stdlib_module_names) | {"c5facts", "__future__"}
    dists = packages_distributions()
    missing = sorted(t for t in tops if t not in dists)
    assert missing == [], f"imported but not installed: {missing}"
    return {_name(d) for t in tops for d in dists[t]}


def _library_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if TOOLS not in p.parents]


def test_every_runtime_dependency_is_imported_and_every_import_declared() -> None:
    runtime, _ = declared()
    # The base pipeline is loaded by name (spacy.load(DEFAULT_MODEL)), not imported.
    model = _name(DEFAULT_MODEL)
    assert model in runtime
    assert imported(_library_files()) == runtime - {model}


def test_generator_only_packages_live_in_the_tools_extra() -> None:
    runtime, extras = declared()
    generator = imported(list(TOOLS.rglob("*.py"))) - runtime
    assert generator
    assert generator <= extras["tools"]
    assert not generator & runtime
    # The test that checks the generated gazetteers are current runs the generator.
    assert extras["tools"] <= extras["dev"]
    assert extras["dask"] <= extras["dev"]
