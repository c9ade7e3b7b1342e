"""The Dask engine on a 2-worker LocalCluster: same bytes as the local engine, same errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from c5facts import cli

distributed = pytest.importorskip("distributed")
runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One 2-process LocalCluster for the whole module (workers load the pipeline once)."""
    cluster: Any = distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    root = Path("news")
    (root / "2025").mkdir(parents=True)
    for i in range(6):
        (root / "2025" / f"a{i}.txt").write_text(
            f"Le {i + 1} mars 2025, le ministre Paul Martin a promis {i + 2} millions "
            "d'euros au Sénégal, a-t-il dit à Dakar.\n",
            encoding="utf-8",
        )
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK" * 50)
    (root / "dead.txt").symlink_to("nowhere.txt")
    return root


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.json"))}


def test_dask_jsonl_and_output_dir_are_byte_identical(corpus: Path, scheduler: str) -> None:
    base = ["extract", str(corpus), "-d", "2025-11-06", "--batch-size", "2"]
    dask = ["--engine", "dask", "--scheduler", scheduler]

    local = runner.invoke(cli.app, [*base, "-f", "jsonl", "-q"])
    remote = runner.invoke(cli.app, [*base, "-f", "jsonl", "-q", *dask])
    assert local.exit_code == remote.exit_code == 1, remote.output
    assert remote.stdout == local.stdout
    assert remote.stderr == local.stderr  # the same two error lines, in the same order
    assert "error: news/binary.txt: binary file, not text" in remote.stderr

    runner.invoke(cli.app, [*base, "--output-dir", "local"])
    on_cluster = runner.invoke(cli.app, [*base, "--output-dir", "remote", *dask])
    assert on_cluster.exit_code == 1
    assert "8 processed, 2 failed" in on_cluster.stderr
    assert _tree(Path("remote")) == _tree(Path("local"))
    assert len(_tree(Path("remote"))) == 8

    resumed = runner.invoke(cli.app, [*base, "--output-dir", "remote", "--resume", *dask])
    assert resumed.exit_code == 0
    assert "0 processed, 0 failed, 8 skipped" in resumed.stderr
