"""Finding and reading articles: folder walks, decoding, HTML, one clear error per bad file."""

from __future__ import annotations

import codecs
import fnmatch
import os
import posixpath
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple

from c5facts.errors import InputError
from c5facts.io.web import is_web_url, relative_name
from c5facts.limits import MAX_BYTES

# Bytes order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in a text article (NUL, and C0 codes other than
# tab, newline, carriage return and form feed).
_BINARY_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, and what the decoding had to repair (a warning for the record)."""

    text: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, source: str) -> str:
    """Decode an article's bytes: BOM, else UTF-8, else a detected legacy encoding.

    >>> decode_bytes("Ça coûte 3 €".encode("cp1252"), "a.txt")
    'Ça coûte 3 €'
    """
    return decode(data, source).text


def decode(data: bytes, source: str) -> Decoded:
    """Decode an article's bytes, repairing what a reader would repair.

    A byte order mark (UTF-8, UTF-16, UTF-32) decides; else UTF-16 without one is
    recognised; else UTF-8; UTF-8 with a few stray bytes (no more than its well-formed
    multi-byte characters) is decoded with U+FFFD in their place and a warning; else
    a legacy encoding (cp1252, latin-1...) is detected.

    Raises:
        InputError: binary data, or no encoding fits.

    >>> decode(b"caf\\xc3\\xa9 \\xff", "a.txt").warnings
    ('1 invalid UTF-8 byte(s) replaced by U+FFFD',)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise InputError(source, f"cannot decode as {encoding} ({exc.reason})") from exc
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return Decoded(bomless)
    if _looks_binary(data):
        raise InputError(source, "binary file, not text")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return repaired
    from charset_normalizer import from_bytes  # lazy: only legacy files need it

    # French legacy files are cp1252 or latin-1; let the detector choose among plausible ones.
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    if best is None:
        raise InputError(source, "undecodable text (not UTF-8 nor a known legacy encoding)")
    return Decoded(str(best))


def _mostly_utf8(data: bytes) -> Decoded | None:
    # UTF-8 text with a few stray bytes (a cut file, one pasted cp1252 character) keeps
    # its UTF-8 reading; a legacy file has (almost) no well-formed multi-byte sequence.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad <= 0 or bad > wide:
        return None
    return Decoded(text, (f"{bad} invalid UTF-8 byte(s) replaced by U+FFFD",))


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


def read_text(path: Path, max_bytes: int | None = MAX_BYTES) -> str:
    """Read and decode one article file; raises `InputError` naming the file and reason."""
    return decode_bytes(_read_path(path, max_bytes), str(path))


def _read_path(path: Path, max_bytes: int | None = MAX_BYTES) -> bytes:
    source = str(path)
    try:
        if path.is_symlink() and not path.exists():
            raise InputError(source, "broken symbolic link")
        if path.is_dir():
            raise InputError(source, "is a directory")
        # Named files are read whatever they are (a FIFO, /dev/stdin), but never more
        # than max_bytes: /dev/zero must not fill the memory.
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1) if max_bytes is not None else fh.read()
    except FileNotFoundError as exc:
        raise InputError(source, "no such file") from exc
    except PermissionError as exc:
        raise InputError(source, "permission denied") from exc
    except OSError as exc:
        raise InputError(source, f"unreadable ({exc.strerror or exc})") from exc
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(source, f"larger than {max_bytes} bytes (--max-bytes)")
    return data


# --- finding inputs ----------------------------------------------------------------------

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.warc", "*.warc.gz")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"


def is_url(source: str) -> bool:
    """True for an fsspec URL (`s3://bucket/key`, `file:///tmp/a.txt`).

    >>> is_url("s3://news/2025/a.txt"), is_url("news/a.txt")
    (True, False)
    """
    return "://" in source


class Found(NamedTuple):
    """One input found by `walk_found`: its source, its path below its folder, a problem.

    `problem` names why it cannot be read (a FIFO or a device in a folder, an
    unreadable sub-folder); such an entry becomes an error record, it is never opened.
    """

    source: str
    relative: str
    problem: str | None = None


