"""c5facts benchmark (`make bench`): throughput, cold start, flat memory, Dask, pipe shares.

Not a timed test: it measures, in one run on one machine, c5facts against bare spaCy
and writes a table to stdout and the figures to bench/results.json. The corpus is the
project's own samples (samples/*.txt) written out many times with other numbers, dates
and names (bench/corpus/, not committed).

    .venv/bin/python bench/bench.py            # N = 2 000 for throughput, 1 000 / 10 000 RSS
    .venv/bin/python bench/bench.py --quick    # smaller N, a couple of minutes
    .venv/bin/python bench/bench.py --reliability  # long articles and fuzz (issue 15)
    .venv/bin/python bench/bench.py --warc 300     # the same pages as files and as a WARC
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from c5facts.about import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT / "bench" / "corpus"
RESULTS = ROOT / "bench" / "results.json"
MODEL = DEFAULT_MODEL
BIN = Path(sys.executable).parent
C5FACTS = [sys.executable, "-m", "c5facts"]

FIRST = ["Claire", "Karim", "Sofia", "Jean-Marc", "Aminata", "Luc", "Inès", "Tomasz", "Nadia"]
LAST = ["Lefebvre", "Benali", "Moreau", "Kowalski", "Diallo", "Rousseau", "Haddad", "Nguyen"]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
SUMMARY = re.compile(r"(\d+) processed, (\d+) failed, (\d+) skipped in ([\d.]+) s")


# --- corpus -------------------------------------------------------------------------------


def _sample_texts() -> list[tuple[str, list[str]]]:
    """(text, names) of each sample; names come from its gold file, to swap them."""
    out = []
    for txt in sorted(SAMPLES.glob("*.txt")):
        gold = txt.with_suffix(".gold.json")
        names = []
        # No usable gold file (absent, being edited): the names stay as they are.
        with contextlib.suppress(OSError, ValueError, KeyError):
            names = [p["name"] for p in json.loads(gold.read_text(encoding="utf-8"))["people"]]
        out.append((txt.read_text(encoding="utf-8"), names))
    return out


def _vary(text: str, names: list[str], rng: random.Random, *, short: bool) -> str:
    for name in names:
        text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        last = name.split()[-1]
        text = re.sub(rf"\b{re.escape(last)}\b", rng.choice(LAST), text)
    text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.randint(2015, 2027)), text)
    text = re.sub(rf"\b({MONTHS.replace(' ', '|')})\b", lambda m: rng.choice(MONTHS.split()), text)
    # Other numbers: same number of digits, so the amounts keep their shape.
    text = re.sub(
        r"(?<![\d,])\d{1,3}(?![\d])",
        lambda m: str(
            rng.randint(
                10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 1, 10 ** len(m.group()) - 1
            )
        ),
        text,
    )
    if short:
        paras = [p for p in text.split("\n") if p.strip()]
        text = "\n".join(paras[:3]) + "\n"
    return text


def build_corpus(n: int, *, short: bool) -> Path:
    """bench/corpus/<n>[-short]/ with n articles in folders of 500 (reused when present)."""
    where = CORPUS / (f"{n}-short" if short else str(n))
    if where.is_dir() and sum(1 for _ in where.rglob("*.txt")) == n:
        return where
    shutil.rmtree(where, ignore_errors=True)
    rng = random.Random(n)
    samples = _sample_texts()
    for i in range(n):
        text, names = samples[i % len(samples)]
        path = where / f"{i // 500:03d}" / f"a{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_vary(text, names, rng, short=short), encoding="utf-8")
    return where


def _texts(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]


# --- measurements -------------------------------------------------------------------------


def run_cli(args: list[str]) -> dict[str, float]:
    """Run `c5facts extract ARGS` in a subprocess: rate from its summary, peak RSS, wall."""
    with tempfile.NamedTemporaryFile(suffix=".rss") as rss:
        cmd = ["/usr/bin/time", "-f", "%M", "-o", rss.name, *C5FACTS, "extract", *args]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        peak_kb = int(Path(rss.name).read_text().split()[-1])
    m = SUMMARY.search(proc.stderr)
    if m is None:
        raise SystemExit(f"c5facts extract {' '.join(args)} failed:\n{proc.stderr}")
    processed, elapsed = int(m.group(1)), float(m.group(4))
    return {
        "articles": processed,
        "elapsed_s": elapsed,
        "articles_per_s": processed / elapsed,
        "wall_s": wall,
        "peak_rss_mb": peak_kb / 1024,
    }


def bare_spacy(texts: list[str], rounds: int, **load: Any) -> float:
    """Best articles/s of `nlp.pipe` over `texts` with spacy.load(MODEL, **load)."""
    import spacy

    nlp = spacy.load(MODEL, **load)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    for _ in nlp.pipe(texts[:20]):  # warm-up
        pass
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        best = max(best, len(texts) / (time.perf_counter() - start))
    return best


def c5facts_shares(texts: list[str]) -> dict[str, Any]:
    """Per-pipe time, conversion time, and c5facts pipes off vs on, in this process."""
    from c5facts.convert import Context, article_from_doc, date_records
    from c5facts.extract import Extractor
    from c5facts.pipeline import C5FACTS_PIPES, RELATION_PIPES

    ex = Extractor(MODEL)
    nlp = ex.nlp
    list(ex.extract_many((t, {}) for t in texts[:20]))  # warm-up

    def elapsed() -> float:
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - start

    def extract_elapsed() -> float:
        start = time.perf_counter()
        for _ in ex.extract_many((t, {}) for t in texts):
            pass
        return time.perf_counter() - start

    with_pipes = without_pipes = float("inf")
    with_rel = without_rel = float("inf")
    for _ in range(2):  # alternate, so that a busy spell hits both sides
        with_pipes = min(with_pipes, elapsed())
        with nlp.select_pipes(disable=list(C5FACTS_PIPES)):
            without_pipes = min(without_pipes, elapsed())
        # whole extraction (pipes + records), default vs `Extractor(relations=False)`: the
        # same pipeline without the relation pipes, whose records then stay empty
        with_rel = min(with_rel, extract_elapsed())
        with nlp.select_pipes(disable=list(RELATION_PIPES)):
            without_rel = min(without_rel, extract_elapsed())

    per_pipe: dict[str, float] = defaultdict(float)
    convert = dates_convert = 0.0
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            per_pipe[name] += time.perf_counter() - t0
        ctx = ex._context(text, {})
        t0 = time.perf_counter()
        article_from_doc(doc, ctx, ex.pipeline_info)
        convert += time.perf_counter() - t0
        t0 = time.perf_counter()
        date_records(doc, Context(reference_date=ctx.reference_date))
        dates_convert += time.perf_counter() - t0
    total = sum(per_pipe.values()) + convert
    share = {name: secs / total for name, secs in per_pipe.items()}
    return {
        "pipes_on_s": with_pipes,
        "pipes_off_s": without_pipes,
        "c5facts_pipes_overhead": with_pipes / without_pipes - 1,
        "relations_on_articles_per_s": len(texts) / with_rel,
        "relations_off_articles_per_s": len(texts) / without_rel,
        "relations_overhead": with_rel / without_rel - 1,
        "share_per_pipe": share,
        "share_conversion": convert / total,
        "share_dates": (per_pipe["c5facts_dates"] + dates_convert) / total,
        "share_gazetteer": per_pipe["c5facts_countries"] / total,
    }


def cold_start(one: Path, repeat: int = 3) -> dict[str, float]:
    """Median wall time of `c5facts extract one.txt` and of a bare spacy.load."""

    def wall(cmd: list[str]) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    ours = wall([str(BIN / "c5facts"), "extract", str(one), "-f", "json", "-q"])
    bare = wall([sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"])
    return {"c5facts_s": ours, "spacy_load_s": bare, "ratio": ours / bare}


# --- report -------------------------------------------------------------------------------


def main() -> None:
    """Build the corpora, measure, print the table, write bench/results.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller N (a few minutes)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask measurement")
    parser.add_argument(
        "--reliability",
        action="store_true",
        help="only the reliability section: 100 KB / 1 MB / 5 MB articles, 10 000 fuzz inputs",
    )
    parser.add_argument("--fuzz", type=int, default=10_000, help="fuzz inputs (--reliability)")
    parser.add_argument(
        "--warc", type=int, default=0, metavar="N", help="only web-archive throughput, N pages"
    )
    args = parser.parse_args()
    if args.warc:
        warc_section(args.warc)
        return
    if args.reliability:
        reliability_section(args.fuzz)
        return
    n_tp = 300 if args.quick else 1500
    rounds = 1 if args.quick else 2
    n_mem = (300, 3000) if args.quick else (1000, 10000)

    tp_corpus = build_corpus(n_tp, short=False)
    texts = _texts(tp_corpus)
    words = sum(len(t.split()) for t in texts)
    out = Path(tempfile.mkdtemp(prefix="c5bench-"))
    res: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            # Other work on the machine skews every figure: keep the load next to them.
            "load_average_at_start": os.getloadavg()[0],
        }
    }
    res["corpus"] = {"articles": n_tp, "words": words, "chars": sum(map(len, texts))}

    def log(msg: str) -> None:
        print(f"[bench] {msg}", file=sys.stderr, flush=True)

    log(f"throughput corpus: {n_tp} articles, {words} words")
    common = [str(tp_corpus), "-f", "jsonl", "-d", "2025-11-06"]
    # Other work on the machine only ever slows a run down: interleave the engines and
    # keep each one's best round.
    engines = {"c5facts_workers_1": ["--workers", "1"], "c5facts_workers_2": ["--workers", "2"]}
    if not args.no_dask:
        engines["dask_workers_2"] = ["--engine", "dask", "--workers", "2"]
    for _ in range(rounds):
        for key, extra in engines.items():
            r = run_cli([*common, "-o", str(out / f"{key}.jsonl"), *extra])
            r["words_per_s"] = words / r["elapsed_s"]
            if key not in res or r["articles_per_s"] > res[key]["articles_per_s"]:
                res[key] = r
            log(f"{key}: {r['articles_per_s']:.1f} articles/s")
    res["bare_spacy_articles_per_s"] = bare_spacy(texts, rounds)
    res["bare_spacy_no_parser_lemmatizer_articles_per_s"] = bare_spacy(
        texts, rounds, exclude=["parser", "lemmatizer"]
    )
    res["ratio_c5facts_vs_bare"] = (
        res["c5facts_workers_1"]["articles_per_s"] / res["bare_spacy_articles_per_s"]
    )
    log(f"bare spaCy: {res['bare_spacy_articles_per_s']:.1f} articles/s")
    res["shares"] = c5facts_shares(texts[: min(len(texts), 400)])
    log("pipe shares done")

    res["cold_start"] = cold_start(next(iter(sorted(tp_corpus.rglob("*.txt")))))
    log(f"cold start ratio {res['cold_start']['ratio']:.2f}")

    mem = {}
    for n in n_mem:
        corpus = build_corpus(n, short=True)
        r = run_cli(
            [str(corpus), "-f", "jsonl", "-o", str(out / f"m{n}.jsonl"), "-d", "2025-11-06"]
        )
        mem[str(n)] = r
        log(f"memory N={n}: {r['peak_rss_mb']:.0f} MB ({r['articles_per_s']:.1f} articles/s)")
    lo, hi = (mem[str(n)]["peak_rss_mb"] for n in n_mem)
    res["memory"] = {"runs": mem, "ratio_large_vs_small": hi / lo}

    if not args.no_dask:
        res["ratio_dask_vs_local_2"] = (
            res["dask_workers_2"]["articles_per_s"] / res["c5facts_workers_2"]["articles_per_s"]
        )
        dask_out = (out / "dask_workers_2.jsonl").read_bytes()
        res["dask_output_identical"] = dask_out == (out / "c5facts_workers_2.jsonl").read_bytes()
        log(f"dask / local 2 workers: {res['ratio_dask_vs_local_2']:.2f}")

    shutil.rmtree(out, ignore_errors=True)
    res["machine"]["load_average_at_end"] = os.getloadavg()[0]
    RESULTS.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(table(res, n_mem))


