"""The reliability section of the benchmark (`bench/bench.py --reliability`, issue 15).

- long articles: one article of 100 KB, 1 MB and 5 MB (the samples written out again
  and again), each through `c5facts extract` in a subprocess: time after the model
  loaded and peak RSS. Targets: time linear in size (per character, 5 MB within 1.5x
  of 100 KB) and peak RSS under 1.5 GB at 5 MB;
- a fuzz run: 10 000 hostile inputs (the families of tests/test_fuzz.py, drawn with a
  fixed seed) through `Extractor.extract`: crashes (target 0), error records, offsets
  that do not point at their text, and the slowest input.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

SIZES = (100_000, 1_000_000, 5_000_000)
SENTENCES = (
    "Le 3 mai 2020, la France a versé 2 millions d'euros au Mali.",
    "Hier, le ministre Jean Dupont a annoncé 1,5 milliard de dollars.",
    "Entre le 1er et le 15 janvier 2024, Berlin a promis 40 000 €.",
)
SYMBOLS = "€=%'_-.«»😀\u0301*#"
SCRIPTS = ("Москва", "北京", "إيران", "Αθήνα", "מוסקבה", "1er", "1ᵉʳ")
ODD = ("\x00", "\u2028", "\u2029", "\r\n", "\ufeff", "\u200b", "\x0c")


def long_article(samples: list[str], size: int) -> str:
    """The samples, one after the other with blank lines between, cut to `size` characters."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        parts.append(samples[i % len(samples)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def long_articles(
    samples: list[str], folder: Path, run_cli: Callable[[list[str]], dict[str, float]]
) -> dict[str, Any]:
    """Time and peak RSS of one article of each size in SIZES."""
    runs: dict[str, Any] = {}
    for size in SIZES:
        # A folder of one article: the run prints its summary (time after loading).
        one = folder / f"long_{size}"
        one.mkdir()
        (one / "article.txt").write_text(long_article(samples, size), encoding="utf-8")
        out = folder / f"long_{size}.jsonl"
        # No time limit: the measure must not be cut short by --article-timeout.
        r = run_cli([str(one), "-f", "jsonl", "-o", str(out), "--article-timeout", "0"])
        r["error"] = "error" in out.read_text(encoding="utf-8")
        r["us_per_char"] = r["elapsed_s"] / size * 1e6
        runs[str(size)] = r
    small, large = runs[str(SIZES[0])], runs[str(SIZES[-1])]
    return {
        "runs": runs,
        "per_char_ratio_largest_vs_smallest": large["us_per_char"] / small["us_per_char"],
        "peak_rss_mb_largest": large["peak_rss_mb"],
    }


def _family(rng: random.Random) -> tuple[str, str]:
    """One hostile piece of text and the name of its family."""
    kind = rng.randrange(10)
    if kind == 0:
        return "sentence", rng.choice(SENTENCES)
    if kind == 1:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
        return "random-bytes", data.decode("utf-8", "surrogateescape")
    if kind == 2:
        return "lone-surrogates", "".join(
            chr(rng.randrange(0xD800, 0xE000)) for _ in range(rng.randrange(1, 5))
        )
    if kind == 3:
        return "digit-run", "9" * rng.randrange(300, 6000) + " euros"
    if kind == 4:
        groups = [str(rng.randrange(10**6)) for _ in range(rng.randrange(1, 9))]
        sep = rng.choice([" ", ".", ",", "\u00a0", "\u202f"])
        unit = rng.choice(["€", "euros", "dollars", "$", "milliards de dollars", "Mds €"])
        return "number", sep.join(groups) + " " + unit
    if kind == 5:
        return "symbol-run", rng.choice(SYMBOLS) * rng.randrange(50, 20000)
    if kind == 6:
        return "scripts", rng.choice(SCRIPTS)
    if kind == 7:
        return "control", rng.choice(ODD)
    if kind == 8:
        return "unicode", "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(80))
    return "latin-1-bytes", bytes(rng.randrange(256) for _ in range(100)).decode("latin-1")


def fuzz_input(rng: random.Random) -> tuple[str, str]:
    """One fuzz input: up to six pieces of text; its name lists their families."""
    pieces = [_family(rng) for _ in range(rng.randrange(1, 7))]
    return "+".join(f for f, _ in pieces), " ".join(t for _, t in pieces)


def _offsets_ok(text: str, record: dict[str, Any]) -> bool:
    for fact in record["money"] + record["dates"]:
        seen = text[fact["start"] : fact["end"]]
        if len(seen) != len(fact["text"]) or any(
            a != b and not (0xD800 <= ord(a) <= 0xDFFF and b == "\ufffd")
            for a, b in zip(seen, fact["text"], strict=True)
        ):
            return False
    return True


def fuzz(n: int, seed: int = 15) -> dict[str, Any]:
    """`n` hostile inputs through `Extractor.extract`: crashes, errors, offsets, slowest."""
    import json

    from c5facts.extract import Extractor
    from c5facts.io.exporters import dumps

    extractor = Extractor()
    rng = random.Random(seed)
    refs = [None, date(2025, 11, 6), date(1, 1, 1), date(9999, 12, 31)]
    crashes: list[str] = []
    errors = bad_offsets = 0
    slowest = (0.0, "", 0)
    start = time.perf_counter()
    for _ in range(n):
        family, text = fuzz_input(rng)
        began = time.perf_counter()
        try:
            article = extractor.extract(text, reference_date=rng.choice(refs))
            record = json.loads(dumps(article))
        except Exception as exc:  # what the run is looking for
            crashes.append(f"{family}: {type(exc).__name__}: {exc}"[:300])
            continue
        took = time.perf_counter() - began
        if took > slowest[0]:
            slowest = (took, family, len(text))
        errors += "error" in record
        bad_offsets += not _offsets_ok(text, record)
    return {
        "inputs": n,
        "crashes": len(crashes),
        "crash_examples": crashes[:5],
        "error_records": errors,
        "bad_offsets": bad_offsets,
        "elapsed_s": time.perf_counter() - start,
        "slowest": {"seconds": slowest[0], "families": slowest[1], "chars": slowest[2]},
    }


def table(res: dict[str, Any]) -> str:
    """The Markdown rows of the reliability section."""
    rows = []
    for size, r in res["long"]["runs"].items():
        rows.append(
            (
                f"one article of {int(size) // 1000} KB",
                f"{r['elapsed_s']:.1f} s ({r['us_per_char']:.1f} µs/char), "
                f"peak RSS {r['peak_rss_mb']:.0f} MB",
            )
        )
    rows.append(
        (
            "time per char, 5 MB / 100 KB (<= 1.5)",
            f"{res['long']['per_char_ratio_largest_vs_smallest']:.2f}",
        )
    )
    f = res["fuzz"]
    rows.append(
        (
            f"fuzz: {f['inputs']} hostile inputs",
            f"{f['crashes']} crashes, {f['error_records']} error records, "
            f"{f['bad_offsets']} bad offsets, {f['elapsed_s']:.0f} s",
        )
    )
    s = f["slowest"]
    rows.append(
        ("fuzz: slowest input", f"{s['seconds']:.2f} s ({s['families']}, {s['chars']} chars)")
    )
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'measure'.ljust(width)} | result |", f"|{'-' * (width + 2)}|--------|"]
    lines += [f"| {a.ljust(width)} | {b} |" for a, b in rows]
    return "\n".join(lines)
