"""Every route with an id in its path answers a missing id as the incident and document pages
do: 404 and "no incident with id N" (the error page on pages, the JSON envelope on the API),
whatever the method, and the same for an id no row can have (past the 32-bit id columns)."""

from __future__ import annotations

from typing import Any

from tests.web.conftest import Client

MISSING = (999_999, 2**31, 2**40, -(2**31) - 1)
REASON = "checked"

# (path template, what the id names, JSON body or form fields)
API_WRITES: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("/api/incidents/{n}/grade", "incident", {"grade": "fair", "reason": REASON}),
    ("/api/incidents/{n}/split", "incident", {"claims": [1], "reason": REASON}),
    ("/api/incidents/{n}/merge", "incident", {"incidents": [1], "reason": REASON}),
    ("/api/claims/{n}/review", "claim", {"decision": "confirm", "reason": REASON}),
    ("/api/claims/{n}/incident/confirm", "claim", {"reason": REASON}),
    ("/api/claims/{n}/incident", "claim", {"incident_id": 1, "reason": REASON}),
)
FORM_WRITES: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("/incidents/{n}/grade", "incident", {"grade": "fair", "reason": REASON}),
    ("/claims/{n}/review", "claim", {"decision": "confirm", "reason": REASON}),
)


def test_writes_answer_a_missing_id_as_reads_do(fresh_app: Any) -> None:
    analyst = Client(fresh_app)
    assert analyst.api_login("ana").status_code == 200
    headers = {"X-CSRF-Token": analyst.csrf}
    wrong = []
    for template, kind, body in API_WRITES:
        for number in MISSING:
            url = template.format(n=number)
            response = analyst.post(url, json=body, headers=headers)
            expected = {"error": {"code": "not_found", "message": f"no {kind} with id {number}"}}
            if response.status_code != 404 or response.json() != expected:
                wrong.append(f"POST {url}: {response.status_code} {response.text[:120]}")
    for template, kind, fields in FORM_WRITES:
        for number in MISSING:
            url = template.format(n=number)
            response = analyst.post(url, data=fields | {"csrf_token": analyst.csrf})
            if response.status_code != 404 or f"no {kind} with id {number}" not in response.text:
                wrong.append(f"POST {url}: {response.status_code} {response.text[:120]}")
    assert not wrong, "\n".join(wrong)
