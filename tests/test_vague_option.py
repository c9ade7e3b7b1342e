"""Vague dates ("quelques jours", "récemment"): in TimeML, and in records only when asked.

TimeML annotates them (``PXD``, ``PAST_REF``, ``PRESENT_REF``); a record of calendar
facts and the corpus convention leave them out, so `extract` keeps them by default only
with ``--format timeml``, and ``--vague`` / ``--no-vague`` decide otherwise.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

from c5facts.cli import app
from c5facts.records import Article, DateFact, vague_value

TEXT = (
    "Le conseil a voté le 3 mars 2025 un budget discuté depuis plusieurs mois. "
    "Il y a quelques années, la ville avait renoncé au projet, actuellement relancé.\n"
)


def _fact(value: str, kind: str = "duration") -> DateFact:
    return DateFact(text="x", start=0, end=1, value=value, grain="duration", kind=kind)


def test_a_record_without_its_vague_dates_keeps_the_others() -> None:
    article = Article(
        source=None,
        reference_date="2025-03-04",
        dates=(_fact("PXM"), _fact("P3D"), _fact("PAST_REF", "date"), _fact("2025-03-03")),
    )
    assert [d.value for d in article.without_vague_dates().dates] == ["P3D", "2025-03-03"]
    plain = Article(source=None, reference_date=None, dates=(_fact("P3D"),))
    assert plain.without_vague_dates() is plain
    assert [vague_value(v) for v in ("PTXH", "FUTURE_REF", "PT3H", None)] == [
        True,
        True,
        False,
        False,
    ]


def _values(stdout: str) -> list[str]:
    (record,) = json.loads(stdout)  # -f json: a list of the records
    return [d["value"] for d in record["dates"]]


def test_extract_keeps_vague_dates_only_in_timeml_or_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "2025-03-04_conseil.txt"
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["extract", str(path), "-f", "json"])
    assert plain.exit_code == 0, plain.output
    assert _values(plain.stdout) == ["2025-03-03"]
    asked = runner.invoke(app, ["extract", str(path), "-f", "json", "--vague"])
    assert asked.exit_code == 0, asked.output
    assert _values(asked.stdout) == ["2025-03-03", "PXM", "PAST_REF", "PRESENT_REF"]
    timeml = runner.invoke(app, ["extract", str(path), "-f", "timeml"])
    assert timeml.exit_code == 0, timeml.output
    root = ET.fromstring(timeml.stdout.encode("utf-8"))
    values = [t.get("value") for t in root.iter("TIMEX3")]
    assert values == ["2025-03-04", "2025-03-03", "PXM", "PAST_REF", "PRESENT_REF"]
    bare = runner.invoke(app, ["extract", str(path), "-f", "timeml", "--no-vague"])
    assert [t.get("value") for t in ET.fromstring(bare.stdout.encode()).iter("TIMEX3")] == [
        "2025-03-04",
        "2025-03-03",
    ]
