"""The default worker count: affinity and cgroup CPU quotas, read from fake cgroup trees."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5facts.batch.cpus import (
    AUTO_WORKERS_ABOVE,
    WORKER_BYTES,
    auto_workers,
    available_cpus,
    available_memory,
)


def _tree(tmp_path: Path, files: dict[str, str], membership: str) -> tuple[Path, Path]:
    root = tmp_path / "cgroup"
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content + "\n", encoding="ascii")
    root.mkdir(exist_ok=True)
    proc = tmp_path / "proc_self_cgroup"
    proc.write_text(membership, encoding="ascii")
    return root, proc


V2 = "0::/user.slice/job\n"
V1 = "4:cpu,cpuacct:/docker/abc\n3:memory:/docker/abc\n0::/\n"


@pytest.mark.parametrize(
    ("files", "membership", "affinity", "expected"),
    [
        pytest.param({}, V2, 8, 8, id="no-cgroup-files"),
        pytest.param({"cpu.max": "max 100000"}, "0::/\n", 8, 8, id="v2-root-unlimited"),
        pytest.param({"cpu.max": "200000 100000"}, "0::/\n", 8, 2, id="v2-root-two"),
        pytest.param({"user.slice/job/cpu.max": "150000 100000"}, V2, 8, 2, id="v2-own-rounded-up"),
        pytest.param({"user.slice/cpu.max": "300000 100000"}, V2, 8, 3, id="v2-parent-limits"),
        pytest.param(
            {"user.slice/job/cpu.max": "max 100000", "user.slice/cpu.max": "400000 100000"},
            V2,
            2,
            2,
            id="v2-affinity-is-smaller",
        ),
        pytest.param({"cpu.max": "50000 100000"}, "0::/\n", 8, 1, id="v2-half-a-cpu"),
        pytest.param(
            {
                "cpu,cpuacct/docker/abc/cpu.cfs_quota_us": "400000",
                "cpu,cpuacct/docker/abc/cpu.cfs_period_us": "100000",
            },
            V1,
            16,
            4,
            id="v1-own-group",
        ),
        pytest.param(
            {"cpu/cpu.cfs_quota_us": "-1", "cpu/cpu.cfs_period_us": "100000"},
            "1:cpu:/\n",
            2,
            2,
            id="v1-unlimited",
        ),
        pytest.param(
            {"cpu/cpu.cfs_quota_us": "250000", "cpu/cpu.cfs_period_us": "100000"},
            "1:cpu:/\n",
            8,
            3,
            id="v1-root",
        ),
        pytest.param({"cpu.max": "garbage"}, "0::/\n", 4, 4, id="unreadable-quota"),
        pytest.param({}, "", 1, 1, id="one-cpu"),
    ],
)
def test_available_cpus(
    tmp_path: Path, files: dict[str, str], membership: str, affinity: int, expected: int
) -> None:
    root, proc = _tree(tmp_path, files, membership)
    assert available_cpus(affinity=affinity, root=root, proc_cgroup=proc) == expected


def test_missing_proc_file(tmp_path: Path) -> None:
    root = tmp_path / "none"
    assert available_cpus(affinity=3, root=root, proc_cgroup=tmp_path / "absent") == 3


def test_this_machine() -> None:
    assert available_cpus() >= 1


def test_auto_workers_only_for_large_runs() -> None:
    assert auto_workers(AUTO_WORKERS_ABOVE, 8) == 1
    assert auto_workers(AUTO_WORKERS_ABOVE + 1, 8) == 8
    assert auto_workers(1000, 1) == 1


def test_memory_bounds_the_workers(tmp_path: Path) -> None:
    assert auto_workers(AUTO_WORKERS_ABOVE + 1, 64, memory=3 * WORKER_BYTES + 5) == 3
    assert auto_workers(AUTO_WORKERS_ABOVE + 1, 64, memory=10) == 1
    assert auto_workers(AUTO_WORKERS_ABOVE + 1, 2, memory=None) == 2


def test_available_memory(tmp_path: Path) -> None:
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal: 32000000 kB\nMemAvailable:   8000000 kB\n", encoding="ascii")
    files = {"job/memory.max": "3000000000", "job/memory.current": "1000000000"}
    root, proc = _tree(tmp_path, files, "0::/job\n")
    assert available_memory(meminfo=meminfo, root=root, proc_cgroup=proc) == 2_000_000_000
    root, proc = _tree(tmp_path, {"job/memory.max": "max"}, "0::/job\n")
    assert available_memory(meminfo=meminfo, root=root, proc_cgroup=proc) == 8_192_000_000
    v1 = {
        "memory/docker/x/memory.limit_in_bytes": "2500000000",
        "memory/docker/x/memory.usage_in_bytes": "500000000",
    }
    root, proc = _tree(tmp_path / "v1", v1, "3:memory:/docker/x\n")
    assert available_memory(meminfo=meminfo, root=root, proc_cgroup=proc) == 2_000_000_000
    assert available_memory(meminfo=tmp_path / "none", root=tmp_path / "none") is None
