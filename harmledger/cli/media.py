"""``harmledger media list|show|match``: archived images and videos, their metadata and copies."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import FormatOption, HomeOption, OutputFormat, console, emit, open_home
from harmledger.errors import Invalid

media_app = typer.Typer(
    help="Images and videos kept as evidence: metadata (EXIF), perceptual hashes, copies.",
    no_args_is_help=True,
)
app.add_typer(media_app, name="media")


@media_app.command("list")
def media_list(
    home: HomeOption = None,
    kind: Annotated[str | None, typer.Option(help="image or video.")] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List archived images and videos with their size, capture time and number of copies.

    A copy is another archived image whose perceptual hash (pHash) differs in at most a few
    bits: the same photo re-posted, re-encoded or resized. has_position says the file carries
    a GPS position (shown to analysts only, never in public views).

    Example: harmledger media list --kind image --format json
    """
    from harmledger.gallery import MEDIA_FIELDS, list_media

    if kind not in (None, "image", "video"):
        raise Invalid(f"--kind {kind!r}: use image or video")
    ledger = open_home(home)
    try:
        rows = list_media(ledger, kind=kind)
    finally:
        ledger.close()
    columns = (
        MEDIA_FIELDS
        if fmt is not OutputFormat.table
        else ("sha256", "kind", "width", "height", "captured", "copies", "documents", "origin")
    )
    emit(rows, fmt, columns=columns, title="Images and videos")


@media_app.command("show")
def media_show(
    sha256: Annotated[str, typer.Argument(help="The file's SHA-256 (at least 6 leading digits).")],
    home: HomeOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Show one archived image or video: metadata (EXIF, GPS), documents and archived copies.

    Example: harmledger media show 3fa9c2 --format json
    """
    from harmledger.gallery import get_media

    ledger = open_home(home)
    try:
        record = get_media(ledger, sha256)
    finally:
        ledger.close()
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is OutputFormat.csv:
        emit([{k: v for k, v in record.items() if k not in ("metadata", "copies")}], fmt)
        return
    from rich.markup import escape

    for key, value in record.items():
        if key not in ("metadata", "copies"):
            console.print(f"[bold]{key}[/bold]: {escape(str(value))}")
    metadata = [{"field": k, "value": v} for k, v in record["metadata"].items()]
    emit(metadata, OutputFormat.table, columns=("field", "value"), title="Metadata")
    emit(
        record["copies"],
        OutputFormat.table,
        columns=("sha256", "distance", "documents", "origin"),
        title="Archived copies",
    )


@media_app.command("match")
def media_match(
    file: Annotated[Path, typer.Argument(help="An image file (PNG, JPEG, TIFF or WebP).")],
    home: HomeOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Find archived copies of an image without storing it (is this photo already known?).

    Example: harmledger media match downloaded.jpg
    """
    from harmledger.gallery import match_image

    if not file.is_file():
        raise Invalid(f"{file}: no such file")
    ledger = open_home(home)
    try:
        rows = match_image(ledger, file.read_bytes())
    finally:
        ledger.close()
    emit(rows, fmt, columns=("sha256", "distance", "documents", "origin"), title="Archived copies")
