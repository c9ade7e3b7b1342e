"""The `c5facts` command line: parse options, call the library, render or export.

Heavy modules (spaCy, the pipeline) are imported inside the commands so that
`c5facts --help` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

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


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from exc


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


@contextmanager
def _progress(show: bool, total: int | None) -> Iterator[Callable[[bool], None] | None]:
    """A rich progress bar on stderr; yields `advance(failed)`, or None when not shown."""
    if not show:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} art/s"),
        TextColumn("errors {task.fields[failed]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    failed = 0
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("extract", total=total, rate=0.0, failed=0)

        def advance(is_failed: bool) -> None:
            nonlocal failed
            failed += is_failed
            bar.advance(task)
            speed = bar.tasks[0].speed or 0.0
            bar.update(task, rate=speed, failed=failed)

        yield advance


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
        typer.Option("--reference-date", "-d", help="Publication date YYYY-MM-DD for all inputs."),
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
    ref = _parse_date(reference_date)
    if dollar is not None and not (len(dollar) == 3 and dollar.isalpha()):
        raise typer.BadParameter(f"{dollar!r} is not an ISO 4217 code", param_hint="--dollar")
    _check_extract_options(fmt, output, output_dir, resume, engine, scheduler)
    if fmt is None:
        fmt = (
            Format.table
            if output is None and output_dir is None and sys.stdout.isatty()
            else Format.json
        )
    from c5facts.batch import Batch, Options
    from c5facts.io.inputs import DEFAULT_GLOBS, count, is_url

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
    folders = any(is_url(p) or os.path.isdir(p) for p in paths)
    single = len(paths) == 1 and not folders
    skip = None
    if resume and output is not None:
        from c5facts.io.sinks import jsonl_done_sources

        skip = jsonl_done_sources(output).__contains__
    show_bar = not quiet and err.is_terminal
    total = count(paths, options.globs) if show_bar else None

    with _progress(show_bar, total) as advance:
        batch = Batch(
            options,
            lambda: _load_extractor(model, options.dollar),
            skip=skip,
            on_skip=None if advance is None else (lambda _source: advance(False)),
        )

        def articles() -> Iterator[Article]:
            for article in batch.records():
                if article.error is not None:
                    err.print(f"error: {article.error.message}", markup=False)
                if advance is not None:
                    advance(article.error is not None)
                yield article

        try:
            if output_dir is not None:
                for _ in articles():
                    pass
            else:
                with _output(output, append=resume) as stream:
                    _write(fmt, articles(), stream, single=single, to_file=output is not None)
        except C5FactsError as exc:
            raise _fail(str(exc)) from exc
    summary = batch.summary
    if not quiet and (not single or output_dir is not None or resume):
        err.print(f"c5facts: {summary.line()}", markup=False)
    if summary.failed:
        raise typer.Exit(code=1)


def _write(
    fmt: Format, articles: Iterator[Article], stream: TextIO, *, single: bool, to_file: bool
) -> None:
    from c5facts.io import exporters

    if fmt is Format.table:
        from c5facts.io.render import print_tables

        console = Console(file=stream, soft_wrap=False) if to_file else Console()
        for article in articles:
            if article.error is None:
                print_tables(article, console)
    elif fmt is Format.json:
        exporters.write_json(articles, stream, single=single)
    elif fmt is Format.jsonl:
        exporters.write_jsonl(articles, stream)
    else:
        exporters.write_csv(articles, stream)


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
    from c5facts.evaluate import FACT_TYPES, evaluate

    try:
        report = evaluate(gold_dir, _load_extractor(model))
    except C5FactsError as exc:
        raise _fail(str(exc)) from exc
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        from rich.table import Table

        table = Table(title=f"c5facts eval: {gold_dir} ({report.articles} articles)")
        for col in ("fact", "P", "R", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="left" if col == "fact" else "right")
        for t in FACT_TYPES:
            s = report.scores[t]
            table.add_row(
                t,
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                *map(str, (s.tp, s.fp, s.fn)),
            )
        table.add_row("pairs", "", "", f"{report.pairs_ok}/{report.pairs_total}", "", "", "")
        table.add_row("macro F1", "", "", f"{report.macro_f1:.3f}", "", "", "")
        Console().print(table)
    if verbose:
        for t in FACT_TYPES:
            s = report.scores[t]
            for m in s.missed:
                err.print(f"[{t}] missed   {m}", markup=False)
            for sp in s.spurious:
                err.print(f"[{t}] spurious {sp}", markup=False)


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
        str | None, typer.Option("--reference-date", "-d", help="Publication date YYYY-MM-DD.")
    ] = None,
    model: Annotated[str, typer.Option(help="spaCy base pipeline.")] = DEFAULT_MODEL,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the report in the default browser.")
    ] = False,
) -> None:
    """Write a self-contained HTML report highlighting every fact in its article."""
    from c5facts.report import load_jsonl_items, render_report

    failed = 0
    if (from_jsonl is None) == (not articles):
        raise typer.BadParameter("give ARTICLE files, or --from FACTS.jsonl with --texts DIR")
    try:
        if from_jsonl is not None:
            if texts is None:
                raise typer.BadParameter("--from needs --texts DIR", param_hint="--texts")
            items = load_jsonl_items(from_jsonl, texts)
        else:
            from c5facts.batch import load

            ref = _parse_date(reference_date)
            extractor = _load_extractor(model)
            items = []
            for path in articles or []:
                loaded = load(str(path))
                if loaded.text is None:
                    # One bad file never loses the others: report it, keep going.
                    assert loaded.error is not None
                    err.print(f"error: {loaded.error.message}", markup=False)
                    failed += 1
                    continue
                record = extractor.extract(loaded.text, reference_date=ref, source=str(path))
                items.append((record.to_dict(), loaded.text))
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
