"""Recovery logs in the browser and the API: bodies counted by attribution, site and month.

Public mode shows only bodies of publishable records and never a witness; a body counts against a
perpetrator only with confirmed or probable attribution (the library's rule, not the page's).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from harmledger.errors import InputError
from harmledger.victims.ledger import find_records
from harmledger.victims.model import SENSITIVE_FIELDS
from harmledger.victims.recoveries import RECOVERY_GROUPINGS, recovery_counts, recovery_logs
from harmledger.web import render
from harmledger.web.pages import Reader, page
from harmledger.web.security import include_sensitive, state

router = APIRouter()
MAX_BODIES = 1000


def _bodies(
    request: Request, log: str | None, query: str | None, limit: int
) -> list[dict[str, Any]]:
    if limit < 1 or limit > MAX_BODIES:
        raise InputError(f"limit must be between 1 and {MAX_BODIES}")
    web = state(request)
    include = include_sensitive(request) and not web.public
    rows = find_records(
        web.ledger,
        list_name=log,
        query=query,
        limit=None if web.public else limit,
        include_sensitive=include,
        kind="recovery",
    )
    if web.public:
        rows = [row for row in rows if row.get("publishable")][:limit]
    if not include:
        rows = [{k: v for k, v in row.items() if k not in SENSITIVE_FIELDS} for row in rows]
    return rows


def _counts(request: Request, by: str, logs: list[str] | None) -> list[dict[str, Any]]:
    web = state(request)
    return [c.as_dict() for c in recovery_counts(web.ledger, by, logs, public=web.public)]


@router.get("/api/recoveries", tags=["recoveries"])
def bodies(
    request: Request,
    _: Reader,
    log: str | None = None,
    q: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Recovered bodies (one record per body) of one log or all, optionally searched by name."""
    return _bodies(request, log, q, limit)


@router.get("/api/recoveries/counts", tags=["recoveries"])
def counts(
    request: Request,
    _: Reader,
    by: str = "perpetrator",
    log: Annotated[list[str] | None, Query()] = None,
) -> list[dict[str, Any]]:
    """Bodies per group (`by`: site, month, status, perpetrator or log), split by identification.

    By perpetrator, bodies without confirmed or probable attribution are ``unattributed``."""
    return _counts(request, by, log)


@router.get("/recoveries", include_in_schema=False)
def recoveries_page(
    request: Request, _: Reader, log: str | None = None, q: str | None = None
) -> Response:
    logs = recovery_logs(state(request).ledger)
    chosen = [log] if log else None
    tables = {by: _counts(request, by, chosen) for by in ("perpetrator", "site", "month")}
    rows = _bodies(request, log, q, 200)
    for row in rows:
        row["_dir"] = render.direction(str(row.get("name") or ""))
    return page(
        request,
        "recoveries.html",
        logs=logs,
        log=log or "",
        q=q or "",
        tables=tables,
        bodies=rows,
        groupings=RECOVERY_GROUPINGS,
    )
