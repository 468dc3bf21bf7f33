"""Build documents and claims directly, so incident tests do not depend on the extractor."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow, Document, Extraction, Source

RAQQA = {
    "place": "geonames:172955",
    "place_name": "Ar Raqqah",
    "latitude": 35.95283,
    "longitude": 39.00788,
}
MOSUL = {
    "place": "geonames:99072",
    "place_name": "Mosul",
    "latitude": 36.335,
    "longitude": 43.11889,
}
# a user-gazetteer neighbourhood 2 km from the centre of Raqqa
RAQQA_NEIGHBOURHOOD = {
    "place": "user:old-city",
    "place_name": "Old City",
    "latitude": 35.96,
    "longitude": 39.02,
}

_counter = {"n": 0}


def add_document(
    ledger: Ledger,
    claims: list[dict[str, Any]],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    source_type: str = "news",
    retrieved_at: dt.datetime | None = None,
    lang: str = "en",
) -> tuple[int, list[int]]:
    """One document with the given claims (dicts of claim fields); returns (document id, claim ids)."""
    _counter["n"] += 1
    text = " ".join(c.get("quote", "x") for c in claims) or "empty"
    now = retrieved_at or dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        source_row = None
        if source:
            source_row = session.query(Source).filter_by(name=source).first() or Source(
                name=source, type=source_type, created_at=now
            )
        document = Document(
            sha256=hashlib.sha256(f"{text}{_counter['n']}".encode()).hexdigest(),
            part=0,
            size=len(text),
            media_type="text/plain",
            origin="test",
            method="file",
            retrieved_at=now,
            source=source_row,
            published=published,
            published_precision="day" if published else None,
            lang=lang,
            lang_confidence=1.0,
            lang_source="user",
            text=text,
            text_sha256="0" * 64,
        )
        session.add(document)
        session.flush()
        extraction = Extraction(
            document_id=document.id,
            extractor_version="test",
            extracted_at=now,
            current=True,
            claim_count=len(claims),
        )
        session.add(extraction)
        session.flush()
        ids = []
        position = 0
        for spec in claims:
            quote = spec.get("quote", "x")
            values = {
                "kind": "casualty",
                "measure": "killed",
                "who": "civilians",
                "who_text": None,
                "low": None,
                "high": None,
                "qualifier": "exact",
                "start": position,
                "end": position + len(quote),
                "quote": quote,
                "speaker": None,
                "attribution_chain": [],
                "perpetrator": None,
                "weapon": None,
                "place": None,
                "place_name": None,
                "latitude": None,
                "longitude": None,
                "period_start": None,
                "period_end": None,
                "confidence": 0.9,
                "negated": False,
                "lang": lang,
            } | spec
            position += len(quote) + 1
            row = ClaimRow(extraction_id=extraction.id, document_id=document.id, **values)
            session.add(row)
            session.flush()
            ids.append(row.id)
        return document.id, ids
