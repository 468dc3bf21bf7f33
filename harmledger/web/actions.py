"""Pages that change state: log in and out, review a claim, change a grade, decide a pair,
decide an incident link (and, through :mod:`harmledger.web.admin_pages`, manage accounts).

Each needs the session's CSRF token as a form field and (except logging in) an analyst; each
decision goes through the library, which records it, with its reason, in the custody log.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from harmledger.assess.decisions import review_claim, set_grade
from harmledger.web import admin_pages, data
from harmledger.web.ids import ClaimId, IncidentId
from harmledger.web.link_review import decide_link
from harmledger.web.pages import page
from harmledger.web.security import (
    CSRF_FIELD,
    check_csrf,
    client_address,
    end_session,
    require_role,
    start_session,
    state,
)
from harmledger.web.users import authenticate

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only same-site paths: an open redirect after login would help phishing."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    if state(request).public:
        return RedirectResponse("/", status_code=303)
    return page(request, "login.html", next=_safe_next(next), message=None)


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token_field: Annotated[str, Form(alias=CSRF_FIELD)] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    web = state(request)
    if web.public:
        raise HTTPException(403, "the public site has no logins")
    check_csrf(request, csrf_token_field)
    address = client_address(request)
    if web.throttle.blocked(username, address):
        return page(
            request,
            "login.html",
            status_code=429,
            next=_safe_next(next),
            message="login_throttled",
        )
    user = authenticate(web.ledger, username, password)
    if user is None:
        web.throttle.failed(username, address)
        return page(
            request,
            "login.html",
            status_code=401,
            next=_safe_next(next),
            message="login_wrong",
        )
    web.throttle.succeeded(username, address)
    start_session(request, user["username"])
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(
    request: Request, csrf_token_field: Annotated[str, Form(alias=CSRF_FIELD)] = ""
) -> Response:
    check_csrf(request, csrf_token_field)
    end_session(request)
    return RedirectResponse("/login", status_code=303)


@router.post("/claims/{claim_id}/review")
def review(
    request: Request,
    claim_id: ClaimId,
    decision: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    corrections: Annotated[str, Form()] = "",
    csrf_token_field: Annotated[str, Form(alias=CSRF_FIELD)] = "",
    next: Annotated[str, Form()] = "/review",
) -> Response:
    user = require_role(request, "analyst")
    check_csrf(request, csrf_token_field)
    changes: dict[str, Any] = {}
    for item in filter(None, (part.strip() for part in corrections.split(";"))):
        field, sep, value = item.partition("=")
        if not sep:
            raise HTTPException(400, f"correction {item!r}: write field=value; field=value")
        changes[field.strip()] = _value(value.strip())
    review_claim(
        data.acting(state(request).ledger, user["username"]), claim_id, decision, reason, changes
    )
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/incidents/{incident_id}/grade")
def grade(
    request: Request,
    incident_id: IncidentId,
    grade: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    csrf_token_field: Annotated[str, Form(alias=CSRF_FIELD)] = "",
) -> Response:
    user = require_role(request, "analyst")
    check_csrf(request, csrf_token_field)
    ledger = data.acting(state(request).ledger, user["username"])
    set_grade(ledger, incident_id, None if grade == "rules" else grade, reason)
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.post("/persons/review")
def person_review(
    request: Request,
    left: Annotated[int, Form()],
    right: Annotated[int, Form()],
    decision: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    csrf_token_field: Annotated[str, Form(alias=CSRF_FIELD)] = "",
) -> Response:
    from harmledger.link.persons.ledger import decide_pair

    user = require_role(request, "analyst")
    check_csrf(request, csrf_token_field)
    decide_pair(data.acting(state(request).ledger, user["username"]), left, right, decision, reason)
    return RedirectResponse("/review", status_code=303)


@router.post("/review/incident-links")
def incident_link_review(
    request: Request,
    claim_id: Annotated[int, Form()],
    action: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    incident_id: Annotated[str, Form()] = "",
    target: Annotated[str, Form()] = "",
    csrf_token_field: Annotated[str, Form(alias=CSRF_FIELD)] = "",
    next: Annotated[str, Form()] = "/review",
) -> Response:
    """Confirm, move or split a claim's incident link from the review queue."""
    user = require_role(request, "analyst")
    check_csrf(request, csrf_token_field)
    decide_link(
        data.acting(state(request).ledger, user["username"]),
        claim_id,
        action,
        reason,
        expected=_number(incident_id, "incident"),
        target=_number(target, "target incident"),
    )
    return RedirectResponse(_safe_next(next), status_code=303)


def _number(text: str, what: str) -> int | None:
    text = text.strip().lstrip("#")
    if not text:
        return None
    if not text.isdigit():
        raise HTTPException(400, f"{what} {text!r}: write an incident number")
    return int(text)


def _value(text: str) -> Any:
    if text.lstrip("-").isdigit():
        return int(text)
    return None if text in ("", "none", "null") else text


router.include_router(admin_pages.router)
