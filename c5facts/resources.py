"""Where rule data lives: the only module that knows the `models/` layout.

Order: `$C5FACTS_MODELS`, then `c5facts/models` inside an installed wheel, then the
repository's `models/` next to the package (checkout or editable install).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from c5facts.errors import ResourceError


@cache
def models_dir() -> Path:
    """Return the directory holding c5facts's rule data."""
    env = os.environ.get("C5FACTS_MODELS")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent
    candidates += [here / "models", here.parent / "models"]
    for cand in candidates:
        if cand.is_dir():
            return cand
    raise ResourceError(f"rule data not found (looked in {', '.join(map(str, candidates))})")


def resource_path(*parts: str) -> Path:
    """Path of a file under `models/`; raises `ResourceError` if it is missing."""
    path = models_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceError(f"{path}: missing rule data file")
    return path


def read_jsonl(*parts: str) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSONL file under `models/` (blank and # lines skipped)."""
    path = resource_path(*parts)
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ResourceError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from exc
            if not isinstance(obj, dict):
                raise ResourceError(f"{path}:{lineno}: expected a JSON object")
            yield obj


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """Read a tab-separated file with a header row under `models/` (# lines skipped)."""
    path = resource_path(*parts)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        return [dict(row) for row in csv.DictReader(rows, delimiter="\t")]


def read_tsv_gz_raw(*parts: str) -> list[tuple[str, str, str]]:
    """Lines of a gzipped tab-separated file under `models/`, cut at their first tab.

    The header and # lines are skipped; each line gives (first column, tab, the rest).
    """
    import gzip

    text = gzip.decompress(resource_path(*parts).read_bytes()).decode("utf-8")
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    return [line.partition("\t") for line in lines[1:]]


@cache
def date_vocabulary() -> dict[str, dict[str, str]]:
    """The date vocabulary (`models/dates/vocabulary.tsv`) by class: form -> value.

    Loaded once per process and shared by every reader (the dates component and
    normaliser, the countries component's dateline rule, the report's French month
    names): month, weekday, season... words are written only in that file.
    """
    table: dict[str, dict[str, str]] = {}
    for row in read_tsv("dates", "vocabulary.tsv"):
        table.setdefault(row["class"], {})[row["form"]] = row["value"]
    return table
