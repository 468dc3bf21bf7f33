"""Derived state kept current by the unit of work: every writer, no call to remember.

Stored figures and rule grades are derived from claims, links, reviews and belligerent
statements. Each write session records which incidents, claims and documents its rows touch
(ORM flushes and bulk ``insert``/``update``/``delete`` statements alike); just before the
transaction commits, the registered refreshers bring the derived state of the touched incidents
up to date, inside the same transaction. A new writer only writes rows.

The store computes nothing itself (it must not import the stages that do): later stages
:func:`register` their refreshers. Which modules do so is declared in :data:`PROVIDERS`, as
data, and they are imported on the first commit that needs them, so no entry point can forget
the wiring; a provider that registers nothing is an error, not a silently stale ledger.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from harmledger.errors import StorageError
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import (
    BelligerentAssessment,
    ClaimReview,
    Incident,
    IncidentClaim,
)
from harmledger.store.tables import ClaimRow, Extraction

# Modules that register refreshers when imported (the stages that own the derived state).
PROVIDERS = ("harmledger.assess.derived",)

Refresher = Callable[[Session, Collection[int]], None]
_refreshers: dict[str, Refresher] = {}
_providers_loaded = False

# which column of a row names what it touches: (kind, column)
TRACKED: Mapping[type[Any], tuple[str, str]] = {
    Incident: ("incidents", "id"),
    IncidentClaim: ("incidents", "incident_id"),
    BelligerentAssessment: ("incidents", "incident_id"),
    ClaimReview: ("claims", "claim_id"),
    ClaimRow: ("documents", "document_id"),
    Extraction: ("documents", "document_id"),
}
_INFO_KEY = "harmledger_touched"


def register(name: str, refresher: Refresher) -> None:
    """Keep some derived state current: ``refresher(session, incident_ids)`` runs before each
    commit that touched those (active) incidents. Registering a name again replaces it."""
    _refreshers[name] = refresher


@dataclass
class Touched:
    """What one transaction wrote that derived state depends on."""

    incidents: set[int] = field(default_factory=set)
    claims: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    everything: bool = False  # a bulk write whose rows could not be read: refresh every incident
    refreshing: bool = False  # the refreshers' own writes are not touches

    def add(self, kind: str, ids: Iterable[Any]) -> None:
        getattr(self, kind).update(i for i in ids if i is not None)

    def __bool__(self) -> bool:
        return self.everything or bool(self.incidents or self.claims or self.documents)


def touched(session: Session) -> Touched:
    """This transaction's record of touched rows."""
    found = session.info.get(_INFO_KEY)
    if found is None:
        found = session.info[_INFO_KEY] = Touched()
    return found  # type: ignore[no-any-return]


def _record(session: Session, row: object) -> None:
    tracked = TRACKED.get(type(row))
    if tracked is not None:
        kind, column = tracked
        touched(session).add(kind, [getattr(row, column)])


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if touched(session).refreshing:
        return
    for row in (*session.new, *session.dirty, *session.deleted):
        _record(session, row)


def _do_orm_execute(state: ORMExecuteState) -> None:
    """Bulk statements bypass the flush: read what they touch from their rows or their WHERE."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is None:
        return
    tracked = TRACKED.get(mapper.class_)
    record = touched(state.session)
    if tracked is None or record.refreshing:
        return
    kind, column = tracked
    rows = state.parameters
    if state.is_insert or (rows and getattr(state.statement, "whereclause", None) is None):
        batch = [rows] if isinstance(rows, Mapping) else list(rows or [])
        if batch and all(column in row for row in batch):
            record.add(kind, (row[column] for row in batch))
        else:
            record.everything = True
        return
    where = getattr(state.statement, "whereclause", None)
    query = select(getattr(mapper.class_, column)).distinct()
    if where is not None:
        query = query.where(where)
    record.add(kind, state.session.execute(query).scalars())


def _incidents_of(session: Session, record: Touched) -> list[int]:
    """Active incidents whose derived state may have changed: touched directly, or linked (by an
    active link) to a touched claim or to a claim of a touched document."""
    if record.everything:
        return list(session.scalars(select(Incident.id).where(Incident.status == "active")))
    found = set(record.incidents)
    for column, ids in (
        (IncidentClaim.claim_id, sorted(record.claims)),
        (ClaimRow.document_id, sorted(record.documents)),
    ):
        for i in range(0, len(ids), MAX_BOUND_IDS):
            query = (
                select(IncidentClaim.incident_id)
                .join(ClaimRow, ClaimRow.id == IncidentClaim.claim_id)
                .where(column.in_(ids[i : i + MAX_BOUND_IDS]), IncidentClaim.removed_at.is_(None))
                .distinct()
            )
            found.update(session.scalars(query))
    # only active incidents are kept current: a merged one keeps what it had when merged
    candidates = sorted(found)
    active: list[int] = []
    for i in range(0, len(candidates), MAX_BOUND_IDS):
        chunk = candidates[i : i + MAX_BOUND_IDS]
        active.extend(
            session.scalars(
                select(Incident.id).where(Incident.id.in_(chunk), Incident.status == "active")
            )
        )
    return sorted(active)


def _load_providers() -> None:
    global _providers_loaded
    if _providers_loaded:
        return
    for module in PROVIDERS:
        importlib.import_module(module)
    if not _refreshers:
        raise StorageError(f"derived-state providers {PROVIDERS} registered no refresher")
    _providers_loaded = True


def bring_current(session: Session, *, incidents: Iterable[int] = ()) -> None:
    """Refresh the derived state of everything this transaction touched so far (and of
    ``incidents``, even if untouched).

    Commits do this by themselves; call it only to read derived state back before committing
    (e.g. the grade the rules now give).
    """
    session.flush()
    record = touched(session)
    record.add("incidents", incidents)
    if not record:
        return
    _load_providers()
    record.refreshing = True
    try:
        incident_ids = _incidents_of(session, record)
        if incident_ids:
            for refresher in _refreshers.values():
                refresher(session, incident_ids)
            session.flush()
    finally:
        session.info[_INFO_KEY] = Touched()


class LedgerSession(Session):
    """A writing session on a ledger: keeps derived state current as it commits."""


event.listen(LedgerSession, "after_flush", _after_flush)
event.listen(LedgerSession, "do_orm_execute", _do_orm_execute)
event.listen(LedgerSession, "before_commit", lambda session: bring_current(session))
event.listen(LedgerSession, "after_rollback", lambda session: session.info.pop(_INFO_KEY, None))
