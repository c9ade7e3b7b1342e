"""The `main` shared by the one-file generators (build_cities, build_lunar_new_year)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def write_table(
    description: str, output: tuple[str, ...], generate: Callable[[], str], argv: list[str] | None
) -> None:
    """The `main` of a one-file generator: write `generate()` to models/`output` (or --output)."""
    from c5facts.resources import models_dir

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args(argv)
    path = args.output or models_dir().joinpath(*output)
    path.write_text(generate(), encoding="utf-8")
    print(f"wrote {path}")
