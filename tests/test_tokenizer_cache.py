"""The regex cache of the cold start: same compiled programs, same tokens, safe fallbacks."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from c5facts import tokenizer_cache as tc
from c5facts.extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _unique_pattern(tag: str) -> str:
    """A pattern no other test compiles (so `re`'s cache does not hold it yet)."""
    words = "|".join(f"{tag}[{chr(0x100 + i)}-{chr(0x200 + i)}]+mot{i}" for i in range(60))
    return f"(?iu)^(?:{words})$"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(tc.ENV, str(tmp_path))
    monkeypatch.setattr(tc, "SLOW", 0.0)  # keep every compile, however quick
    return tmp_path


def test_first_load_records_next_load_reuses(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = _unique_pattern("premier")
    with tc.warm("modele"):
        compiled = re.compile(pattern)
    files = list(cache.glob("regex-*.json"))
    assert len(files) == 1
    recorded = [e["pattern"] for e in tc.read_entries(files[0])]
    assert pattern in recorded
    # A new process: the pattern is not in re's cache; warm() builds it from the file.
    re._cache.pop((str, pattern, 0), None)  # type: ignore[attr-defined]
    built: list[str] = []
    build = tc.build

    def counted(entry: tc.Entry) -> re.Pattern[str]:
        built.append(entry["pattern"])
        return build(entry)

    monkeypatch.setattr(tc, "build", counted)
    stamp = files[0].stat().st_mtime_ns
    with tc.warm("modele"):
        again = re.compile(pattern)
    assert built == [pattern]
    assert again == compiled  # the same compiled program
    assert again.match("premierĀĀmot0")
    assert not again.match("premier mot0")
    assert files[0].stat().st_mtime_ns == stamp  # nothing new: the file stays as it is


def test_stale_patterns_leave_the_file(cache: Path) -> None:
    old, new = _unique_pattern("ancien"), _unique_pattern("nouveau")
    with tc.warm("modele"):
        re.compile(old)
    re._cache.pop((str, old, 0), None)  # type: ignore[attr-defined]
    with tc.warm("modele"):  # a new vocabulary: the old pattern is no longer asked for
        re.compile(new)
    (path,) = cache.glob("regex-*.json")
    assert tc.read_entries(path) == []
    # A pattern joins the file the second time it is compiled (one that changes at
    # every run, built in hash order, never does: no rewrite at every run).
    re._cache.pop((str, new, 0), None)  # type: ignore[attr-defined]
    with tc.warm("modele"):
        re.compile(new)
    assert [e["pattern"] for e in tc.read_entries(path)] == [new]


def test_another_model_has_its_own_file(cache: Path) -> None:
    assert tc.cache_file("a", cache) != tc.cache_file("b", cache)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("not json", id="garbage"),
        pytest.param(json.dumps({"format": 0, "entries": []}), id="old-format"),
        pytest.param(
            json.dumps(
                {
                    "format": tc.FORMAT,
                    "entries": [
                        {
                            "pattern": "a+",
                            "given_flags": 0,
                            "flags": 32,
                            "code": [1, 2, 3],
                            "groups": 0,
                            "groupindex": {},
                            "indexgroup": [None],
                        }
                    ],
                }
            ),
            id="invalid-program",
        ),
    ],
)
def test_a_bad_file_means_the_usual_compile(cache: Path, content: str) -> None:
    path = tc.cache_file("modele", cache)
    path.write_text(content, encoding="utf-8")
    pattern = _unique_pattern("mauvais")
    re._cache.pop((str, pattern, 0), None)  # type: ignore[attr-defined]
    re._cache.pop((str, "a+", 0), None)  # type: ignore[attr-defined]
    with tc.warm("modele"):  # records anew, and never raises
        compiled = re.compile(pattern)
        assert re.compile("a+").match("aa")  # a damaged entry: the usual compile
    assert compiled.match("mauvaisĀĀmot0")
    assert [1, 2, 3] not in [e["code"] for e in tc.read_entries(path)]  # damaged: gone
    re._cache.pop((str, pattern, 0), None)  # type: ignore[attr-defined]
    with tc.warm("modele"):
        assert re.compile(pattern) == compiled
    assert pattern in [e["pattern"] for e in tc.read_entries(path)]


def test_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tc.ENV, "")
    assert tc.cache_dir() is None
    with tc.warm("modele"):
        assert re.compile("a+").match("aa")


def _texts(shared: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    dev = shared / "corpus" / "dev"
    texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
    return texts


def test_cached_french_tokenizer_gives_the_same_tokens(
    extractor: Extractor, tmp_path: Path
) -> None:
    """The recorded `token_match` is the standard one; tokens are identical on real texts."""
    from re import _compiler  # type: ignore[attr-defined]

    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    standard = TOKEN_MATCH.__self__  # type: ignore[attr-defined]
    entries: list[tc.Entry] = []
    with tc.recording(entries):
        _compiler.compile(standard.pattern, 0)  # what spaCy's import does, on a cold start
    path = tmp_path / "regex.json"
    tc.write_entries(path, entries)
    (entry,) = [e for e in tc.read_entries(path) if e["pattern"] == standard.pattern]
    cached = tc.build(entry)
    assert cached == standard
    assert cached is not standard

    nlp = extractor.nlp
    standard_tokenizer: Any = nlp.tokenizer
    fast = type(standard_tokenizer)(nlp.vocab).from_bytes(standard_tokenizer.to_bytes())
    fast.token_match = cached.match
    texts = _texts(ROOT.parent / "shared")
    assert len(texts) >= 10
    for text in texts:
        want = [(t.idx, t.text) for t in standard_tokenizer(text)]
        assert [(t.idx, t.text) for t in fast(text)] == want
