"""The Python API: the same operations as the CLI, as plain functions.

Each function opens the ledger at ``home`` (default ``$HARMLEDGER_HOME`` or
``./harmledger-data``; ``database_url`` overrides the database), does its work and closes it.
Pass ``ledger=`` to reuse an open :class:`~harmledger.store.Ledger` instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from harmledger.ingestion.inputs import DEFAULT_MAX_BYTES
from harmledger.ingestion.model import IngestReport
from harmledger.store.ledger import Ledger, open_ledger
from harmledger.store.verify import VerifyReport


@contextmanager
def _ledger(
    ledger: Ledger | None, home: Path | str | None, database_url: str | None
) -> Iterator[Ledger]:
    if ledger is not None:
        yield ledger
        return
    opened = open_ledger(home=home, database_url=database_url)
    try:
        yield opened
    finally:
        opened.close()


def init(home: Path | str | None = None, database_url: str | None = None) -> dict[str, str]:
    """Create (or migrate) a ledger; return where its database and archive are."""
    with _ledger(None, home, database_url) as ledger:
        return {
            "home": str(ledger.settings.home),
            "database": ledger.engine.url.render_as_string(hide_password=True),
            "archive": str(ledger.archive.root),
            "schema_revision": ledger.revision,
        }


def ingest(
    inputs: Sequence[str] | str,
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    source: str | None = None,
    source_type: str = "other",
    lang: str | None = None,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    column_map: Mapping[str, str] | None = None,
    fmt: str | None = None,
) -> IngestReport:
    """Ingest files, folders, globs, URLs or ``-`` (stdin); see ``harmledger ingest --help``."""
    from harmledger.ingestion.pipeline import IngestOptions, ingest_items

    options = IngestOptions(
        source=source,
        source_type=source_type,
        lang=lang,
        published=published,
        max_bytes=max_bytes,
        column_map=dict(column_map or {}),
        fmt=fmt,
    )
    with _ledger(ledger, home, database_url) as opened:
        return ingest_items(opened, [inputs] if isinstance(inputs, str) else list(inputs), options)


def documents(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    lang: str | None = None,
    source: str | None = None,
) -> list[dict[str, Any]]:
    """Summaries of stored documents (id, hash, language, source, title, ...)."""
    from harmledger.catalog import list_documents

    with _ledger(ledger, home, database_url) as opened:
        return list_documents(opened, lang=lang, source=source)


def unread_items(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    include_read: bool = False,
) -> list[dict[str, Any]]:
    """Evidence archived without a readable text (scans without OCR, damaged files), with why."""
    from harmledger.catalog import list_unread

    with _ledger(ledger, home, database_url) as opened:
        return list_unread(opened, include_read=include_read)


def document(
    document_id: int,
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
) -> dict[str, Any]:
    """One stored document with its text, metadata and custody events."""
    from harmledger.catalog import get_document

    with _ledger(ledger, home, database_url) as opened:
        return get_document(opened, document_id)


def verify(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    checkpoint: Path | str | None = None,
    key: Path | str | None = None,
    tsa_cert: Path | str | None = None,
) -> VerifyReport:
    """Re-hash the archive, re-check the custody chain and the incident tree, and rebuild from
    the log what the tables hold (claims, incident links and merges, victim records, person
    links, reviews, grades, belligerent assessments, user roles, stored figures); with
    ``checkpoint``, also check the log against that signed head and its RFC 3161 timestamp, if
    any (signed by the authority whose certificate is ``tsa_cert``, when given).
    ``report.ok`` is False on any problem; ``report.notes`` says what could not be checked."""
    from harmledger.assess.consistency import derived_state_problems
    from harmledger.store.checkpoint import (
        checkpoint_problems,
        default_key_path,
        read_checkpoint,
        timestamp_findings,
    )
    from harmledger.store.verify import Problem, verify_ledger

    with _ledger(ledger, home, database_url) as opened:
        report = verify_ledger(opened)
        report.problems += [
            Problem(d.kind, d.subject, d.message)
            for d in derived_state_problems(opened, report.notes)
        ]
        if checkpoint is not None:
            key_path = Path(key) if key else default_key_path(opened)
            signed = read_checkpoint(Path(checkpoint), key_path)
            report.problems += [
                Problem("checkpoint", str(checkpoint), message)
                for message in checkpoint_problems(opened, signed)
            ]
            anchor = Path(tsa_cert) if tsa_cert else None
            problems, notes = timestamp_findings(Path(checkpoint), signed, anchor)
            report.problems += [Problem("timestamp", str(checkpoint), m) for m in problems]
            report.notes += notes
        return report
