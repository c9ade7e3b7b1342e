"""URL inputs: fetched from a local server (127.0.0.1 only), same facts as the saved page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from web_pages import PAGE_FR, serve

from c5facts import cli
from c5facts.errors import InputError
from c5facts.io import web
from c5facts.io.inputs import walk

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")

HTML = "text/html; charset=utf-8"


@pytest.fixture(autouse=True)
def fast_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short timeouts and back-off so failures are quick."""
    monkeypatch.setattr(web, "TIMEOUT", 0.5)
    monkeypatch.setattr(web, "BACKOFF", 0.01)


def _records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def _facts(record: dict[str, Any]) -> dict[str, Any]:
    keep = ("reference_date", "reference_date_source", "people", "countries", "money", "dates")
    return {k: record[k] for k in keep}


def test_url_gives_the_same_facts_as_the_saved_page(tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(PAGE_FR, encoding="utf-8")
    with serve({"/news/accord.html": (200, HTML, PAGE_FR.encode())}) as (base, handler):
        url = f"{base}/news/accord.html"
        result = runner.invoke(cli.app, ["extract", url, str(saved), "-q"])
    assert result.exit_code == 0, result.output
    fetched, from_file = _records(result.stdout)
    assert fetched["source"] == url
    assert _facts(fetched) == _facts(from_file)
    assert (fetched["reference_date"], fetched["reference_date_source"]) == (
        "2025-03-04",
        "html-metadata",
    )
    assert [m["amount"] for m in fetched["money"]] == [2500000000, 4000000000]
    assert handler.agents
    assert handler.agents[0].startswith("c5facts/")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/report.pdf", "not HTML (application/pdf)"),
        ("/huge", "larger than"),
        ("/slow", "timed out"),
    ],
)
def test_failures_are_error_records(
    path: str, reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web, "MAX_PAGE_BYTES", 1000)
    monkeypatch.setattr(web, "RETRIES", 0)
    pages = {
        "/report.pdf": (200, "application/pdf", b"%PDF-1.4"),
        "/huge": (200, HTML, b"<p>" + b"x" * 5000 + b"</p>"),
        "/slow": (200, HTML, b"<p>late</p>"),
    }
    ok = tmp_path / "ok.txt"
    ok.write_text("Une aide de 3 millions d'euros.\n", encoding="utf-8")
    with serve(pages) as (base, _):
        result = runner.invoke(cli.app, ["extract", base + path, str(ok), "-q"])
    assert result.exit_code == 1
    failed, good = _records(result.stdout)
    assert failed["source"] == base + path
    assert reason in failed["error"]["message"]
    assert "error" not in good
    assert f"error: {base}{path}: " in result.stderr


def test_retries_after_a_busy_answer() -> None:
    with serve({"/p": (200, HTML, PAGE_FR.encode())}) as (base, handler):
        handler.flaky["/p"] = 2
        page = web.fetch(f"{base}/p")
    assert page.data.startswith(b"<!DOCTYPE html>")
    assert page.charset == "utf-8"
    assert len(handler.agents) == 3


def test_gives_up_after_the_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve({"/p": (200, HTML, b"<p>x</p>")}) as (base, handler):
        handler.flaky["/p"] = 10
        with pytest.raises(InputError, match="HTTP 503"):
            web.fetch(f"{base}/p")
    assert len(handler.agents) == web.RETRIES + 1


def test_unreachable_host_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web, "RETRIES", 0)
    with serve({}) as (base, _):
        port = base.rsplit(":", 1)[1]
    # the server is gone: nothing listens on that port any more
    with pytest.raises(InputError, match=r"cannot fetch|timed out"):
        web.fetch(f"http://127.0.0.1:{port}/p")


def test_urls_are_inputs_not_folders() -> None:
    assert list(walk(["https://example.org/a/b?x=1"])) == [
        ("https://example.org/a/b?x=1", "example.org/a/b_x_1")
    ]


def test_url_output_dir_names(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with serve({"/politique/accord": (200, HTML, PAGE_FR.encode())}) as (base, _):
        result = runner.invoke(
            cli.app, ["extract", f"{base}/politique/accord", "--output-dir", str(out), "-q"]
        )
    assert result.exit_code == 0, result.output
    [written] = list(out.rglob("*.json"))
    assert written.relative_to(out).as_posix() == "127.0.0.1_" + base.rsplit(":", 1)[1] + (
        "/politique/accord.json"
    )
    assert json.loads(written.read_text(encoding="utf-8"))["money"]
