"""`--reference-date` with a time: the record's reference time, and offsets in hours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from c5facts import cli

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "crue.txt"
    path.write_text("La rivière a débordé il y a trois heures.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "value", ["2025-11-06T14:32+01:00", "06/11/2025 14h32", "6 novembre 2025 à 14:32"]
)
def test_reference_date_with_a_time(article: Path, value: str) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-d", value, "-f", "json"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert (record["reference_date"], record["reference_time"]) == ("2025-11-06", "14:32")
    assert [(d["text"], d["value"], d["grain"]) for d in record["dates"]] == [
        ("il y a trois heures", "2025-11-06T11", "hour")
    ]


def test_reference_date_without_a_time_keeps_the_duration(article: Path) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-d", "2025-11-06", "-f", "json"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert "reference_time" not in record
    assert [(d["value"], d["kind"]) for d in record["dates"]] == [("PT3H", "duration")]


@pytest.mark.parametrize("value", ["2025-11-06T25:00", "06/11/2025 à 14h99x", "hier à 14h"])
def test_bad_reference_date_with_a_time_is_one_line_usage_error(article: Path, value: str) -> None:
    result = runner.invoke(cli.app, ["extract", str(article), "-d", value])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: --reference-date: {value!r} is not a date (write it like "
        '"2025-11-06", "06/11/2025" or "6 novembre 2025")'
    ]


PAGE = """<html><head><title>Crue</title>
<meta property="article:published_time" content="2025-11-06T14:32:00+01:00"></head>
<body><article><h1>La Loire déborde</h1>
<p>Les pompiers ont évacué le quartier du port il y a deux heures, selon la préfecture,
qui surveille la montée des eaux depuis le début de la semaine.</p></article></body></html>"""


def test_html_metadata_time_is_the_reference_time(tmp_path: Path) -> None:
    page = tmp_path / "crue.html"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", str(page), "-f", "json"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert (record["reference_date"], record["reference_time"]) == ("2025-11-06", "14:32")
    assert record["reference_date_source"] == "html-metadata"
    assert ("il y a deux heures", "2025-11-06T12") in [
        (d["text"], d["value"]) for d in record["dates"]
    ]


def test_timeml_dct_is_a_time_with_the_reference_time(article: Path) -> None:
    result = runner.invoke(
        cli.app, ["extract", str(article), "-d", "2025-11-06T14:32", "-f", "timeml"]
    )
    assert result.exit_code == 0, result.output
    assert '<TIMEX3 tid="t0" type="TIME" value="2025-11-06T14:32"' in result.stdout
    assert 'type="TIME" value="2025-11-06T11">il y a trois heures</TIMEX3>' in result.stdout
