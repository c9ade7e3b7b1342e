"""The `c5facts` command line: parse options, call the library, render or export.

Heavy modules (spaCy, the pipeline) are imported inside the commands so that
`c5facts --help` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from rich.console import Console

from c5facts.about import DEFAULT_MODEL, __version__
from c5facts.errors import C5FactsError

if TYPE_CHECKING:
    from c5facts.extract import Extractor
    from c5facts.records import Article

app = typer.Typer(
    name="c5facts",
    help="Structured facts (people, countries, money, dates) from French news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(StrEnum):
    """Output formats of `extract`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class EvalFormat(StrEnum):
    """Output formats of `eval`."""

    table = "table"
    json = "json"


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    return typer.Exit(code=code)


def _reference_date(value: str | None) -> date | None:
    """The `--reference-date` option as a date; a bad value is a one-line usage error."""
    if value is None:
        return None
    from c5facts.io.dates_input import parse_date_input

    try:
        return parse_date_input(value)
    except ValueError as exc:
        raise _fail(f"--reference-date: {exc}", code=2) from exc


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


@contextmanager
def _output(path: Path | None, *, append: bool = False) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        fh = path.open("a" if append else "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise _fail(f"{path}: cannot write ({exc.strerror})") from exc
    with fh:
        yield fh


def _load_extractor(model: str, dollar: str | None = None) -> Extractor:
    from c5facts.extract import Extractor  # lazy: spaCy loads only here

    return Extractor(model, dollar=dollar)


class EngineName(StrEnum):
    """Where `extract` runs."""

    local = "local"
    dask = "dask"


def _check_extract_options(
    fmt: Format | None,
    output: Path | None,
    output_dir: str | None,
    resume: bool,
    engine: EngineName,
    scheduler: str | None,
) -> None:
    # Combinations that cannot work are usage errors (exit 2), before anything loads.
    if output is not None and output_dir is not None:
        raise typer.BadParameter("give --output or --output-dir, not both")
    if output_dir is not None and fmt not in (None, Format.json):
        raise typer.BadParameter("--output-dir writes JSON files", param_hint="--format")
    if resume and output_dir is None and (output is None or fmt is not Format.jsonl):
        raise typer.BadParameter(
            "--resume needs --output-dir, or --format jsonl with --output", param_hint="--resume"
        )
    if scheduler is not None and engine is not EngineName.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files or folders (walked recursively), fsspec URLs, or - for stdin."
        ),
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Default: table on a terminal, json otherwise.",
            show_default=False,
        ),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            "-d",
            help='Publication date of all inputs: 2025-11-06, 06/11/2025, "6 novembre 2025"...',
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
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch.")] = 16,
    engine: Annotated[EngineName, typer.Option(help="local, or dask.")] = EngineName.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://host:8786).")
    ] = None,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first failed article.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")
    ] = False,
    model: Annotated[str, typer.Option(help="spaCy base pipeline.")] = DEFAULT_MODEL,
    dollar: Annotated[
        str | None,
        typer.Option(help="Currency of unqualified dollars, e.g. CAD (default: from the article)."),
    ] = None,
) -> None:
    """Extract people, countries, amounts and dates from articles (files, folders, URLs).

    Exit status: 0 when every article succeeded, 1 when some failed, 2 on usage errors.
    """
    ref = _reference_date(reference_date)
    if dollar is not None and not (len(dollar) == 3 and dollar.isalpha()):
        raise typer.BadParameter(f"{dollar!r} is not an ISO 4217 code", param_hint="--dollar")
    _check_extract_options(fmt, output, output_dir, resume, engine, scheduler)
    if fmt is None:
        fmt = (
            Format.table
            if output is None and output_dir is None and sys.stdout.isatty()
            else Format.json
        )
    from c5facts.batch import Options, run_batch
    from c5facts.io.inputs import DEFAULT_GLOBS, count
    from c5facts.io.render import progress

    options = Options(
        paths=tuple(paths),
        globs=tuple(glob) if glob else DEFAULT_GLOBS,
        reference_date=ref,
        model=model,
        dollar=dollar.upper() if dollar else None,
        workers=workers,
        batch_size=batch_size,
        output_dir=output_dir,
        resume=resume,
        fail_fast=fail_fast,
        engine=engine.value,
        scheduler=scheduler,
    )
    show_bar = not quiet and err.is_terminal
    with ExitStack() as stack:
        total = count(paths, options.globs) if show_bar else None
        advance = stack.enter_context(progress(err, total)) if show_bar else None
        batch = run_batch(
            options,
            lambda: _load_extractor(model, options.dollar),
            resume_jsonl=output,
            on_skip=None if advance is None else (lambda _source: advance(False)),
        )
        articles = _reported(batch.records(), advance)
        try:
            if output_dir is not None:
                for _ in articles:
                    pass
            else:
                with _output(output, append=resume) as stream:
                    _write(fmt, articles, stream, options.single_input, to_file=output is not None)
        except C5FactsError as exc:
            raise _fail(str(exc)) from exc
    if not quiet and (not options.single_input or output_dir is not None or resume):
        err.print(f"c5facts: {batch.summary.line()}", markup=False)
    if batch.summary.failed:
        raise typer.Exit(code=1)


