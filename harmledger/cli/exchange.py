"""``harmledger export parquet DIR``: documents, claims, incidents and victim records as Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import HomeOption, console, open_home

export_app = typer.Typer(help="Export ledger tables for other tools.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("parquet")
def export_parquet_command(
    folder: Annotated[Path, typer.Argument(help="Folder for <table>.parquet files.")],
    home: HomeOption = None,
    table: Annotated[
        list[str] | None,
        typer.Option(help="Only these tables: documents, claims, incidents, victim_records."),
    ] = None,
    sensitive: Annotated[
        bool,
        typer.Option(
            "--sensitive",
            help="Include witness-sourced documents and claims and unpublishable victim "
            "records (for moving data inside the team, never for publication).",
        ),
    ] = False,
) -> None:
    """Write documents, claims (current extraction), incidents and victim records as Parquet.

    Read them with DuckDB (`select * from 'DIR/claims.parquet'`), pandas
    (`pd.read_parquet`), Spark or R (arrow); `extract --backend spark --input
    DIR/documents.parquet` reads the documents.

    Example: harmledger export parquet exports/2024-05
    """
    from harmledger.publish.parquet import TABLES, export_parquet

    with open_home(home) as ledger:
        result = export_parquet(ledger, folder, tuple(table or TABLES), sensitive=sensitive)
    for name, rows in result.rows.items():
        console.print(f"{folder / (name + '.parquet')}: {rows:,} rows")
