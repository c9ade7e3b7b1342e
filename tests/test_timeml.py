"""`c5facts.io.timeml`: the article as TimeML, well-formed, its text unchanged."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from html import unescape
from pathlib import Path

import pytest

from c5facts.extract import Extractor
from c5facts.io.timeml import to_timeml

TEXT = (
    "Titre & sous-titre\n"
    "Le conseil s'est réuni jeudi soir, à 20h30, pendant trois heures.\n"
    "Il se réunit deux fois par an <depuis> 2019 ; fin juin, il votera."
)


def test_timeml_is_well_formed_and_gives_the_text_back(extractor: Extractor) -> None:
    article = extractor.extract(TEXT, reference_date=date(2025, 11, 6))
    doc = to_timeml(TEXT, article)
    root = ET.fromstring(doc.encode("utf-8"))
    assert root.tag == "TimeML"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.get("value") == "2025-11-06"
    body = re.search(r"<TEXT>(.*)</TEXT>", doc, re.S)
    assert body is not None
    assert unescape(re.sub(r"</?TIMEX3[^>]*>", "", body.group(1))) == TEXT
    timexes = {
        (t.text, t.get("type"), t.get("value"), t.get("mod"), t.get("freq"))
        for t in root.iter("TIMEX3")
        if t.get("tid") != "t0"
    }
    # a day, its part and its hour are one time (the day + time composition)
    assert ("jeudi soir, à 20h30", "TIME", "2025-11-06T20:30", None, None) in timexes
    assert ("trois heures", "DURATION", "PT3H", None, None) in timexes
    assert ("deux fois par an", "SET", "P1Y", None, "2X") in timexes
    assert ("fin juin", "DATE", "2026-06", "END", None) in timexes


@pytest.mark.usefixtures("cli_uses_session_pipeline")
def test_cli_format_timeml_tags_the_file_and_refuses_stdin(tmp_path: Path) -> None:
    """`c5facts extract FILE -f timeml` writes the document; stdin cannot be read twice."""
    from typer.testing import CliRunner

    from c5facts.cli import app

    path = tmp_path / "2025-11-06_conseil.txt"
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(path), "-f", "timeml"])
    assert result.exit_code == 0, result.output
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.find("DCT/TIMEX3").get("value") == "2025-11-06"  # type: ignore[union-attr]
    body = re.search(r"<TEXT>(.*)</TEXT>", result.stdout, re.S)
    assert body is not None
    assert unescape(re.sub(r"</?TIMEX3[^>]*>", "", body.group(1))) == TEXT
    refused = runner.invoke(app, ["extract", "-", "-f", "timeml"], input=TEXT)
    assert refused.exit_code == 1
    assert "--format timeml needs a file" in refused.stderr


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Le salon se tiendra du 3 au 5 mars 2026.",
            [("3", "2026-03-03"), ("5 mars 2026", "2026-03-05")],
        ),
        ("La dette a doublé de 2010 à 2015.", [("2010", "2010"), ("2015", "2015")]),
        (
            "Les travaux auront lieu entre le jeudi 11 et le lundi 15 juin 2026.",
            [("le jeudi 11", "2026-06-11"), ("le lundi 15 juin 2026", "2026-06-15")],
        ),
        ("Le plan 2028-2035 a été présenté.", [("2028", "2028"), ("2035", "2035")]),
        (
            "Le musée sera ouvert samedi de 9 à 18 heures.",
            [("samedi de 9", "2025-11-08T09:00"), ("18 heures", "2025-11-08T18:00")],
        ),
    ],
)
def test_a_range_is_two_timex3_one_on_each_end(
    extractor: Extractor, text: str, want: list[tuple[str, str]]
) -> None:
    """TimeML annotates the ends of "du 3 au 5 mars", each with its value, not the range."""
    article = extractor.extract(text, reference_date=date(2025, 11, 6))
    assert [d.kind for d in article.dates] == ["range"]
    doc = to_timeml(text, article)
    root = ET.fromstring(doc.encode("utf-8"))
    got = [(t.text, t.get("value")) for t in root.iter("TIMEX3") if t.get("tid") != "t0"]
    assert got == want
    types = {t.get("type") for t in root.iter("TIMEX3") if t.get("tid") != "t0"}
    assert types == {"TIME" if "T" in want[0][1] else "DATE"}
    body = re.search(r"<TEXT>(.*)</TEXT>", doc, re.S)
    assert body is not None
    assert unescape(re.sub(r"</?TIMEX3[^>]*>", "", body.group(1))) == text
