"""Measures through subprocesses: `c5facts extract` runs, peak RSS per process, cold start.

The peak RSS of each process of a run (the main one and every worker it starts) is read from
/proc/<pid>/status (VmHWM, the kernel's high-water mark) every POLL seconds while the run
lasts (a process that lives less than POLL may be missed: the runs here last seconds).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
C5FACTS = [sys.executable, "-m", "c5facts"]
SUMMARY = re.compile(r"(\d+) processed, (\d+) failed, (\d+) skipped in ([\d.]+) s")
POLL = 0.2
FAILED: list[str] = []  # commands of the cold start and --help runs that exited non-zero


def _children() -> dict[int, int]:
    """pid -> parent pid of every process we can see."""
    out = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            # the command name (2nd field) may hold spaces: split after its closing ")"
            out[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return out


def _hwm_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _descendants(root: int) -> set[int]:
    parents = _children()
    found = {root}
    grew = True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in found} - found
        grew = bool(more)
        found |= more
    return found


def run_tracked(cmd: list[str]) -> tuple[subprocess.CompletedProcess[str], float, dict[int, int]]:
    """Run `cmd`; its completed process, wall time, and peak RSS (kB) of each process."""
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        while proc.poll() is None:
            for pid in _descendants(proc.pid):
                kb = _hwm_kb(pid)
                if kb is not None:
                    peaks[pid] = max(peaks.get(pid, 0), kb)
            time.sleep(POLL)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(cmd, proc.returncode, out.read(), err.read())
    # the main process's own entry: its pid is the Popen's
    peaks = {(0 if pid == proc.pid else pid): kb for pid, kb in peaks.items()}
    return done, wall, peaks


def run_cli(args: list[str]) -> dict[str, Any]:
    """`c5facts extract ARGS` in a subprocess: rate from its summary, peak RSS, wall time.

    `peak_rss_mb` is the largest process (as /usr/bin/time reports it), `main_rss_mb` the
    main process and `worker_rss_mb` the largest of the processes it started (0 if none).
    """
    proc, wall, peaks = run_tracked([*C5FACTS, "extract", *args])
    m = SUMMARY.search(proc.stderr)
    if m is None:
        raise SystemExit(f"c5facts extract {' '.join(args)} failed:\n{proc.stderr}")
    processed, elapsed = int(m.group(1)), float(m.group(4))
    workers = [kb for pid, kb in peaks.items() if pid != 0]
    return {
        "articles": processed,
        "failed": int(m.group(2)),
        "elapsed_s": elapsed,
        "articles_per_s": processed / elapsed,
        "wall_s": wall,
        "peak_rss_mb": max(peaks.values(), default=0) / 1024,
        "main_rss_mb": peaks.get(0, 0) / 1024,
        "worker_rss_mb": max(workers, default=0) / 1024,
        "processes": len(peaks),
    }


def engines(
    corpus: Path, out: Path, rounds: int, dask: bool, words: int, log: Any
) -> dict[str, Any]:
    """`c5facts extract DIR -f jsonl` with 1 and 2 workers (and Dask), interleaved rounds."""
    runs = {"workers_1": ["--workers", "1"], "workers_2": ["--workers", "2"]}
    if dask:
        runs["dask_workers_2"] = ["--engine", "dask", "--workers", "2"]
    got: dict[str, list[dict[str, Any]]] = {k: [] for k in runs}
    for r in range(rounds):
        for key, extra in runs.items():
            res = run_cli([str(corpus), "-f", "jsonl", "-o", str(out / f"{key}.jsonl"), *extra])
            res["words_per_s"] = words / res["elapsed_s"]
            got[key].append(res)
            log(f"engine {key} round {r + 1}: {res['articles_per_s']:.2f} articles/s")
    result: dict[str, Any] = {}
    for key, all_runs in got.items():
        rates = [x["articles_per_s"] for x in all_runs]
        mid = sorted(all_runs, key=lambda x: x["articles_per_s"])[len(all_runs) // 2]
        result[key] = {**mid, "articles_per_s_min": min(rates), "articles_per_s_max": max(rates)}
    speedups = [
        b["articles_per_s"] / a["articles_per_s"]
        for a, b in zip(got["workers_1"], got["workers_2"], strict=True)
    ]
    result["speedup_2_workers"] = {
        "median": statistics.median(speedups),
        "min": min(speedups),
        "max": max(speedups),
    }
    result["workers_2_lines_differing"] = _differing(out, "workers_2")
    result["workers_2_output_identical"] = result["workers_2_lines_differing"] == 0
    if dask:
        result["dask_lines_differing"] = _differing(out, "dask_workers_2")
        result["dask_output_identical"] = result["dask_lines_differing"] == 0
        result["ratio_dask_vs_workers_2"] = (
            result["dask_workers_2"]["articles_per_s"] / result["workers_2"]["articles_per_s"]
        )
    return result


def _differing(out: Path, key: str) -> int:
    """Lines of the last `key` run that differ from the last 1-worker run's."""
    one = (out / "workers_1.jsonl").read_text(encoding="utf-8").splitlines()
    other = (out / f"{key}.jsonl").read_text(encoding="utf-8").splitlines()
    return sum(a != b for a, b in zip(one, other, strict=False)) + abs(len(one) - len(other))


def memory(corpora: dict[int, Path], out: Path, workers: int, log: Any) -> dict[str, Any]:
    """Peak RSS per process of `c5facts extract` over corpora of several sizes."""
    runs = {}
    for n, corpus in corpora.items():
        res = run_cli(
            [str(corpus), "-f", "jsonl", "-o", str(out / f"m{n}.jsonl"), "--workers", str(workers)]
        )
        runs[str(n)] = res
        log(
            f"memory N={n}: main {res['main_rss_mb']:.0f} MB, worker {res['worker_rss_mb']:.0f} MB"
            f" ({res['articles_per_s']:.2f} articles/s)"
        )
    small, large = (runs[str(n)] for n in (min(corpora), max(corpora)))
    key = "worker_rss_mb" if small["worker_rss_mb"] else "main_rss_mb"
    return {
        "workers": workers,
        "runs": runs,
        "ratio_large_vs_small": large[key] / small[key],
        "peak_worker_mb": max(r[key] for r in runs.values()),
    }


def _median_wall(cmd: list[str], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if proc.returncode:
            # timed all the same; the table says it failed
            FAILED.append(f"{' '.join(cmd)}: exit {proc.returncode}: {proc.stderr[-300:]}")
    return statistics.median(times), times


def cold_start(one: Path, model: str, repeat: int = 3) -> dict[str, Any]:
    """Median wall time of `c5facts extract one.txt` and of a bare `spacy.load`, alternated."""
    ours_cmd = [str(BIN / "c5facts"), "extract", str(one), "-f", "json", "-q"]
    bare_cmd = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
    ours, bare = [], []
    for _ in range(repeat):
        ours.append(_median_wall(ours_cmd, 1)[0])
        bare.append(_median_wall(bare_cmd, 1)[0])
    ratios = [a / b for a, b in zip(ours, bare, strict=True)]
    return {
        "c5facts_s": statistics.median(ours),
        "spacy_load_s": statistics.median(bare),
        "ratio": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
    }


def help_time(repeat: int = 5) -> dict[str, float]:
    """Median wall time of `c5facts --help` (the console script, as a user runs it)."""
    median, times = _median_wall([str(BIN / "c5facts"), "--help"], repeat)
    return {"median_s": median, "min_s": min(times), "max_s": max(times)}


def dask_installed() -> bool:
    """Whether the Dask engine can run here."""
    import importlib.util

    return importlib.util.find_spec("distributed") is not None
