"""The append-only, hash-chained custody and decision log.

Each event's hash covers its content and the previous event's hash, so editing, deleting or
reordering any past event breaks the chain at that point, and :func:`verify_chain` says where.
Ingestion writes here now; later stages record every human decision (merge, grade, review) here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from harmledger.store.tables import CustodyEvent

GENESIS_HASH = "0" * 64
_PG_LOCK_KEY = 0x4841524D  # "HARM": one advisory lock for appends to the chain


def _canonical_time(moment: dt.datetime) -> str:
    if moment.tzinfo is None:  # SQLite returns naive datetimes; we only ever store UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def event_hash(
    *,
    prev_hash: str,
    occurred_at: dt.datetime,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any],
) -> str:
    """SHA-256 over a canonical JSON rendering of one event and its predecessor's hash."""
    payload = json.dumps(
        {
            "prev": prev_hash,
            "at": _canonical_time(occurred_at),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hold_chain(session: Session) -> None:
    """Take the chain's append lock now (PostgreSQL; SQLite writers already queue), so that what
    this transaction reads next sees every commit of events appended before its own."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def append_event(
    session: Session, *, actor: str, action: str, subject: str, details: dict[str, Any]
) -> CustodyEvent:
    """Append one event after the current head of the chain, inside the caller's transaction."""
    hold_chain(session)
    head = session.scalars(select(CustodyEvent).order_by(CustodyEvent.id.desc()).limit(1)).first()
    prev_hash = head.hash if head else GENESIS_HASH
    occurred_at = dt.datetime.now(dt.UTC)
    details = json.loads(json.dumps(details, default=str))  # store exactly what we hash
    event = CustodyEvent(
        occurred_at=occurred_at,
        actor=actor,
        action=action,
        subject=subject,
        details=details,
        prev_hash=prev_hash,
        hash=event_hash(
            prev_hash=prev_hash,
            occurred_at=occurred_at,
            actor=actor,
            action=action,
            subject=subject,
            details=details,
        ),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainProblem:
    """One break in the chain: which event and what is wrong with it."""

    event_id: int
    problem: str


def iter_events(session: Session, batch: int = 1000) -> Iterator[CustodyEvent]:
    """Every event in chain order, fetched in batches."""
    last_id = 0
    while True:
        rows = session.scalars(
            select(CustodyEvent)
            .where(CustodyEvent.id > last_id)
            .order_by(CustodyEvent.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def verify_chain(session: Session) -> tuple[int, list[ChainProblem]]:
    """Recompute every hash; return the number of events checked and each problem found."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    count = 0
    for event in iter_events(session):
        count += 1
        if event.prev_hash != expected_prev:
            problems.append(
                ChainProblem(
                    event.id,
                    f"custody event {event.id} ({event.action} {event.subject}) does not follow "
                    "the previous event: an event before it was removed, inserted or edited",
                )
            )
        recomputed = event_hash(
            prev_hash=event.prev_hash,
            occurred_at=event.occurred_at,
            actor=event.actor,
            action=event.action,
            subject=event.subject,
            details=event.details,
        )
        if recomputed != event.hash:
            problems.append(
                ChainProblem(
                    event.id,
                    f"custody event {event.id} ({event.action} {event.subject}) was altered: its "
                    f"content hashes to {recomputed[:12]}…, the chain recorded {event.hash[:12]}…",
                )
            )
        expected_prev = event.hash
    return count, problems
