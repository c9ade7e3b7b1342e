"""The CLI's option values (formats, engines) and their checks: usage errors exit 2."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

import typer

from c5facts.commands.console import fail


class Format(StrEnum):
    """Output formats of `extract`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    timeml = "timeml"


class EvalFormat(StrEnum):
    """Output formats of `eval`."""

    table = "table"
    json = "json"


class EngineName(StrEnum):
    """Where `extract` runs."""

    local = "local"
    dask = "dask"


def parse_reference_date(value: str | None) -> date | None:
    """The `--reference-date` option as a date (a datetime with its time); a bad one exits 2."""
    if value is None:
        return None
    from c5facts.io.dates_input import parse_reference_input

    try:
        return parse_reference_input(value)
    except ValueError as exc:
        raise fail(f"--reference-date: {exc}", code=2) from exc


def check_codes(dollar: str | None, country: str | None) -> None:
    """`--dollar` an ISO 4217 code, `--country` an ISO 3166 alpha-2 one (by shape)."""
    if dollar is not None and not (len(dollar) == 3 and dollar.isalpha()):
        raise typer.BadParameter(f"{dollar!r} is not an ISO 4217 code", param_hint="--dollar")
    if country is not None and not (len(country) == 2 and country.isalpha()):
        raise typer.BadParameter(f"{country!r} is not an ISO 3166 code", param_hint="--country")


def check_extract_options(
    fmt: Format | None,
    output: Path | None,
    output_dir: str | None,
    resume: bool,
    engine: EngineName,
    scheduler: str | None,
) -> None:
    """Combinations of `extract` options that cannot work, as usage errors."""
    # Usage errors (exit 2) come before anything loads.
    if output is not None and output_dir is not None:
        raise typer.BadParameter("give --output or --output-dir, not both")
    if output_dir is not None and fmt not in (None, Format.json, Format.parquet):
        raise typer.BadParameter("--output-dir writes JSON files", param_hint="--format")
    if fmt is Format.parquet and (output_dir or output) is None:
        raise typer.BadParameter("--format parquet needs --output-dir DIR (or -o DIR)")
    if fmt is Format.parquet and resume:
        raise typer.BadParameter("--resume does not apply to parquet", param_hint="--resume")
    if resume and output_dir is None and (output is None or fmt is not Format.jsonl):
        raise typer.BadParameter(
            "--resume needs --output-dir, or --format jsonl with --output", param_hint="--resume"
        )
    if scheduler is not None and engine is not EngineName.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
