"""The unit of work every engine runs: one batch of inputs in, its records out, in order.

A crash on one text fails that text only; with an output folder the records are written
where they were made (in the worker) and only light copies travel back.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from datetime import date
from typing import TYPE_CHECKING, Any

from c5facts.batch.tasks import Loaded, Options, Task, error_article, load, load_page
from c5facts.io.inputs import STDIN
from c5facts.records import Article, ErrorInfo

if TYPE_CHECKING:
    from c5facts.extract import Extractor


def extract_loaded(
    extractor: Extractor,
    loaded: list[Loaded],
    *,
    reference_date: date | None = None,
    batch_size: int = 16,
    country: str | None = None,
) -> list[Article]:
    """Records of already-read inputs, in order; a crash on one text fails that text only.

    Args:
        extractor: The pipeline to run.
        loaded: The inputs, read (or failed to read) by `load`.
        reference_date: Publication date for every input; without it an HTML input's
            own publication date is used.
        batch_size: Texts per `nlp.pipe` batch.
        country: The publisher's country (ISO 3166-1 alpha-2), a clue for bare currency
            units ("dollars", "pesos") when the article itself does not settle them.

    Returns:
        One record per input, in the order given (error records for failed inputs).
    """

    def meta(item: Loaded) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": None if item.source == STDIN else item.source,
            "reference_date": reference_date,
            "warnings": item.warnings,
        }
        # The country given (--country) wins over the one a page declares.
        if country or item.country:
            out["country"] = country or item.country
        if reference_date is None and item.published is not None:
            out["reference_date"] = item.published
            out["reference_date_source"] = item.published_source
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
    (atomically) and only a light copy (source and error) is returned; a record that
    cannot be written becomes an error record (the others are still written).
    """
    loaded = [load_task(task, options) for task in tasks]
    articles = extract_loaded(
        extractor.with_limits(options.max_chars, options.article_timeout),
        loaded,
        reference_date=options.reference_date,
        batch_size=options.batch_size,
        country=options.country,
    )
    if not options.vague:
        articles = [article.without_vague_dates() for article in articles]
    if options.output_dir is None:
        return articles
    from c5facts.io.sinks import write_record

    light = []
    for task, article in zip(tasks, articles, strict=True):
        assert task.target is not None
        error = article.error
        try:
            write_record(task.target, article)
        except Exception as exc:
            error = ErrorInfo(type=type(exc).__name__, message=f"{task.source}: {exc}")
        light.append(Article(source=article.source, reference_date=None, error=error))
    return light


def load_task(task: Task, options: Options) -> Loaded:
    """The input of `task`: read now, or (stdin, a problem found by the walk) as it came."""
    if task.source == STDIN or task.error is not None:
        return Loaded(task.source, task.text, task.error, warnings=task.warnings)
    if task.page is not None:
        return load_page(task.source, task.page)
    return load(task.source, task.location, options.max_bytes)


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


def remote_batch(tasks: list[Task], options: Options) -> list[Article]:
    """`process_batch` in a worker process (pool or Dask), with the worker's pipeline."""
    return process_batch(worker_extractor(options.model, options.dollar), tasks, options)


def ignore_interrupts() -> None:
    """Pool initializer: leave Ctrl-C to the parent, and die with it.

    Spawned workers load their own pipeline; forked ones are given the parent's (`adopt`).
    """
    # Otherwise every worker prints its own KeyboardInterrupt traceback; the parent stops
    # handing out work, and the workers finish their current batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler (which stops the pool): the
    # worker itself just ends.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()


def adopt(extractor: Extractor, key: tuple[str, str | None]) -> None:
    """Pool initializer after fork: the worker inherits the parent's loaded pipeline."""
    ignore_interrupts()
    _Worker.extractor = extractor
    _Worker.key = key


# prctl(2) option: the signal the kernel sends this process when its parent dies.
_PR_SET_PDEATHSIG = 1
# Seconds between two checks that the parent is still there.
_WATCH_EVERY = 1.0


def die_with_parent() -> None:
    """End this worker when the process that started it ends, even by `kill -9`.

    On Linux the kernel sends SIGTERM at the parent's death (`PR_SET_PDEATHSIG`);
    everywhere, a daemon thread checks every second that the parent is still the
    same process, and ends the worker when it is not.
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl here: the watching thread does the job
    if os.getppid() != parent:
        os._exit(1)  # the parent died before prctl took effect

    def watch() -> None:
        while True:
            time.sleep(_WATCH_EVERY)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="c5facts-parent-watch", daemon=True).start()
