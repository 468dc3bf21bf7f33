"""``harmledger victims import|list|show``: victim lists from many organisations."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
from harmledger.errors import NotFound
from harmledger.victims.limits import DEFAULT_LIMITS, ReadLimits

if TYPE_CHECKING:
    from harmledger.victims.audit import ListAudit

victims_app = typer.Typer(
    help="Victim lists: import, search across scripts, show.", no_args_is_help=True
)
app.add_typer(victims_app, name="victims")


@victims_app.command("import")
def victims_import(
    file: Annotated[
        Path, typer.Argument(help="CSV, XLSX, JSON or Parquet list.", exists=True, dir_okay=False)
    ],
    list_name: Annotated[
        str, typer.Option("--list", help="Name of the list (e.g. the organisation's).")
    ],
    column: Annotated[
        list[str] | None,
        typer.Option(help="Map a field to a header: field=header (repeatable), e.g. name=الاسم."),
    ] = None,
    organisation: Annotated[str | None, typer.Option(help="Who keeps the list.")] = None,
    publishable: Annotated[bool, typer.Option(help="Records may appear in public views.")] = False,
    max_rows: MaxRowsOption = DEFAULT_LIMITS.max_rows,
    max_unzipped_bytes: MaxUnzippedOption = DEFAULT_LIMITS.max_unzipped_bytes,
    home: HomeOption = None,
) -> None:
    """Import a victim list. Fields: record_key, name, name_latin, given_name, father_name,
    grandfather_name, family_name, sex, age, age_band, date_of_birth, date_of_death,
    place_of_death, status, cause, perpetrator, family_group, incident_ref, notes, and the
    sensitive family_contact and witness_identity. Headers named like a field map themselves.

    Rows that fail validation are listed with their row numbers; every other row is kept.

    Example: harmledger victims import moh.csv --list MoH --column name=الاسم --column age=العمر
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.victims.ledger import import_victim_list

    with open_ledger(home=home) as ledger:
        report = import_victim_list(
            ledger,
            file,
            list_name,
            column_map=column_map(column),
            organisation=organisation,
            publishable=publishable,
            limits=ReadLimits(max_rows=max_rows, max_unzipped_bytes=max_unzipped_bytes),
        )
    print_row_errors(report.errors)
    console.print(
        f"list {report.list_name}: {report.created} records stored, "
        f"{report.already_in_list} already "
        f"in the list, {len(report.errors)} row problems (file archived as {report.sha256[:12]}…)"
    )
    if report.errors:
        raise typer.Exit(1)


@victims_app.command("list")
def victims_list(
    home: HomeOption = None,
    list_name: Annotated[str | None, typer.Option("--list", help="Only this list.")] = None,
    search: Annotated[
        str | None, typer.Option(help="Names in any script: 'Marwan' finds مروان.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many records.")] = 100,
    sensitive: Annotated[
        bool, typer.Option(help="Include sensitive fields (family contact, witness).")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List or search victim records across lists and scripts.

    Example: harmledger victims list --search "Marwan Abu Raida"
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.victims.ledger import find_records

    with open_ledger(home=home) as ledger:
        rows = find_records(
            ledger, list_name=list_name, query=search, limit=limit, include_sensitive=sensitive
        )
    columns = None
    if fmt is OutputFormat.table:
        columns = [
            "id",
            "list",
            "record_key",
            "name",
            "name_latin",
            "sex",
            "age",
            "date_of_death",
            "status",
        ]
    emit(rows, fmt, columns=columns, title="Victim records")


@victims_app.command("show")
def victims_show(
    record_id: Annotated[int, typer.Argument(help="Record id (see victims list).")],
    home: HomeOption = None,
    sensitive: Annotated[bool, typer.Option(help="Include sensitive fields.")] = False,
) -> None:
    """Show one victim record with every field.

    Example: harmledger victims show 12
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.store.victim_tables import VictimList, VictimRecordRow
    from harmledger.victims.ledger import record_view

    with open_ledger(home=home) as ledger, ledger.reader() as session:
        row = session.get(VictimRecordRow, record_id)
        if row is None:
            raise NotFound(f"no victim record with id {record_id}")
        victim_list = session.get(VictimList, row.list_id)
        assert victim_list is not None
        record = record_view(row, victim_list.name, include_sensitive=sensitive)
    sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")


@victims_app.command("audit")
def victims_audit(
    home: HomeOption = None,
    list_name: Annotated[
        list[str] | None, typer.Option("--list", help="Only these lists (repeatable).")
    ] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Quality report on victim lists before estimating: field completeness, records per
    person (from the current `link persons` run), overlap and capture rates by month and
    place of death, duplicates within a list, and impossible dates or ages.

    Capture rates are shares of the union of the lists in each stratum, not of the true total.

    Example: harmledger victims audit --format json > audit.json
    """
    from harmledger.link.persons.audit import audit_lists
    from harmledger.store.ledger import open_ledger

    with open_ledger(home=home) as ledger:
        report = audit_lists(ledger, list_name)
    if fmt is OutputFormat.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
        return
    if fmt is OutputFormat.csv:
        emit(report.rows(), fmt)
        return
    _print_audit(report)


def _print_audit(report: ListAudit) -> None:
    """The audit as one table per section."""
    source = "the current linkage run" if report.linked else "no linkage run: records as persons"
    console.print(
        f"{len(report.lists)} lists, {report.persons} persons ({source}); records per person: "
        + ", ".join(f"{k}: {v}" for k, v in report.records_per_person.items())
    )
    completeness: dict[str, dict[str, Any]] = {}
    for c in report.completeness:
        row = completeness.setdefault(c.list, {"list": c.list, "records": c.records})
        row[c.field] = f"{c.share:.0%}"
    emit(list(completeness.values()), OutputFormat.table, title="Field completeness")
    emit(
        [p.model_dump() for p in report.list_persons],
        OutputFormat.table,
        title="Records per person",
    )
    for dimension in ("month", "place"):
        rows = [
            {
                "stratum": s.stratum,
                "union": s.union,
                "on 2+ lists": s.on_two_or_more,
                "on all": s.on_all,
                **{name: f"{rate:.0%}" for name, rate in s.capture_rate.items()},
            }
            for s in report.strata
            if s.dimension == dimension
        ]
        emit(rows, OutputFormat.table, title=f"Overlap and capture rate by {dimension} of death")
    emit(
        [
            {"list": d.list, "reason": d.reason, "records": ", ".join(d.record_keys)}
            for d in report.duplicates
        ],
        OutputFormat.table,
        title=f"Duplicates within a list ({len(report.duplicates)} groups)",
    )
    emit(
        [a.model_dump() for a in report.anomalies],
        OutputFormat.table,
        title=f"Date and age anomalies ({len(report.anomalies)})",
    )
