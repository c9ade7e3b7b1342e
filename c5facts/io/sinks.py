"""Where batch records go: atomic per-article files, and the resume index of a JSONL output.

An interrupted run must never leave a truncated record behind: per-article files are
written to a temporary name and renamed (atomic on one filesystem), and a JSONL file
cut mid-line is trimmed back to its last complete record before it is appended to.
"""

from __future__ import annotations

import json
import os
import posixpath
import tempfile
from pathlib import Path

from c5facts.errors import C5FactsError
from c5facts.io.exporters import json_object_text
from c5facts.io.inputs import is_url
from c5facts.records import Article


def target_path(output_dir: str, relative: str) -> str:
    """The output file of an input found at `relative` below its folder: same tree, `.json`.

    A `.txt` article gives `NAME.json`; any other keeps its extension (`NAME.html.json`),
    so `a.txt` and `a.html` side by side never write the same file.

    >>> target_path("out", "2025/11/c5.txt"), target_path("out", "2025/11/c5.html")
    ('out/2025/11/c5.json', 'out/2025/11/c5.html.json')
    """
    stem, ext = posixpath.splitext(relative)
    rel = (stem if ext.lower() == ".txt" else relative) + ".json"
    if is_url(output_dir):
        return output_dir.rstrip("/") + "/" + rel
    return os.path.join(output_dir, *rel.split("/"))


def record_text(article: Article) -> str:
    """The content of a per-article file: the record as one indented JSON object."""
    return json_object_text(article)


def write_record(target: str, article: Article) -> None:
    """Write one record to `target` atomically (local path or fsspec URL).

    Raises `C5FactsError` when the output cannot be written (a full disk stops the run).
    """
    text = record_text(article)
    try:
        if is_url(target):
            import fsspec

            # Object stores (s3, gcs) make an object visible only once fully uploaded.
            with fsspec.open(target, "w", encoding="utf-8", auto_mkdir=True) as fh:
                fh.write(text)
            return
        atomic_write_text(Path(target), text)
    except OSError as exc:
        raise C5FactsError(f"{target}: cannot write ({exc.strerror or exc})") from exc


def exists(target: str) -> bool:
    """True when output file `target` (local path or fsspec URL) is already there."""
    if is_url(target):
        import fsspec

        fs, path = fsspec.core.url_to_fs(target)
        return bool(fs.exists(path))
    return os.path.exists(target)


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def jsonl_done_sources(path: Path) -> set[str]:
    """Sources already recorded in JSONL output `path`, after trimming a cut-off last line.

    A missing file means nothing is done. Error records count as done: a rerun does
    not retry them (delete their lines to retry).
    """
    if not path.exists():
        return set()
    _trim_partial_line(path)
    done: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                source = json.loads(line).get("source")
            except (json.JSONDecodeError, AttributeError):
                continue
            if isinstance(source, str):
                done.add(source)
    return done


def _trim_partial_line(path: Path) -> None:
    # A run killed mid-write leaves a last line without its newline: drop it.
    with path.open("rb+") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        pos = size
        chunk = 65536
        while pos > 0:
            start = max(0, pos - chunk)
            fh.seek(start)
            data = fh.read(pos - start)
            nl = data.rfind(b"\n")
            if nl >= 0:
                fh.truncate(start + nl + 1)
                return
            pos = start
        fh.truncate(0)
