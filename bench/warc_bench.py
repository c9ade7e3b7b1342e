"""Web-archive throughput (`bench.py --warc`): the same pages as `.html` files and as one WARC.

The pages are the benchmark corpus's articles wrapped in a news-page template (navigation,
footer, a publication date in the metadata). Both runs go through `c5facts extract ...
-f jsonl` in a subprocess; the rate is the one its summary line reports (after the model
has loaded), so the WARC run's reading, filtering and language check are inside it. The
records must carry the same facts (only `source` differs: a path, or the page's URL).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

TEMPLATE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2025-11-06T08:00:00+01:00"></head>
<body><nav>Accueil | Monde | Économie | Politique</nav><article><h1>{title}</h1>
{paragraphs}
</article><footer>© Le Journal du banc d'essai</footer></body></html>
"""


def page(text: str) -> str:
    """An article's text as a news page (title: its first line)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = html.escape(lines[0] if lines else "Article")
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:] or lines)
    return TEMPLATE.format(title=title, paragraphs=paragraphs)


def build(texts: list[str], where: Path) -> tuple[Path, Path]:
    """`where/pages/*.html` and `where/crawl.warc.gz` holding the same pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = where / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    warc = where / "crawl.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, text in enumerate(texts):
            body = page(text).encode("utf-8")
            (pages / f"p{i:06d}.html").write_bytes(body)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://journal.example/{i:06d}",
                    "response",
                    payload=BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": "2025-11-06T09:00:00Z"},
                )
            )
    return pages, warc


def _facts(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record.pop("source", None)
        out.append(json.dumps(record, sort_keys=True))
    return out


def measure(
    texts: list[str],
    where: Path,
    run_cli: Callable[[list[str]], dict[str, float]],
    rounds: int = 2,
) -> dict[str, Any]:
    """Best rate of each input kind over `rounds` interleaved runs, and whether facts agree."""
    pages, warc = build(texts, where)
    res: dict[str, Any] = {"pages": len(texts), "warc_mb": warc.stat().st_size / 1e6}
    for _ in range(rounds):
        for key, source in (("html_files", pages), ("warc", warc)):
            r = run_cli([str(source), "-f", "jsonl", "-o", str(where / f"{key}.jsonl")])
            if key not in res or r["articles_per_s"] > res[key]["articles_per_s"]:
                res[key] = r
    res["ratio_warc_vs_files"] = res["warc"]["articles_per_s"] / res["html_files"]["articles_per_s"]
    res["same_facts"] = _facts(where / "html_files.jsonl") == _facts(where / "warc.jsonl")
    return res


def table(res: dict[str, Any]) -> str:
    """The Markdown rows of the WARC section."""
    files, warc = res["html_files"], res["warc"]
    rows = [
        ("pages (same in both)", f"{res['pages']} (WARC {res['warc_mb']:.1f} MB gzipped)"),
        (".html files, 1 worker", f"{files['articles_per_s']:.1f} art/s"),
        ("one .warc.gz, 1 worker", f"{warc['articles_per_s']:.1f} art/s"),
        ("**WARC / files** (target >= 0.9)", f"**{res['ratio_warc_vs_files']:.2f}**"),
        ("same facts", "yes" if res["same_facts"] else "NO"),
    ]
    return "\n".join(["| measure | result |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])
