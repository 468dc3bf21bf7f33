"""Server-rendered pages: dashboard, incidents, documents, search, victims, review queue, log,
map."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from harmledger import api
from harmledger.assess.views import incident_detail, incident_detail_with_claims
from harmledger.claims.queries import list_claims
from harmledger.errors import HarmledgerError, Invalid
from harmledger.link.incidents.review_queue import incident_link_candidates
from harmledger.publish import exports
from harmledger.publish.csv_writer import write_csv
from harmledger.publish.incident_list import IncidentFilters, page_bounds
from harmledger.search.index import KINDS
from harmledger.search.parse import parse
from harmledger.store.ledger import Ledger
from harmledger.tally.compare import compare
from harmledger.victims.search import (
    VictimFilters,
    all_matching,
    facet_counts,
    search_victims,
)
from harmledger.web import data, incident_view, language, map_view, render, search_view
from harmledger.web.api import Filters
from harmledger.web.ids import DocumentId, IncidentId
from harmledger.web.mapping import incident_map
from harmledger.web.queries import (
    claim_reviews,
    claim_spans,
    incident_page,
    page_documents,
    unreviewed_claims,
)
from harmledger.web.security import (
    CSRF_FIELD,
    csrf_token,
    current_user,
    include_sensitive,
    require_reader,
    require_role,
    state,
)
from harmledger.web.victim_queries import (
    add_links,
    incident_victims,
    known_refs,
    person_page,
    readable_evidence,
    records_by_id,
)

router = APIRouter(include_in_schema=False)
Reader = Annotated[dict[str, Any] | None, Depends(require_reader)]


def _page_number(page: int | None = None, page_number: int = 1) -> int:
    """The page asked for: ``page`` as the API names it, else the pages' own ``page_number``;
    a number under either name is checked (400 when out of range), never silently dropped."""
    return page_number if page is None else page


PageNumber = Annotated[int, Depends(_page_number)]


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    web = state(request)
    context |= {
        "public": web.public,
        "user": None if web.public else current_user(request),
        "csrf_token": csrf_token(request),
        "csrf_field": CSRF_FIELD,
    }
    templates = request.app.state.templates
    response = templates.TemplateResponse(request, template, context, status_code=status_code)
    return language.remember(request, response)


def _map(request: Request, incidents: list[dict[str, Any]]) -> dict[str, Any]:
    """The incident map over the offline base layer, with the configured tiles under it."""
    settings = state(request).ledger.settings
    return incident_map(incidents, tiles=settings.map_tiles, attribution=settings.map_attribution)


def _campaign_id(ledger: Ledger, chosen: int | None) -> int | None:
    if chosen is not None:
        return chosen
    with ledger.reader() as session:
        found = incident_page(session, IncidentFilters(kind="aggregate"), per_page=1)["items"]
    return found[0]["id"] if found else None


@router.get("/")
def dashboard(request: Request, _: Reader, campaign: IncidentId | None = None) -> Response:
    web = state(request)
    ledger = web.ledger

    def comparison() -> dict[str, Any] | None:
        campaign_id = _campaign_id(ledger, campaign)
        if campaign_id is None:
            return None
        with ledger.reader() as reader:
            found = compare(reader, incident_id=campaign_id)
            found["incident"] = incident_detail(reader, campaign_id)
        found["chart"] = render.comparison_bars(found["figures"])
        return found

    with ledger.reader() as session:  # the ledger's version, read once for the three views
        # one pass over the ledger for both headline charts (a tally reads every claim)
        two_way = data.tally_rows(
            ledger, by=["month", "belligerent"], cache=web.cache, session=session
        )
        by_grade = data.tally_rows(
            ledger, by=["grade"], grades="all", cache=web.cache, session=session
        )
        compared = web.cache.get(("dashboard-compare", campaign), comparison, session)
    by_month = data.marginal(two_way, "month")
    by_belligerent = data.marginal(two_way, "belligerent")

    return page(
        request,
        "dashboard.html",
        headline=data.headline(by_belligerent, by_grade),
        charts=[
            ("chart_by_month", render.bars(by_month, "month")),
            ("chart_by_belligerent", render.bars(by_belligerent, "belligerent")),
            ("chart_by_grade", render.bars(by_grade, "grade")),
        ],
        comparison=compared,
    )


@router.get("/incidents")
def incidents(
    request: Request, _: Reader, filters: Filters, page_number: PageNumber, per_page: int = 25
) -> Response:
    web = state(request)
    with web.ledger.reader() as session:
        found = incident_page(
            session, filters, page=page_number, per_page=per_page, cache=web.cache
        )
    for item in found["items"]:
        item["default_name"] = incident_view.default_name(item)
    query = {k: v for k, v in vars(filters).items() if v}
    pages = max(1, -(-found["total"] // per_page))

    def link(number: int) -> str:
        return "/incidents?" + urlencode(query | {"page_number": number, "per_page": per_page})

    return page(
        request,
        "incidents.html",
        found=found,
        filters=filters,
        pages=pages,
        previous=link(page_number - 1) if page_number > 1 else None,
        following=link(page_number + 1) if page_number < pages else None,
    )


def _documents(session: Session, claims: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The documents the claims were read from, each read once for the whole page."""
    return page_documents(session, {c["document_id"] for c in claims})


