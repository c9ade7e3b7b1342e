"""The CLI's stderr: one console built on first use, error exits, a closed stdout made quiet."""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from rich.console import Console


@cache
def err() -> Console:
    """The stderr console, built on first use: rich costs `--help` a tenth of a second."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `error: message` on stderr; the exit (status `code`) for the caller to raise."""
    from rich.markup import escape

    # The message may carry user data (a path with "[/x]"): never read as markup.
    err().print(f"[red]error:[/red] {escape(message)}", markup=True, highlight=False)
    return typer.Exit(code=code)


def say(line: str) -> None:
    """One plain line on stderr (never read as markup)."""
    err().print(line, markup=False)


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit finds no closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
