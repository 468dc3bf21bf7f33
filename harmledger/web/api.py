"""The JSON API under ``/api/``: what the pages show, the review action, and exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field

from harmledger import api
from harmledger.assess.views import incident_detail
from harmledger.claims.queries import claim_batches
from harmledger.errors import Invalid
from harmledger.publish.claims import ClaimPage
from harmledger.publish.decisions import ClaimReviewed, GradeSet
from harmledger.publish.documents import DocumentDetail, DocumentPage
from harmledger.publish.incident_list import IncidentFilters, incident_batches, page_bounds
from harmledger.publish.incidents import IncidentDetail, IncidentPage
from harmledger.publish.results import Comparison, EstimateView, TallyRow
from harmledger.publish.victims import (
    IncidentVictims,
    PairDecisionRecord,
    PersonCandidate,
    PersonView,
    VictimView,
)
from harmledger.search import SearchPage
from harmledger.web import admin, data, exports, link_review, map_view
from harmledger.web.ids import ClaimId, DocumentId, IncidentId
from harmledger.web.mapping import MAX_ZOOM, base_geojson
from harmledger.web.queries import incident_page
from harmledger.web.schemas import BaseLayer, LoggedIn, LoggedOut, MapFeatures, SessionView
from harmledger.web.security import (
    CSRF_HEADER,
    check_csrf,
    client_address,
    csrf_token,
    current_user,
    end_session,
    include_sensitive,
    require_reader,
    require_role,
    start_session,
    state,
)
from harmledger.web.users import authenticate
from harmledger.web.victim_queries import MAX_VICTIMS, incident_victims, known_refs

router = APIRouter(prefix="/api")
Reader = Annotated[dict[str, Any] | None, Depends(require_reader)]
CsrfHeader = Annotated[str | None, Header(alias=CSRF_HEADER)]


class Credentials(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class GradeChange(BaseModel):
    grade: Literal["confirmed", "fair", "weak", "contested", "discounted"] | None
    reason: str = Field(min_length=1, max_length=5000)


class PairReview(BaseModel):
    left: int
    right: int
    decision: Literal["same", "different", "unsure"]
    reason: str = Field(min_length=1, max_length=5000)


class Review(BaseModel):
    decision: Literal["confirm", "correct", "reject"]
    reason: str = Field(min_length=1, max_length=5000)
    corrections: dict[str, Any] | None = None


def incident_filters(
    period: str | None = None,
    place: str | None = None,
    perpetrator: str | None = None,
    grade: str | None = None,
    kind: str | None = None,
    q: str | None = None,
    sort: str = "id",
) -> IncidentFilters:
    return IncidentFilters(period, place, perpetrator, grade, kind, q, sort)


Filters = Annotated[IncidentFilters, Depends(incident_filters)]


@router.get("/session", tags=["access"], response_model_exclude_unset=True)
def session_info(request: Request) -> SessionView:
    """Who you are, the mode, and the CSRF token to send as ``X-CSRF-Token``."""
    user = None if state(request).public else current_user(request)
    return SessionView.of(
        {"public": state(request).public, "user": user, "csrf_token": csrf_token(request)}
    )


@router.post("/login", tags=["access"], response_model_exclude_unset=True)
def login(request: Request, credentials: Credentials, token: CsrfHeader = None) -> LoggedIn:
    web = state(request)
    if web.public:
        raise HTTPException(403, "the public site has no logins")
    check_csrf(request, token)
    address = client_address(request)
    if web.throttle.blocked(credentials.username, address):
        raise HTTPException(429, "too many failed logins; try again in 15 minutes")
    user = authenticate(web.ledger, credentials.username, credentials.password)
    if user is None:
        web.throttle.failed(credentials.username, address)
        raise HTTPException(401, "wrong username or password")
    web.throttle.succeeded(credentials.username, address)
    start_session(request, user["username"])
    return LoggedIn.of({"user": user, "csrf_token": csrf_token(request)})


@router.post("/logout", tags=["access"], response_model_exclude_unset=True)
def logout(request: Request, token: CsrfHeader = None) -> LoggedOut:
    check_csrf(request, token)
    end_session(request)
    return LoggedOut(user=None)


@router.get("/incidents", tags=["incidents"], response_model_exclude_unset=True)
def incidents(
    request: Request,
    _: Reader,
    filters: Filters,
    page: int = 1,
    per_page: int = 25,
) -> IncidentPage:
    """Incidents, filtered (period ``2017-06`` or ``FROM..TO``, place, perpetrator, grade, kind,
    free text ``q``), sorted (id, date, -date, name) and paginated."""
    web = state(request)
    with web.ledger.reader() as session:
        found = incident_page(session, filters, page=page, per_page=per_page, cache=web.cache)
    return IncidentPage.of(found)


@router.get("/incidents/{incident_id}", tags=["incidents"], response_model_exclude_unset=True)
def incident(request: Request, _: Reader, incident_id: IncidentId) -> IncidentDetail:
    """One incident: figures, the claims behind them (quote, speaker, chain), assessments, and
    its victims (the first 500 of ``victims_total``; all of them at ``/victims``)."""
    web = state(request)
    with web.ledger.reader() as session:
        known = known_refs(web.ledger, web.cache, session)
        detail = incident_detail(session, incident_id)
        if web.public:  # a witness's statement stays in the ledger; the figures keep it
            detail["claim_details"] = data.without_witnesses(session, detail["claim_details"])
        found = incident_victims(
            session,
            incident_id,
            public=web.public,
            sensitive=include_sensitive(request),
            known=known,
        )
    return IncidentDetail.of(detail | {"victims": found["items"], "victims_total": found["total"]})


@router.get(
    "/incidents/{incident_id}/victims", tags=["incidents"], response_model_exclude_unset=True
)
def victims_of_incident(
    request: Request, _: Reader, incident_id: IncidentId, page: int = 1, per_page: int = 100
) -> IncidentVictims:
    """Victim records whose ``incident_ref`` names the incident (its id, ``incident:ID`` or the
    id of the dataset it came from), each with its linked person; public mode shows publishable
    records only, without sensitive fields."""
    if per_page > MAX_VICTIMS:
        raise HTTPException(400, f"per_page must be between 1 and {MAX_VICTIMS}")
    offset, limit = page_bounds(page, per_page)
    web = state(request)
    with web.ledger.reader() as session:
        known = known_refs(web.ledger, web.cache, session)
        found = incident_victims(
            session,
            incident_id,
            public=web.public,
            sensitive=include_sensitive(request),
            limit=limit,
            offset=offset,
            known=known,
        )
    return IncidentVictims.of(found | {"page": page, "per_page": per_page})


@router.post(
    "/incidents/{incident_id}/grade", tags=["incidents"], response_model_exclude_unset=True
)
def grade(
    request: Request, incident_id: IncidentId, body: GradeChange, token: CsrfHeader = None
) -> GradeSet:
    """Set an analyst's grade with a reason (``null`` hands grading back to the rules)."""
    user = require_role(request, "analyst")
    check_csrf(request, token)
    ledger = data.acting(state(request).ledger, user["username"])
    return api.grade(incident_id, body.grade, body.reason, ledger=ledger)


