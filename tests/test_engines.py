"""The batch engines behind one protocol, with a stand-in extractor (no spaCy, fast)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pytest
from typer.testing import CliRunner

from c5facts import batch, cli
from c5facts.batch import Engine, LocalEngine, Options, PoolEngine, run_batch
from c5facts.batch.cpus import AUTO_WORKERS_ABOVE, available_cpus
from c5facts.batch.engines import POLL_SECONDS, in_order, polled
from c5facts.batch.run import make_engine, resolve_workers
from c5facts.batch.tasks import Task
from c5facts.records import Article

if TYPE_CHECKING:
    from c5facts.extract import Extractor


class FakeExtractor:
    """Records that only echo their metadata; a text saying "boom" crashes the pipeline."""

    def with_limits(self, max_chars: int | None, timeout: float | None) -> FakeExtractor:
        """The same stand-in (it has no limits to apply)."""
        return self

    def extract_many(
        self, items: Iterable[tuple[str, Mapping[str, Any]]], *, batch_size: int = 16
    ) -> Iterator[Article]:
        """One bare record per text, in order."""
        for text, meta in items:
            if "boom" in text:
                raise RuntimeError("pipeline crashed")
            ref = meta["reference_date"]
            yield Article(
                source=meta["source"],
                reference_date=None if ref is None else str(ref),
                warnings=(f"{len(text)} chars",),
            )


def fake() -> Extractor:
    """The stand-in, typed as the real thing."""
    return cast("Extractor", FakeExtractor())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i in range(7):
        (tmp_path / f"a{i}.txt").write_text("x" * (i + 1), encoding="utf-8")
    (tmp_path / "a3.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "a5.txt").write_bytes(b"\x00\x01\x02PK" * 40)
    return tmp_path


def _run(options: Options) -> tuple[list[Article], batch.Summary]:
    run = run_batch(options, fake)
    return list(run.records()), run.summary


def test_engines_follow_the_protocol() -> None:
    options = Options(paths=("x",))
    engines: list[Engine] = [LocalEngine(options, fake), PoolEngine(options, fake)]
    assert [type(e) for e in engines] == [LocalEngine, PoolEngine]
    assert type(make_engine(Options(paths=("x",), workers=2), fake)) is PoolEngine
    assert type(make_engine(options, fake)) is LocalEngine
    dask_engine = make_engine(Options(paths=("x",), engine="dask"), fake)
    assert type(dask_engine).__module__ == "c5facts.batch.dask"  # built, not started


@pytest.mark.parametrize("workers", [1, 2])
def test_records_in_order_and_errors_isolated(folder: Path, workers: int) -> None:
    records, summary = _run(Options(paths=(str(folder),), workers=workers, batch_size=2))
    assert [Path(str(r.source)).name for r in records] == [f"a{i}.txt" for i in range(7)]
    failed = {Path(str(r.source)).name: r.error.type for r in records if r.error is not None}
    assert failed == {"a3.txt": "RuntimeError", "a5.txt": "InputError"}
    # The crash of a3 cost only a3: its batch mate a2 still has its record.
    assert records[2].warnings == ("3 chars",)
    assert (summary.processed, summary.failed, summary.skipped) == (7, 2, 0)


def test_fail_fast_and_skip(folder: Path) -> None:
    records, summary = _run(Options(paths=(str(folder),), fail_fast=True, batch_size=1))
    assert [Path(str(r.source)).name for r in records] == ["a0.txt", "a1.txt", "a2.txt", "a3.txt"]
    assert summary.interrupted

    skipped: list[str] = []
    run = batch.Batch(
        Options(paths=(str(folder),)),
        fake,
        skip=lambda source: source.endswith(("a0.txt", "a1.txt")),
        on_skip=skipped.append,
    )
    assert len(list(run.records())) == 5
    assert [Path(s).name for s in skipped] == ["a0.txt", "a1.txt"]
    assert run.summary.skipped == 2


def test_resume_from_jsonl_skips_what_it_holds(folder: Path) -> None:
    done = folder / "done.jsonl"
    done.write_text(json.dumps({"source": str(folder / "a0.txt")}) + '\n{"sou', encoding="utf-8")
    run = run_batch(Options(paths=(str(folder),), resume=True), fake, resume_jsonl=done)
    assert len(list(run.records())) == 6
    assert run.summary.skipped == 1
    assert done.read_text(encoding="utf-8").endswith("}\n")  # the cut-off line is trimmed


class Pending:
    """A future whose result is ready; remembers whether it was cancelled."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cancelled = False

    def result(self) -> list[Article]:
        return [Article(source=self.source, reference_date=None)]

    def cancel(self) -> bool:
        self.cancelled = True
        return True