def _reported(
    articles: Iterator[Article], advance: Callable[[bool], None] | None = None
) -> Iterator[Article]:
    """`articles`, with one error line on stderr per failed one, advancing the progress bar."""
    for article in articles:
        if article.error is not None:
            err.print(f"error: {article.error.message}", markup=False)
        if advance is not None:
            advance(article.error is not None)
        yield article


def _write(
    fmt: Format, articles: Iterator[Article], stream: TextIO, single: bool, *, to_file: bool
) -> None:
    """Render (`table`) or export the records to `stream`."""
    if fmt is Format.table:
        from c5facts.io.render import print_all_tables

        print_all_tables(articles, Console(file=stream, soft_wrap=False) if to_file else Console())
    else:
        from c5facts.io.exporters import write_records

        write_records(fmt.value, articles, stream, single=single)


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.txt + NAME.gold.json files.")],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every miss and spurious item.")
    ] = False,
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.table,
    model: Annotated[str, typer.Option(help="spaCy base pipeline.")] = DEFAULT_MODEL,
) -> None:
    """Score the extractor against gold annotations (P/R/F1 per fact type)."""
    from c5facts.evaluate import evaluate

    try:
        report = evaluate(gold_dir, _load_extractor(model))
    except C5FactsError as exc:
        raise _fail(str(exc)) from exc
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        from c5facts.io.render import eval_table

        Console().print(eval_table(report, str(gold_dir)))
    if verbose:
        from c5facts.io.render import eval_misses

        for line in eval_misses(report):
            err.print(line, markup=False)


@app.command()
def report(
    articles: Annotated[
        list[Path] | None, typer.Argument(help="Article files to extract and report on.")
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
    from c5facts.report import load_jsonl_items, render_report

    if (from_jsonl is None) == (not articles):
        raise typer.BadParameter("give ARTICLE files, or --from FACTS.jsonl with --texts DIR")
    if from_jsonl is not None and texts is None:
        raise typer.BadParameter("--from needs --texts DIR", param_hint="--texts")
    ref = _reference_date(reference_date)
    failed = 0
    try:
        if from_jsonl is not None:
            assert texts is not None
            items = load_jsonl_items(from_jsonl, texts)
        else:
            items, failed = _extract_for_report([str(p) for p in articles or []], ref, model)
        html = render_report(items)
    except C5FactsError as exc:
        raise _fail(str(exc)) from exc
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"{out}: cannot write ({exc.strerror})") from exc
    err.print(f"wrote {out} ({len(items)} article(s))", markup=False)
    if open_browser:
        import webbrowser

        if not webbrowser.open(out.resolve().as_uri()):
            err.print("no browser available to open the report", markup=False)
    if failed:
        raise typer.Exit(code=1)


def _extract_for_report(
    paths: list[str], reference_date: date | None, model: str
) -> tuple[list[tuple[dict[str, Any], str]], int]:
    """(record, text) of every article that succeeded, and how many failed.

    The same batch run as `extract` (one bad file never loses the others); each record's
    text is read again, as `report --from` reads it, for the highlighting.
    """
    from c5facts.batch import Options, load, run_batch

    options = Options(paths=tuple(paths), reference_date=reference_date, model=model)
    batch = run_batch(options, lambda: _load_extractor(model))
    items = []
    for article in _reported(batch.records()):
        if article.error is not None:
            continue
        text = batch.stdin_text if article.source is None else load(article.source).text
        if text is not None:
            items.append((article.to_dict(), text))
    return items, batch.summary.failed


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
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("C5FACTS_DEBUG"):
            raise
        err.print(f"error: internal error: {type(exc).__name__}: {exc}", markup=False)
        sys.exit(1)
