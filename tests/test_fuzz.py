"""Hostile text through the API and the command line: never raises, never hangs (issue 15).

The families of the fuzz run of issue 15 (bench/bench.py --reliability runs 10 000 of
them): random bytes decoded, lone surrogates, huge digit runs, pathological numbers,
runs of symbols, mixed scripts, NUL and U+2028, mixed with French news sentences.
Offsets must index the caller's string and every record must validate.
"""

from __future__ import annotations

import json
import tempfile
import time
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from c5facts import cli
from c5facts.extract import Extractor
from c5facts.io.exporters import dumps
from c5facts.records import Article

SCHEMA = json.loads(files("c5facts").joinpath("schema.json").read_text(encoding="utf-8"))

SENTENCES = (
    "Le 3 mai 2020, la France a versé 2 millions d'euros au Mali.",
    "Hier, le ministre Jean Dupont a annoncé 1,5 milliard de dollars.",
    "Entre le 1er et le 15 janvier 2024, Berlin a promis 40 000 €.",
)
FAMILIES = (
    st.sampled_from(SENTENCES),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=5),
    st.integers(300, 6000).map(lambda n: "9" * n + " euros"),
    st.from_regex(
        r"[0-9]{1,30}([ .,\u00a0\u202f][0-9]{1,30}){0,8}"
        r" ?(millions?|milliards?|Mds|k)? ?(€|euros|dollars|\$|£|francs CFA)",
        fullmatch=True,
    ),
    st.tuples(st.sampled_from("€=%'_-.«»😀\u0301*#"), st.integers(50, 5000)).map(
        lambda t: t[0] * t[1]
    ),
    st.text(
        st.characters(whitelist_categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=80
    ),
    st.sampled_from(["\x00", "\u2028", "\u2029", "\r\n", "\ufeff", "\u200b", "\x0c"]),
    st.sampled_from(["Москва", "北京", "إيران", "Αθήνα", "מוסקבה", "1er", "1ᵉʳ"]),
)
TEXTS = st.lists(st.one_of(*FAMILIES), max_size=6).map(" ".join)
REFERENCES = st.sampled_from([None, date(2025, 11, 6), date(1, 1, 1), date(9999, 12, 31)])


def check_record(text: str, record: dict[str, Any]) -> None:
    """Schema-valid, and every fact's offsets point at its text (U+FFFD for surrogates)."""
    jsonschema.validate(record, SCHEMA)
    for kind in ("money", "dates"):
        for fact in record[kind]:
            assert 0 <= fact["start"] < fact["end"] <= len(text)
            seen = text[fact["start"] : fact["end"]]
            assert len(seen) == len(fact["text"])
            assert all(
                a == b or (0xD800 <= ord(a) <= 0xDFFF and b == "\ufffd")
                for a, b in zip(seen, fact["text"], strict=True)
            )
    for kind in ("people", "countries"):
        for item in record[kind]:
            assert all(0 <= s < e <= len(text) for s, e in item["spans"])


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS, reference=REFERENCES)
def test_api_takes_any_str(extractor: Extractor, text: str, reference: date | None) -> None:
    started = time.monotonic()
    article = extractor.extract(text, reference_date=reference)
    assert time.monotonic() - started < 5
    assert article.error is None, article.error
    record = json.loads(dumps(article))
    check_record(text, record)


@pytest.mark.usefixtures("cli_uses_session_pipeline")
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.lists(
        st.binary(max_size=300) | TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
        min_size=1,
        max_size=4,
    )
)
def test_cli_takes_any_file(data: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, content in enumerate(data):
            Path(tmp, f"{i}.txt").write_bytes(content)
        result = CliRunner().invoke(cli.app, ["extract", tmp, "-f", "jsonl"])
        assert result.exit_code in (0, 1), result.output
        # split("\n"), not splitlines(): a record may hold a raw U+2028.
        records = [json.loads(line) for line in result.stdout.split("\n") if line]
        assert len(records) == len(data)
        for record in records:
            jsonschema.validate(record, SCHEMA)
            if "error" not in record:
                text = _read(Path(record["source"]))
                check_record(text, record)
            else:
                assert record["error"]["type"] == "InputError"  # binary: never a crash
        assert f"{len(data)} processed" in result.stderr


def _read(path: Path) -> str:
    from c5facts.io.inputs import read_text

    return read_text(path)


def test_records_are_articles() -> None:
    # The schema check above covers error records too.
    record = Article(source="x", reference_date=None).to_dict()
    jsonschema.validate(record, SCHEMA)
