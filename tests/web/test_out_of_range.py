"""Integers past what the database holds (``2**63`` and up; on PostgreSQL ``integer`` columns
already past ``2**31 - 1``) in any page's query or path: a 400 that says so, never a 500 from
the driver nor a 200 that dropped or clamped the number. On both backends, since each fails
its own way (SQLite's driver overflows while binding; PostgreSQL answers SQLSTATE 22003)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.conftest import Client

HUGE = (2**63, 2**64 + 5, 10**30, -(2**63) - 1)
SAYS_WHY = ("out of range", "must be between", "starts at 1")
PAGES = (
    "/?campaign={n}",
    "/incidents?page={n}",
    "/incidents?page_number={n}",
    "/incidents?per_page={n}",
    "/incidents/{n}",
    "/incidents/{n}/report",
    "/documents?page={n}",
    "/documents?page_number={n}",
    "/documents/{n}",
    "/victims?page={n}",
    "/victims?page_number={n}",
    "/search?q=killed&page={n}",
    "/search?q=killed&page_number={n}",
    "/persons?page={n}",
    "/persons?page_number={n}",
    "/map?bbox=38,35,40,37&zoom={n}",
    "/api/incidents?page={n}",
    "/api/incidents/{n}",
    "/api/claims?document_id={n}",
)


def test_every_page_answers_400_for_a_number_out_of_range(fresh_app: Any) -> None:
    analyst = Client(fresh_app)
    assert analyst.api_login("ana").status_code == 200
    wrong = []
    for template in PAGES:
        for number in HUGE:
            response = analyst.get(template.format(n=number))
            if response.status_code != 400 or not any(w in response.text for w in SAYS_WHY):
                wrong.append(f"{template.format(n=number)}: {response.status_code}")
    assert not wrong, wrong


@pytest.mark.parametrize("path", ["/incidents?per_page=1&page=2", "/documents?page=2"])
def test_html_lists_read_page_as_the_api_does(fresh_app: Any, path: str) -> None:
    """``page`` (the API's name) turns the page of an HTML list, beside its own ``page_number``."""
    analyst = Client(fresh_app)
    assert analyst.api_login("ana").status_code == 200
    response = analyst.get(path)
    assert response.status_code == 200
    assert 'rel="prev"' in response.text


NO_ROW_CAN_HAVE = (2**31, 2**40, 2**63 - 1, -(2**31) - 1)  # past the 32-bit id columns
BY_ID = (
    "/?campaign={n}",
    "/incidents/{n}",
    "/incidents/{n}/report",
    "/incidents/{n}/export.csv",
    "/documents/{n}",
    "/documents/{n}/claims.csv",
    "/api/incidents/{n}",
    "/api/incidents/{n}/victims",
    "/api/documents/{n}",
    "/api/claims?document_id={n}",
    "/api/compare?incident_id={n}",
)


def _same_answer(response: Any, missing: Any, number: int) -> bool:
    if response.status_code == 404:
        return f"with id {number}" in response.text
    return bool(response.json() == missing.json())


def test_an_id_no_row_can_have_answers_as_a_missing_id_on_every_backend(fresh_app: Any) -> None:
    """PostgreSQL refuses to compare such a number with its ``integer`` ids (a 400 before),
    SQLite finds nothing: both answer what a missing id answers, 404 "not found" for a page
    of that id, an empty list for a filter by it."""
    analyst = Client(fresh_app)
    assert analyst.api_login("ana").status_code == 200
    wrong = []
    for template in BY_ID:
        missing = analyst.get(template.format(n=999_999))
        for number in NO_ROW_CAN_HAVE:
            response = analyst.get(template.format(n=number))
            if response.status_code != missing.status_code:
                wrong.append(f"{template.format(n=number)}: {response.status_code}")
            elif not _same_answer(response, missing, number):
                wrong.append(f"{template.format(n=number)}: {response.text[:80]}")
    statuses = {template: analyst.get(template.format(n=2**40)).status_code for template in BY_ID}
    assert statuses == {t: 200 if "?document_id" in t else 404 for t in BY_ID}
    assert not wrong, wrong
