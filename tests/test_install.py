"""The built wheel works outside the checkout: rule data ships inside the package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_runs_from_another_directory(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    wheel = next(wheels.glob("c5facts-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        timeout=300,
    )
    # Dependencies (spaCy, the French model...) come from the test environment's
    # site-packages: PYTHONPATH does not run .pth files, so the editable c5facts of the
    # checkout stays invisible and the wheel's copy is the one imported.
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    env.pop("C5FACTS_MODELS", None)
    article = tmp_path / "a.txt"
    article.write_text("L'Allemagne a versé 3 millions d'euros hier.", encoding="utf-8")
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run(
        [str(py), "-c", "import c5facts.resources as r; print(r.models_dir())"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(env_dir)
    proc = subprocess.run(
        [str(env_dir / "bin" / "c5facts"), "extract", str(article), "-d", "2025-11-06"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["schema"] == "c5facts/1"
    assert [m["amount"] for m in record["money"]] == [3000000]
    # the console script's rendered help ships in the wheel and is what it prints
    shown = subprocess.run(
        [str(env_dir / "bin" / "c5facts"), "--help"],
        cwd=work,
        env={**env, "COLUMNS": "100"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert shown.stdout == (ROOT / "c5facts" / "help.txt").read_text(encoding="utf-8")
