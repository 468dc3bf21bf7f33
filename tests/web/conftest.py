"""Web test fixtures: the demo ledger on every backend, apps over it, and in-process clients."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from harmledger.config import load_settings
from harmledger.store.ledger import Ledger, open_ledger
from harmledger.web import create_app
from tests.ledgers import home_from_template
from tests.web.demo import PASSWORD, Demo, build_demo

SECRET = "test-secret-key-not-for-production"


class Client:
    """A synchronous face on ``httpx.AsyncClient`` over ``httpx.ASGITransport`` (in-process)."""

    def __init__(self, app: Any) -> None:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        self.http = httpx.AsyncClient(transport=transport, base_url="http://testserver")
        self.csrf = ""

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return asyncio.run(self.http.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def api_login(self, username: str, password: str = PASSWORD) -> httpx.Response:
        self.csrf = self.get("/api/session").json()["csrf_token"]
        response = self.post(
            "/api/login",
            json={"username": username, "password": password},
            headers={"X-CSRF-Token": self.csrf},
        )
        if response.status_code == 200:
            self.csrf = response.json()["csrf_token"]
        return response

    def review(self, claim_id: int, **body: Any) -> httpx.Response:
        return self.post(
            f"/api/claims/{claim_id}/review", json=body, headers={"X-CSRF-Token": self.csrf}
        )


@pytest.fixture(scope="session")
def shared_demo(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[tuple[Ledger, Demo]]:
    """One SQLite demo ledger for the tests that only read (building it takes seconds)."""
    folder = tmp_path_factory.mktemp("web-demo")
    home = home_from_template(sqlite_template, folder / "home")
    with open_ledger(load_settings(home=home, actor="tester")) as opened:
        yield opened, build_demo(opened, folder)


@pytest.fixture
def fresh_demo(ledger: Ledger, tmp_path: Path) -> tuple[Ledger, Demo]:
    """A demo ledger of its own, on every backend, for tests that write."""
    return ledger, build_demo(ledger, tmp_path)


def _app(built_on: tuple[Ledger, Demo], public: bool) -> Iterator[Any]:
    built = create_app(built_on[0].settings, public=public, secret_key=SECRET)
    yield built
    built.state.web.ledger.close()


@pytest.fixture
def demo(shared_demo: tuple[Ledger, Demo]) -> Demo:
    return shared_demo[1]


@pytest.fixture
def app(shared_demo: tuple[Ledger, Demo]) -> Iterator[Any]:
    yield from _app(shared_demo, public=False)


@pytest.fixture
def public_app(shared_demo: tuple[Ledger, Demo]) -> Iterator[Any]:
    yield from _app(shared_demo, public=True)


@pytest.fixture
def fresh_app(fresh_demo: tuple[Ledger, Demo]) -> Iterator[Any]:
    yield from _app(fresh_demo, public=False)


@pytest.fixture
def client(app: Any) -> Client:
    return Client(app)


@pytest.fixture
def analyst(app: Any) -> Client:
    logged = Client(app)
    assert logged.api_login("ana").status_code == 200
    return logged


@pytest.fixture
def viewer(app: Any) -> Client:
    logged = Client(app)
    assert logged.api_login("vera").status_code == 200
    return logged


@pytest.fixture
def anonymous_public(public_app: Any) -> Client:
    return Client(public_app)
