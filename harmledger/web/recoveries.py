"""Recovery logs in the browser and the API: bodies counted by attribution, site and month.

Public mode shows only bodies of publishable records and never a witness; a body counts against a
perpetrator only with confirmed or probable attribution (the library's rule, not the page's).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from harmledger.publish.victims import RecoveryCount, RecoveryView
from harmledger.victims.recoveries import RECOVERY_GROUPINGS, recovery_counts, recovery_logs
from harmledger.web import data, render
from harmledger.web.pages import Reader, page
from harmledger.web.security import include_sensitive, state

router = APIRouter()


def _bodies(
    request: Request, log: str | None, query: str | None, limit: int
) -> list[dict[str, Any]]:
    web = state(request)
    return data.victims(
        web.ledger,
        query=query,
        list_name=log,
        limit=limit,
        public=web.public,
        sensitive=include_sensitive(request),
        kind="recovery",
    )


def _counts(request: Request, by: str, logs: list[str] | None) -> list[dict[str, Any]]:
    web = state(request)
    return [c.as_dict() for c in recovery_counts(web.ledger, by, logs, public=web.public)]


@router.get("/api/recoveries", tags=["recoveries"], response_model_exclude_unset=True)
def bodies(
    request: Request,
    _: Reader,
    log: str | None = None,
    q: str | None = None,
    limit: int = 100,
) -> list[RecoveryView]:
    """Recovered bodies (one record per body) of one log or all, optionally searched by name."""
    return RecoveryView.all_of(_bodies(request, log, q, limit))


@router.get("/api/recoveries/counts", tags=["recoveries"])
def counts(
    request: Request,
    _: Reader,
    by: str = "perpetrator",
    log: Annotated[list[str] | None, Query()] = None,
) -> list[RecoveryCount]:
    """Bodies per group (`by`: site, month, status, perpetrator or log), split by identification.

    By perpetrator, bodies without confirmed or probable attribution are ``unattributed``."""
    return RecoveryCount.all_of(_counts(request, by, log))


@router.get("/recoveries", include_in_schema=False)
def recoveries_page(
    request: Request, _: Reader, log: str | None = None, q: str | None = None
) -> Response:
    logs = recovery_logs(state(request).ledger, public=state(request).public)
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
