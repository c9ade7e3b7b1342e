"""How many worker processes a run gets by default: the cores this process may really use.

`os.cpu_count()` counts the machine's cores; a container or a `taskset` may allow fewer.
The count here is the smallest of: the CPUs of this process's affinity mask
(`os.sched_getaffinity`), and the CPU quota of its control groups (cgroup v2 `cpu.max`,
v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us`, rounded up, at every level from its own
group to the root), and no more workers than the free memory holds (`WORKER_BYTES`
each). A run with few inputs stays in one process: starting workers costs more than it
saves.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

# A run of more than this many inputs gets one worker per available core by default
# ("more than a few dozen": below it, forking workers and filling them costs more than
# the second core gives back).
AUTO_WORKERS_ABOVE = 48

CGROUP_ROOT = Path("/sys/fs/cgroup")
PROC_CGROUP = Path("/proc/self/cgroup")
MEMINFO = Path("/proc/meminfo")

# Memory one more worker needs, with a margin: a worker's peak RSS on realistic articles
# is 700-800 MB (part of it, the model, shared with the parent after fork).
WORKER_BYTES = 1_000_000_000


def available_cpus(
    *,
    affinity: int | None = None,
    root: Path = CGROUP_ROOT,
    proc_cgroup: Path = PROC_CGROUP,
) -> int:
    """The number of CPUs this process may use (at least 1).

    Args:
        affinity: CPUs allowed by the affinity mask (default: this process's).
        root: Where the cgroup file systems are mounted.
        proc_cgroup: This process's cgroup membership (`/proc/self/cgroup`).

    Returns:
        min(affinity, cgroup quota), at least 1.
    """
    if affinity is None:
        affinity = _affinity()
    quota = cgroup_quota(root, proc_cgroup)
    count = affinity if quota is None else min(affinity, quota)
    return max(1, count)


def auto_workers(inputs: int, cpus: int, memory: int | None = None) -> int:
    """Default workers for a run of at least `inputs` inputs, on `cpus` usable CPUs.

    With `memory` (bytes free for the run), no more workers than it holds
    (`WORKER_BYTES` each), so a machine of many cores and little memory does not swap.
    """
    if inputs <= AUTO_WORKERS_ABOVE:
        return 1
    workers = max(1, cpus)
    if memory is not None:
        workers = min(workers, max(1, memory // WORKER_BYTES))
    return workers


def available_memory(
    *,
    meminfo: Path = MEMINFO,
    root: Path = CGROUP_ROOT,
    proc_cgroup: Path = PROC_CGROUP,
) -> int | None:
    """Bytes this process may still use (None when unknown).

    The smaller of the machine's `MemAvailable` and its cgroups' memory limit minus
    usage (v2 `memory.max`/`memory.current`, v1 `memory.limit_in_bytes`/`memory.usage_in_bytes`).
    """
    found: list[int] = []
    for line in (_read(meminfo) or "").splitlines():
        if line.startswith("MemAvailable:"):
            fields = line.split()
            if len(fields) >= 2 and fields[1].isdigit():
                found.append(int(fields[1]) * 1024)
    for directory in _cgroup_dirs(root, proc_cgroup, "memory"):
        for limit_name, usage_name in (
            ("memory.max", "memory.current"),
            ("memory.limit_in_bytes", "memory.usage_in_bytes"),
        ):
            limit, usage = _read(directory / limit_name), _read(directory / usage_name)
            if limit is not None and limit.isdigit() and usage is not None and usage.isdigit():
                found.append(max(0, int(limit) - int(usage)))
    return min(found) if found else None


def _affinity() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def cgroup_quota(root: Path, proc_cgroup: Path) -> int | None:
    """The CPU quota of this process's cgroups, in whole CPUs (rounded up); None: no limit."""
    limits: list[float] = []
    for directory in _cgroup_dirs(root, proc_cgroup):
        limit = _v2_limit(directory / "cpu.max")
        if limit is None:
            limit = _v1_limit(directory / "cpu.cfs_quota_us", directory / "cpu.cfs_period_us")
        if limit is not None:
            limits.append(limit)
    if not limits:
        return None
    return max(1, math.ceil(min(limits)))


def _cgroup_dirs(root: Path, proc_cgroup: Path, controller: str = "cpu") -> list[Path]:
    """The cgroup folders that may hold this process's limits of `controller`, own first.

    From `/proc/self/cgroup`: the v2 line (`0::/path`) and the v1 line of the controller
    (`4:cpu,cpuacct:/path`), each walked up to its root; the roots themselves are always
    looked at (a container sees its own group there).
    """
    found: list[Path] = []
    try:
        lines = proc_cgroup.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        _, controllers, path = parts
        if controllers == "":
            base = root
        elif controller in controllers.split(","):
            base = root / controllers
            if not base.is_dir():
                base = root / controller
        else:
            continue
        found.extend(_up(base, path))
    for base in (root, root / controller, root / "cpu,cpuacct"):
        if base not in found:
            found.append(base)
    return found


def _up(base: Path, path: str) -> list[Path]:
    """`base/path` and each of its parents up to `base`."""
    parts = [p for p in path.strip().split("/") if p and p != ".."]
    return [base.joinpath(*parts[:n]) for n in range(len(parts), 0, -1)] + [base]


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _v2_limit(path: Path) -> float | None:
    """CPUs allowed by a cgroup v2 `cpu.max` ("200000 100000"; "max 100000": none)."""
    text = _read(path)
    if text is None:
        return None
    fields = text.split()
    if len(fields) != 2 or fields[0] == "max":
        return None
    try:
        quota, period = int(fields[0]), int(fields[1])
    except ValueError:
        return None
    return quota / period if quota > 0 and period > 0 else None


def _v1_limit(quota_path: Path, period_path: Path) -> float | None:
    """CPUs allowed by cgroup v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us` (-1: none)."""
    quota_text, period_text = _read(quota_path), _read(period_path)
    if quota_text is None or period_text is None:
        return None
    try:
        quota, period = int(quota_text), int(period_text)
    except ValueError:
        return None
    return quota / period if quota > 0 and period > 0 else None
