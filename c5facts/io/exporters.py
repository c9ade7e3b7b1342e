"""Exporters: write records to a text stream (JSON, JSONL, CSV). They never print."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from c5facts.records import Article

CSV_FIELDS = (
    "source",
    "type",
    "text",
    "start",
    "end",
    "value",
    "unit_or_code",
    "qualifier",
    "equivalent_value",
    "equivalent_code",
)


def dumps(article: Article) -> str:
    """One article as a compact, single-line JSON object (non-ASCII kept)."""
    return json.dumps(article.to_dict(), ensure_ascii=False)


def write_json(articles: Iterable[Article], stream: TextIO, *, single: bool) -> None:
    """Write one object when `single`, else a JSON array, streaming one record at a time."""
    if single:
        for article in articles:
            json.dump(article.to_dict(), stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        return
    stream.write("[")
    for i, article in enumerate(articles):
        stream.write(",\n" if i else "\n")
        stream.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    stream.write("\n]\n")


def write_jsonl(articles: Iterable[Article], stream: TextIO) -> None:
    """One JSON object per line, flushed per record so a pipe sees results as they come."""
    for article in articles:
        stream.write(dumps(article) + "\n")
        stream.flush()


def csv_rows(article: Article) -> Iterator[dict[str, Any]]:
    """One CSV row per fact of `article` (an error record gives one `error` row)."""
    d = article.to_dict()
    src = d["source"]
    if "error" in d:
        yield {"source": src, "type": "error", "text": d["error"]["message"]}
    for p in d["people"]:
        first = p["spans"][0] if p["spans"] else [None, None]
        yield {
            "source": src,
            "type": "person",
            "text": p["name"],
            "start": first[0],
            "end": first[1],
            "value": p["name"],
            "unit_or_code": p["country"],
            "qualifier": "; ".join(p["roles"]),
        }
    for c in d["countries"]:
        first = c["spans"][0] if c["spans"] else [None, None]
        yield {
            "source": src,
            "type": "country",
            "text": c["forms"][0] if c["forms"] else c["name"],
            "start": first[0],
            "end": first[1],
            "value": c["name"],
            "unit_or_code": c["code"],
        }
    for m in d["money"]:
        eq = m["equivalent"] or {}
        value = m["amount"] if m["amount_max"] is None else f"{m['amount']}/{m['amount_max']}"
        yield {
            "source": src,
            "type": "money",
            "text": m["text"],
            "start": m["start"],
            "end": m["end"],
            "value": value,
            "unit_or_code": m["currency"],
            "qualifier": m["qualifier"],
            "equivalent_value": eq.get("amount"),
            "equivalent_code": eq.get("currency"),
        }
    for t in d["dates"]:
        yield {
            "source": src,
            "type": "date",
            "text": t["text"],
            "start": t["start"],
            "end": t["end"],
            "value": t["value"] if t["value"] is not None else t["offset"],
            "unit_or_code": t["grain"],
            "qualifier": t["kind"],
        }


def write_csv(articles: Iterable[Article], stream: TextIO) -> None:
    """One row per fact with a header row; RFC 4180 quoting (CRLF line ends)."""
    writer = csv.DictWriter(stream, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for article in articles:
        writer.writerows(csv_rows(article))
        stream.flush()


def write_records(fmt: str, articles: Iterable[Article], stream: TextIO, *, single: bool) -> None:
    """Write `articles` as `fmt` ("json", "jsonl" or "csv"); `single` as for `write_json`."""
    if fmt == "json":
        write_json(articles, stream, single=single)
    elif fmt == "jsonl":
        write_jsonl(articles, stream)
    elif fmt == "csv":
        write_csv(articles, stream)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
