"""Render `c5facts --help` into `c5facts/help.txt`, which the console script prints.

Run `python -m c5facts.tools.build_help` after changing the commands or their help; the
test suite fails while the file differs from what the typer CLI prints.
"""

from __future__ import annotations

from c5facts.launch import HELP_COLUMNS, HELP_FILE


def render() -> str:
    """The top-level help as the CLI prints it at full width (in a process of its own)."""
    import os
    import subprocess
    import sys

    code = "import sys; sys.argv = ['c5facts', '--help']; from c5facts.cli import main; main()"
    env = {**os.environ, "COLUMNS": str(HELP_COLUMNS)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"c5facts --help exited {proc.returncode}: {proc.stderr}")
    return proc.stdout


def main() -> None:
    """Write the rendered help to `c5facts/help.txt`."""
    HELP_FILE.write_text(render(), encoding="utf-8")
    print(f"wrote {HELP_FILE}")


if __name__ == "__main__":
    main()
