"""``harmledger serve --workers 2`` on PostgreSQL: a login made through one worker holds on the
other (sessions and the login throttle are rows in the database, the session key is shared).

Starts a real server (two uvicorn worker processes), so it is marked ``slow`` and ``postgres``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from harmledger.config import load_settings
from harmledger.store.ledger import open_ledger
from harmledger.web.users import add_user
from tests.ledgers import PostgresDatabases

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
PASSWORD = "correct horse battery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_served(base: str, server: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(
                f"serve exited: {server.stderr.read().decode() if server.stderr else ''}"
            )
        try:
            if httpx.get(f"{base}/api/session", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise AssertionError("serve did not answer in time")


def _fresh_get(base: str, cookies: httpx.Cookies) -> httpx.Response:
    """A request on a new connection, so the kernel may hand it to either worker."""
    with httpx.Client(base_url=base, cookies=cookies, timeout=10) as client:
        return client.get("/api/session")


def test_a_login_on_one_worker_is_honoured_by_the_other(
    postgres_databases: PostgresDatabases, tmp_path: Path
) -> None:
    url = postgres_databases.url(postgres_databases.migrated())
    home = tmp_path / "home"
    with open_ledger(load_settings(home=home, database_url=url, actor="tester")) as ledger:
        add_user(ledger, "vera", PASSWORD, "analyst")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "HARMLEDGER_DATABASE_URL": url}
    env.pop("HARMLEDGER_WEB_SECRET", None)  # the key is made once by serve, then shared
    server = subprocess.Popen(
        [sys.executable, "-c", "from harmledger.cli import main; main()", "serve", "--workers", "2", "--port", str(port),
         "--home", str(home)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        _wait_until_served(base, server, 120)
        with httpx.Client(base_url=base, timeout=10) as client:
            csrf = client.get("/api/session").json()["csrf_token"]
            login = client.post(
                "/api/login",
                json={"username": "vera", "password": PASSWORD},
                headers={"X-CSRF-Token": csrf},
            )
            assert login.status_code == 200, login.text
            cookies = client.cookies
        logged_in_by = login.headers["X-Served-By"]
        served: dict[str, int] = {}
        for _ in range(60):
            response = _fresh_get(base, cookies)
            assert response.status_code == 200
            assert response.json()["user"]["username"] == "vera", response.json()
            worker = response.headers["X-Served-By"]
            served[worker] = served.get(worker, 0) + 1
            if len(served) == 2:
                break
        assert len(served) == 2, f"one worker answered everything: {served}"
        assert set(served) - {logged_in_by}  # the other worker knew the session
    finally:
        server.terminate()
        server.wait(30)
