"""The body of `c5facts eval`: score the extractor on a gold folder, print the scores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from c5facts.commands.console import fail, say
from c5facts.commands.options import EvalFormat
from c5facts.errors import C5FactsError

if TYPE_CHECKING:
    from c5facts.extract import Extractor


def run_eval(
    gold_dir: Path,
    load: Callable[[], Extractor],
    *,
    fmt: EvalFormat,
    relations: Path | None,
    verbose: bool,
) -> None:
    """Score against `gold_dir`: a table (or JSON) on stdout, notes and misses on stderr."""
    from c5facts.evaluate import evaluate

    try:
        report = evaluate(gold_dir, load(), relations)
    except C5FactsError as exc:
        raise fail(str(exc)) from exc
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        from rich.console import Console

        from c5facts.io.render import eval_table

        Console().print(eval_table(report, str(gold_dir)))
        if report.relations is not None:
            for line in report.relations.lines(verbose):
                typer.echo(line)
    for note in report.notes:
        say(f"note: {note}")
    if verbose:
        from c5facts.io.render import eval_misses

        for line in eval_misses(report):
            say(line)
