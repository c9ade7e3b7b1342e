"""Exporters: write records to a text stream (JSON, JSONL, CSV). They never print.

The shape never depends on how many inputs a run has: JSONL is one object per line
(the default when the output is not a terminal), JSON is always an array, CSV is one
typed row per fact (`c5facts.io.tabular`). Parquet tables live in `c5facts.io.parquet`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from c5facts.io.tabular import LONG_FIELDS, csv_cell, long_rows
from c5facts.records import Article


def to_json(article: Article, indent: int | None = None) -> str:
    """One article as JSON text (non-ASCII kept): every exporter serialises through here."""
    # allow_nan=False: NaN and Infinity are not JSON; amounts are exact and bounded
    # (`factguard.sane_money`), so a float that is not finite is a bug, not output.
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)


def dumps(article: Article) -> str:
    """One article as a compact, single-line JSON object (non-ASCII kept)."""
    return to_json(article)


def json_object_text(article: Article) -> str:
    """One article as an indented JSON object and a newline (a per-article output file)."""
    return to_json(article, indent=2) + "\n"


def write_json(articles: Iterable[Article], stream: TextIO) -> None:
    """A JSON array of the records, however many there are (one input gives `[{...}]`).

    The shape never depends on the number of inputs: `jq '.[].money'` reads one file and
    a folder alike. Records are streamed one at a time.
    """
    stream.write("[")
    for i, article in enumerate(articles):
        stream.write(",\n" if i else "\n")
        stream.write(to_json(article, indent=2))
    stream.write("\n]\n")


def write_jsonl(articles: Iterable[Article], stream: TextIO) -> None:
    """One JSON object per line, flushed per record so a pipe sees results as they come."""
    for article in articles:
        stream.write(dumps(article) + "\n")
        stream.flush()


def csv_rows(article: Article) -> Iterator[dict[str, Any]]:
    """The CSV rows of `article`: one per fact, typed values written as text (see `tabular`)."""
    for row in long_rows(article):
        yield {key: csv_cell(value) for key, value in row.items()}


def write_csv(articles: Iterable[Article], stream: TextIO) -> None:
    """One row per fact over `LONG_FIELDS`, with a header row; RFC 4180 quoting (CRLF ends)."""
    writer = csv.DictWriter(stream, fieldnames=LONG_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for article in articles:
        writer.writerows(csv_rows(article))
        stream.flush()


def write_records(fmt: str, articles: Iterable[Article], stream: TextIO) -> None:
    """Write `articles` as `fmt` ("json", "jsonl" or "csv") to `stream`."""
    if fmt == "json":
        write_json(articles, stream)
    elif fmt == "jsonl":
        write_jsonl(articles, stream)
    elif fmt == "csv":
        write_csv(articles, stream)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
