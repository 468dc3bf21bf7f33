"""Content hashes of the rows a logged operation wrote, for ``verify`` to compare later.

A custody event says *that* claims were extracted, a list imported or persons linked; unless it
also fixes *what* was written, those rows can be edited afterwards and the chain still holds.
So the writers put a hash of their rows in the event's details, read back from the database in
the same transaction (so the values are the ones the database keeps, whatever the backend), and
``verify`` hashes the rows again. The columns hashed are fixed here, with a version, so that a
column added later does not make every earlier hash disagree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import Incident, IncidentFigure
from harmledger.store.tables import ClaimRow
from harmledger.store.victim_tables import PersonLink, PersonPair, VictimRecordRow

DIGEST_VERSION = "rows/1"
CLAIM_COLUMNS = (
    "id",
    "document_id",
    "kind",
    "measure",
    "who",
    "who_text",
    "low",
    "high",
    "qualifier",
    "start",
    "end",
    "quote",
    "speaker",
    "attribution_chain",
    "perpetrator",
    "weapon",
    "place",
    "place_name",
    "latitude",
    "longitude",
    "place_confidence",
    "period_start",
    "period_end",
    "confidence",
    "negated",
    "lang",
)
RECORD_COLUMNS = ("id", "list_id", "record_key", "name", "name_latin", "data", "publishable")
PERSON_LINK_COLUMNS = ("record_id", "person_key")
FIGURE_COLUMNS = ("id", "incident_id", "measure", "category", "low", "best", "high", "source")
# what the linker (or an importer, or a split) derives for an incident; the parent is kept apart
# because a merge re-parents the merged incidents' children without writing them again
INCIDENT_COLUMNS = (
    "id",
    "kind",
    "name",
    "origin",
    "external_id",
    "period_start",
    "period_end",
    "date_precision",
    "place",
    "place_name",
    "place_precision",
    "latitude",
    "longitude",
    "country",
    "admin1",
    "perpetrators",
    "weapons",
)
PAIR_COLUMNS = ("left_record_id", "right_record_id", "probability", "match_weight", "evidence")
LINK_PROBABILITY_COLUMNS = ("record_id", "probability")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)  # a float column may come back as 3 or 3.0 depending on the driver
    return value


def digest_rows(rows: Iterable[Sequence[Any]]) -> str:
    """SHA-256 over the rows (already in a fixed order) as canonical JSON lines."""
    hasher = hashlib.sha256()
    for row in rows:
        line = json.dumps(
            [_plain(v) for v in row], sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        hasher.update(line.encode("utf-8") + b"\n")
    return hasher.hexdigest()


def _columns(table: Any, names: Sequence[str]) -> list[ColumnElement[Any]]:
    return [getattr(table, name) for name in names]


def claims_by_extraction(session: Session, extraction_ids: Collection[int]) -> dict[int, str]:
    """Each extraction's claims, hashed (an extraction that found nothing hashes no rows)."""
    found: dict[int, list[Sequence[Any]]] = {e: [] for e in extraction_ids}
    wanted = sorted(found)
    for i in range(0, len(wanted), MAX_BOUND_IDS):
        for row in session.execute(
            select(ClaimRow.extraction_id, *_columns(ClaimRow, CLAIM_COLUMNS))
            .where(ClaimRow.extraction_id.in_(wanted[i : i + MAX_BOUND_IDS]))
            .order_by(ClaimRow.id)
        ):
            found[row[0]].append(row[1:])
    return {extraction_id: digest_rows(rows) for extraction_id, rows in found.items()}


def records_of_import(session: Session, list_id: int, blob_sha256: str) -> tuple[int, str]:
    """Number and hash of a list's records that came from one archived file."""
    rows = session.execute(
        select(*_columns(VictimRecordRow, RECORD_COLUMNS))
        .where(VictimRecordRow.list_id == list_id, VictimRecordRow.source_sha256 == blob_sha256)
        .order_by(VictimRecordRow.id)
    ).all()
    return len(rows), digest_rows(rows)


def person_links_of_run(session: Session, run_id: int) -> tuple[int, str]:
    """Number and hash of one linkage run's person links."""
    rows = session.execute(
        select(*_columns(PersonLink, PERSON_LINK_COLUMNS))
        .where(PersonLink.run_id == run_id)
        .order_by(PersonLink.record_id, PersonLink.person_key)
    ).all()
    return len(rows), digest_rows(rows)


def imported_figures(session: Session, dataset: str) -> tuple[int, str]:
    """Number and hash of every figure imported with a dataset's incidents (with their ids).

    Only the figures: linking may widen an imported incident's place or period later."""
    rows = session.execute(
        select(Incident.external_id, *_columns(IncidentFigure, FIGURE_COLUMNS))
        .join(Incident, Incident.id == IncidentFigure.incident_id)
        .where(Incident.origin == dataset)
        .order_by(IncidentFigure.id)
    ).all()
    return len(rows), digest_rows(rows)


def incident_attributes(
    session: Session, incident_ids: Collection[int] | None = None
) -> dict[int, tuple[str, int | None]]:
    """Each incident's derived attributes, hashed (32 hex digits, so that a run touching many
    incidents keeps a small event), with its parent apart."""
    query = select(Incident.parent_id, *_columns(Incident, INCIDENT_COLUMNS))
    if incident_ids is None:  # every incident (for verify), without a list of bound ids
        rows: Iterable[Sequence[Any]] = session.execute(query)
    else:
        wanted = sorted(set(incident_ids))
        rows = (
            row
            for i in range(0, len(wanted), MAX_BOUND_IDS)
            for row in session.execute(query.where(Incident.id.in_(wanted[i : i + MAX_BOUND_IDS])))
        )
    return {row[1]: (digest_rows([row[1:]])[:32], row[0]) for row in rows}


def logged_incidents(session: Session, incident_ids: Collection[int]) -> dict[str, list[Any]]:
    """What an event that wrote incidents records for ``verify``: id → [digest, parent]."""
    return {
        str(incident_id): [digest, parent]
        for incident_id, (digest, parent) in incident_attributes(session, incident_ids).items()
    }


def person_pairs_of_run(session: Session, run_id: int) -> tuple[int, str]:
    """Number and hash of one linkage run's scored pairs (with their evidence) and of its
    links' probabilities: what review queues and estimates read besides the clusters."""
    pairs = session.execute(
        select(*_columns(PersonPair, PAIR_COLUMNS))
        .where(PersonPair.run_id == run_id)
        .order_by(PersonPair.left_record_id, PersonPair.right_record_id, PersonPair.id)
    ).all()
    probabilities = session.execute(
        select(*_columns(PersonLink, LINK_PROBABILITY_COLUMNS))
        .where(PersonLink.run_id == run_id)
        .order_by(PersonLink.record_id, PersonLink.id)
    ).all()
    return len(pairs), digest_rows([*pairs, ("links",), *probabilities])
