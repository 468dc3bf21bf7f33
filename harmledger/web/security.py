"""Who is asking, and may they: session user, roles, CSRF tokens, public mode.

The session is Starlette's signed cookie (itsdangerous): it holds only a session token and the
CSRF token. The token names a server-side session (``login_state``), so logging out ends it for
good, even if someone kept a copy of the cookie. The user's role is read from the database on
every request, so ``users set-role`` takes effect at once. State-changing requests must carry
the session's CSRF token (a form field on pages, the ``X-CSRF-Token`` header on the API); public
mode refuses them all.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request

from harmledger.store.ledger import Ledger
from harmledger.web.cache import ViewCache
from harmledger.web.login_state import LoginThrottle, close_session, open_session, session_user
from harmledger.web.users import has_role

CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


@dataclass
class WebState:
    """What every request handler needs: the ledger, the mode and the login throttle."""

    ledger: Ledger
    public: bool
    throttle: LoginThrottle
    cache: ViewCache


def state(request: Request) -> WebState:
    return request.app.state.web  # type: ignore[no-any-return]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def check_csrf(request: Request, supplied: str | None) -> None:
    expected = request.session.get("csrf")
    if not expected or not supplied or not hmac.compare_digest(str(expected), supplied):
        raise HTTPException(403, "missing or invalid CSRF token")


def current_user(request: Request) -> dict[str, Any] | None:
    """The logged-in user's record (None when anonymous or disabled); cached on the request."""
    if hasattr(request.state, "user"):
        return request.state.user  # type: ignore[no-any-return]
    token = request.session.get("sid")
    ledger = state(request).ledger
    user = session_user(ledger, str(token)) if token else None
    if user is not None and user["disabled"]:
        user = None  # disabling an account ends its sessions at once
    if token and user is None:
        request.session.pop("sid", None)
    request.state.user = user
    return user


def require_reader(request: Request) -> dict[str, Any] | None:
    """Anyone in public mode; a logged-in user otherwise."""
    if state(request).public:
        return None
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "log in first")
    return user


def require_role(request: Request, role: str) -> dict[str, Any]:
    """A logged-in user with at least ``role``; public mode is read-only for everyone."""
    if state(request).public:
        raise HTTPException(403, "the public site is read-only")
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "log in first")
    if not has_role(user["role"], role):
        raise HTTPException(403, f"this needs the {role} role (you are {user['role']})")
    return user


_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_LOGIN_PATHS = frozenset({"/login", "/api/login", "/logout", "/api/logout"})


def writers_only(request: Request) -> None:
    """Every change needs a logged-in user, checked before the request body is read.

    An anonymous write learns only that it must log in (401), never which fields its body
    lacks (422); in public mode every write is refused (403). Roles are checked by each route.
    """
    if request.method not in _WRITES or request.url.path in _LOGIN_PATHS:
        return
    if state(request).public:
        raise HTTPException(403, "the public site is read-only")
    if current_user(request) is None:
        raise HTTPException(401, "log in first")


def include_sensitive(request: Request) -> bool:
    """Sensitive fields (witnesses, family contacts) go to analysts and admins only."""
    if state(request).public:
        return False
    user = current_user(request)
    return user is not None and has_role(user["role"], "analyst")


def client_address(request: Request) -> str:
    """The peer's address; forwarded headers count only when ``serve --trust-proxy`` says so
    (uvicorn then rewrites the peer), never by default."""
    return request.client.host if request.client else "unknown"


def start_session(request: Request, username: str) -> None:
    """Log in: a fresh session with a fresh CSRF token (no fixation of a pre-login token)."""
    end_session(request)
    request.session["sid"] = open_session(state(request).ledger, username)
    csrf_token(request)


def end_session(request: Request) -> None:
    """Log out: the server-side session ends, so the old cookie is worth nothing."""
    token = request.session.get("sid")
    if token:
        close_session(state(request).ledger, str(token))
    request.session.clear()
