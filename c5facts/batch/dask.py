"""The Dask engine: the same batches on a Dask distributed cluster (the `dask` extra).

The client walks the inputs and sends batches of file names; each worker loads the
pipeline once (`client.run` at start, then reused by every task), reads its files
itself (local paths it can see, or fsspec URLs), and either writes the records to the
output folder or sends them back. Batches run through the same `process_batch` as the
local engines, so the output is the same, byte for byte. `dask` and `distributed` are
imported only when the engine starts: they are an optional extra.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from dataclasses import replace
from types import TracebackType
from typing import Any, Self

from c5facts.batch.engines import in_order
from c5facts.batch.tasks import Batches, Options, Task
from c5facts.batch.work import remote_batch, worker_extractor
from c5facts.errors import C5FactsError
from c5facts.io.inputs import STDIN, is_url
from c5facts.records import Article


class DaskUnavailableError(C5FactsError):
    """dask[distributed] is not installed, or the scheduler cannot be reached."""


def _warm(model: str, dollar: str | None) -> str:
    """Load the pipeline in this worker now, once, rather than in its first task."""
    extractor = worker_extractor(model, dollar)
    return str(extractor.pipeline_info["model"])


def _absolute(task: Task) -> Task:
    """A task whose paths mean the same in a worker (other working folder, or machine)."""
    if task.source == STDIN:
        return replace(task, target=_abspath(task.target))
    return replace(task, location=_abspath(task.source), target=_abspath(task.target))


def _abspath(path: str | None) -> str | None:
    """`path` made absolute, unless it is None or a URL."""
    if path is None or is_url(path):
        return path
    return os.path.abspath(path)


class DaskEngine:
    """A connection to a Dask cluster (given, or a LocalCluster of `workers` processes)."""

    def __init__(self, options: Options) -> None:
        """Remember the options; the cluster starts on `__enter__`."""
        self.options = options
        self.client: Any = None
        self.cluster: Any = None

    def __enter__(self) -> Self:
        """Connect (or start a LocalCluster) and load the pipeline on every worker.

        Raises:
            DaskUnavailableError: dask[distributed] is missing, or the scheduler is
                unreachable.
        """
        try:
            # Typed as Any: distributed ships no type information for these calls.
            distributed: Any = importlib.import_module("distributed")
        except ImportError as exc:
            raise DaskUnavailableError(
                "--engine dask needs dask[distributed]: pip install 'c5facts[dask]'"
            ) from exc
        opts = self.options
        try:
            if opts.scheduler:
                self.client = distributed.Client(opts.scheduler, timeout="30s")
            else:
                import logging

                dask: Any = importlib.import_module("dask")
                # Dask's nannies set MALLOC_TRIM_THRESHOLD_=65536 in their workers, which
                # makes spaCy ~40 % slower (measured in bench/); keep the thread limits.
                environ = {
                    k: v
                    for k, v in dask.config.get("distributed.nanny.pre-spawn-environ").items()
                    if k != "MALLOC_TRIM_THRESHOLD_"
                }
                with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
                    self.cluster = distributed.LocalCluster(
                        n_workers=opts.workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self.client = distributed.Client(self.cluster)
        except OSError as exc:
            self.__exit__(None, None, None)
            raise DaskUnavailableError(f"cannot reach the Dask scheduler ({exc})") from exc
        self.client.run(_warm, opts.model, opts.dollar)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Disconnect; a LocalCluster we started is shut down."""
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def run(self, batches: Batches) -> Iterator[list[Article]]:
        """Results of every batch, in input order, with a bounded number in flight."""
        assert self.client is not None, "enter the engine first"
        client = self.client
        slots = max(2, 2 * len(client.scheduler_info(n_workers=-1).get("workers", {})))
        options = self.options
        yield from in_order(
            lambda tasks: client.submit(
                remote_batch, [_absolute(t) for t in tasks], options, pure=False
            ),
            batches,
            slots,
        )
