"""The admin page: accounts and settings in the browser.

Every form carries the session's CSRF token and needs an admin; the outcome (or the library's
reason for refusing) comes back as a one-time message on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from harmledger.errors import InputError
from harmledger.store.user_tables import ROLES
from harmledger.web import data
from harmledger.web.admin import check_not_self, settings_view
from harmledger.web.pages import page
from harmledger.web.security import CSRF_FIELD, check_csrf, require_role, state
from harmledger.web.users import add_user, delete_user, list_users, set_disabled, set_role

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias=CSRF_FIELD)]
FLASH = "admin_message"
# what a change did: an interface string of the vocabulary and its fields (the page words it in
# the reader's language)
Done = tuple[str, dict[str, str]]


@router.get("/admin")
def admin_page(request: Request) -> Response:
    require_role(request, "admin")
    message = request.session.pop(FLASH, None)
    return page(
        request,
        "admin.html",
        users=list_users(state(request).ledger),
        settings=settings_view(request),
        roles=ROLES,
        message=message,
    )


def _act(request: Request, token: str, change: Callable[[Any, dict[str, Any]], Done]) -> Response:
    """Check the admin and the token, make the change, and say how it went on the page."""
    admin = require_role(request, "admin")
    check_csrf(request, token)
    ledger = data.acting(state(request).ledger, admin["username"])
    try:
        key, values = change(ledger, admin)
        request.session[FLASH] = {"ok": True, "key": key, "values": values}
    except InputError as error:
        request.session[FLASH] = {"ok": False, "text": str(error)}
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users")
def admin_add_user(
    request: Request,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    role: Annotated[str, Form()] = "viewer",
    csrf_token_field: Csrf = "",
) -> Response:
    def change(ledger: Any, _: dict[str, Any]) -> Done:
        user = add_user(ledger, username, password, role)
        return "admin_added", {"user": user["username"], "role": user["role"]}

    return _act(request, csrf_token_field, change)


@router.post("/admin/users/{username}/role")
def admin_set_role(
    request: Request, username: str, role: Annotated[str, Form()], csrf_token_field: Csrf = ""
) -> Response:
    def change(ledger: Any, admin: dict[str, Any]) -> Done:
        check_not_self(admin, username)
        user = set_role(ledger, username, role)
        return "admin_role_set", {"user": user["username"], "role": user["role"]}

    return _act(request, csrf_token_field, change)


@router.post("/admin/users/{username}/disable")
def admin_disable(request: Request, username: str, csrf_token_field: Csrf = "") -> Response:
    def change(ledger: Any, admin: dict[str, Any]) -> Done:
        check_not_self(admin, username)
        set_disabled(ledger, username, True)
        return "admin_disabled", {"user": username}

    return _act(request, csrf_token_field, change)


@router.post("/admin/users/{username}/enable")
def admin_enable(request: Request, username: str, csrf_token_field: Csrf = "") -> Response:
    def change(ledger: Any, admin: dict[str, Any]) -> Done:
        check_not_self(admin, username)
        set_disabled(ledger, username, False)
        return "admin_enabled", {"user": username}

    return _act(request, csrf_token_field, change)


@router.post("/admin/users/{username}/delete")
def admin_delete(request: Request, username: str, csrf_token_field: Csrf = "") -> Response:
    def change(ledger: Any, admin: dict[str, Any]) -> Done:
        check_not_self(admin, username)
        delete_user(ledger, username)
        return "admin_deleted", {"user": username}

    return _act(request, csrf_token_field, change)
