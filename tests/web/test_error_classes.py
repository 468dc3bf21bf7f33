"""Each library error class has one HTTP status, chosen by class in ``web/errors.STATUSES``;
the message plays no part (a not-found message need not start with "no ")."""

from __future__ import annotations

from typing import Any

import pytest

from harmledger.errors import (
    Conflict,
    EstimationError,
    HarmledgerError,
    InputError,
    Invalid,
    NotFound,
    StorageError,
)
from harmledger.web.errors import status_of
from tests.web.conftest import Client


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (NotFound("incident 7 is not in the ledger"), 404),
        (Conflict("no way: user 'kim' already exists"), 409),
        (Invalid("no such month"), 400),
        (InputError("no class given"), 400),
        (StorageError("disk full"), 500),
        (HarmledgerError("no idea"), 500),
    ],
)
def test_status_by_class_not_message(error: HarmledgerError, status: int) -> None:
    assert status_of(error) == status


def test_the_three_are_input_errors() -> None:
    """Code that catches InputError (as before the split) still catches all three."""
    assert all(issubclass(c, InputError) for c in (NotFound, Conflict, Invalid))
    assert not issubclass(EstimationError, InputError)


@pytest.mark.parametrize(
    ("kind", "status", "code"),
    [(NotFound, 404, "not_found"), (Conflict, 409, "conflict"), (Invalid, 400, "bad_request")],
)
def test_each_class_reaches_the_envelope(
    app: Any, kind: type[InputError], status: int, code: str
) -> None:
    def fail() -> None:
        raise kind("the message does not decide")

    app.add_api_route("/api/raises", fail)
    response = Client(app).get("/api/raises")
    assert response.status_code == status
    assert response.json() == {"error": {"code": code, "message": "the message does not decide"}}


def test_library_conflicts_are_409(fresh_app: Any) -> None:
    admin = Client(fresh_app)
    assert admin.api_login("adam").status_code == 200
    headers = {"X-CSRF-Token": admin.csrf}
    body = {"username": "kim", "password": "long enough pw", "role": "viewer"}
    assert admin.post("/api/admin/users", json=body, headers=headers).status_code == 200
    again = admin.post("/api/admin/users", json=body, headers=headers)
    assert again.status_code == 409 and "already exists" in again.json()["error"]["message"]
