"""c5facts benchmark (`make bench`): c5facts against bare spaCy, honestly (issue 14).

One run on one machine; a Markdown table to stdout and the figures to bench/results.json.

- texts: articles of 500-1 000 words at about the fact density of real news, rebuilt from
  the project's own samples (bench/corpus.py; written to bench/corpus/, not committed);
- in one process, paired rounds rotated in order: c5facts (records serialised to JSON),
  c5facts without the relation pipes, bare spaCy at its default and best batch size, and the
  tokenizer alone (bench/rounds.py); the time share of each stage, batched;
- subprocesses: `c5facts extract` with 1 and 2 workers and Dask, peak RSS per worker at two
  corpus sizes, cold start and `c5facts --help` (bench/procs.py).

    .venv/bin/python bench/bench.py            # the full run (~15 min on 2 idle cores)
    .venv/bin/python bench/bench.py --quick    # smaller and fewer, for development (~5 min)
    .venv/bin/python bench/bench.py --reliability  # long articles and fuzz (issue 15)
    .venv/bin/python bench/bench.py --warc 300     # the same pages as files and as a WARC
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
import procs
import report
import rounds

from c5facts.about import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
RESULTS = ROOT / "bench" / "results.json"
MODEL = DEFAULT_MODEL
run_cli = procs.run_cli

# (articles in the in-process rounds, rounds, shares repeats, articles for the engines,
#  engine rounds, the two corpus sizes of the memory runs)
FULL: dict[str, Any] = {
    "n": 120,
    "rounds": 7,
    "repeat": 3,
    "n_engines": 400,
    "engine_rounds": 5,  # the noisiest figure on a shared machine: more rounds
    "n_mem": (200, 1500),
}
# --quick: the engines still need several batches of 16 per worker to share out.
QUICK: dict[str, Any] = {
    "n": 12,
    "rounds": 5,
    "repeat": 1,
    "n_engines": 64,
    "engine_rounds": 1,
    "n_mem": (32, 128),
}


def log(msg: str) -> None:
    """A progress line on stderr."""
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    """What the figures depend on; the load average, since other work skews them."""
    import spacy

    return {
        "cpus": os.cpu_count(),
        "cpus_available": len(os.sched_getaffinity(0)),
        "python": sys.version.split()[0],
        "spacy": spacy.about.__version__,
        "model": MODEL,
        "load_average_at_start": os.getloadavg()[0],
    }


def in_process(res: dict[str, Any], cfg: dict[str, Any]) -> None:
    """The paired rounds, batch size search and stage shares, in this process."""
    folder = corpus.build(cfg["n"])
    paths = corpus.files(folder)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    names = [str(p) for p in paths]
    log("loading the pipelines")
    p = rounds.Pipelines(MODEL)
    # warm-up: first calls allocate and fill caches
    for ex in (p.c5, p.c5_norel):
        p.extract(ex, [(t, {}) for t in texts[:4]])
    rounds._drain(p.bare.pipe(texts[:4]))
    res["corpus"] = rounds.corpus_stats(p, texts, names)
    samples = sorted(SAMPLES.glob("*.txt"))
    res["samples"] = rounds.corpus_stats(
        p, [s.read_text(encoding="utf-8") for s in samples], [str(s) for s in samples]
    )
    res["real_news_facts_per_1000_words"] = corpus.REAL_NEWS_FACTS_PER_1000_WORDS
    log(report.corpus_line(res))
    res["batch_sizes"] = rounds.best_batch(p, texts, log)
    gc.collect()
    res["rounds"] = rounds.paired_rounds(
        p, texts, names, res["corpus"]["tokens"], cfg["rounds"], res["batch_sizes"]["best"], log
    )
    log("stage shares")
    res["shares"] = rounds.stage_shares(p, texts, names, batch_size=16, repeat=cfg["repeat"])


def main() -> None:
    """Measure, print the table, write bench/results.json."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller and fewer (~5 min)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask engine row")
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
    cfg = QUICK if args.quick else FULL
    res: dict[str, Any] = {"machine": machine(), "quick": args.quick, "config": cfg}
    in_process(res, cfg)

    out = Path(tempfile.mkdtemp(prefix="c5bench-"))
    try:
        folder = corpus.build(cfg["n_engines"])
        words = sum(len(t.split()) for t in corpus.texts(folder))
        dask = not args.no_dask and procs.dask_installed()
        res["engines"] = procs.engines(folder, out, cfg["engine_rounds"], dask, words, log)
        res["memory"] = procs.memory(
            {n: corpus.build(n) for n in cfg["n_mem"]}, out, workers=2, log=log
        )
        res["cold_start"] = procs.cold_start(corpus.files(folder)[0], MODEL)
        log(f"cold start ratio {res['cold_start']['ratio']:.2f}")
        res["help"] = procs.help_time()
        res["failed_commands"] = procs.FAILED
    finally:
        shutil.rmtree(out, ignore_errors=True)
    res["machine"]["load_average_at_end"] = os.getloadavg()[0]
    RESULTS.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(report.table(res))


def reliability_section(n_fuzz: int) -> None:
    """Long articles and the fuzz run (bench/reliability.py); figures to reliability.json."""
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
    import warc_bench

    texts = corpus.texts(corpus.build(n))
    out = Path(tempfile.mkdtemp(prefix="c5bench-warc-"))
    res: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()[0]}
    }
    res |= warc_bench.measure(texts, out, run_cli)
    res["machine"]["load_average_at_end"] = os.getloadavg()[0]
    shutil.rmtree(out, ignore_errors=True)
    RESULTS.with_name("warc.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(warc_bench.table(res))


if __name__ == "__main__":
    main()
