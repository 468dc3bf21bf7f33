"""``harmledger import ucdp|acled FILE``: coded event datasets as incidents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import HomeOption, console, err_console

import_app = typer.Typer(
    help="Import coded event datasets (UCDP GED, ACLED) as incidents.", no_args_is_help=True
)
app.add_typer(import_app, name="import")

FileArgument = Annotated[
    Path, typer.Argument(help="The dataset's CSV file.", exists=True, dir_okay=False)
]


def _report(report) -> None:  # an ImportReport, imported lazily
    for line, reason in report.failed[:20]:
        err_console.print(f"line {line}: {reason}", highlight=False)
    if len(report.failed) > 20:
        err_console.print(f"… and {len(report.failed) - 20} more failed rows")
    console.print(
        f"{report.dataset}: {report.created} incidents created, {report.already_imported} already "
        f"imported, {len(report.failed)} rows failed (file archived as {report.sha256[:12]}…)"
    )
    if report.failed:
        raise typer.Exit(1)


@import_app.command("ucdp")
def import_ucdp_command(file: FileArgument, home: HomeOption = None) -> None:
    """Import a UCDP GED CSV: events with date/place precision, sides, low/best/high deaths.

    Example: harmledger import ucdp ged_syria_2016_2019.csv

    Then: harmledger tally --grades all --by admin1 --by year --category total
    """
    from harmledger.imports.ucdp import import_ucdp
    from harmledger.store.ledger import open_ledger

    with open_ledger(home=home) as ledger:
        _report(import_ucdp(ledger, file))


@import_app.command("acled")
def import_acled_command(file: FileArgument, home: HomeOption = None) -> None:
    """Import an ACLED CSV export: events with precision codes, actors and fatalities.

    Example: harmledger import acled acled_export.csv
    """
    from harmledger.imports.acled import import_acled
    from harmledger.store.ledger import open_ledger

    with open_ledger(home=home) as ledger:
        _report(import_acled(ledger, file))
