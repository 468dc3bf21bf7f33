"""The admin page and API: only admins, CSRF on every form, accounts managed through the users
library (logged), the last admin kept, settings shown without the database password."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import httpx
import pytest

from harmledger.errors import InputError
from harmledger.store.ledger import Ledger
from harmledger.web.admin import database_url_without_password
from harmledger.web.queries import recent_events
from harmledger.web.users import authenticate, delete_user, set_disabled, set_role
from tests.web.conftest import Client
from tests.web.demo import PASSWORD, Demo


def _admin(app: Any) -> Client:
    logged = Client(app)
    assert logged.api_login("adam").status_code == 200
    return logged


def _form(client: Client, url: str, **fields: str) -> httpx.Response:
    return client.post(url, data={"csrf_token": client.csrf, **fields})


def _message(client: Client) -> str:
    found = re.search(r'id="admin-message">([^<]*)<', client.get("/admin").text)
    return found.group(1) if found else ""


def test_only_admins_reach_the_admin_page(
    viewer: Client, analyst: Client, client: Client, app: Any, anonymous_public: Client
) -> None:
    assert viewer.get("/admin").status_code == 403
    assert analyst.get("/admin").status_code == 403
    assert viewer.get("/api/admin/users").status_code == 403
    assert analyst.get("/api/admin/settings").status_code == 403
    assert client.get("/admin").headers["location"] == "/login?next=/admin"
    assert client.get("/api/admin/users").status_code == 401
    assert anonymous_public.get("/admin").status_code == 403
    assert anonymous_public.get("/api/admin/settings").status_code == 403
    denied = viewer.post(
        "/admin/users",
        data={
            "csrf_token": viewer.csrf,
            "username": "x",
            "password": "long enough",
            "role": "admin",
        },
    )
    assert denied.status_code == 403
    admin = _admin(app)
    page = admin.get("/admin").text
    assert 'id="users"' in page and 'href="/admin"' in page
    assert page.count(f'name="csrf_token" value="{admin.csrf}"') >= 1 + 3 * 2 + 1  # every form
    assert 'href="/admin"' not in analyst.get("/").text


def test_settings_show_no_password(app: Any) -> None:
    admin = _admin(app)
    shown = admin.get("/api/admin/settings").json()
    assert shown["public"] is False and shown["database_backend"] == "sqlite"
    assert shown["map_tiles"] is None and shown["home"]
    assert "Map tiles" in admin.get("/admin").text
    assert (
        database_url_without_password("postgresql+psycopg://ops:s3cret@db.example:5432/ledger")
        == "postgresql+psycopg://ops@db.example:5432/ledger"
    )
    hidden = database_url_without_password(
        "postgresql+psycopg://ops@db/ledger?sslmode=require&password=s3cret"
    )
    assert "s3cret" not in hidden and "sslmode=require" in hidden
    assert "s3cret" not in database_url_without_password("not a url s3cret")


def test_settings_page_shows_the_tile_url(shared_demo: tuple[Ledger, Demo]) -> None:
    from harmledger.web import create_app

    settings = dataclasses.replace(
        shared_demo[0].settings,
        map_tiles="https://tiles.example.org/{z}/{x}/{y}.png",
        map_attribution="© the tile makers",
    )
    app = create_app(settings, secret_key="k")
    try:
        shown = _admin(app).get("/api/admin/settings").json()
    finally:
        app.state.web.ledger.close()
    assert shown["map_tiles"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert shown["map_attribution"] == "© the tile makers"


def test_admin_manages_accounts_from_the_page(
    fresh_app: Any, fresh_demo: tuple[Ledger, Demo]
) -> None:
    ledger, _ = fresh_demo
    admin = _admin(fresh_app)
    assert (
        _form(
            admin, "/admin/users", username="zoe", password="long enough pw", role="analyst"
        ).status_code
        == 303
    )
    assert _message(admin) == "Added zoe (analyst)."
    assert _message(admin) == ""  # shown once
    zoe = Client(fresh_app)
    assert zoe.api_login("zoe", "long enough pw").status_code == 200
    assert _form(admin, "/admin/users/zoe/role", role="viewer").status_code == 303
    assert _message(admin) == "zoe is now viewer."
    assert zoe.get("/api/session").json()["user"]["role"] == "viewer"  # at once
    assert _form(admin, "/admin/users/zoe/disable").status_code == 303
    assert zoe.get("/api/incidents").status_code == 401  # the open session ended
    assert Client(fresh_app).api_login("zoe", "long enough pw").status_code == 401
    assert 'class="disabled"' in admin.get("/admin").text
    _form(admin, "/admin/users/zoe/enable")
    assert Client(fresh_app).api_login("zoe", "long enough pw").status_code == 200
    _form(admin, "/admin/users/zoe/delete")
    assert _message(admin) == "zoe is deleted."
    assert "user-zoe" not in admin.get("/admin").text
    # refusals come back as a message on the page, and change nothing
    _form(admin, "/admin/users", username="yan", password="short", role="viewer")
    assert "at least 8 characters" in _message(admin)
    _form(admin, "/admin/users", username="vera", password="long enough pw", role="viewer")
    assert "already exists" in _message(admin)
    _form(admin, "/admin/users/adam/role", role="viewer")
    assert "your own account" in _message(admin)
    _form(admin, "/admin/users/nobody/delete")
    assert "no user named" in _message(admin)
    forged = admin.post("/admin/users/vera/delete", data={"csrf_token": "forged"})
    assert forged.status_code == 403
    assert admin.post("/admin/users/vera/disable").status_code == 403  # no token at all
    with ledger.reader() as session:
        events = recent_events(session, limit=5)
    assert "long enough" not in str(events)  # never a password in the log
    assert [(e["actor"], e["action"], e["subject"]) for e in events] == [
        ("adam", "delete_user", "user:zoe"),
        ("adam", "enable_user", "user:zoe"),
        ("adam", "disable_user", "user:zoe"),
        ("adam", "set_role", "user:zoe"),
        ("adam", "add_user", "user:zoe"),
    ]


def test_admin_api(fresh_app: Any, fresh_demo: tuple[Ledger, Demo]) -> None:
    admin = _admin(fresh_app)
    headers = {"X-CSRF-Token": admin.csrf}
    created = admin.post(
        "/api/admin/users",
        json={"username": "kim", "password": "long enough pw", "role": "admin"},
        headers=headers,
    )
    assert created.status_code == 200 and created.json()["role"] == "admin"
    assert "password" not in str(created.json()) and "argon2" not in created.text
    changed = admin.request(
        "PATCH", "/api/admin/users/kim", json={"role": "analyst", "disabled": True}, headers=headers
    )
    assert changed.json()["role"] == "analyst" and changed.json()["disabled"] is True
    listed = {u["username"]: u for u in admin.get("/api/admin/users").json()}
    assert listed["kim"]["disabled"] and not listed["vera"]["disabled"]
    assert (
        admin.request("PATCH", "/api/admin/users/kim", json={}, headers=headers).status_code == 400
    )
    bad_role = admin.request(
        "PATCH", "/api/admin/users/kim", json={"role": "king"}, headers=headers
    )
    assert bad_role.status_code == 422 and bad_role.json()["error"]["code"] == "invalid_input"
    forged = admin.request("DELETE", "/api/admin/users/kim", headers={"X-CSRF-Token": "forged"})
    assert forged.status_code == 403
    self_delete = admin.request("DELETE", "/api/admin/users/adam", headers=headers)
    assert (
        self_delete.status_code == 400 and "own account" in self_delete.json()["error"]["message"]
    )
    assert admin.request("DELETE", "/api/admin/users/kim", headers=headers).status_code == 200
    missing = admin.request("DELETE", "/api/admin/users/kim", headers=headers)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    analyst = Client(fresh_app)
    analyst.api_login("ana")
    refused = analyst.post(
        "/api/admin/users",
        json={"username": "x", "password": "long enough pw"},
        headers={"X-CSRF-Token": analyst.csrf},
    )
    assert refused.status_code == 403


def test_the_last_admin_stays(fresh_demo: tuple[Ledger, Demo]) -> None:
    ledger, _ = fresh_demo
    for refused in (
        lambda: set_role(ledger, "adam", "analyst"),
        lambda: set_disabled(ledger, "adam", True),
        lambda: delete_user(ledger, "adam"),
    ):
        with pytest.raises(InputError, match="last active admin"):
            refused()
    set_role(ledger, "ana", "admin")
    set_disabled(ledger, "adam", True)
    assert authenticate(ledger, "adam", PASSWORD) is None  # disabled: no password matches
    with pytest.raises(InputError, match="last active admin"):
        delete_user(ledger, "ana")  # adam is disabled, so ana is the last active one
    set_disabled(ledger, "adam", False)
    assert authenticate(ledger, "adam", PASSWORD) is not None  # the same password again
    delete_user(ledger, "ana")
