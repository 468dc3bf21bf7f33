"""``harmledger recoveries import|list|count``: body-recovery logs, one file per body."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import (
    FormatOption,
    HomeOption,
    MaxRowsOption,
    MaxUnzippedOption,
    OutputFormat,
    column_map,
    console,
    emit,
    print_row_errors,
)
from harmledger.victims.limits import DEFAULT_LIMITS, ReadLimits

recoveries_app = typer.Typer(
    help="Recovery logs (a file per body): import, list, count by site, month or perpetrator.",
    no_args_is_help=True,
)
app.add_typer(recoveries_app, name="recoveries")


class Grouping(StrEnum):
    site = "site"
    month = "month"
    status = "status"
    perpetrator = "perpetrator"
    log = "log"


@recoveries_app.command("import")
def recoveries_import(
    file: Annotated[
        Path, typer.Argument(help="CSV, XLSX, JSON or Parquet log.", exists=True, dir_okay=False)
    ],
    log_name: Annotated[str, typer.Option("--log", help="Name of the log (e.g. the team's).")],
    column: Annotated[
        list[str] | None,
        typer.Option(help="Map a field to a header: field=header (repeatable)."),
    ] = None,
    organisation: Annotated[str | None, typer.Option(help="Who keeps the log.")] = None,
    publishable: Annotated[bool, typer.Option(help="Records may appear in public views.")] = False,
    max_rows: MaxRowsOption = DEFAULT_LIMITS.max_rows,
    max_unzipped_bytes: MaxUnzippedOption = DEFAULT_LIMITS.max_unzipped_bytes,
    home: HomeOption = None,
) -> None:
    """Import a recovery log, one row per body. Fields: record_key (the body's file number),
    name, name_latin, recovery_site, date_recovered, state_of_remains, identification_status
    (identified, presumptive, unidentified), sample_id, sex, age_band, probable_cause,
    perpetrator, attribution_certainty (confirmed, probable, possible, unknown), notes, and the
    sensitive witness_identity. Headers named like a field map themselves.

    A body counts against a perpetrator only with confirmed or probable attribution. Rows that
    fail validation are listed with their row numbers; every other row is kept.

    Example: harmledger recoveries import bodies.csv --log "Civil Defence" --column record_key=File
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.victims.recoveries import import_recovery_log

    with open_ledger(home=home) as ledger:
        report = import_recovery_log(
            ledger,
            file,
            log_name,
            column_map=column_map(column),
            organisation=organisation,
            publishable=publishable,
            limits=ReadLimits(max_rows=max_rows, max_unzipped_bytes=max_unzipped_bytes),
        )
    print_row_errors(report.errors)
    console.print(
        f"log {report.list_name}: {report.created} bodies stored, {report.already_in_list} "
        f"already in the log, {len(report.errors)} row problems "
        f"(file archived as {report.sha256[:12]}…)"
    )
    if report.errors:
        raise typer.Exit(1)


@recoveries_app.command("list")
def recoveries_list(
    home: HomeOption = None,
    log_name: Annotated[str | None, typer.Option("--log", help="Only this log.")] = None,
    search: Annotated[
        str | None, typer.Option(help="Names in any script (identified bodies).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many records.")] = 100,
    sensitive: Annotated[bool, typer.Option(help="Include sensitive fields (witness).")] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List or search the bodies of the recovery logs.

    Example: harmledger recoveries list --log "Civil Defence" --format csv
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.victims.ledger import find_records

    with open_ledger(home=home) as ledger:
        rows = find_records(
            ledger,
            list_name=log_name,
            query=search,
            limit=limit,
            include_sensitive=sensitive,
            kind="recovery",
        )
    columns = None
    if fmt is OutputFormat.table:
        columns = [
            "id",
            "list",
            "record_key",
            "recovery_site",
            "date_recovered",
            "identification_status",
            "name",
            "perpetrator",
            "attribution_certainty",
        ]
    emit(rows, fmt, columns=columns, title="Recovered bodies")


@recoveries_app.command("count")
def recoveries_count(
    by: Annotated[Grouping, typer.Option(help="What to group the bodies by.")] = Grouping.site,
    log_name: Annotated[
        list[str] | None, typer.Option("--log", help="Only these logs (repeatable).")
    ] = None,
    home: HomeOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Count recovered bodies per group, split by identification status.

    By perpetrator, a body counts against a perpetrator only when its record names it with
    confirmed or probable certainty; all other bodies are counted as "unattributed".

    Example: harmledger recoveries count --by perpetrator
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.victims.recoveries import recovery_counts

    with open_ledger(home=home) as ledger:
        counts = recovery_counts(ledger, by.value, log_name)
    rows = [count.as_dict() for count in counts]
    if fmt is OutputFormat.table and rows:
        total = {key: sum(row[key] for row in rows) for key in rows[0] if key != "group"}
        rows.append({"group": "total", **total})
    emit(rows, fmt, title=f"Recovered bodies by {by.value}")
