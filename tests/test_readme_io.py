"""The README's examples for jq, pandas and DuckDB (JSONL, CSV and Parquet) run as written.

The snippets below are the README's text ("Working with the output"); the commands run
in-process on the session pipeline, jq as a real program.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from c5facts import cli

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")

# --- the README's text ------------------------------------------------------------------
EXTRACT = [
    "c5facts extract news/ -f jsonl -o facts.jsonl",
    "c5facts extract news/ -f csv -o facts.csv",
    "c5facts extract news/ -f parquet --output-dir tables/",
]
JQ = [
    # one object per article, however many inputs: the same filter for one file or many
    ("c5facts extract news/a.txt", "jq -c '.money[] | {amount, currency}'"),
    ("c5facts extract news/", "jq -c '.money[] | {amount, currency}'"),
    ("c5facts extract news/ -f json", "jq -r '.[].source'"),
]
PANDAS = """
import pandas as pd

articles = pd.read_json("facts.jsonl", lines=True, dtype={"reference_date": "string"})
money = pd.json_normalize(articles.to_dict("records"), "money", ["source"])
facts = pd.read_csv("facts.csv", parse_dates=["date_start", "date_end", "reference_date"])
dates = facts[facts.type == "date"][["source", "text", "value", "date_start", "date_end"]]
tables = {t: pd.read_parquet(f"tables/{t}.parquet") for t in ("articles", "money", "dates")}
"""
DUCKDB = """
import duckdb

con = duckdb.connect()
money_jsonl = con.execute(
    "SELECT source, m.amount, m.currency "
    "FROM (SELECT source, unnest(money) AS m FROM read_json_auto('facts.jsonl'))"
).fetchall()
by_currency = con.execute(
    "SELECT currency, count(*) AS n, max(amount) AS largest "
    "FROM 'tables/money.parquet' GROUP BY currency ORDER BY currency"
).fetchall()
upcoming = con.execute(
    "SELECT d.source, d.text, d.date_start, d.date_end, a.reference_date "
    "FROM 'tables/dates.parquet' d JOIN 'tables/articles.parquet' a USING (source) "
    "WHERE d.date_start > a.reference_date ORDER BY d.date_start"
).fetchall()
"""
# ------------------------------------------------------------------------------------------

TEXT_A = (
    "Le ministre Paul Varnier a annoncé jeudi 6 novembre 2025 une aide de 2,75 millions "
    "d'euros à l'Italie, versée au deuxième trimestre 2026.\n"
)
TEXT_B = "Le budget de 2024 avait atteint 1,5 milliard de dollars selon Washington.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (news / "b.txt").write_text(TEXT_B, encoding="utf-8")
    return tmp_path


def _c5facts(command: str) -> str:
    args = shlex.split(command)
    assert args[:2] == ["c5facts", "extract"]
    result = runner.invoke(cli.app, [*args[1:], "-d", "2025-11-06", "-q"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jq_examples(workdir: Path) -> None:
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    out = []
    for command, jq in JQ:
        proc = subprocess.run(
            shlex.split(jq), input=_c5facts(command), capture_output=True, text=True, check=True
        )
        out.append(proc.stdout.splitlines())
    one, many, sources = out
    assert [json.loads(line) for line in one] == [{"amount": 2750000, "currency": "EUR"}]
    assert [json.loads(line) for line in many] == [
        {"amount": 2750000, "currency": "EUR"},
        {"amount": 1500000000, "currency": "USD"},
    ]
    assert sources == ["news/a.txt", "news/b.txt"]


def _run_exports() -> None:
    for command in EXTRACT:
        _c5facts(command)


def test_pandas_examples(workdir: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    _run_exports()
    scope: dict[str, Any] = {}
    exec(PANDAS, scope)
    money, dates, tables = scope["money"], scope["dates"], scope["tables"]
    assert list(money["amount"]) == [2750000, 1500000000]
    assert list(money["currency"]) == ["EUR", "USD"]
    quarter = dates[dates.value == "2026-Q2"].iloc[0]
    assert str(quarter.date_start.date()) == "2026-04-01"
    assert str(quarter.date_end.date()) == "2026-06-30"
    assert str(tables["dates"]["date_start"].dtype).startswith(("date32", "datetime64", "object"))
    assert list(tables["money"]["amount"]) == [Decimal("2750000"), Decimal("1500000000")]


def test_duckdb_examples(workdir: Path) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    _run_exports()
    scope: dict[str, Any] = {}
    exec(DUCKDB, scope)
    assert scope["money_jsonl"] == [
        ("news/a.txt", 2750000, "EUR"),
        ("news/b.txt", 1500000000, "USD"),
    ]
    assert scope["by_currency"] == [
        ("EUR", 1, Decimal("2750000")),
        ("USD", 1, Decimal("1500000000")),
    ]
    [(source, text, start, end, ref)] = scope["upcoming"]
    assert source == "news/a.txt"
    assert text.endswith("deuxième trimestre 2026")
    assert (start.isoformat(), end.isoformat(), ref.isoformat()) == (
        "2026-04-01",
        "2026-06-30",
        "2025-11-06",
    )
