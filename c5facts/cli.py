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
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from c5facts.about import DEFAULT_MODEL, __version__
from c5facts.errors import C5FactsError
from c5facts.limits import ARTICLE_TIMEOUT, MAX_BYTES, MAX_CHARS

if TYPE_CHECKING:
    from rich.console import Console

    from c5facts.extract import Extractor
    from c5facts.records import Article

app = typer.Typer(
    name="c5facts",
    help="Structured facts (people, countries, money, dates) from French news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@cache
def _err() -> Console:
    """The stderr console, built on first use: rich costs `--help` a tenth of a second."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


class Format(StrEnum):
    """Output formats of `extract`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    timeml = "timeml"


class EvalFormat(StrEnum):
    """Output formats of `eval`."""

    table = "table"
    json = "json"


def _fail(message: str, code: int = 1) -> typer.Exit:
    from rich.markup import escape

    # The message may carry user data (a path with "[/x]"): never read as markup.
    _err().print(f"[red]error:[/red] {escape(message)}", markup=True, highlight=False)
    return typer.Exit(code=code)


def _reference_date(value: str | None) -> date | None:
    """The `--reference-date` option as a date (a datetime with its time); a bad one exits 2."""
    if value is None:
        return None
    from c5facts.io.dates_input import parse_reference_input

    try:
        return parse_reference_input(value)
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
    if output_dir is not None and fmt not in (None, Format.json, Format.parquet):
        raise typer.BadParameter("--output-dir writes JSON files", param_hint="--format")
    if fmt is Format.parquet and (output_dir or output) is None:
        raise typer.BadParameter("--format parquet needs --output-dir DIR (or -o DIR)")
    if fmt is Format.parquet and resume:
        raise typer.BadParameter("--resume does not apply to parquet", param_hint="--resume")
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
) -> None:
    """Extract people, countries, amounts and dates from articles (files, folders, URLs).

    Exit status: 0 when every article succeeded (or the reader of the output went
    away), 1 when some failed, 2 on usage errors, 143 when stopped by SIGTERM.
    """
    ref = _reference_date(reference_date)
    if dollar is not None and not (len(dollar) == 3 and dollar.isalpha()):
        raise typer.BadParameter(f"{dollar!r} is not an ISO 4217 code", param_hint="--dollar")
    if country is not None and not (len(country) == 2 and country.isalpha()):
        raise typer.BadParameter(f"{country!r} is not an ISO 3166 code", param_hint="--country")
    _check_extract_options(fmt, output, output_dir, resume, engine, scheduler)
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
    from c5facts.batch import Options, run_batch
    from c5facts.io.inputs import DEFAULT_GLOBS
    from c5facts.io.render import progress
    from c5facts.io.warc import count_inputs

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
    )
    # Progress for batches only (never for one article), shown once the model has loaded;
    # not under tables printed to the terminal, which show the run's progress themselves.
    tables_on_screen = fmt is Format.table and output is None
    show_progress = not quiet and not options.single_input and not tables_on_screen
    with ExitStack() as stack:
        _lock(stack, output, output_dir or tables_dir, wait)
        total = count_inputs(paths, options.globs) if show_progress else None
        meter = stack.enter_context(progress(_err(), total)) if show_progress else None
        advance = None if meter is None else meter.advance
        batch = run_batch(
            options,
            lambda: _load_extractor(model, options.dollar),
            resume_jsonl=output,
            on_skip=None if meter is None else (lambda _source: meter.advance(False)),
            on_start=None if meter is None else meter.start,
        )
        articles = _reported(batch.records(), advance)
        try:
            if tables_dir is not None:
                from c5facts.io.parquet import write_parquet

                write_parquet(articles, tables_dir)
            elif output_dir is not None:
                for _ in articles:
                    pass
            else:
                with _output(output, append=resume) as stream:
                    _write(fmt, articles, stream, to_file=output is not None)
        except C5FactsError as exc:
            raise _fail(str(exc)) from exc
        except BrokenPipeError:
            # The reader went away (`| head -1`): what it read is all it wanted.
            _quiet_stdout()
            raise typer.Exit(code=0) from None
    if not quiet and (not options.single_input or output_dir is not None or resume):
        _err().print(f"c5facts: {batch.summary.line()}", markup=False)
    for archive, stats in [] if quiet else batch.archives:
        _err().print(f"c5facts: {archive}: {stats.line()}", markup=False)
    if batch.summary.failed:
        raise typer.Exit(code=1)