def walk(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[tuple[str, str]]:
    """`(source, relative)` of every input `walk_found` finds (problems included)."""
    for found in walk_found(paths, globs):
        yield found.source, found.relative


def walk_found(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Found]:
    """Expand folders into the files they hold, in a stable order, lazily.

    Yields a `Found` per input: `source` is the path as given or walked (relative
    paths stay relative, so a later `--resume` can match it) and `relative` is the
    file's path below the folder it was found in (its own name for a file given
    directly), used to mirror the input tree in an output folder. Folders are walked
    recursively, entries sorted by name, hidden entries (`.git`, `.cache`) skipped;
    files given by name are always kept, whatever `globs` says. In folders only
    regular files are taken: FIFOs, sockets and devices that match `globs`, and
    sub-folders that cannot be listed, come with a `problem` and are not opened.
    """
    patterns = tuple(globs)
    for path in paths:
        if path == STDIN:
            yield Found(path, "stdin")
        elif is_web_url(path):
            yield Found(path, relative_name(path))  # a page to fetch, never walked
        elif is_url(path):
            for source, rel in _walk_url(path, patterns):
                yield Found(source, rel)
        elif os.path.isdir(path):
            for rel, problem in _walk_dir(path, "", patterns):
                yield Found(os.path.join(path, rel) if rel else path, rel or path, problem)
        else:
            yield Found(path, os.path.basename(path) or path)


def count(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> int:
    """Number of inputs `walk` yields (a second, cheap pass for a progress bar's total)."""
    return sum(1 for _ in walk_found(paths, globs))


_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _walk_dir(
    root: str, prefix: str, patterns: tuple[str, ...]
) -> Iterator[tuple[str, str | None]]:
    try:
        with os.scandir(os.path.join(root, prefix) if prefix else root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield prefix, f"unreadable folder ({exc.strerror or exc})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel = f"{prefix}/{entry.name}" if prefix else entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_dir(root, rel, patterns)
        elif any(fnmatch.fnmatch(entry.name, p) for p in patterns):
            # Broken symbolic links are kept on purpose: they become error records.
            yield rel, _special(entry)


def _special(entry: os.DirEntry[str]) -> str | None:
    """Why `entry` is not read (a FIFO would block, a device never ends), or None."""
    try:
        mode = entry.stat().st_mode
    except OSError:
        return None  # a broken link: reading it says so
    for test, kind in _SPECIAL:
        if test(mode):
            return f"not a regular file ({kind}): not read"
    return None


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
    """The text of one input, its HTML publication date if any, and decoding warnings."""

    text: str
    published: date | None = None
    warnings: tuple[str, ...] = ()
    # where `published` comes from: the page's metadata, or a web archive's capture date
    published_source: str = "html-metadata"
    # the country of the page's declared locale (`<html lang="fr-CA">`, og:locale fr_CA)
    country: str | None = None


def read_source(source: str, max_bytes: int | None = MAX_BYTES) -> Document:
    """Read one article (path or fsspec URL): text files decoded, HTML reduced to its text.

    Raises `InputError` naming the source and the reason (missing, binary, larger
    than `max_bytes`...).
    """
    data = _read_url(source, max_bytes) if is_url(source) else _read_path(Path(source), max_bytes)
    decoded = decode(data, source)
    if source.lower().endswith(HTML_SUFFIXES):
        doc = html_document(decoded.text)
        return Document(doc.text, doc.published, decoded.warnings, country=doc.country)
    return Document(decoded.text, warnings=decoded.warnings)


def _read_url(source: str, max_bytes: int | None = MAX_BYTES) -> bytes:
    import fsspec

    try:
        with fsspec.open(source, "rb") as fh:
            data: bytes = fh.read(max_bytes + 1) if max_bytes is not None else fh.read()
    except FileNotFoundError as exc:
        raise InputError(source, "no such file") from exc
    except (OSError, ValueError) as exc:
        raise InputError(source, f"unreadable ({exc})") from exc
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(source, f"larger than {max_bytes} bytes (--max-bytes)")
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
    country = page_country(html)
    published = None
    found = getattr(doc, "date", None)
    if found:
        try:
            published = date.fromisoformat(str(found)[:10])
        except ValueError:
            published = None
    from c5facts.io.published_time import published_at

    # the time of that day from the same metadata, when given ("il y a deux heures")
    return Document(text, published_at(html, published), country=country)


# `<html lang="fr-CA">` or `<meta property="og:locale" content="fr_CA">`: a region subtag.
_LOCALE = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?[a-z]{2,3}[-_]([a-z]{2})\b"
    r"|<meta\b[^>]*?og:locale[^>]*?content\s*=\s*[\"']?[a-z]{2,3}[-_]([a-z]{2})\b",
    re.IGNORECASE,
)


def page_country(html: str) -> str | None:
    """The country of an HTML page's declared locale, where its head gives a region.

    A publisher's clue for bare currency units (a page in fr-CA prices in Canadian
    dollars unless the article says otherwise); only the first 20 000 characters are read.

    >>> page_country('<html lang="fr-CA"><head>'), page_country('<html lang="fr">')
    ('CA', None)
    >>> page_country('<meta property="og:locale" content="fr_BE" />')
    'BE'
    """
    found = _LOCALE.search(html[:20_000])
    if found is None:
        return None
    return (found.group(1) or found.group(2)).upper()
