"""The source registry: types and affiliations are data a monitoring team edits.

Setting a source's type (``harmledger sources set "Raqqa Civil Defence" --type responder``)
changes how its claims are weighed and compared from then on; the change is logged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from harmledger.errors import Invalid
from harmledger.store.custody import append_event
from harmledger.store.derived import touched
from harmledger.store.ledger import Ledger
from harmledger.store.tables import SOURCE_TYPES, Document, Source


def list_sources(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.reader() as session:
        counts = dict(
            (source_id, n)
            for source_id, n in session.execute(
                select(Document.source_id, func.count(Document.id)).group_by(Document.source_id)
            )
        )
        return [
            {
                "id": s.id,
                "name": s.name,
                "type": s.type,
                "affiliation": s.affiliation,
                "documents": counts.get(s.id, 0),
            }
            for s in session.scalars(select(Source).order_by(Source.name))
        ]


def set_source(
    ledger: Ledger, name: str, *, source_type: str | None = None, affiliation: str | None = None
) -> dict[str, Any]:
    """Create or update a source's type and affiliation (the previous values go to the log)."""
    if source_type is not None and source_type not in SOURCE_TYPES:
        raise Invalid(f"source type {source_type!r}: use one of {', '.join(SOURCE_TYPES)}")
    if not name.strip():
        raise Invalid("a source needs a name")
    with ledger.session() as session:
        source = session.scalars(select(Source).where(Source.name == name.strip())).first()
        before = {"type": source.type, "affiliation": source.affiliation} if source else None
        if source is None:
            source = Source(
                name=name.strip(), type=source_type or "other", created_at=dt.datetime.now(dt.UTC)
            )
            session.add(source)
        if source_type is not None:
            if before is None or before["type"] != source_type:
                # whose figure is a belligerent's own depends on types: refresh every incident
                touched(session).everything = True
            source.type = source_type
        if affiliation is not None:
            source.affiliation = affiliation or None
        session.flush()
        after = {"type": source.type, "affiliation": source.affiliation}
        append_event(
            session,
            actor=ledger.settings.actor,
            action="set_source",
            subject=f"source:{source.id}",
            details={"name": source.name, "before": before, "after": after},
        )
        return {"id": source.id, "name": source.name, **after}