def reliability_section(n_fuzz: int) -> None:
    """Long articles and the fuzz run (bench/reliability.py); figures to reliability.json."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import reliability

    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    out = Path(tempfile.mkdtemp(prefix="c5bench-rel-"))
    res: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()[0]}
    }
    res["long"] = reliability.long_articles(samples, out, run_cli)
    print("[bench] long articles done", file=sys.stderr, flush=True)
    res["fuzz"] = reliability.fuzz(n_fuzz)
    res["machine"]["load_average_at_end"] = os.getloadavg()[0]
    shutil.rmtree(out, ignore_errors=True)
    path = RESULTS.with_name("reliability.json")
    path.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(reliability.table(res))


def warc_section(n: int) -> None:
    """The same N pages as .html files and as one .warc.gz (bench/warc_bench.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import warc_bench

    texts = _texts(build_corpus(n, short=False))
    out = Path(tempfile.mkdtemp(prefix="c5bench-warc-"))
    res: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()[0]}
    }
    res |= warc_bench.measure(texts, out, run_cli)
    res["machine"]["load_average_at_end"] = os.getloadavg()[0]
    shutil.rmtree(out, ignore_errors=True)
    RESULTS.with_name("warc.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(warc_bench.table(res))


def table(res: dict[str, Any], n_mem: tuple[int, int]) -> str:
    """The Markdown table of the results (what the README shows)."""
    w1, w2 = res["c5facts_workers_1"], res["c5facts_workers_2"]
    sh = res["shares"]
    rows = [
        ("c5facts, 1 worker", f"{w1['articles_per_s']:.1f} art/s, {w1['words_per_s']:.0f} words/s"),
        (
            "c5facts, 2 workers",
            f"{w2['articles_per_s']:.1f} art/s, {w2['words_per_s']:.0f} words/s",
        ),
        (
            "bare spaCy nlp.pipe (full fr_core_news_md)",
            f"{res['bare_spacy_articles_per_s']:.1f} art/s",
        ),
        (
            "bare spaCy without parser, lemmatizer",
            f"{res['bare_spacy_no_parser_lemmatizer_articles_per_s']:.1f} art/s",
        ),
        ("c5facts / bare spaCy (>= 0.9)", f"{res['ratio_c5facts_vs_bare']:.2f}"),
        (
            "cold start c5facts / spacy.load (<= 1.3)",
            f"{res['cold_start']['c5facts_s']:.2f} s / {res['cold_start']['spacy_load_s']:.2f} s"
            f" = {res['cold_start']['ratio']:.2f}",
        ),
        (
            f"peak RSS N={n_mem[0]} / N={n_mem[1]} (within 10 %)",
            f"{res['memory']['runs'][str(n_mem[0])]['peak_rss_mb']:.0f} MB / "
            f"{res['memory']['runs'][str(n_mem[1])]['peak_rss_mb']:.0f} MB"
            f" = {res['memory']['ratio_large_vs_small']:.3f}",
        ),
        ("c5facts pipes on vs off (nlp.pipe)", f"+{100 * sh['c5facts_pipes_overhead']:.1f} %"),
        (
            "extract with relations / relations=False",
            f"{sh['relations_on_articles_per_s']:.1f} / {sh['relations_off_articles_per_s']:.1f}"
            f" art/s (+{100 * sh['relations_overhead']:.1f} %)",
        ),
        ("share: countries (gazetteer) pipe", f"{100 * sh['share_gazetteer']:.1f} %"),
        ("share: dates (pipe + normalisation)", f"{100 * sh['share_dates']:.1f} %"),
        ("share: records conversion (all)", f"{100 * sh['share_conversion']:.1f} %"),
    ]
    if "dask_workers_2" in res:
        rows.append(
            (
                "Dask 2-worker LocalCluster / local 2 workers",
                f"{res['dask_workers_2']['articles_per_s']:.1f} art/s"
                f" = {res['ratio_dask_vs_local_2']:.2f}"
                + (" (identical output)" if res["dask_output_identical"] else " (OUTPUT DIFFERS)"),
            )
        )
    corpus = res["corpus"]
    head = (
        f"corpus: {corpus['articles']} articles, {corpus['words']} words; "
        f"{res['machine']['cpus']} CPUs, Python {res['machine']['python']}, load average "
        f"{res['machine']['load_average_at_start']:.1f} -> "
        f"{res['machine']['load_average_at_end']:.1f}\n\n"
    )
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'measure'.ljust(width)} | result |", f"|{'-' * (width + 2)}|--------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return head + "\n".join(lines)


if __name__ == "__main__":
    main()
