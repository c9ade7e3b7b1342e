"""In one process, on the same texts: paired rounds of c5facts and bare spaCy, stage shares.

Variants (each one pass over all the texts per round):

- `c5facts`: `Extractor.extract_many` on `build_nlp(MODEL)` + `dumps` of every record, what
  `c5facts extract -f jsonl` does per article (text guard, reference date, pipeline,
  records, JSON);
- `c5facts_no_relations`: the same with `build_nlp(MODEL, relations=False)`;
- `bare_default`: `spacy.load(MODEL)` and `nlp.pipe(texts)`, the literal default;
- `bare_best`: the same at the batch size that was fastest (in CPU time) in a first trial;
- `tokenizer`: `nlp.tokenizer.pipe(texts)`, the ceiling of any spaCy pipeline.

Each round runs every variant once, in an order rotated from round to round, so that a busy
spell of the machine falls on all of them; ratios are taken within each round (paired),
then their median and range over the rounds.
"""

from __future__ import annotations

import functools
import gc
import statistics
import time
from collections.abc import Callable, Iterable
from typing import Any

BATCH_SIZES = (4, 8, 16, 32, 64, 128, 256)
FACTS = ("people", "countries", "money", "dates")


def _timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _drain(items: Iterable[Any]) -> None:
    for _ in items:
        pass


def _spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


class Pipelines:
    """The three pipelines loaded once: c5facts, c5facts without relations, bare spaCy."""

    def __init__(self, model: str) -> None:
        """Load the pipelines for base `model` (about three times its memory)."""
        import spacy

        from c5facts.extract import Extractor
        from c5facts.io.exporters import dumps
        from c5facts.pipeline import build_nlp

        self.c5 = Extractor(nlp=build_nlp(model))
        self.c5_norel = Extractor(nlp=build_nlp(model, relations=False))
        self.bare: Any = spacy.load(model)
        self.dumps = dumps

    def extract(self, extractor: Any, items: list[tuple[str, dict[str, Any]]]) -> list[str]:
        """The JSON lines of `items` (text, metadata) through `extractor`."""
        return [self.dumps(a) for a in extractor.extract_many(items)]


def corpus_stats(p: Pipelines, texts: list[str], names: list[str]) -> dict[str, Any]:
    """Articles, words, tokens and facts (people, countries, money, dates) per 1 000 words."""
    words = sum(len(t.split()) for t in texts)
    tokens = sum(len(d) for d in p.bare.tokenizer.pipe(texts))
    counts = dict.fromkeys(FACTS, 0)
    errors = 0
    for art in p.c5.extract_many((t, {"source": n}) for t, n in zip(texts, names, strict=True)):
        errors += art.error is not None
        for kind in FACTS:
            counts[kind] += len(getattr(art, kind))
    return {
        "articles": len(texts),
        "words": words,
        "tokens": tokens,
        "chars": sum(map(len, texts)),
        "words_per_article": words / len(texts),
        "error_records": errors,
        "facts_per_1000_words": 1000 * sum(counts.values()) / words,
        "facts_per_1000_words_by_type": {k: 1000 * v / words for k, v in counts.items()},
    }


def best_batch(p: Pipelines, texts: list[str], log: Callable[[str], None]) -> dict[str, Any]:
    """Bare spaCy's articles/s at each batch size of BATCH_SIZES (one pass each); the best."""

    def one(size: int) -> None:
        _drain(p.bare.pipe(texts, batch_size=size))

    rates, cpu_rates = {}, {}
    for size in BATCH_SIZES:
        if size > max(len(texts), BATCH_SIZES[0]):
            break
        start = time.process_time()
        rates[size] = len(texts) / _timed(functools.partial(one, size))
        cpu_rates[size] = len(texts) / (time.process_time() - start)
        log(f"bare spaCy batch_size={size}: {rates[size]:.2f} articles/s")
    # chosen on CPU time, which other work on the machine sways less than wall time
    best = max(cpu_rates, key=lambda s: cpu_rates[s])
    return {
        "articles_per_s": {str(k): v for k, v in rates.items()},
        "articles_per_cpu_s": {str(k): v for k, v in cpu_rates.items()},
        "best": best,
    }


