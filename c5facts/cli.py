"""The `c5facts` command line: parse options, call the library, render or export.

This module only declares the commands and their options and dispatches; the jobs behind
them (option checks, output, progress, the commands' bodies) are in `c5facts.commands`.
Heavy modules (spaCy, rich, the pipeline) are imported inside the commands so that
`c5facts --help` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c5facts.about import DEFAULT_MODEL, __version__
from c5facts.commands.console import quiet_stdout, say
from c5facts.commands.options import (
    EngineName,
    EvalFormat,
    Format,
    check_codes,
    check_extract_options,
    parse_reference_date,
)
from c5facts.limits import ARTICLE_TIMEOUT, MAX_BYTES, MAX_CHARS

if TYPE_CHECKING:
    from c5facts.extract import Extractor

app = typer.Typer(
    name="c5facts",
    help="Structured facts (people, countries, money, dates) from French news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"c5facts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Structured facts (people, countries, money, dates) from French news articles."""


def _load_extractor(model: str, dollar: str | None = None) -> Extractor:
    from c5facts.extract import Extractor  # lazy: spaCy loads only here

    return Extractor(model, dollar=dollar)


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files or folders (walked recursively), web pages (http/https), "
            "web archives (.warc, .warc.gz), fsspec URLs, or - for stdin."
        ),
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Default: table on a terminal, jsonl otherwise (json: always an array; "
            "parquet: one table per fact type in --output-dir).",
            show_default=False,
        ),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            "-d",
            help='Publication date of all inputs: 2025-11-06, 06/11/2025, "6 novembre 2025"...; '
            'with its time (2025-11-06T14:32) "il y a 2 heures" is placed at that hour.',
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    output_dir: Annotated[
        str | None,
        typer.Option(help="One JSON file per article, mirroring the input tree (atomic writes)."),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            help="Pattern of file names in folders (repeatable; default *.txt *.html *.htm)."
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip articles already in --output (JSONL) or --output-dir."),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Worker processes (default: one per available core when there are more "
            "than 48 inputs, else 1; --workers 1: this process only).",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per batch (and at most ~200 KB of input).")
    ] = 16,
    engine: Annotated[EngineName, typer.Option(help="local, or dask.")] = EngineName.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://host:8786).")
    ] = None,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first failed article.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no summary.")
    ] = False,
    model: Annotated[str, typer.Option(help="spaCy base pipeline.")] = DEFAULT_MODEL,
    dollar: Annotated[
        str | None,
        typer.Option(help="Currency of unqualified dollars, e.g. CAD (default: from the article)."),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(
            help="Publisher's country (ISO 3166-1 alpha-2, e.g. CA), a clue for bare currency."
        ),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(min=0, help="Longest article, in characters (0: no limit); longer: error."),
    ] = MAX_CHARS,
    max_bytes: Annotated[
        int, typer.Option(min=0, help="Largest file read, in bytes (0: no limit); larger: error.")
    ] = MAX_BYTES,
    article_timeout: Annotated[
        float,
        typer.Option(min=0, help="Seconds one article may take (0: no limit); longer: error."),
    ] = ARTICLE_TIMEOUT,
    wait: Annotated[
        bool,
        typer.Option(
            "--wait", help="If another run writes the same output, wait for it (default: fail)."
        ),
    ] = False,
    vague: Annotated[
        bool | None,
        typer.Option(
            "--vague/--no-vague",
            help="Keep vague dates (quelques jours: PXD, récemment: PAST_REF); "
            "default: only with --format timeml.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract people, countries, amounts and dates from articles (files, folders, URLs).

    Exit status: 0 when every article succeeded (or the reader of the output went
    away), 1 when some failed, 2 on usage errors, 143 when stopped by SIGTERM.
    """
    ref = parse_reference_date(reference_date)
    check_codes(dollar, country)
    check_extract_options(fmt, output, output_dir, resume, engine, scheduler)
    if fmt is None:
        fmt = (
            Format.table
            if output is None and output_dir is None and sys.stdout.isatty()
            else Format.jsonl
        )
    # Parquet tables go to a folder of their own, not to per-article files.
    tables_dir = (output_dir or str(output)) if fmt is Format.parquet else None
    if tables_dir is not None:
        output, output_dir = None, None
    from c5facts.batch import Options
    from c5facts.commands.extract_run import run_extract
    from c5facts.io.inputs import DEFAULT_GLOBS

    options = Options(
        paths=tuple(paths),
        globs=tuple(glob) if glob else DEFAULT_GLOBS,
        reference_date=ref,
        model=model,
        dollar=dollar.upper() if dollar else None,
        country=country.upper() if country else None,
        workers=workers or 0,  # 0: decided by the run (`batch.cpus`)
        batch_size=batch_size,
        output_dir=output_dir,
        resume=resume,
        fail_fast=fail_fast,
        engine=engine.value,
        scheduler=scheduler,
        max_chars=max_chars or None,
        max_bytes=max_bytes or None,
        article_timeout=article_timeout or None,
        # TimeML annotates vague references; records of calendar facts leave them out.
        vague=fmt is Format.timeml if vague is None else vague,
    )
    run_extract(
        options,
        lambda: _load_extractor(model, options.dollar),
        fmt=fmt,
        output=output,
        tables_dir=tables_dir,
        quiet=quiet,
        wait=wait,
    )


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.txt + NAME.gold.json files.")],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every miss and spurious item.")
    ] = False,
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.table,
    model: Annotated[str, typer.Option(help="spaCy base pipeline.")] = DEFAULT_MODEL,
    relations: Annotated[
        Path | None,
        typer.Option(help="Folder of NAME.relations.gold.json (default: beside the gold)."),
    ] = None,
) -> None:
    """Score the extractor against gold annotations (P/R/F1 per fact type)."""
    from c5facts.commands.eval_run import run_eval

    run_eval(
        gold_dir, lambda: _load_extractor(model), fmt=fmt, relations=relations, verbose=verbose
    )


@app.command()
def report(
    articles: Annotated[
        list[str] | None,
        typer.Argument(help="Articles to extract and report on (files, folders, URLs, WARC)."),
    ] = None,
    out: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "report.html"
    ),
    from_jsonl: Annotated[
        Path | None, typer.Option("--from", help="Records produced earlier (JSONL).")
    ] = None,
    texts: Annotated[
        Path | None, typer.Option("--texts", help="Folder holding the texts of --from records.")
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            "-d",
            help='Publication date: 2025-11-06, 06/11/2025, "6 novembre 2025"...',
        ),
    ] = None,
    model: Annotated[str, typer.Option(help="spaCy base pipeline.")] = DEFAULT_MODEL,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the report in the default browser.")
    ] = False,
) -> None:
    """Write a self-contained HTML report highlighting every fact in its article."""
    if (from_jsonl is None) == (not articles):
        raise typer.BadParameter("give ARTICLE files, or --from FACTS.jsonl with --texts DIR")
    if from_jsonl is not None and texts is None:
        raise typer.BadParameter("--from needs --texts DIR", param_hint="--texts")
    ref = parse_reference_date(reference_date)
    from c5facts.commands.report_run import run_report

    run_report(
        list(articles or []),
        lambda: _load_extractor(model),
        out=out,
        from_jsonl=from_jsonl,
        texts=texts,
        reference=ref,
        model=model,
        open_browser=open_browser,
    )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the `c5facts/1` record."""
    from importlib.resources import files

    typer.echo(files("c5facts").joinpath("schema.json").read_text(encoding="utf-8"), nl=False)


def main() -> None:
    """Console entry point: no tracebacks, quiet exit on a closed pipe."""
    try:
        app()
    except BrokenPipeError:
        # The reader went away (`| head -1`): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        quiet_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("C5FACTS_DEBUG"):
            raise
        say(f"error: internal error: {type(exc).__name__}: {exc}")
        sys.exit(1)
