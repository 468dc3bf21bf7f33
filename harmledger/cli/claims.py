"""``harmledger extract`` (stored documents → stored claims) and ``harmledger claims list``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import FormatOption, HomeOption, OutputFormat, console, emit, err_console
from harmledger.cli.spark_options import SparkConfOption, SparkMasterOption

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
    backend: Annotated[
        str, typer.Option(help="default (this process) or spark (harmledger[spark]).")
    ] = "default",
    input_files: Annotated[
        list[Path] | None,
        typer.Option(
            "--input",
            help="Spark only: read documents from Parquet or JSON Lines files (columns "
            "document_id or id, text, lang, published, publisher) instead of the ledger.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(help="Spark only: write claims to this Parquet folder, not the ledger."),
    ] = None,
    spark_master: SparkMasterOption = None,
    spark_conf: SparkConfOption = None,
) -> None:
    """Extract casualty claims from stored documents not yet read by this extractor version.

    Incremental: documents already extracted by this version are skipped; a newer extractor
    adds its claims and keeps the old ones as history. A document in a language without an
    extraction pack is kept, not extracted, and named in the summary ("language not supported
    for extraction"; JSON: `not_extracted`). Use `harmledger extract-text` to try the extractor
    on a text without storing anything.

    Example: harmledger extract && harmledger claims list --kind casualty

    On Spark: harmledger extract --backend spark --spark-master spark://host:7077
    (or --input docs.parquet --output claims/ to go from files to files).
    """
    if fmt is OutputFormat.csv:
        raise typer.BadParameter("the extraction summary is table or json", param_hint="--format")
    if backend not in ("default", "spark"):
        raise typer.BadParameter("use default or spark", param_hint="--backend")
    if backend == "spark":
        _extract_on_spark(
            home, document, gazetteer, fmt, input_files, output, spark_master, spark_conf
        )
        return
    if input_files or output:
        raise typer.BadParameter("--input and --output need --backend spark")
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


def _extract_on_spark(
    home: Path | None,
    document: list[int] | None,
    gazetteer: Path | None,
    fmt: OutputFormat,
    input_files: list[Path] | None,
    output: Path | None,
    spark_master: str | None,
    spark_conf: list[str] | None,
) -> None:
    """``extract --backend spark``: ledger to ledger, or files to a Parquet folder."""
    from harmledger.extract.spark_backend import extract_documents_spark, extract_files_spark
    from harmledger.spark import spark_settings
    from harmledger.store.ledger import open_ledger

    spark = spark_settings(spark_master, spark_conf or ())
    if bool(input_files) != bool(output):
        raise typer.BadParameter("--input and --output go together (files to files)")
    if input_files and output:
        if document:
            raise typer.BadParameter("--document selects stored documents, not --input files")
        files = extract_files_spark(input_files, output, gazetteer_file=gazetteer, spark=spark)
        summary = {
            "documents": files.documents,
            "claims": files.claims,
            "unsupported": files.unsupported,
            "failures": [{"document_id": d, "reason": r} for d, r in files.failures],
        }
        if fmt is OutputFormat.json:
            sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        else:
            console.print(
                f"{files.documents} documents read, {files.claims} claims written to {output} "
                f"({files.unsupported} in a language without a pack)"
            )
        for document_id, reason in files.failures:
            err_console.print(f"[red]document {document_id}[/red]: {reason}", highlight=False)
        if files.failures:
            raise typer.Exit(1)
        return
    with open_ledger(home=home) as ledger:
        report = extract_documents_spark(
            ledger, document_ids=document or None, gazetteer_file=gazetteer, spark=spark
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
    kind: Annotated[str | None, typer.Option(help="casualty, quantity or uncounted.")] = None,
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
    if fmt is OutputFormat.csv and not rows:  # the export's header even with no rows
        from harmledger.publish.exports import empty_columns

        columns = list(empty_columns("claims"))
    if fmt is OutputFormat.table:
        columns = ["id", "document_id", "kind", "measure", "who", "low", "high", "qualifier",
                   "speaker", "quote"]  # fmt: skip
    emit(rows, fmt, columns=columns, title="Claims")