def test_in_order_bounds_the_window_and_cancels_the_rest() -> None:
    submitted: list[Pending] = []

    def submit(tasks: list[Task]) -> Pending:
        submitted.append(Pending(tasks[0].source))
        return submitted[-1]

    results = in_order(submit, ([Task(str(i))] for i in range(10)), 3)
    assert next(results)[0].source == "0"
    assert len(submitted) == 3  # never more than 3 in flight
    results.close()  # the consumer stops: what is still in flight is cancelled
    assert [p.cancelled for p in submitted] == [False, True, True]
    assert [r[0].source for r in in_order(submit, ([Task(str(i))] for i in range(5)), 2)] == [
        "0",
        "1",
        "2",
        "3",
        "4",
    ]


def test_polled_wait_wakes_the_main_thread_until_the_result() -> None:
    # a result that comes after several polls: the wait goes on, then returns it
    from concurrent.futures import ThreadPoolExecutor
    from time import sleep

    def slow() -> list[Article]:
        sleep(POLL_SECONDS * 2.5)
        return [Article(source="late", reference_date=None)]

    with ThreadPoolExecutor(1) as pool:
        assert polled(pool.submit(slow))[0].source == "late"


def test_extract_and_report_run_the_same_library_function(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Options] = []

    def spy(options: Options, *args: Any, **kwargs: Any) -> batch.Batch:
        calls.append(options)
        return run_batch(options, *args, **kwargs)

    monkeypatch.setattr(batch, "run_batch", spy)
    monkeypatch.setattr(cli, "_load_extractor", lambda model, dollar=None: fake())
    runner = CliRunner()
    article = str(folder / "a1.txt")
    extracted = runner.invoke(cli.app, ["extract", article, "-f", "json", "-d", "6/11/2025"])
    assert extracted.exit_code == 0, extracted.output
    assert json.loads(extracted.stdout)[0]["reference_date"] == "2025-11-06"
    page = tmp_path / "r.html"
    reported = runner.invoke(cli.app, ["report", article, str(folder / "a5.txt"), "-o", str(page)])
    assert reported.exit_code == 1  # a5 is binary: reported, the other one still rendered
    assert "binary file" in reported.stderr
    assert "1 article(s)" in reported.stderr
    assert [c.paths for c in calls] == [(article,), (article, str(folder / "a5.txt"))]


def test_automatic_workers_for_a_large_run(tmp_path: Path) -> None:
    """`workers=0`: one worker per core above a few dozen inputs, with the same records."""
    for i in range(AUTO_WORKERS_ABOVE + 2):
        (tmp_path / f"b{i:03d}.txt").write_text("y" * (i % 7 + 1), encoding="utf-8")
    tasks = [Task(str(tmp_path / f"b{i:03d}.txt")) for i in range(AUTO_WORKERS_ABOVE + 2)]
    auto = Options(paths=(str(tmp_path),), workers=0)
    chosen, again = resolve_workers(auto, iter(tasks), cpus=lambda: 2, memory=lambda: None)
    assert chosen.workers == 2
    assert list(again) == tasks  # the inputs looked at are handed back, in order
    few, _ = resolve_workers(
        auto, iter(tasks[:AUTO_WORKERS_ABOVE]), cpus=lambda: 2, memory=lambda: None
    )
    assert few.workers == 1
    given, _ = resolve_workers(
        Options(paths=("x",), workers=3), iter(tasks), cpus=lambda: 2, memory=lambda: None
    )
    assert given.workers == 3

    one = run_batch(Options(paths=(str(tmp_path),), workers=1, batch_size=4), fake)
    many = run_batch(Options(paths=(str(tmp_path),), workers=0, batch_size=4), fake)
    records_one, records_many = list(one.records()), list(many.records())
    assert many.workers == available_cpus()  # a pool on a machine of several cores
    assert [r.to_dict() for r in records_many] == [r.to_dict() for r in records_one]


def test_cli_workers_default_is_automatic(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Options] = []

    def spy(options: Options, *args: Any, **kwargs: Any) -> batch.Batch:
        calls.append(options)
        return run_batch(options, *args, **kwargs)

    monkeypatch.setattr(batch, "run_batch", spy)
    monkeypatch.setattr(cli, "_load_extractor", lambda model, dollar=None: fake())
    runner = CliRunner()
    assert runner.invoke(cli.app, ["extract", str(folder), "-q"]).exit_code == 1
    assert runner.invoke(cli.app, ["extract", str(folder), "-q", "--workers", "1"]).exit_code == 1
    assert [c.workers for c in calls] == [0, 1]
