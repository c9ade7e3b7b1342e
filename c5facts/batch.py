"""Run the extractor over many inputs: walk, read, extract in batches, keep going on bad files.

A bad input never stops the run: it becomes an `Article` carrying an `error`, in input
order, and the caller decides how to report it. Work goes out in batches of
`batch_size` inputs to one of three engines (this process, a local process pool, or a
Dask cluster); at most a few batches are in flight, so memory stays flat whatever the
number of inputs, and records come back in input order.
"""

from __future__ import annotations

import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, Protocol

from c5facts.about import DEFAULT_MODEL
from c5facts.errors import InputError
from c5facts.io.inputs import DEFAULT_GLOBS, STDIN, decode_bytes, read_source, walk
from c5facts.records import Article, ErrorInfo

if TYPE_CHECKING:
    from c5facts.extract import Extractor

Engine = Literal["local", "dask"]


@dataclass(frozen=True, slots=True)
class Loaded:
    """One input, read and decoded (or the error that prevented it)."""

    source: str
    text: str | None
    error: ErrorInfo | None = None
    published: date | None = None


def load(source: str, location: str | None = None) -> Loaded:
    """Read one input (`-` is standard input) into text, or into an error.

    `location` is where to read it when that differs from the name to record (a Dask
    worker reads an absolute path; records and messages keep the path as given).
    """
    try:
        if source == STDIN:
            return Loaded(source, decode_bytes(sys.stdin.buffer.read(), "<stdin>"))
        doc = read_source(location or source)
        return Loaded(source, doc.text, published=doc.published)
    except InputError as exc:
        info = ErrorInfo(type=type(exc).__name__, message=f"{source}: {exc.reason}")
        return Loaded(source, None, info)


def error_article(source: str, error: ErrorInfo) -> Article:
    """The record of an input that could not be processed."""
    return Article(source=source, reference_date=None, error=error)


def is_error(article: Article) -> bool:
    """True when the record stands for an input that failed."""
    return article.error is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Everything a batch needs, whichever engine runs it (picklable, sent to workers)."""

    paths: tuple[str, ...]
    globs: tuple[str, ...] = DEFAULT_GLOBS
    reference_date: date | None = None
    model: str = DEFAULT_MODEL
    dollar: str | None = None
    workers: int = 1
    batch_size: int = 16
    output_dir: str | None = None
    resume: bool = False
    fail_fast: bool = False
    engine: Engine = "local"
    scheduler: str | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """One input: its source, output file (if any), stdin's text, where a worker reads it."""

    source: str
    target: str | None = None
    text: str | None = None
    error: ErrorInfo | None = None
    location: str | None = None


@dataclass(slots=True)
class Summary:
    """What a run did; `elapsed` counts from the first input, after the pipeline loaded."""

    processed: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0
    interrupted: bool = False

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        """One human line, e.g. `120 processed, 2 failed, 0 skipped in 4.1 s (29.3 articles/s)`."""
        stopped = " (stopped at the first error)" if self.interrupted else ""
        return (
            f"{self.processed} processed, {self.failed} failed, {self.skipped} skipped "
            f"in {self.elapsed:.1f} s ({self.rate:.1f} articles/s){stopped}"
        )


# --- the unit of work: one batch of inputs -> records -----------------------------------


def extract_loaded(
    extractor: Extractor,
    loaded: list[Loaded],
    *,
    reference_date: date | None = None,
    batch_size: int = 16,
) -> list[Article]:
    """Records of already-read inputs, in order; a crash on one text fails that text only."""

    def meta(item: Loaded) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": None if item.source == STDIN else item.source,
            "reference_date": reference_date,
        }
        if reference_date is None and item.published is not None:
            out["reference_date"] = item.published
            out["reference_date_source"] = "html-metadata"
        return out

    good = [item for item in loaded if item.text is not None]
    try:
        done = list(
            extractor.extract_many(
                ((item.text or "", meta(item)) for item in good), batch_size=batch_size
            )
        )
    except Exception:
        # Find the culprit(s): redo one text at a time, the others keep their records.
        done = []
        for item in good:
            try:
                done.extend(extractor.extract_many([(item.text or "", meta(item))]))
            except Exception as exc:
                info = ErrorInfo(type=type(exc).__name__, message=f"{item.source}: {exc}")
                done.append(error_article(item.source, info))
    results = iter(done)
    out = []
    for item in loaded:
        if item.error is not None:
            out.append(error_article(item.source, item.error))
        else:
            out.append(next(results))
    return out


def process_batch(extractor: Extractor, tasks: list[Task], options: Options) -> list[Article]:
    """Read, extract and (with an output folder) write one batch of inputs.

    With `options.output_dir` each record is written to its task's target file
    (atomically) and only a light copy (source and error) is returned.
    """
    loaded = [
        Loaded(t.source, t.text, t.error) if t.source == STDIN else load(t.source, t.location)
        for t in tasks
    ]
    articles = extract_loaded(
        extractor, loaded, reference_date=options.reference_date, batch_size=options.batch_size
    )
    if options.output_dir is None:
        return articles
    from c5facts.io.sinks import write_record

    light = []
    for task, article in zip(tasks, articles, strict=True):
        assert task.target is not None
        write_record(task.target, article)
        light.append(Article(source=article.source, reference_date=None, error=article.error))
    return light


class _Worker:
    """The pipeline of a worker process: loaded once, reused for every batch."""

    extractor: Extractor | None = None
    key: tuple[str, str | None] | None = None


