"""Shared CLI options and output: ``--home`` and ``--format table|json|csv`` for every command."""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    from harmledger.store.ledger import Ledger

console = Console()
err_console = Console(stderr=True)

MaxRowsOption = Annotated[
    int, typer.Option(min=1, help="Refuse a list with more rows than this (XLSX).")
]
MaxUnzippedOption = Annotated[
    int,
    typer.Option(min=1, help="Refuse an XLSX workbook that unzips to more bytes than this."),
]
HomeOption = Annotated[
    Path | None,
    typer.Option(
        "--home",
        help="Data home (database + evidence archive). "
        "Default: $HARMLEDGER_HOME or ./harmledger-data.",
        envvar="HARMLEDGER_HOME",
        show_default=False,
    ),
]


def open_home(home: Path | None) -> Ledger:
    """Open (creating or migrating) the ledger of ``--home``; storage loads only when called."""
    from harmledger.store.ledger import open_ledger

    return open_ledger(home=home)


class OutputFormat(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format: table, json or csv.")
]


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print ``rows`` as a Rich table, a JSON list or CSV (columns: the first row's keys)."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is OutputFormat.csv:
        from harmledger.publish.csv_writer import write_csv

        sys.stdout.write(write_csv(rows, columns))
    else:
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        console.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def column_map(items: Sequence[str] | None) -> dict[str, str] | None:
    """``--column field=header`` options as a mapping (None when none were given)."""
    from harmledger.errors import ConfigError

    mapping: dict[str, str] = {}
    for item in items or []:
        field, sep, header = item.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ConfigError(f"--column {item!r}: write it as field=header")
        mapping[field.strip()] = header.strip()
    return mapping or None


def print_row_errors(errors: Sequence[object], shown: int = 50) -> None:
    """The first ``shown`` row problems of an import on stderr, and how many more there are."""
    for error in errors[:shown]:
        err_console.print(str(error), highlight=False, markup=False)
    if len(errors) > shown:
        err_console.print(f"… and {len(errors) - shown} more rows with errors")
