"""Finding and reading articles: folder walks, decoding, HTML, one clear error per bad file."""

from __future__ import annotations

import codecs
import fnmatch
import os
import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from c5facts.errors import InputError

# Bytes order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in a text article (NUL, and C0 codes other than
# tab, newline, carriage return and form feed).
_BINARY_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}


def decode_bytes(data: bytes, source: str) -> str:
    """Decode an article's bytes: BOM, else UTF-8, else a detected legacy encoding.

    >>> decode_bytes("Ça coûte 3 €".encode("cp1252"), "a.txt")
    'Ça coûte 3 €'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"cannot decode as {encoding} ({exc.reason})") from exc
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return bomless
    if _looks_binary(data):
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only legacy files need it

    # French legacy files are cp1252 or latin-1; let the detector choose among plausible ones.
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    if best is None:
        raise InputError(source, "undecodable text (not UTF-8 nor a known legacy encoding)")
    return str(best)


def _bomless_utf16(data: bytes) -> str | None:
    # UTF-16 without a BOM: Latin text puts a NUL in every other byte (odd ones for LE).
    sample = data[:8192]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2], sample[0::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _BINARY_BYTES)
    return controls / len(sample) > 0.01


def read_text(path: Path) -> str:
    """Read and decode one article file; raises `InputError` naming the file and reason."""
    return decode_bytes(_read_path(path), str(path))


def _read_path(path: Path) -> bytes:
    source = str(path)
    try:
        if path.is_symlink() and not path.exists():
            raise InputError(source, "broken symbolic link")
        if path.is_dir():
            raise InputError(source, "is a directory")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(source, "no such file") from exc
    except PermissionError as exc:
        raise InputError(source, "permission denied") from exc
    except OSError as exc:
        raise InputError(source, f"unreadable ({exc.strerror or exc})") from exc


# --- finding inputs ----------------------------------------------------------------------

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"


def is_url(source: str) -> bool:
    """True for an fsspec URL (`s3://bucket/key`, `file:///tmp/a.txt`).

    >>> is_url("s3://news/2025/a.txt"), is_url("news/a.txt")
    (True, False)
    """
    return "://" in source


def walk(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[tuple[str, str]]:
    """Expand folders into the files they hold, in a stable order, lazily.

    Yields `(source, relative)` pairs: `source` is the path as given or walked (relative
    paths stay relative, so a later `--resume` can match it) and `relative` is the
    file's path below the folder it was found in (its own name for a file given
    directly), used to mirror the input tree in an output folder. Folders are walked
    recursively, entries sorted by name, hidden entries (`.git`, `.cache`) skipped;
    files given by name are always kept, whatever `globs` says.
    """
    patterns = tuple(globs)
    for path in paths:
        if path == STDIN:
            yield path, "stdin"
        elif is_url(path):
            yield from _walk_url(path, patterns)
        elif os.path.isdir(path):
            for rel in _walk_dir(path, "", patterns):
                yield os.path.join(path, rel), rel
        else:
            yield path, os.path.basename(path) or path


def count(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> int:
    """Number of inputs `walk` yields (a second, cheap pass for a progress bar's total)."""
    return sum(1 for _ in walk(paths, globs))


def _walk_dir(root: str, prefix: str, patterns: tuple[str, ...]) -> Iterator[str]:
    try:
        with os.scandir(os.path.join(root, prefix) if prefix else root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return  # an unreadable sub-folder holds nothing we can name
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel = f"{prefix}/{entry.name}" if prefix else entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_dir(root, rel, patterns)
        elif any(fnmatch.fnmatch(entry.name, p) for p in patterns):
            # Broken symbolic links are kept on purpose: they become error records.
            yield rel


def _walk_url(url: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    import fsspec  # lazy: only remote (or file://) inputs need it

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        yield url, posixpath.basename(root.rstrip("/")) or url
        return
    root = root.rstrip("/")
    for found in sorted(fs.find(root)):
        rel = found[len(root) :].lstrip("/")
        name = posixpath.basename(rel)
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        if any(fnmatch.fnmatch(name, p) for p in patterns):
            yield url.rstrip("/") + "/" + rel, rel


# --- reading one input -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Document:
    """The text of one input and the publication date its HTML metadata gives, if any."""

    text: str
    published: date | None = None


def read_source(source: str) -> Document:
    """Read one article (path or fsspec URL): text files decoded, HTML reduced to its text.

    Raises `InputError` naming the source and the reason (missing, binary, ...).
    """
    data = _read_url(source) if is_url(source) else _read_path(Path(source))
    text = decode_bytes(data, source)
    if source.lower().endswith(HTML_SUFFIXES):
        return html_document(text)
    return Document(text)


def _read_url(source: str) -> bytes:
    import fsspec

    try:
        with fsspec.open(source, "rb") as fh:
            data: bytes = fh.read()
    except FileNotFoundError as exc:
        raise InputError(source, "no such file") from exc
    except (OSError, ValueError) as exc:
        raise InputError(source, f"unreadable ({exc})") from exc
    return data


def html_document(html: str) -> Document:
    """The main text of an HTML article (trafilatura) and its publication date."""
    if not html.strip():
        return Document("")
    from trafilatura import bare_extraction  # lazy: ~0.3 s to import, HTML inputs only

    doc = bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        return Document("")
    text = str(getattr(doc, "text", None) or "")
    published = None
    found = getattr(doc, "date", None)
    if found:
        try:
            published = date.fromisoformat(str(found)[:10])
        except ValueError:
            published = None
    return Document(text, published)
