"""Reading articles from disk: decoding, binary detection, one clear error per bad file."""

from __future__ import annotations

import codecs
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
    source = str(path)
    try:
        if path.is_symlink() and not path.exists():
            raise InputError(source, "broken symbolic link")
        if path.is_dir():
            raise InputError(source, "is a directory")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(source, "no such file") from exc
    except PermissionError as exc:
        raise InputError(source, "permission denied") from exc
    except OSError as exc:
        raise InputError(source, f"unreadable ({exc.strerror or exc})") from exc
    return decode_bytes(data, source)
