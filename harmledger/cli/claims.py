"""``harmledger extract`` (stored documents → stored claims) and ``harmledger claims list``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import FormatOption, HomeOption, OutputFormat, console, emit, err_console

if TYPE_CHECKING:
    from harmledger.extract.runner import ExtractionReport

claims_app = typer.Typer(help="Inspect stored claims.", no_args_is_help=True)
app.add_typer(claims_app, name="claims")


@app.command()
def extract(
    home: HomeOption = None,
    document: Annotated[
        list[int] | None, typer.Option("--document", "-d", help="Only these document ids.")
    ] = None,
    gazetteer: Annotated[
        Path | None,
        typer.Option(
            help="Extra places: CSV id,name,aliases,latitude,longitude (aliases split by |). "
            "Default: gazetteer.csv in the data home, if present.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Summary format: table or json.")
    ] = OutputFormat.table,
) -> None:
    """Extract casualty claims from stored documents not yet read by this extractor version.

    Incremental: documents already extracted by this version are skipped; a newer extractor
    adds its claims and keeps the old ones as history. A document in a language without an
    extraction pack is kept, not extracted, and named in the summary ("language not supported
    for extraction"; JSON: `not_extracted`). Use `harmledger extract-text` to try the extractor
    on a text without storing anything.

    Example: harmledger extract && harmledger claims list --kind casualty
    """
    if fmt is OutputFormat.csv:
        raise typer.BadParameter("the extraction summary is table or json", param_hint="--format")
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from harmledger import api
    from harmledger.store.ledger import open_ledger

    with (
        open_ledger(home=home) as ledger,
        Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err_console,
            transient=True,
            disable=not err_console.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("", total=None)
        report = api.extract(
            ledger=ledger,
            document_ids=document or None,
            gazetteer_file=gazetteer,
            on_progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    for document_id, reason in report.failures:
        err_console.print(f"[red]document {document_id}[/red]: {reason}", highlight=False)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_summary(report)
    if report.failures:
        raise typer.Exit(1)


_LISTED = 50


def _print_summary(report: ExtractionReport) -> None:
    """One line of counts, then one line per document not extracted (the first 50)."""
    console.print(
        f"extractor {report.extractor_version}: {report.documents} documents read, "
        f"{report.claims} claims stored ({report.casualty_claims} casualty), "
        f"{report.skipped} already extracted, {len(report.not_extracted)} not extracted, "
        f"{len(report.failures)} failures"
    )
    for row in report.not_extracted[:_LISTED]:
        console.print(
            f"document {row['document_id']} ({row['lang']}, confidence "
            f"{row['lang_confidence']:.2f}): {row['reason']}",
            highlight=False,
        )
    if len(report.not_extracted) > _LISTED:
        console.print(f"... and {len(report.not_extracted) - _LISTED} more (--format json)")
    if report.unsupported:
        languages = ", ".join(f"{lang} ({n})" for lang, n in sorted(report.unsupported.items()))
        console.print(f"not extracted, no language pack yet: {languages}")


@claims_app.command("list")
def claims_list(
    home: HomeOption = None,
    document: Annotated[int | None, typer.Option("--document", "-d", help="One document.")] = None,
    kind: Annotated[str | None, typer.Option(help="casualty or quantity.")] = None,
    measure: Annotated[str | None, typer.Option(help="e.g. killed, injured.")] = None,
    history: Annotated[
        bool, typer.Option("--history", help="Include claims of superseded extractor versions.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List stored claims with their figures, speakers and quoted spans.

    Example: harmledger claims list --document 2 --format json
    """
    from harmledger import api
    from harmledger.publish.base import records

    found = api.claims(
        home=home, document_id=document, kind=kind, measure=measure, include_superseded=history
    )
    rows = records(found)
    columns = None
    if fmt is OutputFormat.table:
        columns = ["id", "document_id", "kind", "measure", "who", "low", "high", "qualifier",
                   "speaker", "quote"]  # fmt: skip
    emit(rows, fmt, columns=columns, title="Claims")