def _quotes(
    session: Session, claims: list[dict[str, Any]], documents: dict[int, dict[str, Any]]
) -> dict[int, dict[str, Any]]:
    """Each claim's quote inside its sentence, in the claim's language (else the document's)."""
    spans = claim_spans(session, {c["id"] for c in claims})
    quoted = {}
    for claim in claims:
        document = documents[claim["document_id"]]
        start, end, claim_lang = spans.get(claim["id"], (0, 0, None))
        lang = claim_lang or document["lang"]
        before, quote, after = render.sentence_around(document["text"] or "", start, end)
        quoted[claim["id"]] = {
            "before": before,
            "quote": quote or claim["quote"],
            "after": after,
            "lang": lang,
            "dir": render.direction(before + quote + after, lang),
            "document_title": document["title"],
        }
    return quoted


def _incident_parts(
    session: Session, detail: dict[str, Any], comparison: dict[str, Any], victims: dict[str, Any]
) -> dict[str, Any]:
    """What the incident page and its printable report both show, from one incident's detail,
    comparison and victims: sources, statements, voices, casualties, quotes, victims (read in
    the page's one transaction)."""
    for record in victims["items"]:
        record["_dir"] = render.direction(str(record.get("name") or ""))
    documents = _documents(session, detail["claim_details"])
    detail["default_name"] = incident_view.default_name(detail)
    return {
        "incident": detail,
        "sources": incident_view.sources(documents, detail["claim_details"]),
        "statements": incident_view.belligerent_statements(comparison),
        "voices": incident_view.voices(comparison),
        "breakdown": incident_view.breakdown(detail["figures"]),
        "quotes": _quotes(session, detail["claim_details"], documents),
        "victims": victims,
    }


@router.get("/incidents/{incident_id}")
def incident(request: Request, _: Reader, incident_id: IncidentId) -> Response:
    web = state(request)
    ledger = web.ledger
    sensitive = include_sensitive(request)
    with ledger.reader() as session:
        known = known_refs(ledger, web.cache, session)
        detail, loaded = incident_detail_with_claims(session, incident_id)
        if web.public:  # a witness's statement stays in the ledger; the figures keep it
            detail["claim_details"] = data.without_witnesses(session, detail["claim_details"])
        comparison = compare(session, incident_id=incident_id, loaded=loaded)
        reviews = claim_reviews(session, [c["id"] for c in detail["claim_details"]])
        victims = incident_victims(
            session, incident_id, public=web.public, sensitive=sensitive, known=known
        )
        parts = _incident_parts(session, detail, comparison, victims)
    reasons, facts = incident_view.grade_facts(detail.get("grade_reasons") or [])
    return page(
        request,
        "incident.html",
        **parts,
        grade_reasons=reasons,
        grade_facts=facts,
        claims_by_id={c["id"]: c for c in detail["claim_details"]},
        reviews=reviews,
        comparison=comparison,
        chart=render.comparison_bars(comparison["figures"]),
        map=_map(request, [detail]) if detail.get("latitude") is not None else None,
        places=incident_view.map_places(detail),
        tiles=web.ledger.settings.map_tiles,
        attribution=web.ledger.settings.map_attribution,
    )


