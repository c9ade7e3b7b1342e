"""Where `extract` writes: stdout or a file, the output's lock, and each format's writer."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from c5facts.commands.console import fail, say
from c5facts.commands.options import Format
from c5facts.errors import C5FactsError

if TYPE_CHECKING:
    from c5facts.records import Article


@contextmanager
def opened(path: Path | None, *, append: bool = False) -> Iterator[TextIO]:
    """`path` open for writing (appending with `append`), or stdout when None."""
    if path is None:
        yield sys.stdout
        return
    try:
        fh = path.open("a" if append else "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise fail(f"{path}: cannot write ({exc.strerror})") from exc
    with fh:
        yield fh


def lock(stack: ExitStack, output: Path | None, output_dir: str | None, wait: bool) -> None:
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
                on_wait=lambda msg: say(f"c5facts: {msg}"),
            )
        )
    except C5FactsError as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"{target}: cannot write ({exc.strerror or exc})") from exc


def reported(
    articles: Iterator[Article], advance: Callable[[bool], None] | None = None
) -> Iterator[Article]:
    """`articles`, with one error line on stderr per failed one, advancing the progress bar."""
    for article in articles:
        if article.error is not None:
            say(f"error: {article.error.message}")
        if advance is not None:
            advance(article.error is not None)
        yield article


def write(fmt: Format, articles: Iterator[Article], stream: TextIO, *, to_file: bool) -> None:
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
