"""Any input, any size, any interruption (issue 15): one test per way a run used to break.

The subprocess tests run `c5facts` as a user does; the others use the session pipeline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from c5facts import cli
from c5facts import extract as extract_module
from c5facts.chunks import chunk_end
from c5facts.extract import Extractor
from c5facts.io.inputs import decode, walk_found
from c5facts.io.lock import OutputLockedError, lock_path, output_lock
from c5facts.textguard import SYMBOL_RUN

runner = CliRunner()
C5FACTS = [sys.executable, "-m", "c5facts"]
GOOD = "Le 3 mai 2020, Paris a versé 2 millions d'euros au Mali.\n"


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line, parse_constant=_no_constant) for line in text.split("\n") if line]


def _no_constant(name: str) -> None:
    raise AssertionError(f"{name} is not JSON")


def _offsets_exact(text: str, record: dict[str, Any]) -> None:
    for fact in record["money"] + record["dates"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]


# --- a hostile folder through the real command (defects 3, 4, 5, 6, 7, 9) ----------------


def test_hostile_folder_every_input_gets_its_record(tmp_path: Path) -> None:
    """Each bad input is one record (an error or a warning); the batch always ends."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(GOOD, encoding="utf-8")
    (news / "b_digits.txt").write_text("1" * 5000 + " euros\n", encoding="utf-8")
    (news / "c_symbols.txt").write_text("€" * 10000 + " 5 €\n" + "=" * 20000, encoding="utf-8")
    (news / "d_infinite.txt").write_text("1" * 400 + ",5 €\n", encoding="utf-8")
    (news / "e_stray.txt").write_bytes((GOOD * 3).encode() + b"\xff\xfe caf\xc3\xa9 \x80")
    (news / "f_utf32.txt").write_bytes(GOOD.encode("utf-32"))
    os.mkfifo(news / "g_fifo.txt")  # opened, it would block the run forever
    (news / "h_big.txt").write_text(GOOD * 1200, encoding="utf-8")
    args = [*C5FACTS, "extract", str(news), "-f", "jsonl", "-d", "9999-12-31"]
    done = subprocess.run(
        [*args, "--max-bytes", "60000"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    by = {Path(r["source"]).name: r for r in _jsonl(done.stdout)}
    assert sorted(by) == sorted(p.name for p in news.iterdir())
    assert "8 processed, 2 failed" in done.stderr
    assert by["g_fifo.txt"]["error"]["message"].endswith("not a regular file (a FIFO): not read")
    assert "larger than 60000 bytes" in by["h_big.txt"]["error"]["message"]
    # Out-of-range dates (9999-12-31 + 1 day) are left out, the article and its money stay.
    assert [m["amount"] for m in by["a.txt"]["money"]] == [2000000]
    assert by["b_digits.txt"]["money"] == []
    assert by["d_infinite.txt"]["money"] == []
    assert any("beyond 10^15" in w for w in by["d_infinite.txt"]["warnings"])
    symbols = by["c_symbols.txt"]
    assert [(m["start"], m["amount"]) for m in symbols["money"]] == [(10001, 5)]
    assert any("read as blanks" in w for w in symbols["warnings"])
    assert by["e_stray.txt"]["warnings"][0] == "3 invalid UTF-8 byte(s) replaced by U+FFFD"
    assert [m["amount"] for m in by["e_stray.txt"]["money"]] == [2000000] * 3
    assert [m["amount"] for m in by["f_utf32.txt"]["money"]] == [2000000]


def test_closed_pipe_exits_zero_quietly(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(GOOD, encoding="utf-8")
    done = subprocess.run(
        [
            "bash",
            "-c",
            'set -o pipefail; "$@" | head -c 10',
            "sh",
            *C5FACTS,
            "extract",
            str(tmp_path),
            "-f",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout) == (0, '{"schema":')
    assert "Error" not in done.stderr
    assert "error" not in done.stderr


# --- workers die with their parent (defect 2) ---------------------------------------------

_POOL_SCRIPT = """
import sys, time
from pathlib import Path
from c5facts.batch import Options, run_batch
from c5facts.records import Article

class Slow:
    def with_limits(self, max_chars, timeout):
        return self
    def extract_many(self, items, *, batch_size=16):
        for text, meta in items:
            # The first record comes fast; then each worker is busy for long.
            time.sleep(0.2 if meta["source"].endswith("a000.txt") else 60)
            yield Article(source=meta["source"], reference_date=None)

options = Options(paths=(sys.argv[1],), workers=2, batch_size=1)
import multiprocessing
for i, article in enumerate(run_batch(options, Slow).records()):
    if i == 0:
        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signal_name", ["TERM", "KILL"])
def test_workers_die_with_their_parent(tmp_path: Path, signal_name: str) -> None:
    for i in range(20):
        (tmp_path / f"a{i:03}.txt").write_text("x", encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(_POOL_SCRIPT, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert len(workers) == 2
        assert all(_alive(p) for p in workers)
        os.kill(proc.pid, getattr(__import__("signal"), f"SIG{signal_name}"))
        proc.wait(timeout=30)  # an upper bound: a loaded machine may take a while
        deadline = time.monotonic() + 5
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers)
        if signal_name == "TERM":
            assert proc.returncode == 143
    finally:
        proc.kill()
        proc.wait()


# --- per article: errors, time, length (defects 3, 4, 6, 8) ------------------------------


@pytest.fixture
def boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """Converting a text that says "boom" crashes; one that says "lent" takes 30 s."""
    real = extract_module.article_from_doc

    def fragile(doc: Any, ctx: Any, info: Any) -> Any:
        if "boom" in doc.text:
            raise RuntimeError("conversion crashed")
        if "lent" in doc.text:
            time.sleep(30)
        return real(doc, ctx, info)

    monkeypatch.setattr(extract_module, "article_from_doc", fragile)


@pytest.mark.usefixtures("boom", "cli_uses_session_pipeline")
def test_a_crash_or_a_slow_article_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c5facts.batch import tasks
    from c5facts.io.inputs import read_source as real_read

    def read_source(source: str, max_bytes: int | None = None) -> Any:
        if source.endswith("e.txt"):
            raise ValueError("the reader crashed")
        return real_read(source, max_bytes)

    monkeypatch.setattr(tasks, "read_source", read_source)
    texts = [("a", GOOD), ("b", "boom " + GOOD), ("c", "lent " + GOOD), ("d", GOOD), ("e", GOOD)]
    for name, text in texts:
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    started = time.monotonic()
    args = ["extract", str(tmp_path), "-f", "jsonl", "--article-timeout", "0.5"]
    result = runner.invoke(cli.app, args)
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    by = {Path(r["source"]).name: r for r in _jsonl(result.stdout)}
    assert by["b.txt"]["error"]["type"] == "RuntimeError"
    assert by["c.txt"]["error"] == {
        "type": "ArticleTimeoutError",
        "message": f"{tmp_path / 'c.txt'}: took more than 0.5 s (--article-timeout)",
    }
    assert by["e.txt"]["error"]["message"].endswith("e.txt: the reader crashed")
    assert [m["amount"] for m in by["a.txt"]["money"] + by["d.txt"]["money"]] == [2e6, 2e6]
    assert "5 processed, 3 failed" in result.stderr


@pytest.mark.usefixtures("cli_uses_session_pipeline")
def test_a_record_that_cannot_be_written_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / "in" / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    (out / "b.json").mkdir(parents=True)  # where b's record should go: a folder
    result = runner.invoke(cli.app, ["extract", str(tmp_path / "in"), "--output-dir", str(out)])
    assert result.exit_code == 1
    assert "3 processed, 1 failed" in result.stderr
    assert (out / "a.json").is_file()
    assert (out / "c.json").is_file()


def test_max_chars_makes_an_error_record(extractor: Extractor) -> None:
    limited = extractor.with_limits(max_chars=20, timeout=None)
    article = limited.extract(GOOD, source="a.txt")
    assert article.error is not None
    assert article.error.type == "ArticleTooLongError"
    assert article.error.message == "a.txt: 57 characters, over the limit of 20 (--max-chars)"
    assert extractor.extract(GOOD).error is None  # the shared extractor keeps its limits


def test_api_never_raises_on_a_str(extractor: Extractor) -> None:
    text = "Le 3 mai 2020 \ud800, la France a versé 5 € \udfff au Mali."
    article = extractor.extract(text, reference_date=date(2020, 5, 4))
    assert article.error is None
    assert article.warnings[0] == "2 lone surrogate(s) replaced by U+FFFD"
    (money,) = article.money
    assert (text[money.start : money.end], money.amount) == ("5 €", Decimal(5))
    assert [d.value for d in article.dates] == ["2020-05-03"]
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    for ref in (date(1, 1, 1), date(9999, 12, 31)):
        near = extractor.extract("Hier et demain, 3 millions d'euros.", reference_date=ref)
        assert near.error is None
        assert any("OverflowError" in w for w in near.warnings)


def test_symbol_runs_are_fast_and_offsets_stay(extractor: Extractor) -> None:
    for char in "€=%'_😀":
        text = char * 20_000 + " Le 3 mai 2020, 7 € au Mali."
        started = time.monotonic()
        article = extractor.extract(text)
        assert time.monotonic() - started < 2, char
        assert [(m.start, m.amount) for m in article.money] == [(20_016, Decimal(7))]
    kept = "=" * SYMBOL_RUN + " 7 €"
    assert extractor.extract(kept).warnings == ()  # a rule of `=` stays as it is


# --- long texts: chunks with overlap (defect 1) -------------------------------------------

SENTENCES = [
    f"Le {n} mars 2025, la Banque mondiale a versé {n} millions de dollars au Kenya, "
    f"selon le ministre Paul Martin. "
    for n in range(1, 21)
]


@pytest.mark.parametrize("sep", [" ", "\n"], ids=["one-paragraph", "line-per-sentence"])
def test_long_text_in_chunks_finds_each_fact_once(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, sep: str
) -> None:
    text = sep.join(SENTENCES)
    whole = extractor.extract(text, reference_date=date(2025, 4, 1))
    monkeypatch.setattr(extractor.nlp, "max_length", 700)  # chunks of 700 characters
    cut = extractor.extract(text, reference_date=date(2025, 4, 1))
    assert len(cut.money) == 20
    if sep == " ":  # the first chunk's own end falls inside an amount: found once, whole
        end = chunk_end(text, 0, 700)
        assert any(m.start < end < m.end for m in cut.money)
    assert [(m.start, m.end, m.amount) for m in cut.money] == [
        (m.start, m.end, m.amount) for m in whole.money
    ]
    assert [(d.start, d.value) for d in cut.dates] == [(d.start, d.value) for d in whole.dates]
    assert [(p.name, p.mentions) for p in cut.people] == [("Paul Martin", 20)]
    for m in cut.money:
        assert text[m.start : m.end] == m.text


# --- exact numbers (defect 7) ---------------------------------------------------------------


def test_amounts_are_exact_json_numbers(extractor: Extractor) -> None:
    from c5facts.io.exporters import dumps

    text = "Il a reçu 1 234 567,89 €, puis 999 999 999 999 999 €, et 1 234 567 890 123 456 789 €."
    line = dumps(extractor.extract(text))
    record = json.loads(line, parse_constant=_no_constant)
    assert '"amount": 1234567.89,' in line
    assert '"amount": 999999999999999,' in line
    assert [m["amount"] for m in record["money"]] == [1234567.89, 999999999999999]
    assert any("beyond 10^15" in w for w in record["warnings"])


# --- inputs (defects 5, 9) ------------------------------------------------------------------


def test_decoding_repairs_what_a_reader_would() -> None:
    assert decode("Été 2024".encode("utf-32"), "a").text == "Été 2024"
    assert decode("Été 2024".encode("utf-32-be")[4:], "a").text != "Été 2024"  # no BOM: no
    stray = decode("Été à Paris ".encode() + b"\x92 fin", "a")
    assert (stray.text, stray.warnings) == (
        "Été à Paris \ufffd fin",
        ("1 invalid UTF-8 byte(s) replaced by U+FFFD",),
    )
    # A legacy file (no well-formed UTF-8 at all) is still read as cp1252.
    assert decode("Été à Paris".encode("cp1252"), "a").text == "Été à Paris"


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "secret").mkdir()
    real = os.scandir

    def scandir(path: Any) -> Any:
        if str(path).endswith("secret"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(walk_found([str(tmp_path)]))
    assert [(f.relative, f.problem) for f in found] == [
        ("ok/a.txt", None),
        ("secret", "unreadable folder (Permission denied)"),
    ]


def test_dev_zero_is_capped(tmp_path: Path) -> None:
    from c5facts.batch import load

    loaded = load("/dev/zero", max_bytes=1000)
    assert loaded.error is not None
    assert "larger than 1000 bytes" in loaded.error.message


# --- messages (defect 10) -------------------------------------------------------------------


def test_messages_with_brackets_are_printed_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", str(tmp_path / "a.txt"), "-o", "x[/x]/f.json"])
    assert result.exit_code == 1
    assert "x[/x]/f.json: cannot write" in result.stderr


# --- one output, one writer (defect 11) ---------------------------------------------------


@pytest.mark.usefixtures("cli_uses_session_pipeline")
def test_a_second_run_on_one_output_fails_or_waits(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    out = str(tmp_path / "out")
    args = ["extract", str(tmp_path / "in"), "--output-dir", out]
    with output_lock(out, folder=True):
        busy = runner.invoke(cli.app, args)
    assert busy.exit_code == 1
    assert f"{out} is being written by another c5facts run (pid {os.getpid()})" in busy.stderr
    assert not Path(out, "a.json").exists()

    # --wait: the second run starts when the first one is done.
    held = threading.Event()

    def first() -> None:
        with output_lock(out, folder=True):
            held.set()
            time.sleep(1)

    thread = threading.Thread(target=first)
    thread.start()
    held.wait()
    waited = runner.invoke(cli.app, [*args, "--wait"])
    thread.join()
    assert waited.exit_code == 0, waited.stderr
    assert "waiting" in waited.stderr
    assert Path(out, "a.json").exists()


def test_a_lock_left_by_a_killed_run_is_taken_over(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    lock = lock_path(str(out), folder=False)
    lock.write_text("999999\n", encoding="utf-8")  # a run killed by kill -9 left it
    with output_lock(str(out), folder=False):
        assert lock.read_text(encoding="utf-8") == f"{os.getpid()}\n"
        with pytest.raises(OutputLockedError), output_lock(str(out), folder=False):
            pass
    assert not lock.exists()