def _lock(stack: ExitStack, output: Path | None, output_dir: str | None, wait: bool) -> None:
    """Take the lock of the run's output (folder or file) for the rest of the run."""
    from c5facts.io.inputs import is_url
    from c5facts.io.lock import output_lock

    target = output_dir if output_dir is not None else (str(output) if output else None)
    if target is None or is_url(target):
        return
    try:
        stack.enter_context(
            output_lock(
                target,
                folder=output_dir is not None,
                wait=wait,
                on_wait=lambda msg: _err().print(f"c5facts: {msg}", markup=False),
            )
        )
    except C5FactsError as exc:
        raise _fail(str(exc)) from exc
    except OSError as exc:
        raise _fail(f"{target}: cannot write ({exc.strerror or exc})") from exc


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit finds no closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _reported(
    articles: Iterator[Article], advance: Callable[[bool], None] | None = None
) -> Iterator[Article]:
    """`articles`, with one error line on stderr per failed one, advancing the progress bar."""
    for article in articles:
        if article.error is not None:
            _err().print(f"error: {article.error.message}", markup=False)
        if advance is not None:
            advance(article.error is not None)
        yield article


def _write(fmt: Format, articles: Iterator[Article], stream: TextIO, *, to_file: bool) -> None:
    """Render (`table`) or export the records to `stream`."""
    if fmt is Format.table:
        from rich.console import Console

        from c5facts.io.render import print_all_tables

        print_all_tables(articles, Console(file=stream, soft_wrap=False) if to_file else Console())
    elif fmt is Format.timeml:
        from c5facts.io.timeml import write_timeml

        write_timeml(_with_texts(articles), stream)
    else:
        from c5facts.io.exporters import write_records

        write_records(fmt.value, articles, stream)


def _with_texts(articles: Iterator[Article]) -> Iterator[tuple[str, Article]]:
    """Each article with the text its offsets index, read again from its file.

    TimeML interleaves tags with the text, which records do not carry: the file is read
    back through the same loader (an HTML page gives the same main text). Inputs that
    cannot be read twice (standard input, URLs, web-archive pages) are reported.
    """
    from c5facts.batch import load

    for article in articles:
        if article.error is not None:
            continue  # already reported on stderr, as for every format
        source = article.source
        if source is None or not Path(source).is_file():
            what = source or "<stdin>"
            raise C5FactsError(f"{what}: --format timeml needs a file (its text is read again)")
        loaded = load(source)
        if loaded.text is not None:
            yield loaded.text, article


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
    from c5facts.evaluate import evaluate

    try:
        report = evaluate(gold_dir, _load_extractor(model), relations)
    except C5FactsError as exc:
        raise _fail(str(exc)) from exc
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
        _err().print(f"note: {note}", markup=False)
    if verbose:
        from c5facts.io.render import eval_misses

        for line in eval_misses(report):
            _err().print(line, markup=False)


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
    from c5facts.report import load_jsonl_items, render_report
    from c5facts.report.extracting import extract_for_report

    if (from_jsonl is None) == (not articles):
        raise typer.BadParameter("give ARTICLE files, or --from FACTS.jsonl with --texts DIR")
    if from_jsonl is not None and texts is None:
        raise typer.BadParameter("--from needs --texts DIR", param_hint="--texts")
    ref = _reference_date(reference_date)
    failures: list[tuple[str, str]] = []
    try:
        if from_jsonl is not None:
            assert texts is not None
            items = load_jsonl_items(from_jsonl, texts)
        else:
            made = extract_for_report(
                list(articles or []),
                ref,
                lambda: _load_extractor(model),
                model=model,
                on_record=_report_error,
            )
            items, failures = made.items, made.failures
        html = render_report(items, failures=failures)
    except C5FactsError as exc:
        raise _fail(str(exc)) from exc
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"{out}: cannot write ({exc.strerror})") from exc
    _err().print(f"wrote {out} ({len(items)} article(s))", markup=False)
    if open_browser:
        import webbrowser

        if not webbrowser.open(out.resolve().as_uri()):
            _err().print("no browser available to open the report", markup=False)
    if failures:
        raise typer.Exit(code=1)


def _report_error(article: Article) -> None:
    """One error line on stderr for a failed input of `report`."""
    if article.error is not None:
        _err().print(f"error: {article.error.message}", markup=False)


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
        _quiet_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        _err().print("interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("C5FACTS_DEBUG"):
            raise
        _err().print(f"error: internal error: {type(exc).__name__}: {exc}", markup=False)
        sys.exit(1)
