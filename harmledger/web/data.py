"""Reads shared by the API and the pages, with public mode's rules applied in one place."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger import api
from harmledger.catalog import WITNESS, get_document, list_documents
from harmledger.errors import Invalid, NotFound
from harmledger.publish.base import records
from harmledger.store.ledger import Ledger
from harmledger.store.tables import Document, Source
from harmledger.tally.tally import HEADLINE_GRADES
from harmledger.victims.ledger import find_records
from harmledger.victims.model import SENSITIVE_FIELDS
from harmledger.web.cache import ViewCache
from harmledger.web.queries import recent_events

PUBLIC_HIDDEN_DOCUMENT_FIELDS = ("archive_path", "method")


def acting(ledger: Ledger, username: str) -> Ledger:
    """The same ledger, with decisions logged under the web user's name."""
    return dataclasses.replace(
        ledger, settings=dataclasses.replace(ledger.settings, actor=username)
    )


def parse_grades(grades: str | None) -> tuple[str, ...] | None:
    """``confirmed,fair`` (the headline default), or ``all``."""
    if grades is None or not grades.strip():
        return HEADLINE_GRADES
    if grades.strip() == "all":
        return None
    return tuple(g.strip() for g in grades.split(",") if g.strip())


def tally_rows(
    ledger: Ledger,
    *,
    by: list[str],
    measure: str = "killed",
    category: str = "civilians",
    grades: str | None = None,
    as_of: dt.date | None = None,
    cache: ViewCache | None = None,
    session: Session | None = None,
) -> list[dict[str, Any]]:
    """A tally through the library, cached while the ledger is unchanged when given a cache
    (whose version is read through ``session`` when given: a page reads it once)."""

    def compute() -> list[dict[str, Any]]:
        rows = api.tally(
            ledger=ledger,
            by=by,
            measure=measure,
            category=category,
            grades=parse_grades(grades),
            as_of=as_of,
        )
        return records(rows)

    if cache is None:
        return compute()
    return cache.get(("tally", tuple(by), measure, category, grades, as_of), compute, session)


def public_document(record: dict[str, Any]) -> dict[str, Any]:
    """A document as the public sees it: no archive path, no machine path it was read from
    (only a web address), no names of who ingested or reviewed it."""
    for key in PUBLIC_HIDDEN_DOCUMENT_FIELDS:
        record.pop(key, None)
    if not str(record.get("origin") or "").startswith(("http://", "https://")):
        record["origin"] = record.get("url")
    for event in record.get("custody", []):
        event.pop("actor", None)
    return record


def without_witnesses(session: Session, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims not read from a witness-sourced document: what a public page may quote."""
    ids = {c["document_id"] for c in claims}
    hidden = set(
        session.scalars(
            select(Document.id)
            .join(Source, Document.source_id == Source.id)
            .where(Document.id.in_(ids), Source.type == WITNESS)
        )
    )
    return [c for c in claims if c["document_id"] not in hidden]


def document(ledger: Ledger, document_id: int, *, public: bool) -> dict[str, Any]:
    record = get_document(ledger, document_id)
    if public and record.get("source_type") == WITNESS:  # as if it were not there
        raise NotFound(f"no document with id {document_id}")
    return public_document(record) if public else record


def documents(
    ledger: Ledger, *, public: bool, lang: str | None, limit: int, offset: int, **filters: Any
) -> list[dict[str, Any]]:
    """A page of the document list, public-safe in public mode."""
    items = list_documents(ledger, lang=lang, limit=limit, offset=offset, public=public, **filters)
    return [public_document(item) for item in items] if public else items


def victims(
    ledger: Ledger,
    *,
    query: str | None,
    list_name: str | None = None,
    limit: int = 100,
    public: bool,
    sensitive: bool,
    kind: str = "victims",
) -> list[dict[str, Any]]:
    """Records (of victim lists, or of recovery logs with ``kind="recovery"``) matching
    ``query`` in any script; in public mode only publishable records and never a sensitive
    field, whatever the caller asked."""
    if limit < 1 or limit > 1000:
        raise Invalid("limit must be between 1 and 1000")
    include = sensitive and not public
    records = find_records(
        ledger,
        list_name=list_name,
        query=query,
        limit=limit,
        include_sensitive=include,
        kind=kind,
        publishable_only=public,  # paged in SQL: the limit counts publishable records only
    )
    if public:  # belt and braces: the query already left the others out
        records = [r for r in records if r.get("publishable")]
    if not include:
        records = [{k: v for k, v in r.items() if k not in SENSITIVE_FIELDS} for r in records]
    return records


def person(ledger: Ledger, person_key: str, *, public: bool, sensitive: bool) -> dict[str, Any]:
    """A person with every linked record; public mode keeps publishable records only and hides
    the scored pairs that would name the hidden ones."""
    from harmledger.link.persons.ledger import show_person

    found = show_person(ledger, person_key, include_sensitive=sensitive and not public)
    if public:
        found["records"] = [r for r in found["records"] if r.get("publishable")]
        if not found["records"]:
            raise NotFound(f"no person {person_key!r} in the public record")
        shown = {r["id"] for r in found["records"]}
        found["why"] = [w for w in found["why"] if {w["left"], w["right"]} <= shown]
    return found


def person_candidates(ledger: Ledger, limit: int = 50) -> list[dict[str, Any]]:
    """Uncertain record pairs awaiting a decision ([] before the first linkage run)."""
    from harmledger.link.persons.ledger import review_queue

    try:
        return review_queue(ledger, limit=limit)
    except NotFound:  # no linkage run yet
        return []


def marginal(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Sum a two-way tally over its other grouping. Exact: each incident unit falls in one
    group of each grouping, and min, max and best add up as the tally adds them."""
    totals: dict[Any, dict[str, Any]] = {}
    for row in rows:
        total = totals.setdefault(
            row[key],
            {
                key: row[key],
                "measure": row["measure"],
                "incidents": 0,
                "min": 0,
                "max": 0,
                "best": None,
                "category": row.get("category"),
            },
        )
        total["incidents"] += row["incidents"]
        total["min"] += row["min"]
        total["max"] += row["max"]
        if row["best"] is not None:
            total["best"] = (total["best"] or 0) + row["best"]
    return [totals[k] for k in sorted(totals)]


def headline(counted: list[dict[str, Any]], by_grade: list[dict[str, Any]]) -> dict[str, Any]:
    """The dashboard's headline totals: civilian deaths (min, max) and incidents over the
    headline grades (a one-way tally of them), and incidents recorded in every grade."""
    return {
        "min": sum(row["min"] or 0 for row in counted),
        "max": sum(row["max"] or 0 for row in counted),
        "incidents": sum(row["incidents"] or 0 for row in counted),
        "all_incidents": sum(row["incidents"] or 0 for row in by_grade),
    }


_PUBLIC_SUBJECT = re.compile(r"^(claim|incident|document|extractor):[\w.\-]+$|^incidents$")


def log_events(ledger: Ledger, *, public: bool, limit: int = 100) -> list[dict[str, Any]]:
    """The newest custody events. The public sees that something happened, when, and its hash,
    never who did it, why (reasons can name private lists or people), or whom it concerned
    unless that is a public record (a claim, an incident, a document)."""
    with ledger.reader() as session:
        events = recent_events(session, limit=limit)
    if not public:
        return events
    return [
        {
            "id": e["id"],
            "at": e["at"],
            "action": e["action"],
            "subject": e["subject"] if _PUBLIC_SUBJECT.match(e["subject"] or "") else "",
            "hash": e["hash"],
        }
        for e in events
    ]
