"""The search page's view of a page of hits: beside each hit what the library's hit leaves out
and a reader wants to see (the document's date, the incidents its claim was counted in), read
for the whole page in two queries; and the languages the ledger's documents are written in, for
the page's filter."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select

from harmledger.search import SearchPage
from harmledger.store.incident_tables import IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.store.tables import Document

PER_PAGE = 20


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _marked(snippet: str, match: str) -> dict[str, str]:
    """The snippet cut around its matching word, so the page can mark it."""
    at = snippet.find(match) if match else -1
    if at < 0:
        return {"before": snippet, "word": "", "after": ""}
    end = at + len(match)
    return {"before": snippet[:at], "word": snippet[at:end], "after": snippet[end:]}


def document_languages(ledger: Ledger) -> list[str]:
    """The languages of the ledger's documents, for the language filter."""
    with ledger.reader() as session:
        found = session.scalars(select(Document.lang).distinct().where(Document.lang.is_not(None)))
        return sorted(str(code) for code in found)


def shown_hits(ledger: Ledger, found: SearchPage) -> list[dict[str, Any]]:
    """The page's hits as the page shows them: each hit's fields, its document's publication
    date, and for a claim the incidents that count it."""
    document_ids = {hit.document_id for hit in found.hits}
    claim_ids = [hit.id for hit in found.hits if hit.kind == "claim"]
    incidents: dict[int, list[int]] = defaultdict(list)
    with ledger.reader() as session:
        published = {
            row.id: row.published
            for row in session.execute(
                select(Document.id, Document.published).where(Document.id.in_(document_ids))
            )
        }
        if claim_ids:
            rows = session.execute(
                select(IncidentClaim.claim_id, IncidentClaim.incident_id)
                .where(IncidentClaim.claim_id.in_(claim_ids))
                .order_by(IncidentClaim.incident_id)
            )
            for claim_id, incident_id in rows:
                if incident_id not in incidents[claim_id]:
                    incidents[claim_id].append(incident_id)
    return [
        hit.model_dump()
        | {
            "published": _iso(published.get(hit.document_id)),
            "incidents": incidents.get(hit.id, []) if hit.kind == "claim" else [],
        }
        | _marked(hit.snippet, hit.match)
        for hit in found.hits
    ]
