"""Run the extractor over many inputs: walk, read, extract in batches, keep going on bad files.

A bad input never stops the run: it becomes an `Article` carrying an `error`, in input
order, and the caller decides how to report it. Work goes out in batches of
`batch_size` inputs to one of three engines behind one protocol (`Engine`): this process
(`LocalEngine`), a local process pool (`PoolEngine`) or a Dask cluster
(`c5facts.batch.dask.DaskEngine`); at most a few batches are in flight, so memory stays
flat whatever the number of inputs, and records come back in input order.

Layout: `tasks` (options, tasks, reading one input, the summary), `work` (one batch in,
records out), `engines` (the protocol, local and pool engines), `dask` (the Dask engine),
`cpus` (the default worker count: cores this process may use), `run` (`run_batch`: the
run itself).
"""

from c5facts.batch.engines import Engine, LocalEngine, PoolEngine
from c5facts.batch.run import Batch, run_batch
from c5facts.batch.tasks import EngineName, Loaded, Options, Summary, Task, error_article, load

__all__ = [
    "Batch",
    "Engine",
    "EngineName",
    "Loaded",
    "LocalEngine",
    "Options",
    "PoolEngine",
    "Summary",
    "Task",
    "error_article",
    "load",
    "run_batch",
]
