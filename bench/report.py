"""The Markdown tables of `make bench` (what bench/README.md shows)."""

from __future__ import annotations

from typing import Any

TARGETS = {
    "ratio": ">= 1.5",
    "dates": "< 10 %",
    "speedup": ">= 1.8",
    "rss": "<= 800 MB, flat in N",
    "cold": "<= 1.0",
    "help": "< 0.2 s",
}


def _range(s: dict[str, float], fmt: str = ".2f") -> str:
    return f"{s['median']:{fmt}} ({s['min']:{fmt}}-{s['max']:{fmt}})"


def _n(x: int) -> str:
    return f"{x:,}".replace(",", " ")


def _table(rows: list[tuple[str, str]], head: tuple[str, str] = ("measure", "result")) -> str:
    width = max(len(r[0]) for r in [*rows, head])
    lines = [f"| {head[0].ljust(width)} | {head[1]} |", f"|{'-' * (width + 2)}|--------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines)


def _same(e: dict[str, Any], key: str) -> str:
    n = e.get(f"{key}_lines_differing", 0)
    articles = e["workers_1"]["articles"]
    return " (identical output)" if not n else f" (OUTPUT DIFFERS: {n} of {articles} records)"


def corpus_line(res: dict[str, Any]) -> str:
    """The corpus, against the samples it comes from and real news."""
    c, s = res["corpus"], res["samples"]
    by = ", ".join(f"{k} {v:.1f}" for k, v in c["facts_per_1000_words_by_type"].items())
    return (
        f"Corpus: {c['articles']} articles, {_n(c['words'])} words "
        f"({c['words_per_article']:.0f} per article), {_n(c['tokens'])} tokens; "
        f"{c['facts_per_1000_words']:.1f} facts per 1 000 words ({by}) against "
        f"{s['facts_per_1000_words']:.1f} in samples/*.txt and "
        f"{res['real_news_facts_per_1000_words']:.1f} in real news."
        + (f" {c['error_records']} ERROR RECORDS." if c.get("error_records") else "")
    )


def table(res: dict[str, Any]) -> str:
    """The whole report: machine and corpus lines, the main table, the stage shares."""
    m, r = res["machine"], res["rounds"]
    tps, aps = r["tokens_per_s"], r["articles_per_s"]

    def speed(name: str) -> str:
        return f"{_range(tps[name], '.0f')} tokens/s, {aps[name]['median']:.2f} art/s"

    rows = [
        ("c5facts (library: extract + records + JSON)", speed("c5facts")),
        ("c5facts, relations=False", speed("c5facts_no_relations")),
        (
            f"bare spaCy nlp.pipe, default (batch {r['bare_default_batch_size']})",
            speed("bare_default"),
        ),
        (f"bare spaCy nlp.pipe, best batch ({r['bare_best_batch_size']})", speed("bare_best")),
        ("spaCy tokenizer alone (ceiling)", speed("tokenizer")),
        (
            f"**c5facts / bare spaCy best batch** ({TARGETS['ratio']})",
            _range(r["ratio_c5facts_vs_bare_best"]),
        ),
        ("c5facts / bare spaCy default", _range(r["ratio_c5facts_vs_bare_default"])),
        ("c5facts / tokenizer ceiling", _range(r["ratio_c5facts_vs_tokenizer"], ".3f")),
        ("relations=False / c5facts", _range(r["ratio_no_relations_vs_c5facts"])),
        (
            "same ratios in CPU time: best batch, default, tokenizer, relations=False",
            ", ".join(
                f"{r['cpu_' + k]['median']:.{3 if 'tokenizer' in k else 2}f}"
                for k in (
                    "ratio_c5facts_vs_bare_best",
                    "ratio_c5facts_vs_bare_default",
                    "ratio_c5facts_vs_tokenizer",
                    "ratio_no_relations_vs_c5facts",
                )
            ),
        ),
        (
            f"share: dates, pipe + normalisation ({TARGETS['dates']})",
            f"{100 * res['shares']['share']['dates (pipe + normalisation)']:.1f} %",
        ),
    ]
    e = res.get("engines")
    if e:
        for key, label in (("workers_1", "1 worker"), ("workers_2", "2 workers")):
            x = e[key]
            rows.append(
                (
                    f"engine: c5facts extract -f jsonl, {label}",
                    f"{x['articles_per_s']:.2f} art/s ({x['articles_per_s_min']:.2f}-"
                    f"{x['articles_per_s_max']:.2f}), {x['words_per_s']:.0f} words/s",
                )
            )
        rows.append(
            (
                f"2 workers / 1 worker ({TARGETS['speedup']})",
                _range(e["speedup_2_workers"]) + _same(e, "workers_2"),
            )
        )
        if "dask_workers_2" in e:
            rows.append(
                (
                    "engine: Dask LocalCluster, 2 workers",
                    f"{e['dask_workers_2']['articles_per_s']:.2f} art/s, "
                    f"{e['ratio_dask_vs_workers_2']:.2f}x local 2 workers" + _same(e, "dask"),
                )
            )
    mem = res.get("memory")
    if mem:
        sizes = sorted(mem["runs"], key=int)
        rss = " / ".join(
            f"{mem['runs'][n]['worker_rss_mb'] or mem['runs'][n]['main_rss_mb']:.0f}" for n in sizes
        )
        rows.append(
            (
                f"peak RSS per worker, N = {' / '.join(sizes)} ({TARGETS['rss']})",
                f"{rss} MB (x{mem['ratio_large_vs_small']:.3f}); main process "
                + " / ".join(f"{mem['runs'][n]['main_rss_mb']:.0f}" for n in sizes)
                + " MB",
            )
        )
    cs = res.get("cold_start")
    if cs:
        rows.append(
            (
                f"cold start: extract one.txt / spacy.load ({TARGETS['cold']})",
                f"{cs['c5facts_s']:.2f} s / {cs['spacy_load_s']:.2f} s = {cs['ratio']:.2f}"
                f" ({cs['ratio_min']:.2f}-{cs['ratio_max']:.2f})",
            )
        )
    h = res.get("help")
    if h:
        rows.append((f"c5facts --help ({TARGETS['help']})", f"{h['median_s']:.3f} s"))
    failed = [
        f"{k}: {x['failed']} failed"
        for k, x in [*(e or {}).items(), *((mem or {}).get("runs") or {}).items()]
        if isinstance(x, dict) and x.get("failed")
    ] + list(res.get("failed_commands", []))
    if failed:
        rows.append(("FAILURES (figures above are suspect)", "; ".join(failed)))
    head = (
        f"{m['cpus']} CPUs, Python {m['python']}, spaCy {m['spacy']}, {m['model']}; "
        f"load average {m['load_average_at_start']:.2f} -> {m['load_average_at_end']:.2f}; "
        f"{r['rounds']} paired rounds{' (--quick)' if res['quick'] else ''}.\n"
        f"{corpus_line(res)}\n\n"
    )
    return head + _table(rows) + "\n\n" + shares_table(res["shares"])


def shares_table(shares: dict[str, Any]) -> str:
    """Time share of each stage of c5facts's work, each stage batched over all documents."""
    share = shares["share"]
    rows = [
        (k, f"{100 * v:.1f} %")
        for k, v in share.items()
        if not k.startswith("_") and k != "dates (pipe + normalisation)"
    ]
    rows.append(
        (
            "dates (pipe + normalisation; overlaps the rows above)",
            f"{100 * share['dates (pipe + normalisation)']:.1f} %",
        )
    )
    rows.append(("total (s)", f"{share['_total_s']:.2f} s"))
    title = (
        f"Stage shares (each stage over all documents, pipes with "
        f"pipe.pipe(batch_size={shares['batch_size']}), median of {shares['repeat']}):\n\n"
    )
    return title + _table(rows, ("stage", "share"))
