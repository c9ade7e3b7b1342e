"""The engine protocol, and the two engines of this machine: in process, and a process pool.

An engine turns batches of tasks into their records, in input order, with a bounded
number of batches in flight (so memory stays flat whatever the number of inputs).
Entering it does the slow set-up (loading the pipeline, starting a cluster) before the
run's clock starts; leaving it releases what it started. The Dask engine
(`c5facts.batch.dask`) follows the same protocol.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from c5facts.batch.tasks import Batches, Options, Task
from c5facts.batch.work import adopt, ignore_interrupts, process_batch, remote_batch
from c5facts.records import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

    from c5facts.extract import Extractor


class Engine(Protocol):
    """Runs batches of tasks; a context manager around its set-up and tear-down."""

    def __enter__(self) -> Self:
        """Get ready: load the pipeline, start or reach the workers."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Release what `__enter__` started."""
        ...

    def run(self, batches: Batches) -> Iterator[list[Article]]:
        """The records of every batch, batch by batch, in input order."""
        ...


class _Pending(Protocol):
    """What `in_order` needs of a future (concurrent.futures and Dask futures alike)."""

    def result(self) -> list[Article]: ...

    def cancel(self) -> Any: ...


def in_order(
    submit: Callable[[list[Task]], _Pending],
    batches: Batches,
    slots: int,
    wait: Callable[[Any], list[Article]] = lambda fut: fut.result(),
) -> Generator[list[Article], None, None]:
    """Results of every batch in input order, with at most `slots` batches in flight.

    The bound is what keeps memory flat on any number of files; futures still pending
    when the consumer stops (error, Ctrl-C) are cancelled. `wait` gets a future's result.
    """
    window: deque[_Pending] = deque()
    try:
        for tasks in batches:
            window.append(submit(tasks))
            if len(window) >= slots:
                yield wait(window.popleft())
        while window:
            yield wait(window.popleft())
    finally:
        for fut in window:
            fut.cancel()


POLL_SECONDS = 0.5


def polled(fut: Future[list[Article]]) -> list[Article]:
    """The future's result, the main thread waking every `POLL_SECONDS`.

    The kernel may deliver a SIGTERM sent to the process to one of the pool's threads;
    Python runs its handler (`stop_workers_on_sigterm`) only when the main thread next
    runs, which an untimed wait delays until the batch ends (a minute, or never).
    """
    while True:
        try:
            return fut.result(timeout=POLL_SECONDS)
        except TimeoutError:
            continue


class LocalEngine:
    """Every batch in this process, one after the other."""

    def __init__(self, options: Options, load_extractor: Callable[[], Extractor]) -> None:
        """Remember how to get the pipeline; it loads on `__enter__`."""
        self.options = options
        self._load = load_extractor
        self.extractor: Extractor | None = None

    def __enter__(self) -> Self:
        """Load the pipeline."""
        self.extractor = self._load()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Nothing to release."""

    def run(self, batches: Batches) -> Iterator[list[Article]]:
        """The records of every batch, in order."""
        assert self.extractor is not None, "enter the engine first"
        for tasks in batches:
            yield process_batch(self.extractor, tasks, self.options)


class PoolEngine(LocalEngine):
    """Batches spread over `options.workers` local processes."""

    def run(self, batches: Batches) -> Iterator[list[Article]]:
        """The records of every batch, in order, with `2 * workers` batches in flight."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        assert self.extractor is not None, "enter the engine first"
        options = self.options
        # fork shares the loaded pipeline copy-on-write; elsewhere each worker loads its own.
        methods = multiprocessing.get_all_start_methods()
        method = "fork" if "fork" in methods else "spawn"
        key = (options.model, options.dollar)
        init: tuple[Callable[..., None], tuple[Any, ...]] = (
            (adopt, (self.extractor, key)) if method == "fork" else (ignore_interrupts, ())
        )
        with (
            stop_workers_on_sigterm(),
            ProcessPoolExecutor(
                options.workers,
                mp_context=multiprocessing.get_context(method),
                initializer=init[0],
                initargs=init[1],
            ) as pool,
        ):
            yield from in_order(
                lambda tasks: pool.submit(remote_batch, tasks, options),
                batches,
                2 * options.workers,
                polled,
            )


@contextmanager
def stop_workers_on_sigterm() -> Iterator[None]:
    """While the body runs, SIGTERM (`timeout`, `docker stop`) stops our workers, then us.

    The worker processes this process started are terminated (each by its pid), then
    the run unwinds with exit status 143 (128 + SIGTERM). Only in the main thread (the
    only one that may set signal handlers); workers also die with their parent on
    their own (`work.die_with_parent`).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum: int, frame: FrameType | None) -> None:
        import multiprocessing

        for child in multiprocessing.active_children():
            child.terminate()
        # Unwinding may wait on a pool whose workers were just killed (a known way for
        # ProcessPoolExecutor to hang): whatever happens, the process ends soon.
        watchdog = threading.Timer(3.0, os._exit, args=(128 + signum,))
        watchdog.daemon = True
        watchdog.start()
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