@router.get("/incidents/{incident_id}/report")
def incident_report(request: Request, _: Reader, incident_id: IncidentId) -> Response:
    """A printable report of one incident for sharing on paper or as a PDF (the browser's
    Print, "Save as PDF"): summary, figures by voice, casualties by category, sources,
    belligerent statements, quotes and named victims. A report leaves the system, so it is
    written as a public page is in every mode: no claim read from a witness-sourced document,
    victims of publishable lists only, never a sensitive field."""
    web = state(request)
    ledger = web.ledger
    with ledger.reader() as session:
        known = known_refs(ledger, web.cache, session)
        detail, loaded = incident_detail_with_claims(session, incident_id)
        detail["claim_details"] = data.without_witnesses(session, detail["claim_details"])
        comparison = compare(session, incident_id=incident_id, loaded=loaded)
        victims = incident_victims(session, incident_id, public=True, sensitive=False, known=known)
        parts = _incident_parts(session, detail, comparison, victims)
    return page(
        request,
        "report.html",
        **parts,
        printed_on=dt.date.today().isoformat(),
    )


@router.get("/documents")
def documents(
    request: Request, _: Reader, page_number: PageNumber, doc_lang: str | None = None
) -> Response:
    """The documents, 50 a page; ``doc_lang`` keeps those of one language (``lang`` is the
    language the page is written in)."""
    offset, limit = page_bounds(page_number, 50)
    web = state(request)
    items = data.documents(web.ledger, public=web.public, lang=doc_lang, limit=limit, offset=offset)
    return page(
        request, "documents.html", items=items, page_number=page_number, lang_filter=doc_lang
    )


@router.get("/documents/{document_id}")
def document(request: Request, _: Reader, document_id: DocumentId) -> Response:
    web = state(request)
    record = data.document(web.ledger, document_id, public=web.public)
    claims = list_claims(web.ledger, document_id=document_id)
    segments = render.highlight(
        record["text"] or "", [(c["start"], c["end"], c["id"]) for c in claims]
    )
    return page(
        request,
        "document.html",
        document=record,
        claims=claims,
        segments=segments,
        dir=render.direction(record["text"], record["lang"]),
    )


VICTIMS_PER_PAGE = 50
VICTIMS_EXPORT_LIMIT = 100_000


def _victim_filters(
    q: str = "",
    victim_list: Annotated[str | None, Query(alias="list")] = None,
    sex: str | None = None,
    age_band: str | None = None,
    place: str | None = None,
    month: str | None = None,
) -> VictimFilters:
    """The victims page's filters from its query string ("" from a form is "any")."""
    return VictimFilters(
        q=q.strip(),
        list=victim_list or None,
        sex=sex or None,
        age_band=age_band or None,
        place=place or None,
        month=month or None,
    )


VictimQuery = Annotated[VictimFilters, Depends(_victim_filters)]


