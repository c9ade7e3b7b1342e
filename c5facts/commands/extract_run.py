"""The body of `c5facts extract`: lock the output, run the batch, write, show progress."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from c5facts.commands.console import err, fail, quiet_stdout, say
from c5facts.commands.options import Format
from c5facts.commands.output import lock, opened, reported, write
from c5facts.errors import C5FactsError

if TYPE_CHECKING:
    from c5facts.batch.tasks import Options
    from c5facts.extract import Extractor


def run_extract(
    options: Options,
    load: Callable[[], Extractor],
    *,
    fmt: Format,
    output: Path | None,
    tables_dir: str | None,
    quiet: bool,
    wait: bool,
) -> None:
    """Run `options` and write its records where the options say.

    To `output` (stdout when None) in `fmt`, to `options.output_dir` one file per
    article, or as parquet tables in `tables_dir`. Exits 1 when some article failed, 0
    when the reader of stdout went away.
    """
    from c5facts.batch import run_batch
    from c5facts.io.render import progress
    from c5facts.io.warc import count_inputs

    output_dir = options.output_dir
    # Progress for batches only (never for one article), shown once the model has loaded;
    # not under tables printed to the terminal, which show the run's progress themselves.
    tables_on_screen = fmt is Format.table and output is None
    show_progress = not quiet and not options.single_input and not tables_on_screen
    with ExitStack() as stack:
        lock(stack, output, output_dir or tables_dir, wait)
        total = count_inputs(options.paths, options.globs) if show_progress else None
        meter = stack.enter_context(progress(err(), total)) if show_progress else None
        advance = None if meter is None else meter.advance
        batch = run_batch(
            options,
            load,
            resume_jsonl=output,
            on_skip=None if meter is None else (lambda _source: meter.advance(False)),
            on_start=None if meter is None else meter.start,
        )
        articles = reported(batch.records(), advance)
        try:
            if tables_dir is not None:
                from c5facts.io.parquet import write_parquet

                write_parquet(articles, tables_dir)
            elif output_dir is not None:
                for _ in articles:
                    pass
            else:
                with opened(output, append=options.resume) as stream:
                    write(fmt, articles, stream, to_file=output is not None)
        except C5FactsError as exc:
            raise fail(str(exc)) from exc
        except BrokenPipeError:
            # The reader went away (`| head -1`): what it read is all it wanted.
            quiet_stdout()
            raise typer.Exit(code=0) from None
    if not quiet and (not options.single_input or output_dir is not None or options.resume):
        say(f"c5facts: {batch.summary.line()}")
    for archive, stats in [] if quiet else batch.archives:
        say(f"c5facts: {archive}: {stats.line()}")
    if batch.summary.failed:
        raise typer.Exit(code=1)
