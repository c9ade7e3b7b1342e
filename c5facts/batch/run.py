"""One batch run: walk the inputs, skip those already done, pick the engine, count.

`run_batch` is the one entry point: `c5facts extract` and `c5facts report` both call it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from c5facts.batch.cpus import (
    AUTO_WORKERS_ABOVE,
    auto_workers,
    available_cpus,
    available_memory,
)
from c5facts.batch.engines import Engine, LocalEngine, PoolEngine
from c5facts.batch.tasks import Batches, Options, Summary, Task, load
from c5facts.batch.work import worker_extractor
from c5facts.io.inputs import STDIN, is_url, walk_found
from c5facts.records import Article, ErrorInfo

if TYPE_CHECKING:
    from c5facts.extract import Extractor
    from c5facts.io.warc import WarcStats


def make_engine(options: Options, load_extractor: Callable[[], Extractor]) -> Engine:
    """The engine `options` ask for: Dask, a process pool (`workers > 1`), or this process."""
    if options.engine == "dask":
        from c5facts.batch.dask import DaskEngine  # lazy: dask is an optional extra

        return DaskEngine(options)
    if options.workers > 1:
        return PoolEngine(options, load_extractor)
    return LocalEngine(options, load_extractor)


def resolve_workers(
    options: Options,
    tasks: Iterator[Task],
    cpus: Callable[[], int] = available_cpus,
    memory: Callable[[], int | None] = available_memory,
) -> tuple[Options, Iterator[Task]]:
    """`options` with the worker count decided, and the same `tasks` (none lost).

    `workers=0` means automatic: one worker per available core (`cpus()`, and no more
    than the free `memory()` holds) when the run has more than `AUTO_WORKERS_ABOVE`
    inputs, else one. Only the first inputs of the walk are looked at to tell (they are
    kept and handed back first).
    """
    if options.workers > 0:
        return options, tasks
    head = list(islice(tasks, AUTO_WORKERS_ABOVE + 1))
    workers = auto_workers(len(head), cpus(), memory())
    return replace(options, workers=workers), chain(head, tasks)


# Bytes of input per batch, whatever the number of articles: a batch of long articles
# holds no more text in memory than a batch of short ones (about one chunk's worth).
BATCH_BYTES = 200_000


def chunks(tasks: Iterable[Task], size: int, max_bytes: int = BATCH_BYTES) -> Batches:
    """`tasks` in lists of `size` tasks or about `max_bytes` of input, lazily."""
    batch: list[Task] = []
    total = 0
    for task in tasks:
        batch.append(task)
        total += task.size
        if len(batch) >= size or total >= max_bytes:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


class Batch:
    """One batch run: iterate `records()` for the records in input order, then read `summary`.

    `skip(source)` tells which inputs are already done (`--resume` on a JSONL output);
    with an output folder, inputs whose file exists are skipped when `options.resume`.
    `on_skip(source)` is called for each input skipped; `on_start()` once the pipeline
    has loaded (or the cluster started), just before the first input is read.
    """

    def __init__(
        self,
        options: Options,
        load_extractor: Callable[[], Extractor] | None = None,
        *,
        skip: Callable[[str], bool] | None = None,
        on_skip: Callable[[str], None] | None = None,
        on_start: Callable[[], None] | None = None,
    ) -> None:
        """Prepare a run; nothing is read or loaded before `records()` is iterated."""
        self.options = options
        self._load = load_extractor or (lambda: worker_extractor(options.model, options.dollar))
        self._skip = skip
        self._on_skip = on_skip
        self._on_start = on_start
        self.summary = Summary()
        # Worker processes of the run, once decided (`options.workers`, or automatic).
        self.workers = options.workers
        # Standard input can be read once only: its text is kept for callers (the report).
        self.stdin_text: str | None = None
        # What each web archive of the run kept and skipped (filled as it is read).
        self.archives: list[tuple[str, WarcStats]] = []

    def tasks(self) -> Iterator[Task]:
        """The inputs to process, in order, minus those already done."""
        out = self.options.output_dir
        from c5facts.io.sinks import exists, target_path
        from c5facts.io.warc import expand_archives

        found = walk_found(self.options.paths, self.options.globs)
        limit = self.options.max_bytes
        for source, rel, problem, page in expand_archives(found, limit, self.archives):
            target = target_path(out, rel) if out is not None else None
            done = (self._skip is not None and self._skip(source)) or (
                self.options.resume and target is not None and exists(target)
            )
            if done:
                self.summary.skipped += 1
                if self._on_skip is not None:
                    self._on_skip(source)
                continue
            if problem is not None:
                error = ErrorInfo(type="InputError", message=f"{source}: {problem}")
                yield Task(source, target, error=error)
            elif source == STDIN:
                # Workers cannot read our stdin: read it here and ship the text.
                loaded = load(source, max_bytes=self.options.max_bytes)
                self.stdin_text = loaded.text
                yield Task(source, target, loaded.text, loaded.error, warnings=loaded.warnings)
            elif page is not None:
                yield Task(source, target, size=len(page.data), page=page)
            else:
                yield Task(source, target, size=_size(source))

    def records(self) -> Iterator[Article]:
        """Run the batch; yields every record (or, with an output folder, its light copy)."""
        opts, tasks = resolve_workers(self.options, self.tasks())
        self.workers = opts.workers
        batches = chunks(tasks, max(1, opts.batch_size))
        # The pipeline loads (or the cluster starts) on entering, before the clock starts.
        with make_engine(opts, self._load) as engine:
            if self._on_start is not None:
                self._on_start()
            results = engine.run(batches)
            start = time.perf_counter()
            try:
                for articles in results:
                    for article in articles:
                        self.summary.processed += 1
                        if article.error is not None:
                            self.summary.failed += 1
                        self.summary.elapsed = time.perf_counter() - start
                        yield article
                        if article.error is not None and opts.fail_fast:
                            self.summary.interrupted = True
                            return
            finally:
                self.summary.elapsed = time.perf_counter() - start
                close = getattr(results, "close", None)
                if close is not None:
                    close()


def _size(source: str) -> int:
    """Bytes of a local input (0 when unknown: a URL, a missing file)."""
    try:
        return 0 if is_url(source) else os.path.getsize(source)
    except OSError:
        return 0


def run_batch(
    options: Options,
    load_extractor: Callable[[], Extractor] | None = None,
    *,
    resume_jsonl: Path | None = None,
    on_skip: Callable[[str], None] | None = None,
    on_start: Callable[[], None] | None = None,
) -> Batch:
    """A batch run over `options.paths`, lazy: iterate its `records()`, then read `summary`.

    Args:
        options: What to read and how to run it.
        load_extractor: Builds the pipeline of this process (default: one per
            model and dollar setting, cached); engines that work elsewhere ignore it.
        resume_jsonl: With `options.resume`, the JSONL output being resumed: the sources
            it already holds are skipped (its partial last line is trimmed).
        on_skip: Called with the source of each input skipped as already done.
        on_start: Called once the pipeline has loaded, before the first input is read.

    Returns:
        The run, not yet started: nothing is read or loaded before `records()` is iterated.
    """
    skip = None
    if options.resume and resume_jsonl is not None:
        from c5facts.io.sinks import jsonl_done_sources

        skip = jsonl_done_sources(resume_jsonl).__contains__
    return Batch(options, load_extractor, skip=skip, on_skip=on_skip, on_start=on_start)
