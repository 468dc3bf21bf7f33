"""What every importer shares: reading a CSV safely, archiving it, storing incidents in batches."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.errors import IngestError, Invalid
from harmledger.ingestion.decode import decode_text
from harmledger.store.custody import append_event, hold_chain
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import Incident, IncidentFigure
from harmledger.store.ledger import Ledger
from harmledger.store.row_digest import DIGEST_VERSION, imported_figures, logged_incidents

BATCH = 1000


@dataclass
class ImportReport:
    dataset: str
    sha256: str = ""
    created: int = 0
    already_imported: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class ImportedEvent:
    """One row turned into an incident and its figures."""

    incident: Incident
    figures: list[IncidentFigure]


def read_rows(
    path: Path, required: Sequence[str]
) -> tuple[bytes, Iterator[tuple[int, dict[str, str]]]]:
    """The file's bytes and its rows with line numbers; a missing column is named."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Invalid(f"cannot read {path}: {error.strerror or error}") from error
    try:
        text, _encoding = decode_text(data)
    except IngestError as error:
        raise Invalid(f"{path}: {error}") from error
    reader = csv.DictReader(io.StringIO(text))
    headers = reader.fieldnames or []
    missing = [column for column in required if column not in headers]
    if missing:
        raise Invalid(
            f"{path}: missing column(s) {', '.join(missing)} (is this the right dataset?)"
        )

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        try:
            for row in reader:
                yield reader.line_num, row
        except csv.Error as error:
            raise Invalid(f"{path}:{reader.line_num}: malformed CSV: {error}") from error

    return data, rows()


def number(value: str | None) -> int | None:
    """``"12.0"`` → 12; empty → None."""
    if value is None or not value.strip():
        return None
    return int(float(value))


def store_events(
    ledger: Ledger,
    path: Path,
    dataset: str,
    required: Sequence[str],
    convert: Callable[[dict[str, str], dt.datetime], ImportedEvent],
    external_id: Callable[[dict[str, str]], str],
) -> ImportReport:
    """Archive the file, convert each new row, store in batches, log one custody event."""
    data, rows = read_rows(path, required)
    blob = ledger.archive.put(data)
    report = ImportReport(dataset, blob.sha256)
    now = dt.datetime.now(dt.UTC)
    with ledger.reader() as session:
        known = set(session.scalars(select(Incident.external_id).where(Incident.origin == dataset)))
    batch: list[ImportedEvent] = []
    created: list[str] = []
    for line, row in rows:
        try:
            key = external_id(row)
            if key in known:
                report.already_imported += 1
                continue
            event = convert(row, now)
        except (ValueError, KeyError, TypeError) as error:
            report.failed.append((line, f"{error.__class__.__name__}: {error}"))
            continue
        known.add(key)
        created.append(key)
        batch.append(event)
        if len(batch) >= BATCH:
            _flush(ledger, batch)
            report.created += len(batch)
            batch = []
    if batch:
        _flush(ledger, batch)
        report.created += len(batch)
    with ledger.session() as session:
        hold_chain(session)  # the hash below then sees every import logged before this one
        figures, figures_sha256 = imported_figures(session, dataset)
        append_event(
            session,
            actor=ledger.settings.actor,
            action="import",
            subject=f"blob:{blob.sha256}",
            details={
                "dataset": dataset,
                "origin": str(path.resolve()),
                "created": report.created,
                "already_imported": report.already_imported,
                "failed_rows": len(report.failed),
                "digest": DIGEST_VERSION,
                "figures": figures,  # all of the dataset's imported figures now, for verify
                "figures_sha256": figures_sha256,
                # each incident this import created, as created (linking may widen it later)
                "incidents": logged_incidents(session, _ids(session, dataset, created)),
            },
        )
    return report


def _ids(session: Session, dataset: str, external_ids: list[str]) -> list[int]:
    found: list[int] = []
    for i in range(0, len(external_ids), MAX_BOUND_IDS):
        found += session.scalars(
            select(Incident.id).where(
                Incident.origin == dataset,
                Incident.external_id.in_(external_ids[i : i + MAX_BOUND_IDS]),
            )
        )
    return found


def _flush(ledger: Ledger, batch: list[ImportedEvent]) -> None:
    with ledger.session() as session:
        session.add_all(event.incident for event in batch)
        session.flush()
        for event in batch:
            for figure in event.figures:
                figure.incident_id = event.incident.id
                session.add(figure)
