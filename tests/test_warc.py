"""Web-archive inputs: a WARC the test writes, read through every engine, resumable."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from web_pages import PAGE_EN, PAGE_FR, PAGE_UNDATED, write_warc

from c5facts import cli
from c5facts.io.language import is_french_html
from c5facts.io.warc import WarcStats, iter_pages

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")

HTML = "text/html; charset=utf-8"
FR_URL = "https://journal.example/economie/accord-reseaux"
UNDATED_URL = "https://region.example/budget-lycees"


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """A small news crawl: two French pages among others that must be skipped."""
    return write_warc(
        tmp_path / "crawl.warc.gz",
        [
            (FR_URL, "200 OK", HTML, PAGE_FR.encode(), "2025-03-05T10:00:00Z"),
            (
                "https://news.example/grid-deal",
                "200 OK",
                HTML,
                PAGE_EN.encode(),
                "2025-03-05T10:01:00Z",
            ),
            (
                "https://journal.example/logo.png",
                "200 OK",
                "image/png",
                b"\x89PNG\r\n",
                "2025-03-05T10:02:00Z",
            ),
            (
                "https://journal.example/gone",
                "404 Not Found",
                HTML,
                b"<p>absent</p>",
                "2025-03-05T10:03:00Z",
            ),
            (UNDATED_URL, "200 OK", HTML, PAGE_UNDATED.encode("cp1252"), "2025-06-12T23:30:00Z"),
            (FR_URL, "200 OK", HTML, PAGE_FR.encode(), "2025-03-05T11:00:00Z"),
        ],
    )


def _records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def _extract(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(cli.app, ["extract", *args, "-q"])
    assert result.exit_code == 0, result.output
    return _records(result.stdout)


def test_keeps_french_html_responses_once(crawl: Path) -> None:
    stats = WarcStats()
    pages = list(iter_pages(str(crawl), stats=stats))
    assert [p.url for p in pages] == [FR_URL, UNDATED_URL]
    assert stats.records == 7
    assert stats.kept == 2
    assert stats.skipped == {
        "not a response": 1,
        "not French": 1,
        "not HTML": 1,
        "HTTP status not 200": 1,
        "duplicate URL": 1,
    }


def test_same_facts_as_the_page_given_as_a_file(crawl: Path, tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(PAGE_FR, encoding="utf-8")
    archived, _undated = _extract(str(crawl))
    [from_file] = _extract(str(saved))
    assert archived["source"] == FR_URL
    for key in ("reference_date", "reference_date_source", "people", "countries", "money", "dates"):
        assert archived[key] == from_file[key], key
    assert (archived["reference_date"], archived["reference_date_source"]) == (
        "2025-03-04",
        "html-metadata",
    )


def test_warc_date_when_the_page_has_none(crawl: Path) -> None:
    _, undated = _extract(str(crawl))
    assert undated["source"] == UNDATED_URL
    assert (undated["reference_date"], undated["reference_date_source"]) == (
        "2025-06-12",
        "warc-date",
    )
    # "hier" resolved against the capture date; cp1252 body decoded
    assert [d["value"] for d in undated["dates"]] == ["2025-06-11"]
    assert undated["money"][0]["text"] == "120 millions d'euros"


def test_given_reference_date_wins(crawl: Path) -> None:
    records = _extract(str(crawl), "-d", "2025-01-02")
    assert {r["reference_date_source"] for r in records} == {"given"}


def test_workers_and_resume(crawl: Path, tmp_path: Path) -> None:
    one = _extract(str(crawl))
    two = _extract(str(crawl), "--workers", "2", "--batch-size", "1")
    assert one == two
    out = tmp_path / "facts.jsonl"
    # a run that stopped after the first page, then resumed: the full set, once each
    out.write_text(json.dumps(one[0], ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(
        cli.app, ["extract", str(crawl), "-f", "jsonl", "-o", str(out), "--resume"]
    )
    assert result.exit_code == 0, result.output
    assert "1 processed, 0 failed, 1 skipped" in result.stderr
    assert _records(out.read_text(encoding="utf-8")) == one


def test_output_dir_names_and_resume(crawl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(cli.app, ["extract", str(crawl), "--output-dir", str(out)]).exit_code == 0
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert names == [
        "crawl.warc.gz/000001_journal.example/economie/accord-reseaux.json",
        "crawl.warc.gz/000005_region.example/budget-lycees.json",
    ]
    again = runner.invoke(cli.app, ["extract", str(crawl), "--output-dir", str(out), "--resume"])
    assert "0 processed, 0 failed, 2 skipped" in again.stderr
    # what the archive held, and why the rest was left out
    assert (
        f"c5facts: {crawl}: 2 of 7 records kept (1 not a response, 1 not French, 1 not HTML, "
        "1 HTTP status not 200, 1 duplicate URL)"
    ) in again.stderr


def test_broken_archive_is_an_error_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not a web archive at all\n" * 10)
    result = runner.invoke(cli.app, ["extract", str(bad), "-q"])
    assert result.exit_code == 1
    [record] = _records(result.stdout)
    assert record["source"] == str(bad)
    assert "not a readable web archive" in record["error"]["message"]


def test_language_check_reads_visible_text_only() -> None:
    english_with_french_scripts = (
        "<html><head><script>var le = 'la les des du de et est';</script></head><body><p>"
        + "The council voted on Tuesday for a new budget for the schools of the region. " * 4
        + "</p></body></html>"
    )
    assert not is_french_html(english_with_french_scripts)
    assert is_french_html(PAGE_FR)
    # too short to count: the declared language decides
    assert is_french_html('<html lang="fr-FR"><p>Bonjour</p></html>')
    assert not is_french_html('<html lang="en"><p>Hello</p></html>')


@pytest.mark.slow
def test_dask_engine_gives_identical_records(crawl: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local = _extract(str(crawl))
    cluster = distributed.LocalCluster(
        n_workers=1,
        processes=True,
        threads_per_worker=1,
        dashboard_address=":0",  # any free port: 8787 may be taken
        silence_logs=logging.ERROR,
    )
    try:
        remote = _extract(
            str(crawl), "--engine", "dask", "--scheduler", str(cluster.scheduler_address)
        )
    finally:
        cluster.close()
    assert remote == local
