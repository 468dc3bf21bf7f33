"""The "download CSV" buttons: each list page's result under its current filters, and each
incident page's claims, as a spreadsheet opens them.

Every file is written by the project's one CSV writer (:func:`harmledger.publish.csv_writer.
write_csv`: a byte-order mark so Arabic reads right, formula cells neutralised, lists joined
with ``; ``), one flat row per thing the page lists. A download follows the page's rules: never
a sensitive field, and on a public site nothing the public page hides (witness-sourced
documents and claims, records of lists that are not publishable, who ingested what).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from harmledger.assess.views import incident_detail
from harmledger.catalog import get_document
from harmledger.claims.queries import CLAIM_FIELDS, list_claims
from harmledger.publish import exports
from harmledger.publish.csv_writer import write_csv
from harmledger.victims.model import SENSITIVE_FIELDS
from harmledger.web import data, incident_view
from harmledger.web.ids import DocumentId, IncidentId
from harmledger.web.pages import Reader
from harmledger.web.security import state
from harmledger.web.victim_queries import person_page

router = APIRouter(include_in_schema=False)

EXPORT_LIMIT = 100_000  # rows of a list download, as the victims export
RECOVERY_LIMIT = 1000  # the most bodies the recovery search reads at once

DOCUMENT_COLUMNS = ("id", "title", "lang", "source", "published", "origin", "media_type", "sha256")
PERSON_COLUMNS = ("person", "names", "records", "lists", "incidents")
RECOVERY_COLUMNS = (
    "id", "list", "record_key", "name", "name_latin", "recovery_site", "date_recovered",
    "state_of_remains", "identification_status", "sample_id", "sex", "age_band",
    "probable_cause", "perpetrator", "attribution_certainty", "incident_ref", "notes",
    "publishable",
)  # fmt: skip
CLAIM_COLUMNS = (
    "incident_id", "claim_id", "measure", "who", "low", "high", "qualifier", "speaker",
    "attribution_chain", "origin", "source_type", "perpetrator", "weapon", "place_name",
    "latitude", "longitude", "review", "linked_by", "document_id", "publisher",
    "published", "document_lang", "url", "quote",
)  # fmt: skip


def csv_response(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], filename: str, *, public: bool
) -> Response:
    """``rows`` as a CSV attachment; on a public site without the ``publishable`` column
    (every row there is publishable) and, on any site, without a sensitive field."""
    names = [
        c for c in columns if c not in SENSITIVE_FIELDS and not (public and c == "publishable")
    ]
    return Response(
        write_csv(rows, names, bom=True),
        media_type=exports.MEDIA_TYPES["csv"],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/documents/export.csv")
def documents_csv(request: Request, _: Reader, doc_lang: str | None = None) -> Response:
    """The documents page's list (of one language with ``doc_lang``), every page of it."""
    web = state(request)
    rows = data.documents(
        web.ledger, public=web.public, lang=doc_lang or None, limit=EXPORT_LIMIT, offset=0
    )
    return csv_response(rows, DOCUMENT_COLUMNS, "documents.csv", public=web.public)


@router.get("/documents/{document_id}/claims.csv")
def document_claims_csv(request: Request, _: Reader, document_id: DocumentId) -> Response:
    """The claims a document page marks in its text (a witness's document is not found on a
    public site, so neither are its claims)."""
    web = state(request)
    data.document(web.ledger, document_id, public=web.public)  # 404 where the page is
    rows = list_claims(web.ledger, document_id=document_id, public=web.public)
    columns = ("id", "document_id", *CLAIM_FIELDS, "reading_confidence")
    return csv_response(rows, columns, f"document-{document_id}-claims.csv", public=web.public)


@router.get("/persons/export.csv")
def persons_csv(request: Request, _: Reader) -> Response:
    """The persons page's list: each person's key, names, number of records, lists and
    incidents (publishable records only on a public site)."""
    web = state(request)
    with web.ledger.reader() as session:
        found = person_page(session, public=web.public, page=1, per_page=EXPORT_LIMIT)
    rows = [
        {
            "person": person["key"],
            "names": person["names"],
            "records": len(person["records"]),
            "lists": person["lists"],
            "incidents": person["incidents"],
        }
        for person in found["items"]
    ]
    return csv_response(rows, PERSON_COLUMNS, "persons.csv", public=web.public)


@router.get("/recoveries/export.csv")
def recoveries_csv(
    request: Request, _: Reader, log: str | None = None, q: str | None = None
) -> Response:
    """The recoveries page's bodies (of one log with ``log``, matching the name ``q``)."""
    web = state(request)
    rows = data.victims(
        web.ledger,
        query=q or None,
        list_name=log or None,
        limit=RECOVERY_LIMIT,
        public=web.public,
        sensitive=False,
        kind="recovery",
    )
    return csv_response(rows, RECOVERY_COLUMNS, "recoveries.csv", public=web.public)


@router.get("/incidents/{incident_id}/export.csv")
def incident_csv(request: Request, _: Reader, incident_id: IncidentId) -> Response:
    """An incident page's claims, one row each, with the source each was read from (who
    published it, when, in which language, its web address) and the quote; on a public site
    none read from a witness's statement, as on the page."""
    web = state(request)
    with web.ledger.reader() as session:
        detail = incident_detail(session, incident_id)
        claims = detail["claim_details"]
        if web.public:
            claims = data.without_witnesses(session, claims)
    documents = {i: get_document(web.ledger, i) for i in sorted({c["document_id"] for c in claims})}
    split = incident_view.sources(documents, claims)
    sources = {s["id"]: s for s in split["belligerent"] + split["others"]}
    rows = []
    for claim in claims:
        source = sources[claim["document_id"]]
        rows.append(
            claim
            | {
                "incident_id": incident_id,
                "claim_id": claim["id"],
                "publisher": source["publisher"],
                "published": source["published"],
                "document_lang": source["lang"],
                "url": source["url"],
            }
        )
    return csv_response(rows, CLAIM_COLUMNS, f"incident-{incident_id}.csv", public=web.public)
