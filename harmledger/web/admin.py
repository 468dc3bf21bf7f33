"""Administration over the API: accounts (add, role, disable, delete) and the settings in force.

Admins only; public mode refuses it all. The work is done by :mod:`harmledger.web.users`, the
same functions ``harmledger users`` calls, which log every change under the admin's name.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from harmledger import __version__
from harmledger.errors import Invalid
from harmledger.web import data
from harmledger.web.schemas import Deleted, SettingsView, UserRecord
from harmledger.web.security import CSRF_HEADER, check_csrf, require_role, state
from harmledger.web.users import add_user, delete_user, list_users, set_disabled, set_role

router = APIRouter(prefix="/admin", tags=["admin"])
CsrfHeader = Annotated[str | None, Header(alias=CSRF_HEADER)]
Role = Literal["viewer", "analyst", "admin"]
SECRET_QUERY_KEYS = ("password", "passwd", "secret", "token", "key")


class NewUser(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    role: Role = "viewer"


class UserChange(BaseModel):
    role: Role | None = None
    disabled: bool | None = None


def database_url_without_password(url: str) -> str:
    """The URL with its password (and any secret-looking query parameter) left out."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(not shown: the URL could not be parsed)"
    query = {
        k: v for k, v in parsed.query.items() if not any(s in k.lower() for s in SECRET_QUERY_KEYS)
    }
    safe = URL.create(  # (``URL.set(password=None)`` would keep the password)
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=query,
    )
    return safe.render_as_string(hide_password=False)


def settings_view(request: Request) -> dict[str, Any]:
    """What an admin may see of the settings: never a password or the session key."""
    web = state(request)
    settings = web.ledger.settings
    return {
        "version": __version__,
        "database_url": database_url_without_password(settings.database_url),
        "database_backend": _backend(settings.database_url),
        "home": str(settings.home),
        "archive": str(settings.archive_dir),
        "public": web.public,
        "map_tiles": settings.map_tiles,
        "map_attribution": settings.map_attribution,
    }


def _backend(url: str) -> str:
    try:
        return str(make_url(url).get_backend_name())
    except ArgumentError:
        return "unknown"


def check_not_self(admin: dict[str, Any], username: str) -> None:
    """An admin changes other accounts here; their own stays as it is (no locking oneself out)."""
    if admin["username"] == username:
        raise Invalid("you cannot change, disable or delete your own account here")


@router.get("/users")
def users(request: Request) -> list[UserRecord]:
    """Every account with its role and whether it is disabled (admins)."""
    require_role(request, "admin")
    return UserRecord.all_of(list_users(state(request).ledger))


@router.post("/users")
def create_user(request: Request, body: NewUser, token: CsrfHeader = None) -> UserRecord:
    """Add an account; the password is stored only as an argon2 hash (admins)."""
    admin = require_role(request, "admin")
    check_csrf(request, token)
    ledger = data.acting(state(request).ledger, admin["username"])
    return UserRecord.of(add_user(ledger, body.username, body.password, body.role))


@router.patch("/users/{username}")
def change_user(
    request: Request, username: str, body: UserChange, token: CsrfHeader = None
) -> UserRecord:
    """Change an account's role and/or disable or enable it (admins; not your own account)."""
    admin = require_role(request, "admin")
    check_csrf(request, token)
    check_not_self(admin, username)
    ledger = data.acting(state(request).ledger, admin["username"])
    if body.role is None and body.disabled is None:
        raise HTTPException(400, "say what to change: role and/or disabled")
    record: dict[str, Any] = {}
    if body.role is not None:
        record = set_role(ledger, username, body.role)
    if body.disabled is not None:
        record = set_disabled(ledger, username, body.disabled)
    return UserRecord.of(record)


@router.delete("/users/{username}")
def remove_user(request: Request, username: str, token: CsrfHeader = None) -> Deleted:
    """Delete an account (admins; not your own account)."""
    admin = require_role(request, "admin")
    check_csrf(request, token)
    check_not_self(admin, username)
    ledger = data.acting(state(request).ledger, admin["username"])
    return Deleted.of({"deleted": delete_user(ledger, username)})


@router.get("/settings")
def settings(request: Request) -> SettingsView:
    """The settings in force: database URL (without its password), home, mode, map tiles."""
    require_role(request, "admin")
    return SettingsView.of(settings_view(request))
