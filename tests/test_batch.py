"""Batch extraction through the CLI: a messy folder, resume, workers, long texts, a killed run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from c5facts import cli
from c5facts.extract import Extractor, split_text

runner = CliRunner()

ARTICLE = (
    "Le ministre Jean Dupont a annoncé le 3 mars 2025 à Paris une aide de 2 millions "
    "d'euros pour l'Allemagne.\n"
)
LEGACY = "Le président français a promis 3 millions d'euros à l'Italie, a-t-il déclaré à Rome."
HTML = """<html><head><title>Sommet</title>
<meta property="article:published_time" content="2024-03-05T10:00:00"></head>
<body><article><h1>Sommet à Rabat</h1>
<p>Le président a annoncé hier une aide de cinq millions d'euros au Maroc, devant la presse
réunie à Rabat pour l'occasion.</p></article></body></html>"""
# Several paragraphs, so that a small nlp.max_length cuts it on blank lines.
LONG = "\n\n".join(
    f"Le {n} mars 2025, la Banque mondiale a versé {n} millions de dollars au Kenya, "
    f"selon le ministre Paul Martin."
    for n in range(1, 9)
)
GOOD: tuple[str, ...] = (
    "2024/legacy.txt",
    "2025/11/c5.txt",
    "2025/11/long.txt",
    "2025/page.html",
    "empty.txt",
    "utf16.txt",
)
BAD = ("binary.txt", "dead.txt")


pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with nested directories and every kind of awkward input."""
    monkeypatch.chdir(tmp_path)
    root = Path("news")
    (root / "2025" / "11").mkdir(parents=True)
    (root / "2024").mkdir()
    (root / "2025/11/c5.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "2025/11/long.txt").write_text(LONG, encoding="utf-8")
    (root / "2025/page.html").write_text(HTML, encoding="utf-8")
    (root / "2024/legacy.txt").write_bytes(LEGACY.encode("cp1252"))
    (root / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (root / "dead.txt").symlink_to("nowhere.txt")
    (root / "notes.md").write_text("pas un article", encoding="utf-8")
    return root


@pytest.fixture
def small_max_length(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(extractor.nlp, "max_length", 300)
    return 300


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _by_source(records: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(r["source"]): r for r in records}


def test_messy_folder_jsonl_then_resume(corpus: Path, small_max_length: int) -> None:
    out = Path("facts.jsonl")
    args = ["extract", str(corpus), "-f", "jsonl", "-o", str(out), "-d", "2025-11-06"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 1, result.output
    records = _jsonl(out)
    # Stable walk order, every good file processed, every bad one reported.
    assert [r["source"] for r in records] == sorted(f"news/{p}" for p in GOOD + BAD)
    by = _by_source(records)
    assert all("error" not in by[f"news/{p}"] for p in GOOD)
    assert by["news/binary.txt"]["error"] == {
        "type": "InputError",
        "message": "news/binary.txt: binary file, not text",
    }
    assert by["news/dead.txt"]["error"]["message"] == "news/dead.txt: broken symbolic link"  # type: ignore[index]
    assert by["news/empty.txt"]["money"] == []
    assert [m["currency"] for m in by["news/2024/legacy.txt"]["money"]] == ["EUR"]  # type: ignore[attr-defined]
    assert "2 failed" in result.stderr
    assert "error: news/dead.txt: broken symbolic link" in result.stderr

    again = runner.invoke(cli.app, [*args, "--resume"])
    assert again.exit_code == 0, again.output
    assert _jsonl(out) == records
    assert "0 processed, 0 failed, 8 skipped" in again.stderr


def test_long_text_offsets_point_into_the_original(
    corpus: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = extractor.extract(LONG, reference_date=None)
    monkeypatch.setattr(extractor.nlp, "max_length", 300)
    assert len(split_text(LONG, 300)) > 2
    cut = extractor.extract(LONG, reference_date=None)
    assert len(cut.money) == 8
    for m in cut.money:
        assert LONG[m.start : m.end] == m.text
    assert [(m.start, m.amount) for m in cut.money] == [(m.start, m.amount) for m in whole.money]
    assert [d.value for d in cut.dates] == [d.value for d in whole.dates]
    assert [c.code for c in cut.countries] == ["KE"]


def test_html_date_is_the_reference_date(corpus: Path) -> None:
    page = str(corpus / "2025/page.html")
    [record] = json.loads(runner.invoke(cli.app, ["extract", page, "-f", "json"]).stdout)
    assert (record["reference_date"], record["reference_date_source"]) == (
        "2024-03-05",
        "html-metadata",
    )
    given = json.loads(runner.invoke(cli.app, ["extract", page, "-d", "2025-01-02"]).stdout)
    assert (given["reference_date"], given["reference_date_source"]) == ("2025-01-02", "given")


def expected_out(path: str) -> str:
    """Where --output-dir puts the record of `path`: `.txt` becomes `.json`, others gain it."""
    return str(Path(path[:-4] + ".json" if path.endswith(".txt") else path + ".json"))


def test_output_dir_mirrors_tree_and_resume(corpus: Path) -> None:
    args = ["extract", str(corpus), "--output-dir", "out", "-d", "2025-11-06", "--workers", "2"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 1, result.output
    files = sorted(str(p.relative_to("out")) for p in Path("out").rglob("*") if p.is_file())
    assert files == sorted(expected_out(p) for p in GOOD + BAD)
    c5 = json.loads(Path("out/2025/11/c5.json").read_text(encoding="utf-8"))
    assert c5["source"] == "news/2025/11/c5.txt"
    assert "error" in json.loads(Path("out/binary.json").read_text(encoding="utf-8"))
    # Same content as the one-process, stdout route (there one JSONL line, here indented).
    alone = runner.invoke(cli.app, ["extract", "news/2025/11/c5.txt", "-d", "2025-11-06"])
    assert c5 == json.loads(alone.stdout)

    stamp = Path("out/2025/11/c5.json").stat().st_mtime_ns
    again = runner.invoke(cli.app, [*args, "--resume"])
    assert again.exit_code == 0
    assert "8 skipped" in again.stderr
    assert Path("out/2025/11/c5.json").stat().st_mtime_ns == stamp


def test_workers_give_the_same_jsonl(corpus: Path) -> None:
    one = runner.invoke(cli.app, ["extract", str(corpus), "-f", "jsonl", "-q"])
    two = runner.invoke(
        cli.app,
        ["extract", str(corpus), "-f", "jsonl", "-q", "--workers", "2", "--batch-size", "2"],
    )
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert "processed" not in one.stderr  # --quiet: no summary


def test_fail_fast_stops_at_first_error(corpus: Path) -> None:
    result = runner.invoke(
        cli.app, ["extract", str(corpus), "-f", "jsonl", "--fail-fast", "--batch-size", "1"]
    )
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    first_error = [*GOOD[:4], "binary.txt"]  # walk order: stops after binary.txt
    assert [r["source"] for r in records] == [f"news/{p}" for p in first_error]


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param(["--resume"], id="resume-without-output"),
        pytest.param(["--output-dir", "o", "-f", "csv"], id="output-dir-not-json"),
        pytest.param(["--output-dir", "o", "-o", "x.jsonl"], id="both-outputs"),
        pytest.param(["--resume", "-f", "json", "-o", "x.json"], id="resume-json-array"),
        pytest.param(["--scheduler", "tcp://h:8786"], id="scheduler-without-dask"),
        pytest.param(["--workers", "0"], id="zero-workers"),
    ],
)
def test_usage_errors(corpus: Path, extra: list[str]) -> None:
    assert runner.invoke(cli.app, ["extract", str(corpus), *extra]).exit_code == 2


@pytest.mark.slow
def test_killed_run_then_resume_gives_the_full_set(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(40):
        (root / f"a{i:02d}.txt").write_text(
            f"Le {i % 28 + 1} mars 2025, Paris a promis {i + 1} millions d'euros au Mali.\n",
            encoding="utf-8",
        )
    out = tmp_path / "facts.jsonl"
    cmd = [sys.executable, "-m", "c5facts", "extract", str(root), "-f", "jsonl", "-o", str(out)]
    cmd += ["-d", "2025-11-06", "--batch-size", "1", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > 0 and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = out.read_bytes().count(b"\n")
    assert 3 <= partial < 40

    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    full = runner.invoke(cli.app, ["extract", str(root), "-f", "jsonl", "-d", "2025-11-06"])
    assert full.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 40
    assert sorted(lines) == sorted(full.stdout.splitlines())


def test_pipe_batches_are_cut_by_characters(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many small articles and one huge one: no `nlp.pipe` batch goes past the budget."""
    small = [
        f"Le {n} mars 2025, Paris a promis {n} millions d'euros au Mali." for n in range(1, 13)
    ]
    huge = LONG * 3  # longer than the budget: alone, in chunks
    texts = [*small[:5], huge, *small[5:]]
    budget = 200
    batches: list[list[str]] = []
    pipe = extractor.nlp.pipe

    def spy(texts: Iterable[str], **kwargs: Any) -> Iterator[Doc]:
        batch = list(texts)
        batches.append(batch)
        return pipe(batch, **kwargs)

    monkeypatch.setattr(extractor.nlp, "pipe", spy)
    items = [(t, {"source": f"a{i}.txt"}) for i, t in enumerate(texts)]
    records = list(extractor.extract_many(items, batch_size=16, batch_chars=budget))
    assert [r.source for r in records] == [f"a{i}.txt" for i in range(len(texts))]
    assert all(r.error is None for r in records)
    assert batches, "small articles still go through nlp.pipe together"
    assert all(sum(map(len, b)) <= budget for b in batches)
    assert all(len(b) >= 2 for b in batches)  # cut by characters, not one by one
    assert huge not in [t for b in batches for t in b]
    assert sum(map(len, batches)) >= 10  # most small articles went through batched
    # The records are those of one article at a time.
    alone = [extractor.extract(t, source=f"a{i}.txt").to_dict() for i, t in enumerate(texts)]
    assert [r.to_dict() for r in records] == alone