@router.get("/victims")
def victims(request: Request, _: Reader, filters: VictimQuery, page_number: PageNumber) -> Response:
    """Victim records, best name match first, with facets to narrow them, 50 a page, each
    linked to its person and incident; the export button downloads the whole result."""
    page_bounds(page_number, VICTIMS_PER_PAGE)
    web = state(request)
    with web.ledger.reader() as session:
        found = search_victims(
            session,
            filters,
            public=web.public,
            sensitive=include_sensitive(request),
            page=page_number,
            per_page=VICTIMS_PER_PAGE,
            facets=False,
        )
        # the facets scan every matching record: counted once while the ledger is unchanged
        found["facets"] = web.cache.get(
            ("victim-facets", filters, web.public),
            lambda: facet_counts(session, filters, public=web.public),
            session,
        )
        add_links(session, found["items"])
    for record in found["items"]:
        record["_dir"] = render.direction(str(record.get("name") or ""))
    chosen = filters.chosen()
    pages = max(1, -(-found["total"] // VICTIMS_PER_PAGE))

    def link(changes: dict[str, Any], number: int = 1) -> str:
        query = {k: v for k, v in (chosen | changes).items() if v}
        if number > 1:
            query["page_number"] = number
        return "/victims" + ("?" + urlencode(query) if query else "")

    facets = {
        name: [
            value | {"href": link({name: None if value["chosen"] else value["value"]})}
            for value in values
        ]
        for name, values in found["facets"].items()
    }
    return page(
        request,
        "victims.html",
        q=filters.q,
        filters=chosen,
        found=found,
        records=found["items"],
        facets=facets,
        clear={name: link({name: None}) for name in chosen},
        export="/victims/export.csv" + ("?" + urlencode(chosen) if chosen else ""),
        page_number=page_number,
        pages=pages,
        previous=link({}, page_number - 1) if page_number > 1 else None,
        following=link({}, page_number + 1) if page_number < pages else None,
    )


@router.get("/victims/export.csv")
def victims_export(request: Request, _: Reader, filters: VictimQuery) -> Response:
    """The victims page's current result as CSV (the project's one dialect: formula cells
    neutralised, a byte-order mark so spreadsheets read Arabic), best match first, each record
    with its person and incident; never a sensitive field, and in public mode never a record
    of a list that is not publishable."""
    web = state(request)
    with web.ledger.reader() as session:
        records = all_matching(session, filters, public=web.public, limit=VICTIMS_EXPORT_LIMIT)
        add_links(session, records)
    rows = []
    for record in records:
        person, incident_id = record.pop("person"), record.pop("incident_id")
        row = exports.published("victims", [record])[0]
        row["person"] = person["key"] if person else None
        row["incident_id"] = incident_id
        rows.append(row)
    columns = [*exports.EMPTY_COLUMNS["victims"], "person", "incident_id"]
    if web.public:
        columns.remove("publishable")
        for row in rows:
            row.pop("publishable", None)
    body = write_csv(rows, columns, bom=True)
    return Response(
        body,
        media_type=exports.MEDIA_TYPES["csv"],
        headers={"Content-Disposition": 'attachment; filename="victims.csv"'},
    )


@router.get("/search")
def search(
    request: Request,
    _: Reader,
    page_number: PageNumber,
    q: str = "",
    kind: str | None = None,
    doc_lang: str | None = None,
) -> Response:
    """Full-text search over documents and claims, 20 hits a page; ``doc_lang`` keeps the
    documents of one language (``lang`` is the language the page is written in). A query
    without a word shows how to search instead."""
    offset, limit = page_bounds(page_number, search_view.PER_PAGE)
    web = state(request)
    kind, doc_lang = kind or None, doc_lang or None  # the form sends "" for "any"
    try:
        parse(q)
    except Invalid:
        found = None
    else:
        found = api.search(
            q, ledger=web.ledger, kind=kind, lang=doc_lang, limit=limit, offset=offset,
            public=web.public,
        )  # fmt: skip
    query = {k: v for k, v in {"q": q, "kind": kind, "doc_lang": doc_lang}.items() if v}
    pages = max(1, -(-found.total // limit)) if found else 1

    def link(number: int) -> str:
        return "/search?" + urlencode(query | {"page_number": number})

    return page(
        request,
        "search.html",
        q=q,
        search_q=q,
        kind=kind,
        doc_lang=doc_lang,
        kinds=KINDS,
        doc_languages=search_view.document_languages(web.ledger),
        found=found,
        hits=search_view.shown_hits(web.ledger, found) if found else [],
        page_number=page_number,
        pages=pages,
        previous=link(page_number - 1) if found and page_number > 1 else None,
        following=link(page_number + 1) if found and page_number < pages else None,
    )


PERSONS_PER_PAGE = 50


@router.get("/persons")
def persons(request: Request, _: Reader, page_number: PageNumber) -> Response:
    """The persons of the current linkage run, a page at a time, with their names, lists and
    incidents."""
    page_bounds(page_number, PERSONS_PER_PAGE)
    web = state(request)
    with web.ledger.reader() as session:
        found = person_page(session, public=web.public, page=page_number, per_page=PERSONS_PER_PAGE)
    for person in found["items"]:
        person["_dirs"] = [render.direction(name) for name in person["names"]]
    pages = max(1, -(-found["total"] // PERSONS_PER_PAGE))
    return page(
        request,
        "persons.html",
        found=found,
        page_number=page_number,
        pages=pages,
        previous=f"/persons?page_number={page_number - 1}" if page_number > 1 else None,
        following=f"/persons?page_number={page_number + 1}" if page_number < pages else None,
    )


@router.get("/review")
def review_queue(request: Request) -> Response:
    require_role(request, "analyst")
    ledger = state(request).ledger
    with ledger.reader() as session:
        claims = unreviewed_claims(session, limit=50)
        links = incident_link_candidates(session, limit=50)
    pairs = data.person_candidates(ledger)
    with ledger.reader() as session:
        records = records_by_id(session, [i for p in pairs for i in (p["left"], p["right"])])
        add_links(session, list(records.values()))
    for pair in pairs:
        pair["records"] = [records.get(pair["left"]), records.get(pair["right"])]
        pair["comparisons"] = readable_evidence(pair["evidence"])
    for record in records.values():
        record["_dir"] = render.direction(str(record.get("name") or ""))
    quoted = claims + [link["claim"] for link in links]
    with ledger.reader() as session:
        documents = _documents(session, quoted)
        quotes = _quotes(session, quoted, documents)
    return page(
        request,
        "review.html",
        claims=claims,
        links=links,
        pairs=pairs,
        quotes=quotes,
    )


@router.get("/persons/{person_key}")
def person(request: Request, _: Reader, person_key: str) -> Response:
    web = state(request)
    found = data.person(
        web.ledger, person_key, public=web.public, sensitive=include_sensitive(request)
    )
    with web.ledger.reader() as session:
        add_links(session, found["records"])
    for record in found["records"]:
        record["_dir"] = render.direction(str(record.get("name") or ""))
    return page(request, "person.html", person=found)


@router.get("/estimates")
def estimates(
    request: Request,
    _: Reader,
    lists: Annotated[list[str] | None, Query()] = None,
    method: str = "chapman",
) -> Response:
    from harmledger.web.estimates import (
        WEB_METHODS,
        available_lists,
        convergence,
        estimate_view,
        method_comparison,
        methods_chart,
    )

    web = state(request)
    offered = available_lists(web.ledger, public=web.public)
    chosen = lists or offered[:2]
    result, message, compared = None, None, []
    if len(chosen) >= 2:
        try:
            result = estimate_view(web.ledger, chosen, method, public=web.public, cache=web.cache)
            compared = method_comparison(
                web.ledger, chosen, result, public=web.public, cache=web.cache
            )
        except HarmledgerError as error:  # e.g. no linkage run yet: say so on the page
            message = str(error)
    return page(
        request,
        "estimates.html",
        offered=offered,
        chosen=chosen,
        method=method,
        methods=WEB_METHODS,
        result=result,
        message=message,
        compared=compared,
        compared_chart=methods_chart(compared),
        diagnostics=convergence(result["details"]) if result else None,
    )


@router.get("/log")
def log(request: Request, _: Reader) -> Response:
    web = state(request)
    return page(request, "log.html", events=data.log_events(web.ledger, public=web.public))


@router.get("/map")
def map_page(
    request: Request,
    _: Reader,
    filters: Filters,
    bbox: str | None = None,
    zoom: int | None = None,
) -> Response:
    """The incidents in one view (``bbox=west,south,east,north`` and ``zoom``; by default the
    matching incidents' extent), clustered when zoomed out, with links to zoom and pan."""
    web = state(request)
    with web.ledger.reader() as session:
        view, found = map_view.bounded(session, filters, bbox, zoom, cache=web.cache)
    query = {k: v for k, v in vars(filters).items() if v and not (k == "sort" and v == "id")}

    def link(box: str | None = None, level: int | None = None) -> str:
        chosen = {"bbox": box, "zoom": level} if box else {}
        return "/map" + ("?" + urlencode(query | chosen) if query or chosen else "")

    settings = web.ledger.settings
    drawn = map_view.draw(
        view, found, link, tiles=settings.map_tiles, attribution=settings.map_attribution
    )
    return page(
        request,
        "map.html",
        map=drawn,
        found=found,
        view=view,
        moves={name: link(*move) for name, move in map_view.moves(view).items()},
        whole=link(),
        filters=query,
        asked_view=bbox is not None and zoom is not None,
        tiles=settings.map_tiles,
        attribution=settings.map_attribution,
    )


@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    """The API reference, rendered from the OpenAPI schema without any script or CDN."""
    schema = request.app.openapi()
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "description": operation.get("description", ""),
            "parameters": [
                {"name": p["name"], "in": p["in"], "required": p.get("required", False)}
                for p in operation.get("parameters", [])
            ],
            "body": bool(operation.get("requestBody")),
            "tag": (operation.get("tags") or ["other"])[0],
        }
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]
    return page(request, "api_docs.html", operations=operations, title=schema["info"]["title"])