def paired_rounds(
    p: Pipelines,
    texts: list[str],
    names: list[str],
    tokens: int,
    rounds: int,
    best: int,
    log: Callable[[str], None],
) -> dict[str, Any]:
    """Tokens/s of each variant per round, and the per-round ratios to c5facts."""
    items = [(t, {"source": n}) for t, n in zip(texts, names, strict=True)]
    variants: dict[str, Callable[[], Any]] = {
        "c5facts": lambda: p.extract(p.c5, items),
        "c5facts_no_relations": lambda: p.extract(p.c5_norel, items),
        "bare_default": lambda: _drain(p.bare.pipe(texts)),
        "bare_best": lambda: _drain(p.bare.pipe(texts, batch_size=best)),
        "tokenizer": lambda: _drain(p.bare.tokenizer.pipe(texts)),
    }
    order = list(variants)
    secs: dict[str, list[float]] = {name: [] for name in order}
    cpu: dict[str, list[float]] = {name: [] for name in order}
    for r in range(rounds):
        turn = order[r % len(order) :] + order[: r % len(order)]
        for name in turn:
            gc.collect()
            start = time.process_time()
            secs[name].append(_timed(variants[name]))
            cpu[name].append(time.process_time() - start)
        log(
            f"round {r + 1}/{rounds}: "
            + ", ".join(f"{n} {tokens / secs[n][-1]:.0f}" for n in order)
            + " tokens/s"
        )

    def ratio(a: str, b: str, times: dict[str, list[float]] = secs) -> dict[str, float]:
        # a faster than b gives > 1: b's time over a's time, round by round
        return _spread([tb / ta for ta, tb in zip(times[a], times[b], strict=True)])

    return {
        "rounds": rounds,
        "bare_default_batch_size": p.bare.batch_size,
        "bare_best_batch_size": best,
        "tokens_per_s": {n: _spread([tokens / s for s in secs[n]]) for n in order},
        "articles_per_s": {n: _spread([len(texts) / s for s in secs[n]]) for n in order},
        "ratio_c5facts_vs_bare_best": ratio("c5facts", "bare_best"),
        "ratio_c5facts_vs_bare_default": ratio("c5facts", "bare_default"),
        "ratio_c5facts_vs_tokenizer": ratio("c5facts", "tokenizer"),
        "ratio_no_relations_vs_c5facts": ratio("c5facts_no_relations", "c5facts"),
        # CPU time of this process (all its threads): less swayed by other work on the
        # machine than wall time, the figure to trust when the load average is high
        "cpu_ratio_c5facts_vs_bare_best": ratio("c5facts", "bare_best", cpu),
        "cpu_ratio_c5facts_vs_bare_default": ratio("c5facts", "bare_default", cpu),
        "cpu_ratio_c5facts_vs_tokenizer": ratio("c5facts", "tokenizer", cpu),
        "cpu_ratio_no_relations_vs_c5facts": ratio("c5facts_no_relations", "c5facts", cpu),
        "seconds": secs,
        "cpu_seconds": cpu,
    }


def stage_shares(
    p: Pipelines, texts: list[str], names: list[str], batch_size: int, repeat: int
) -> dict[str, Any]:
    """Share of each stage of c5facts's work, each stage timed over all docs, batched.

    Stages, in order: text guard + reference date, tokenizer, each pipe with
    `pipe.pipe(docs, batch_size)`, records conversion, JSON. The dates row (the dates pipe
    and `date_records`, timed apart) overlaps the pipe and records rows.
    """
    from c5facts.convert import article_from_doc, date_records
    from c5facts.textguard import clean_text

    ex = p.c5
    nlp = ex.nlp
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        t: dict[str, float] = {}
        start = time.perf_counter()
        cleaned = [clean_text(text).text for text in texts]
        ctxs = [ex._context(text, {"source": n}) for text, n in zip(cleaned, names, strict=True)]
        t["text guard + reference date"] = time.perf_counter() - start
        start = time.perf_counter()
        docs = [nlp.make_doc(text) for text in cleaned]
        t["tokenizer"] = time.perf_counter() - start
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            t[name] = time.perf_counter() - start
        start = time.perf_counter()
        arts = [article_from_doc(d, c, ex.pipeline_info) for d, c in zip(docs, ctxs, strict=True)]
        t["records"] = time.perf_counter() - start
        start = time.perf_counter()
        _drain(p.dumps(a) for a in arts)
        t["JSON"] = time.perf_counter() - start
        start = time.perf_counter()
        _drain(date_records(d, c) for d, c in zip(docs, ctxs, strict=True))
        dates_norm = time.perf_counter() - start
        total = sum(t.values())
        share = {k: v / total for k, v in t.items()}
        share["dates (pipe + normalisation)"] = (t.get("c5facts_dates", 0.0) + dates_norm) / total
        share["_total_s"] = total
        runs.append(share)
    keys = list(runs[0])
    return {
        "batch_size": batch_size,
        "repeat": repeat,
        "share": {k: statistics.median(r[k] for r in runs) for k in keys},
    }
