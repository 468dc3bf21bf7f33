"""Access: logins, roles, CSRF, throttling, cookies, public mode, and reviews that write the log."""

from __future__ import annotations

from typing import Any

import pytest

from harmledger.store.custody import verify_chain
from harmledger.store.ledger import Ledger
from harmledger.web.login_state import LoginThrottle
from harmledger.web.users import add_user, authenticate, list_users, set_role
from tests.web.conftest import Client
from tests.web.demo import PASSWORD, Demo


def test_session_cookie_is_httponly_samesite_and_secure_when_asked(app: Any, shared_demo) -> None:  # type: ignore[no-untyped-def]
    from harmledger.web import create_app

    login = Client(app)
    login.csrf = login.get("/api/session").json()["csrf_token"]
    response = login.post(
        "/api/login",
        json={"username": "vera", "password": PASSWORD},
        headers={"X-CSRF-Token": login.csrf},
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    secure_app = create_app(shared_demo[0].settings, secret_key="k", https_only=True)
    try:
        secure = Client(secure_app).get("/api/session").headers["set-cookie"].lower()
        assert "secure" in secure and "httponly" in secure
    finally:
        secure_app.state.web.ledger.close()


def test_wrong_password_and_unknown_user_look_the_same(client: Client) -> None:
    wrong = client.api_login("vera", "not the password")
    unknown = client.api_login("nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_login_is_throttled_per_username_and_address(client: Client, app: Any) -> None:
    for _ in range(5):
        assert client.api_login("adam", "guess").status_code == 401
    assert client.api_login("adam", PASSWORD).status_code == 429  # even the right password
    assert client.api_login("vera").status_code == 200  # other users are not locked out
    app.state.web.throttle.succeeded("adam", "127.0.0.1")


def test_throttle_window_expires(ledger: Ledger) -> None:
    throttle = LoginThrottle(ledger, limit=2, window=0.0)
    throttle.failed("u", "a")
    throttle.failed("u", "a")
    assert not throttle.blocked("u", "a")
    strict = LoginThrottle(ledger, limit=2, window=60)
    strict.failed("u", "a")
    strict.failed("u", "a")
    assert strict.blocked("u", "a") and not strict.blocked("u", "b")


def test_throttle_is_shared_by_workers_and_holds_across_addresses(ledger: Ledger) -> None:
    one, other = LoginThrottle(ledger, limit=2), LoginThrottle(ledger, limit=2, user_limit=4)
    one.failed("u", "10.0.0.1")
    other.failed("u", "10.0.0.1")
    assert one.blocked("u", "10.0.0.1")  # the other worker's failure counts here
    for n in range(2, 4):
        other.failed("u", f"10.0.0.{n}")  # a forged address per attempt
    assert other.blocked("u", "10.0.0.99")  # the per-user limit still holds


def test_login_needs_the_csrf_token(client: Client) -> None:
    client.get("/api/session")
    response = client.post("/api/login", json={"username": "vera", "password": PASSWORD})
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


def test_viewer_cannot_review(viewer: Client, demo: Demo) -> None:
    response = viewer.review(demo.monitor_claim, decision="confirm", reason="seen the report")
    assert response.status_code == 403
    assert "analyst" in response.json()["error"]["message"]


def test_anonymous_cannot_review(client: Client, demo: Demo) -> None:
    client.csrf = client.get("/api/session").json()["csrf_token"]
    response = client.review(demo.monitor_claim, decision="confirm", reason="x")
    assert response.status_code == 401


def test_review_writes_the_hash_chained_log(
    fresh_app: Any, fresh_demo: tuple[Ledger, Demo]
) -> None:
    ledger, demo = fresh_demo
    analyst = Client(fresh_app)
    assert analyst.api_login("ana").status_code == 200
    with ledger.reader() as session:
        before, _ = verify_chain(session)
    response = analyst.review(
        demo.coalition_claim, decision="confirm", reason="matches the coalition's report"
    )
    assert response.status_code == 200, response.text
    assert response.json()["decision"] == "confirm"
    with ledger.reader() as session:
        after, problems = verify_chain(session)
    assert after == before + 1 and problems == []
    detail = analyst.get(f"/api/incidents/{demo.campaign}").json()
    reviewed = {c["id"]: c["review"] for c in detail["claim_details"]}
    assert reviewed[demo.coalition_claim] == "confirm"
    # the decision is logged under the web user's name
    from harmledger.web.queries import recent_events

    with ledger.reader() as session:
        (event,) = recent_events(session, limit=1)
    assert (event["actor"], event["action"]) == ("ana", "review_claim")


def test_review_refuses_forged_csrf_and_missing_reason(
    fresh_app: Any, fresh_demo: tuple[Ledger, Demo]
) -> None:
    _, demo = fresh_demo
    analyst = Client(fresh_app)
    analyst.api_login("ana")
    token = analyst.csrf
    analyst.csrf = "forged-" + token
    forged = analyst.review(demo.monitor_claim, decision="confirm", reason="ok")
    assert forged.status_code == 403 and "CSRF" in forged.json()["error"]["message"]
    analyst.csrf = ""
    assert analyst.review(demo.monitor_claim, decision="confirm", reason="ok").status_code == 403
    analyst.csrf = token
    blank = analyst.review(demo.monitor_claim, decision="confirm", reason="   ")
    assert blank.status_code == 400 and "reason" in blank.json()["error"]["message"]
    assert analyst.review(demo.monitor_claim, decision="maybe", reason="x").status_code == 422
    assert analyst.review(999999, decision="confirm", reason="x").status_code == 404
    corrected = analyst.review(
        demo.monitor_claim, decision="correct", reason="typo", corrections={"low": 1600}
    )
    assert corrected.status_code == 200


def test_page_review_form_needs_its_csrf_field(
    fresh_app: Any, fresh_demo: tuple[Ledger, Demo]
) -> None:
    _, demo = fresh_demo
    analyst = Client(fresh_app)
    analyst.api_login("ana")
    url = f"/claims/{demo.monitor_claim}/review"
    refused = analyst.post(url, data={"decision": "confirm", "reason": "r", "csrf_token": "bad"})
    assert refused.status_code == 403
    accepted = analyst.post(
        url,
        data={
            "decision": "confirm",
            "reason": "read it",
            "csrf_token": analyst.csrf,
            "next": "/review",
        },
    )
    assert accepted.status_code == 303 and accepted.headers["location"] == "/review"


def test_role_changes_apply_at_once(fresh_app: Any, fresh_demo: tuple[Ledger, Demo]) -> None:
    ledger, demo = fresh_demo
    user = Client(fresh_app)
    user.api_login("vera")
    assert user.review(demo.monitor_claim, decision="confirm", reason="r").status_code == 403
    set_role(ledger, "vera", "analyst")
    assert user.review(demo.monitor_claim, decision="confirm", reason="r").status_code == 200


def test_logout_ends_the_session(viewer: Client) -> None:
    assert viewer.post("/api/logout", headers={"X-CSRF-Token": viewer.csrf}).status_code == 200
    assert viewer.get("/api/incidents").status_code == 401


def test_public_mode_is_read_only_and_hides_sensitive_fields(anonymous_public: Client) -> None:
    client = anonymous_public
    assert client.get("/api/incidents").status_code == 200  # no login needed
    found = client.get("/api/victims", params={"q": "Marwan"}).json()
    assert [r["name_latin"] for r in found] == ["Marwan Khalil"]  # unpublishable list hidden
    everything = client.get("/api/victims").json() + client.get("/api/export/victims.json").json()
    assert everything and all(r["publishable"] for r in everything)
    for field in ("family_contact", "witness_identity"):
        assert all(field not in r for r in everything)
    assert "+000 555" not in client.get("/api/export/victims.csv").text
    assert "+000 555" not in client.get("/victims", params={"q": "Marwan"}).text
    document = client.get("/api/documents/1").json()
    assert "archive_path" not in document
    client.csrf = client.get("/api/session").json()["csrf_token"]
    login = client.post(
        "/api/login",
        json={"username": "adam", "password": PASSWORD},
        headers={"X-CSRF-Token": client.csrf},
    )
    assert login.status_code == 403
    assert client.review(1, decision="confirm", reason="x").status_code == 403


def test_user_accounts(fresh_demo: tuple[Ledger, Demo]) -> None:
    from harmledger.errors import InputError

    ledger, _ = fresh_demo
    created = add_user(ledger, "zoe", "long enough pw", "analyst")
    assert created["role"] == "analyst"
    assert authenticate(ledger, "zoe", "long enough pw")["username"] == "zoe"  # type: ignore[index]
    assert authenticate(ledger, "zoe", "wrong") is None
    from harmledger.store.user_tables import User

    with ledger.reader() as session:
        stored = session.query(User).filter_by(username="zoe").one()
        assert (
            stored.password_hash.startswith("$argon2") and "long enough" not in stored.password_hash
        )
    with pytest.raises(InputError):
        add_user(ledger, "zoe", "long enough pw")
    with pytest.raises(InputError):
        add_user(ledger, "yan", "short")
    with pytest.raises(InputError):
        set_role(ledger, "zoe", "emperor")
    assert [u["username"] for u in list_users(ledger)] == ["adam", "ana", "vera", "zoe"]


def test_grade_changes_need_an_analyst_and_are_logged(
    fresh_app: Any, fresh_demo: tuple[Ledger, Demo]
) -> None:
    _, demo = fresh_demo
    analyst, viewer = Client(fresh_app), Client(fresh_app)
    analyst.api_login("ana")
    viewer.api_login("vera")
    url = f"/api/incidents/{demo.mosul}/grade"
    body = {"grade": "contested", "reason": "a second party claimed it"}
    assert viewer.post(url, json=body, headers={"X-CSRF-Token": viewer.csrf}).status_code == 403
    assert analyst.post(url, json=body).status_code == 403  # no CSRF header
    changed = analyst.post(url, json=body, headers={"X-CSRF-Token": analyst.csrf})
    assert changed.status_code == 200 and changed.json()["grade"] == "contested"
    log = analyst.get("/log").text
    assert "set_grade" in log and "a second party claimed it" in log
    form = analyst.post(
        f"/incidents/{demo.mosul}/grade",
        data={"grade": "rules", "reason": "back to the rules", "csrf_token": analyst.csrf},
    )
    assert form.status_code == 303
    assert analyst.get(f"/api/incidents/{demo.mosul}").json()["grade_by"] == "rules"


def test_person_pages_and_pair_review(fresh_app: Any, fresh_demo: tuple[Ledger, Demo]) -> None:
    _, _demo = fresh_demo
    analyst = Client(fresh_app)
    analyst.api_login("ana")
    person = analyst.get("/api/persons/p-1").json()
    assert {r["name_latin"] for r in person["records"]} == {"Marwan Khalil", "Marwan Yousef"}
    assert any("family_contact" in r for r in person["records"])  # analysts see contacts
    assert "مروان يوسف" in analyst.get("/persons/p-1").text
    (pair,) = analyst.get("/api/persons/candidates").json()
    decided = analyst.post(
        "/api/persons/review",
        json={
            "left": pair["left"],
            "right": pair["right"],
            "decision": "different",
            "reason": "ages differ",
        },
        headers={"X-CSRF-Token": analyst.csrf},
    )
    assert decided.status_code == 200
    assert analyst.get("/api/persons/candidates").json() == []
    assert "No person link waits for review" in analyst.get("/review").text


def test_public_person_shows_only_publishable_records(anonymous_public: Client) -> None:
    person = anonymous_public.get("/api/persons/p-1").json()
    assert [r["name_latin"] for r in person["records"]] == ["Marwan Khalil"]
    assert person["why"] == []  # the pair would reveal the unpublished record
    assert all("family_contact" not in r for r in person["records"])
    assert anonymous_public.get("/api/persons/candidates").status_code == 403


def test_logout_ends_the_session_on_the_server(app: Any) -> None:
    user = Client(app)
    assert user.api_login("ana").status_code == 200
    kept = dict(user.http.cookies)  # what someone who copied the cookie would hold
    assert user.get("/api/session").json()["user"]["username"] == "ana"
    assert user.post("/api/logout", headers={"X-CSRF-Token": user.csrf}).status_code == 200

    replay = Client(app)
    for name, value in kept.items():
        replay.http.cookies.set(name, value)
    assert replay.get("/api/session").json()["user"] is None
    assert replay.get("/api/incidents").status_code == 401


@pytest.mark.parametrize(
    ("args", "proxy_headers", "allowed"),
    [([], False, ""), (["--trust-proxy", "127.0.0.1"], True, "127.0.0.1")],
)
def test_serve_believes_forwarded_headers_only_from_named_proxies(
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    proxy_headers: bool,
    allowed: str,
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from harmledger.cli import app as cli_app

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append(kw))
    monkeypatch.setenv("HARMLEDGER_SECRET_KEY", "x" * 40)
    result = CliRunner().invoke(cli_app, ["serve", "--home", str(tmp_path / "h"), *args])
    assert result.exit_code == 0, result.output
    assert calls[0]["proxy_headers"] is proxy_headers
    assert calls[0]["forwarded_allow_ips"] == allowed


def test_anonymous_write_is_401_before_its_body_is_validated(client: Client) -> None:
    response = client.post("/api/claims/1/review", json={})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(
    "path",
    [
        f"/api/incidents/{2**63}",
        f"/api/documents/{2**64 + 5}",
        f"/api/incidents?page={2**63}",
        f"/api/claims?document_id={2**63}",
        f"/incidents/{2**63}",
    ],
)
def test_numbers_beyond_the_database_are_400(viewer: Client, path: str) -> None:
    assert viewer.get(path).status_code == 400
