"""The `c5facts` console script: `c5facts --help` from the help rendered at build time.

Importing typer and its click takes about 0.07 s, more than half of `c5facts --help`.
The top-level help does not change between releases, so it is rendered once
(`python -m c5facts.tools.build_help`, `c5facts/help.txt`) and printed from there when the
help would be laid out at its full width (80 columns or more, or no terminal). A test
checks that the file is exactly what the typer CLI prints, so a change to the commands
that forgets to render it again fails the suite. Everything else goes to `c5facts.cli`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HELP_FILE = Path(__file__).with_name("help.txt")
HELP_COLUMNS = 80  # click lays help out at min(columns, 80) - 2: any wider terminal alike


def main() -> None:
    """Console entry point."""
    if sys.argv[1:] == ["--help"] and columns() >= HELP_COLUMNS:
        try:
            text = HELP_FILE.read_text(encoding="utf-8")
        except OSError:
            text = ""  # not rendered (a source tree before `build_help`): typer's own
        if text:
            _write(text)
            return
    from c5facts.cli import main as cli_main

    cli_main()


def columns() -> int:
    """The terminal's width as `shutil.get_terminal_size` reads it (80 without one)."""
    try:
        forced = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        forced = 0
    if forced > 0:
        return forced
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # `c5facts --help | head -1`: stop quietly, as the CLI does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
