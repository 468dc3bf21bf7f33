"""Core commands: ``init``, ``ingest``, ``documents list|show``, ``verify``.

Each command parses options, calls the library and renders the result; no logic lives here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from harmledger import __version__
from harmledger.cli.app import app
from harmledger.cli.output import (
    FormatOption,
    HomeOption,
    OutputFormat,
    console,
    emit,
    err_console,
    open_home,
)
from harmledger.errors import ConfigError

documents_app = typer.Typer(help="List and show stored documents.", no_args_is_help=True)
app.add_typer(documents_app, name="documents")


def _version(value: bool) -> None:
    if value:
        print(f"harmledger {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """harmledger turns scattered, multilingual reports of civilian harm into an auditable ledger.

    Example: harmledger ingest ../shared/seeds && harmledger documents list
    """


@app.command()
def init(home: HomeOption = None) -> None:
    """Create the data home (database + evidence archive), or migrate it to this version.

    Example: harmledger init --home ./harmledger-data
    """
    from harmledger.api import init as init_ledger

    info = init_ledger(home=home)
    for key, value in info.items():
        console.print(f"[bold]{key}[/bold]: {value}")


def _parse_columns(columns: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for column in columns:
        field, sep, header = column.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ConfigError(f"--column {column!r}: write it as field=header, e.g. text=body")
        mapping[field.strip()] = header.strip()
    return mapping


@app.command()
def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, folders (recursive), globs, http(s) URLs, or - for stdin."),
    ],
    home: HomeOption = None,
    source: Annotated[
        str | None, typer.Option(help="Publisher/source name for every document.")
    ] = None,
    source_type: Annotated[
        str, typer.Option(help="news, ngo, belligerent, responder, witness, monitor or other.")
    ] = "other",
    lang: Annotated[
        str | None, typer.Option(help="Language code for every document (skips detection).")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date for every document: YYYY, YYYY-MM or YYYY-MM-DD."),
    ] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = 50
    * 1024
    * 1024,
    column: Annotated[
        list[str] | None,
        typer.Option(help="Map a document field to a CSV/JSON header: field=header (repeatable)."),
    ] = None,
    input_format: Annotated[
        str | None,
        typer.Option(
            "--input-format",
            help="Force a reader: text, markdown, html, pdf, json, csv, feed, image, video.",
        ),
    ] = None,
    url_time_limit: Annotated[
        float, typer.Option(help="Give up a URL download after this many seconds in all.")
    ] = 120.0,
    allow_cross_host_redirects: Annotated[
        bool, typer.Option(help="Follow a URL's redirect to another host (refused by default).")
    ] = False,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Summary format.")
    ] = OutputFormat.table,
) -> None:
    """Archive and read documents: text, Markdown, HTML, PDF, JSON/JSONL, CSV, RSS/Atom.

    Raw bytes are archived by SHA-256 (identical bytes are stored once); each document gets its
    text, metadata and detected language; every item is logged in the custody chain. Bad items
    are reported one by one and never stop the batch; the exit code is 1 if any failed.

    Example: harmledger ingest ../shared/seeds reports/*.pdf https://example.org/feed.xml
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from harmledger.ingestion.inputs import UrlPolicy
    from harmledger.ingestion.pipeline import IngestOptions, ingest_items

    options = IngestOptions(
        source=source,
        source_type=source_type,
        lang=lang,
        published=published,
        max_bytes=max_bytes,
        column_map=_parse_columns(column or []),
        fmt=input_format,
        url_policy=UrlPolicy(
            time_limit=url_time_limit, cross_host_redirects=allow_cross_host_redirects
        ),
    )
    options.validate()
    ledger = open_home(home)
    try:
        with Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}"),
            console=err_console,
            transient=True,
            disable=not err_console.is_terminal,
        ) as progress:
            task = progress.add_task("", total=None)

            def on_progress(done: int, total: int, result: object) -> None:
                progress.update(
                    task,
                    completed=done,
                    total=total,
                    description=Path(getattr(result, "origin", "")).name,
                )

            report = ingest_items(ledger, inputs, options, on_progress=on_progress)
    finally:
        ledger.close()
    rows = [
        {
            "status": r.status,
            "origin": r.origin,
            "sha256": r.sha256,
            "documents": list(r.document_ids),
            "reason": r.reason,
        }
        for r in report.results
    ]
    if output is OutputFormat.table:
        emit(rows, output, columns=["status", "origin", "documents", "reason"], title="Ingestion")
        console.print(
            f"[bold]ingested[/bold] {report.ingested}  [bold]already archived[/bold] "
            f"{report.already_archived}  [bold]unread[/bold] {report.unread}  "
            f"[bold]failed[/bold] {report.failed}  (run {report.run_id})"
        )
    else:
        emit(rows, output)
    if not report.ok:
        raise typer.Exit(1)


@documents_app.command("list")
def documents_list(
    home: HomeOption = None,
    lang: Annotated[str | None, typer.Option(help="Only documents in this language.")] = None,
    source: Annotated[str | None, typer.Option(help="Only documents from this source.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many documents.")] = None,
    offset: Annotated[int, typer.Option(help="Skip this many documents first.")] = 0,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List stored documents with their hashes, languages and sources.

    Documents in a language without an extraction pack are listed like all others, with
    extraction_note "language not supported for extraction".

    Example: harmledger documents list --lang sv --format json
    """
    from harmledger import api
    from harmledger.catalog import SUMMARY_FIELDS

    rows = api.documents(home=home, lang=lang, source=source, limit=limit, offset=offset)
    columns = (
        SUMMARY_FIELDS
        if fmt is not OutputFormat.table
        else ("id", "lang", "source", "published", "title", "sha256", "extraction_note")
    )
    emit(rows, fmt, columns=columns, title="Documents")


@documents_app.command("unread")
def documents_unread(
    home: HomeOption = None,
    include_read: Annotated[
        bool, typer.Option(help="Also items a later ingest has read since.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List evidence archived without a readable text (a scan with no OCR, a damaged file).

    Each is kept by SHA-256 and logged like any document; the reason says what to do (install
    OCR, repair the file). Ingesting the same bytes again reads them if it now can.

    Example: harmledger documents unread --format json
    """
    from harmledger import api
    from harmledger.catalog import UNREAD_FIELDS

    rows = api.unread_items(home=home, include_read=include_read)
    columns = (
        UNREAD_FIELDS if fmt is not OutputFormat.table else ("id", "format", "origin", "reason")
    )
    emit(rows, fmt, columns=columns, title="Unread evidence")


@documents_app.command("show")
def documents_show(
    document_id: Annotated[int, typer.Argument(help="Document id (see documents list).")],
    home: HomeOption = None,
    fmt: FormatOption = OutputFormat.table,
    translate: Annotated[
        str | None,
        typer.Option(
            help="Also show a machine translation into this language (e.g. en), made by the "
            "backend HARMLEDGER_TRANSLATION names (none by default: no model is downloaded). "
            "A reading aid only: claims come from the original.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Show one document: metadata, archive hash and path, custody events, and its text.

    Example: harmledger documents show 1 --format json

    Example: HARMLEDGER_TRANSLATION=argos harmledger documents show 7 --translate en
    """
    from harmledger import api

    record = api.document(document_id, home=home)
    if translate:
        from harmledger.translation import translate as machine_translate

        record["translation"] = machine_translate(
            record["text"], record.get("lang"), translate.strip().lower()
        ).to_dict()
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is OutputFormat.csv:
        flat = {k: v for k, v in record.items() if k != "custody"}
        emit([flat], fmt)
        return
    from rich.markup import escape

    for key, value in record.items():
        if key not in ("text", "custody", "translation"):
            console.print(f"[bold]{key}[/bold]: {escape(str(value))}")
    emit(record["custody"], OutputFormat.table, title="Custody events")
    console.print("[bold]text[/bold]:")
    console.print(escape(record["text"]), markup=False, highlight=False)
    if "translation" in record:
        made = record["translation"]
        console.print(
            f"[bold]machine translation[/bold] ({made['source']} -> {made['target']}, "
            f"{escape(made['backend'])}; a reading aid, not evidence):"
        )
        console.print(escape(made["text"]), markup=False, highlight=False)


KeyOption = Annotated[
    Path | None,
    typer.Option(
        help="The Ed25519 checkpoint key (PEM). Default: keys/checkpoint-ed25519.pem in the home; "
        "keep a copy away from the database.",
        show_default=False,
    ),
]


TsaCertOption = Annotated[
    Path | None,
    typer.Option(
        help="The time stamping authority's certificate (PEM), or its issuer's: the "
        "checkpoint's timestamp must be signed by it.",
        show_default=False,
    ),
]


@app.command("checkpoint")
def checkpoint_command(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write it (default: checkpoint-<time>.json in the current folder).",
            show_default=False,
        ),
    ] = None,
    key: KeyOption = None,
    tsa: Annotated[
        str | None,
        typer.Option(
            help="Also get an RFC 3161 timestamp of the checkpoint from this time stamping "
            "authority (its URL; only the checkpoint's SHA-256 is sent).",
            show_default=False,
        ),
    ] = None,
    tsa_cert: TsaCertOption = None,
    home: HomeOption = None,
) -> None:
    """Sign the custody log's head (event id, hash, count) with a key kept outside the database.

    Keep the file where the ledger's users cannot write. Later, 'harmledger verify --checkpoint
    FILE' proves that no event up to that head was deleted or rewritten. The key is created on
    first use (mode 600).

    Example: harmledger checkpoint -o /mnt/usb/harmledger-2026-12-03.json
    Example: harmledger checkpoint --tsa https://tsa.example.org/tsr --tsa-cert tsa.pem
    """
    import datetime as dt

    from harmledger.store.checkpoint import write_checkpoint

    target = output or Path(f"checkpoint-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.json")
    ledger = open_home(home)
    try:
        made = write_checkpoint(ledger, target, key, tsa=tsa, tsa_cert=tsa_cert)
    finally:
        ledger.close()
    console.print(
        f"checkpoint {target}: {made.events} events, head event {made.head_id} "
        f"({made.head_hash[:16]}…)" + (f"; timestamped by {tsa}" if tsa else "")
    )


@app.command()
def verify(
    checkpoint: Annotated[
        Path | None,
        typer.Option(
            help="Also check a checkpoint file from 'harmledger checkpoint': its signature, and "
            "that the log still holds its head event, unchanged, and at least as many events.",
            show_default=False,
        ),
    ] = None,
    key: KeyOption = None,
    tsa_cert: TsaCertOption = None,
    home: HomeOption = None,
) -> None:
    """Re-hash every archived file and check the custody chain; exit 1 on any problem.

    Reports each missing or altered file, each document outside the chain, each unrecorded
    file, each broken link of the hash chain, each loop or orphan in the incident tree, and each
    review, analyst grade, belligerent assessment, user role or stored figure that disagrees
    with the custody log (or with the claims it is derived from).
    With --checkpoint it also finds a truncated or rewritten tail of the log, which the chain
    alone cannot show.

    Example: harmledger verify --home ./harmledger-data

    Example: harmledger verify --checkpoint /mnt/usb/harmledger-2026-12-03.json
    """
    from rich.markup import escape

    from harmledger.api import verify as verify_all

    ledger = open_home(home)
    try:
        report = verify_all(ledger=ledger, checkpoint=checkpoint, key=key, tsa_cert=tsa_cert)
    finally:
        ledger.close()
    for problem in report.problems:
        err_console.print(
            f"[red]{problem.kind}[/red]: {escape(problem.message)}", markup=True, highlight=False
        )
    for note in report.notes:
        console.print(f"[yellow]note[/yellow]: {escape(note)}", highlight=False)
    summary = (
        f"{report.blobs_checked} archived files, {report.documents_checked} documents, "
        f"{report.events_checked} custody events checked"
    )
    if report.ok:
        console.print(f"[green]verified[/green]: {summary}; no problems")
        return
    console.print(f"[red]FAILED[/red]: {summary}; {len(report.problems)} problem(s)")
    raise typer.Exit(1)