@router.get("/documents", tags=["documents"], response_model_exclude_unset=True)
def documents(
    request: Request,
    _: Reader,
    lang: str | None = None,
    source: str | None = None,
    page: int = 1,
    per_page: int = 25,
) -> DocumentPage:
    offset, limit = page_bounds(page, per_page)
    web = state(request)
    items = data.documents(
        web.ledger, public=web.public, lang=lang, source=source, limit=limit, offset=offset
    )
    return DocumentPage.of({"items": items, "page": page, "per_page": per_page})


@router.get("/documents/{document_id}", tags=["documents"], response_model_exclude_unset=True)
def document(request: Request, _: Reader, document_id: DocumentId) -> DocumentDetail:
    """A document's text, metadata, archive hash and custody events."""
    web = state(request)
    return DocumentDetail.of(data.document(web.ledger, document_id, public=web.public))


@router.get("/search", tags=["search"], response_model_exclude_unset=True)
def search(
    request: Request,
    _: Reader,
    q: str = "",
    kind: str | None = None,
    lang: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchPage:
    """Full-text search over documents and current casualty claims (by their quote), best
    first: every word of ``q`` must be found, a ``"quoted phrase"`` in order, folded as the
    CLI's ``harmledger search`` folds (case, accents, Arabic marks and clitics). ``kind``
    (document or claim) and ``lang`` filter; ``limit`` (1-1000) and ``offset`` page. The
    public site never finds a witness-sourced document or its claims."""
    web = state(request)
    return api.search(
        q, ledger=web.ledger, kind=kind, lang=lang, limit=limit, offset=offset, public=web.public
    )


@router.get("/claims", tags=["claims"], response_model_exclude_unset=True)
def claims(
    request: Request,
    _: Reader,
    document_id: int | None = None,
    kind: str | None = None,
    measure: str | None = None,
    page: int = 1,
    per_page: int = 100,
) -> ClaimPage:
    """Stored claims of the current extractor, in document and text order, paged in SQL (on
    a public site, none read from a witness's statement)."""
    page_bounds(page, per_page)  # the web's limits on a page
    return api.claim_page(
        ledger=state(request).ledger,
        public=state(request).public,
        page=page,
        per_page=per_page,
        document_id=document_id,
        kind=kind,
        measure=measure,
    )


@router.post("/claims/{claim_id}/review", tags=["claims"], response_model_exclude_unset=True)
def review(
    request: Request, claim_id: ClaimId, body: Review, token: CsrfHeader = None
) -> ClaimReviewed:
    """Confirm, correct or reject a claim with a reason (analysts; logged in the custody log)."""
    user = require_role(request, "analyst")
    check_csrf(request, token)
    ledger = data.acting(state(request).ledger, user["username"])
    return api.review(
        claim_id, body.decision, body.reason, corrections=body.corrections, ledger=ledger
    )


@router.get("/tally", tags=["tally"], response_model_exclude_unset=True)
def tally(
    request: Request,
    _: Reader,
    by: Annotated[list[str], Query()] = ["belligerent"],  # noqa: B006  (FastAPI query default)
    measure: str = "killed",
    category: str = "civilians",
    grades: str | None = None,
    as_of: dt.date | None = None,
) -> list[TallyRow]:
    """Min/max totals by belligerent, month, year, place, grade...; ``grades=all`` counts every
    grade (the default counts confirmed and fair, as monitors' headline tallies do)."""
    return TallyRow.all_of(
        data.tally_rows(
            state(request).ledger,
            by=by,
            measure=measure,
            category=category,
            grades=grades,
            as_of=as_of,
            cache=state(request).cache,
        )
    )


@router.get("/compare", tags=["tally"], response_model_exclude_unset=True)
def comparison(
    request: Request, _: Reader, incident_id: IncidentId | None = None, place: str | None = None
) -> Comparison:
    """Belligerent admissions versus monitor tallies versus bodies recovered."""
    return api.compare(ledger=state(request).ledger, incident_id=incident_id, place=place)


@router.get("/victims", tags=["victims"], response_model_exclude_unset=True)
def victims(
    request: Request,
    _: Reader,
    q: str | None = None,
    list_name: Annotated[str | None, Query(alias="list")] = None,
    limit: int = 100,
) -> list[VictimView]:
    """Victim records whose names match ``q`` in any script ("Marwan" finds مروان), best match
    first: the name as typed, then whole name parts, then fewer name parts (as /victims)."""
    web = state(request)
    return VictimView.all_of(
        data.victims(
            web.ledger,
            query=q,
            list_name=list_name,
            limit=limit,
            public=web.public,
            sensitive=include_sensitive(request),
        )
    )


@router.get("/persons/candidates", tags=["victims"], response_model_exclude_unset=True)
def person_candidates(request: Request, limit: int = 50) -> list[PersonCandidate]:
    """Record pairs the linkage was unsure about, for a reviewer (analysts)."""
    require_role(request, "analyst")
    return PersonCandidate.all_of(data.person_candidates(state(request).ledger, limit=limit))


@router.post("/persons/review", tags=["victims"], response_model_exclude_unset=True)
def person_review(
    request: Request, body: PairReview, token: CsrfHeader = None
) -> PairDecisionRecord:
    """Decide whether two records are the same person, with a reason (analysts)."""
    from harmledger.link.persons.ledger import decide_pair

    user = require_role(request, "analyst")
    check_csrf(request, token)
    ledger = data.acting(state(request).ledger, user["username"])
    return PairDecisionRecord.of(
        decide_pair(ledger, body.left, body.right, body.decision, body.reason)
    )


@router.get("/persons/{person_key}", tags=["victims"], response_model_exclude_unset=True)
def person(request: Request, _: Reader, person_key: str) -> PersonView:
    """A person (a cluster of records of the current linkage run) with every linked record."""
    web = state(request)
    return PersonView.of(
        data.person(web.ledger, person_key, public=web.public, sensitive=include_sensitive(request))
    )


@router.get("/estimates", tags=["estimates"], response_model_exclude_unset=True)
def estimates(
    request: Request,
    _: Reader,
    lists: Annotated[list[str], Query()],
    method: str = "chapman",
) -> EstimateView:
    """Multiple systems estimation over linked persons of the given lists: the capture table
    and the estimate with its 95% interval (``lists`` repeated, at least two)."""
    from harmledger.web.estimates import estimate_view

    web = state(request)
    return EstimateView.of(
        estimate_view(web.ledger, lists, method, public=web.public, cache=web.cache)
    )


@router.get("/map", tags=["incidents"], response_model_exclude_unset=True)
def incident_map(
    request: Request,
    _: Reader,
    filters: Filters,
    bbox: str | None = None,
    zoom: int | None = None,
    cover: bool = False,
) -> MapFeatures:
    """The map's view (``bbox=west,south,east,north``, ``zoom``; by default the matching
    incidents' extent at the zoom that fits it): clusters below zoom 10, incidents one by
    one when zoomed in, never more than a few hundred features. The view is a 720×420 canvas
    centred on the box; ``cover=true`` takes the box itself (up to 4096 pixels a side at the
    zoom), as the interactive map does for its window."""
    web = state(request)
    with web.ledger.reader() as session:
        view, found = map_view.bounded(session, filters, bbox, zoom, cache=web.cache, cover=cover)
    return MapFeatures.of(found | {"bbox": view.bbox, "zoom": view.zoom})


@router.get("/map/base", tags=["incidents"])
def map_base(request: Request, _: Reader, bbox: str, zoom: int) -> BaseLayer:
    """The offline base layer of a view as GeoJSON (graticule lines and gazetteer towns, no
    ledger data): what the interactive map draws when no tile server answers."""
    box = map_view.parse_bbox(bbox)
    if not map_view.MIN_ZOOM <= zoom <= MAX_ZOOM:
        raise Invalid(f"zoom must be between {map_view.MIN_ZOOM} and {MAX_ZOOM}")
    return BaseLayer.of(base_geojson(box, zoom))


@router.get("/export/{dataset}.{fmt}", tags=["exports"], responses=exports.RESPONSES)
def export(
    request: Request,
    _: Reader,
    dataset: Literal["incidents", "claims", "victims", "tally"],
    fmt: Literal["csv", "json", "geojson"],
    filters: Filters,
    by: Annotated[list[str], Query()] = ["belligerent"],  # noqa: B006  (FastAPI query default)
    grades: str | None = None,
    bom: bool = True,
) -> Response:
    """Incidents, claims, victims or a tally as CSV or JSON; incidents also as GeoJSON.

    CSV starts with a UTF-8 byte-order mark so spreadsheet programs read Arabic right (turn it
    off with ``bom=false``); cells a spreadsheet would run as formulas are neutralised."""
    web = state(request)
    if fmt == "geojson" and dataset != "incidents":
        raise HTTPException(400, "GeoJSON is available for incidents only")
    columns = exports.empty_columns(dataset, by)
    headers = {"Content-Disposition": f'attachment; filename="harmledger-{dataset}.{fmt}"'}
    if dataset == "tally":  # a few rows per grouping, cached: written whole
        rows = exports.published(
            dataset, data.tally_rows(web.ledger, by=by, grades=grades, cache=web.cache)
        )
        # its groupings first, in the order asked, as in the CLI's CSV
        rows = [{name: row.get(name) for name in columns} for row in rows]
        body = exports.render(rows, fmt, columns=columns, bom=bom)
        return Response(body, media_type=exports.MEDIA_TYPES[fmt], headers=headers)
    # the rest stream from the database a batch at a time: a batch in memory, not the export
    batches: Iterator[list[dict[str, Any]]]
    if dataset == "incidents":
        batches = incident_batches(web.ledger, filters)
    elif dataset == "claims":
        batches = claim_batches(web.ledger, public=web.public)
    else:  # at most 1000 records, as the victim list shows (publishable only in public mode)
        found = data.victims(
            web.ledger,
            query=filters.q,
            limit=1000,
            public=web.public,
            sensitive=include_sensitive(request),
        )
        batches = iter([found])
    body_parts = exports.stream(batches, dataset, fmt, columns=columns, bom=bom)
    return StreamingResponse(body_parts, media_type=exports.MEDIA_TYPES[fmt], headers=headers)


router.include_router(link_review.router)
router.include_router(admin.router)