def worker_extractor(model: str, dollar: str | None) -> Extractor:
    """This process's extractor for (`model`, `dollar`), built on first use only."""
    if _Worker.extractor is None or _Worker.key != (model, dollar):
        from c5facts.extract import Extractor

        _Worker.extractor = Extractor(model, dollar=dollar)
        _Worker.key = (model, dollar)
    return _Worker.extractor


def _adopt(extractor: Extractor, key: tuple[str, str | None]) -> None:
    # Pool initializer: a forked worker inherits the parent's loaded pipeline for free.
    _noop()
    _Worker.extractor = extractor
    _Worker.key = key


def remote_batch(tasks: list[Task], options: Options) -> list[Article]:
    """`process_batch` in a worker process (pool or Dask), with the worker's pipeline."""
    return process_batch(worker_extractor(options.model, options.dollar), tasks, options)


# --- engines: ordered map of batches, bounded number in flight -------------------------

Batches = Iterator[list[Task]]


def _local(extractor: Extractor, batches: Batches, options: Options) -> Iterator[list[Article]]:
    for tasks in batches:
        yield process_batch(extractor, tasks, options)


def _pool(extractor: Extractor, batches: Batches, options: Options) -> Iterator[list[Article]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded pipeline copy-on-write; elsewhere each worker loads its own.
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods else "spawn"
    key = (options.model, options.dollar)
    init: tuple[Callable[..., None], tuple[Any, ...]] = (
        (_adopt, (extractor, key)) if method == "fork" else (_noop, ())
    )
    with ProcessPoolExecutor(
        options.workers,
        mp_context=multiprocessing.get_context(method),
        initializer=init[0],
        initargs=init[1],
    ) as pool:
        yield from in_order(
            lambda tasks: pool.submit(remote_batch, tasks, options), batches, 2 * options.workers
        )


class _Pending(Protocol):
    """What `in_order` needs of a future (concurrent.futures and Dask futures alike)."""

    def result(self) -> list[Article]: ...

    def cancel(self) -> Any: ...


def in_order(
    submit: Callable[[list[Task]], _Pending], batches: Batches, slots: int
) -> Iterator[list[Article]]:
    """Results of every batch in input order, with at most `slots` batches in flight.

    The bound is what keeps memory flat on any number of files; futures still pending
    when the consumer stops (error, Ctrl-C) are cancelled.
    """
    window: deque[_Pending] = deque()
    try:
        for tasks in batches:
            window.append(submit(tasks))
            if len(window) >= slots:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        for fut in window:
            fut.cancel()


def _noop() -> None:
    """Pool initializer: leave Ctrl-C to the parent (spawned workers load their own pipeline)."""
    # Otherwise every worker prints its own KeyboardInterrupt traceback; the parent stops
    # handing out work, and the workers finish their current batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _batches(tasks: Iterable[Task], size: int) -> Batches:
    batch: list[Task] = []
    for task in tasks:
        batch.append(task)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- the run ----------------------------------------------------------------------------


class Batch:
    """One batch run: iterate `records()` for the records in input order, then read `summary`.

    `skip(source)` tells which inputs are already done (`--resume` on a JSONL output);
    with an output folder, inputs whose file exists are skipped when `options.resume`.
    `on_skip(source)` is called for each input skipped.
    """

    def __init__(
        self,
        options: Options,
        load_extractor: Callable[[], Extractor] | None = None,
        *,
        skip: Callable[[str], bool] | None = None,
        on_skip: Callable[[str], None] | None = None,
    ) -> None:
        """Prepare a run; nothing is read or loaded before `records()` is iterated."""
        self.options = options
        self._load = load_extractor or (lambda: worker_extractor(options.model, options.dollar))
        self._skip = skip
        self._on_skip = on_skip
        self.summary = Summary()

    def tasks(self) -> Iterator[Task]:
        """The inputs to process, in order, minus those already done."""
        out = self.options.output_dir
        from c5facts.io.sinks import exists, target_path

        for source, rel in walk(self.options.paths, self.options.globs):
            target = target_path(out, rel) if out is not None else None
            done = (self._skip is not None and self._skip(source)) or (
                self.options.resume and target is not None and exists(target)
            )
            if done:
                self.summary.skipped += 1
                if self._on_skip is not None:
                    self._on_skip(source)
                continue
            if source == STDIN:
                # Workers cannot read our stdin: read it here and ship the text.
                loaded = load(source)
                yield Task(source, target, loaded.text, loaded.error)
            else:
                yield Task(source, target)

    def records(self) -> Iterator[Article]:
        """Run the batch; yields every record (or, with an output folder, its light copy)."""
        opts = self.options
        batches = _batches(self.tasks(), max(1, opts.batch_size))
        results: Iterator[list[Article]]
        stack = ExitStack()
        if opts.engine == "dask":
            from c5facts.dask_engine import DaskEngine

            # The cluster starts (and its workers load the pipeline) before the clock does.
            results = stack.enter_context(DaskEngine(opts)).map(batches)
        else:
            extractor = self._load()
            results = (
                _pool(extractor, batches, opts)
                if opts.workers > 1
                else _local(extractor, batches, opts)
            )
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
            stack.close()


def extract_sources(
    extractor: Extractor,
    sources: Iterable[str],
    *,
    reference_date: date | None = None,
    batch_size: int = 16,
) -> Iterator[Article]:
    """Extract every source in order (in this process); bad ones come back as error records."""
    batch: list[Loaded] = []
    for source in sources:
        batch.append(load(source))
        if len(batch) >= batch_size:
            yield from extract_loaded(
                extractor, batch, reference_date=reference_date, batch_size=batch_size
            )
            batch = []
    if batch:
        yield from extract_loaded(
            extractor, batch, reference_date=reference_date, batch_size=batch_size
        )
