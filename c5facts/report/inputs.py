"""Reading records written earlier (a JSONL file) back with their article texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from c5facts.batch import load
from c5facts.errors import InputError


def _find_text(source: str, texts_dir: Path) -> Path | None:
    # A record's source relative to the directory, else its file name there or below it.
    direct = texts_dir / source
    if direct.is_file():
        return direct
    name = Path(source).name
    if not name:
        return None
    by_name = texts_dir / name
    if by_name.is_file():
        return by_name
    # Last resort: a unique file of that name anywhere under the directory.
    matches = sorted(p for p in texts_dir.rglob(name) if p.is_file())
    return matches[0] if len(matches) == 1 else None


def load_jsonl_items(jsonl: Path, texts_dir: Path) -> list[tuple[dict[str, Any], str]]:
    """Records of a JSONL file paired with their article texts, for `report --from`.

    Each record's text is found by its `source`: relative to `texts_dir`, else by its file
    name (directly in `texts_dir`, or a unique match below it). Texts are read by
    `c5facts.batch.load`, as `c5facts extract` read them, so the record's offsets still apply.

    Args:
        jsonl: the JSONL file, one record per line.
        texts_dir: the directory holding the articles' texts.

    Returns:
        (record, article text) pairs in file order, ready for `render_report`.

    Raises:
        InputError: the JSONL file or the directory is missing, a line is not a JSON object,
            or a record's text cannot be found or read (the error names the source).
    """
    if not jsonl.is_file():
        raise InputError(str(jsonl), "no such file")
    if not texts_dir.is_dir():
        raise InputError(str(texts_dir), "not a directory")
    try:
        lines = jsonl.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(jsonl), f"cannot read: {exc}") from exc
    out: list[tuple[dict[str, Any], str]] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(jsonl), f"line {lineno}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise InputError(str(jsonl), f"line {lineno}: expected a JSON object")
        source = record.get("source")
        if not isinstance(source, str) or not source:
            raise InputError(f"{jsonl}:{lineno}", "record has no source to find its text by")
        path = _find_text(source, texts_dir)
        if path is None:
            raise InputError(source, f"text not found in {texts_dir}")
        # Read exactly as extraction did (same decoding, line ends kept), so offsets match.
        loaded = load(str(path))
        if loaded.text is None:
            reason = loaded.error.message if loaded.error else "unreadable"
            raise InputError(source, f"cannot read its text: {reason}")
        out.append((record, loaded.text))
    return out
