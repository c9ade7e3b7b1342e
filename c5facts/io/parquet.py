"""Parquet export: one table per fact type plus an `articles` table, in one folder.

`articles.parquet`, `people.parquet`, `countries.parquet`, `money.parquet`,
`dates.parquet`, and the relation tables `organisations.parquet`, `quotes.parquet` and
`deals.parquet`, joined on `source`. Amounts are exact decimals (`decimal128(38, 9)`),
dates are real dates (`date32`), lists stay lists. Rows come from `c5facts.io.tabular`,
so CSV and Parquet hold the same values. Written in row groups as records arrive (memory
stays flat), each file under a temporary name renamed at the end.

pyarrow is the optional extra `parquet` (`pip install 'c5facts[parquet]'`), imported
only here and only when this format is asked for.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from c5facts.errors import C5FactsError
from c5facts.io.tabular import TABLE_FIELDS, fact_rows
from c5facts.records import Article

# Rows buffered per table before a row group is written.
ROW_GROUP = 5_000
# Exact amounts: 29 digits before the decimal point, 9 after.
DECIMAL = (38, 9)

_STRING = ("string", None)
# Column -> (pyarrow type name, argument): every column not listed is a string.
_TYPES: dict[str, tuple[str, Any]] = {
    "start": ("int32", None),
    "end": ("int32", None),
    "mentions": ("int32", None),
    "age": ("int16", None),
    "people": ("int32", None),
    "countries": ("int32", None),
    "money": ("int32", None),
    "dates": ("int32", None),
    "organisations": ("int32", None),
    "quotes": ("int32", None),
    "deals": ("int32", None),
    "reference_date": ("date32", None),
    "date_start": ("date32", None),
    "date_end": ("date32", None),
    "amount": ("decimal128", DECIMAL),
    "amount_max": ("decimal128", DECIMAL),
    "equivalent_amount": ("decimal128", DECIMAL),
    "equivalent_amount_max": ("decimal128", DECIMAL),
    "currency_assumed": ("bool_", None),
    "historic": ("bool_", None),
    "warnings": ("list_", "string"),
    "aliases": ("list_", "string"),
    "roles": ("list_", "string"),
    "forms": ("list_", "string"),
    "heads": ("list_", "string"),
    "evidence": ("list_", "string"),
    "span_starts": ("list_", "int32"),
    "span_ends": ("list_", "int32"),
}


class ParquetUnavailableError(C5FactsError):
    """pyarrow (the `parquet` extra) is not installed."""


def _pyarrow() -> tuple[Any, Any]:
    try:
        # Typed as Any: pyarrow ships no complete type information.
        pa: Any = importlib.import_module("pyarrow")
        pq: Any = importlib.import_module("pyarrow.parquet")
    except ImportError as exc:
        raise ParquetUnavailableError(
            "--format parquet needs pyarrow: pip install 'c5facts[parquet]'"
        ) from exc
    return pa, pq


def schema(table: str) -> Any:
    """The pyarrow schema of `table` (one of `TABLE_FIELDS`)."""
    pa, _ = _pyarrow()
    fields = []
    for name in TABLE_FIELDS[table]:
        kind, arg = _TYPES.get(name, _STRING)
        if kind == "decimal128":
            typ = pa.decimal128(*arg)
        elif kind == "list_":
            typ = pa.list_(getattr(pa, arg)())
        else:
            typ = getattr(pa, kind)()
        fields.append(pa.field(name, typ))
    return pa.schema(fields)


def _exact(value: Any) -> Any:
    """A Decimal at the column's scale (9 digits after the point; more are rounded)."""
    from decimal import Decimal

    if isinstance(value, Decimal):
        return value.quantize(Decimal(1).scaleb(-DECIMAL[1]))
    return value


def write_parquet(articles: Iterable[Article], folder: str | os.PathLike[str]) -> list[Path]:
    """Write the records as one Parquet file per table in `folder` (created if needed).

    Args:
        articles: The records, streamed.
        folder: Where `articles.parquet`, `people.parquet`... go (replaced if present).

    Returns:
        The files written.

    Raises:
        ParquetUnavailableError: pyarrow is missing.
        C5FactsError: the folder cannot be written.
    """
    pa, pq = _pyarrow()
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise C5FactsError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    schemas = {name: schema(name) for name in TABLE_FIELDS}
    tmp = {name: out / f".{name}.parquet.tmp" for name in TABLE_FIELDS}
    buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_FIELDS}
    writers = {name: pq.ParquetWriter(str(tmp[name]), schemas[name]) for name in TABLE_FIELDS}

    def flush(name: str) -> None:
        rows = buffers[name]
        columns = {field: [_exact(row.get(field)) for row in rows] for field in TABLE_FIELDS[name]}
        writers[name].write_table(pa.table(columns, schema=schemas[name]))
        buffers[name] = []

    try:
        for article in articles:
            for name, rows in fact_rows(article).items():
                buffers[name].extend(rows)
                if len(buffers[name]) >= ROW_GROUP:
                    flush(name)
        for name in TABLE_FIELDS:
            flush(name)
    except BaseException:
        for name, writer in writers.items():
            writer.close()
            tmp[name].unlink(missing_ok=True)
        raise
    for writer in writers.values():
        writer.close()
    written = []
    for name in TABLE_FIELDS:
        final = out / f"{name}.parquet"
        os.replace(tmp[name], final)
        written.append(final)
    return written
