"""Exports stream from the database a batch at a time, and say exactly what the whole export
said when it was written in one piece."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from harmledger.claims.queries import list_claims
from harmledger.publish import exports
from harmledger.publish.incident_list import IncidentFilters, incident_batches, list_incidents
from harmledger.store.ledger import Ledger
from harmledger.web import data
from tests.web.conftest import Client
from tests.web.demo import Demo

ROWS = [
    {"id": 1, "name": "=cmd", "list": ["a", "b"], "n": 3.5},
    {"id": 2, "name": "second\nline", "note": "only here"},
    {"id": 3, "name": "قصف", "list": []},
]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("size", [1, 2, 3])
def test_streamed_parts_join_to_the_whole(fmt: str, size: int, monkeypatch: Any) -> None:
    monkeypatch.setattr(exports, "published", lambda _dataset, rows: list(rows))
    batches = (ROWS[n : n + size] for n in range(0, len(ROWS), size))
    parts = exports.stream(batches, "claims", fmt, columns=["id", "name", "list", "n", "note"])
    assert inspect.isgenerator(parts)
    text = "".join(parts)
    if size >= 2 or fmt == "json":  # CSV: the first batch holds every column
        assert text == exports.render(ROWS, fmt, columns=None)
    else:  # later columns come from the columns given, never lost
        assert text.splitlines()[0] == "\ufeffid,name,list,n,note"
    empty = "".join(exports.stream(iter([]), "claims", fmt, columns=["id", "name"]))
    assert empty == exports.render([], fmt, columns=["id", "name"])


def test_incident_batches_read_a_batch_at_a_time(ledger: Ledger) -> None:
    batches = incident_batches(ledger, IncidentFilters(), size=2)
    assert inspect.isgenerator(batches)
    assert list(batches) == []  # an empty ledger: no batch at all


def _old(ledger: Ledger, dataset: str, fmt: str) -> str:
    """The export as the route wrote it before it streamed: every row read, then rendered."""
    rows: list[dict[str, Any]]
    if dataset == "incidents":
        with ledger.reader() as session:
            rows = list_incidents(session, IncidentFilters())
    elif dataset == "claims":
        rows = list_claims(ledger)
    else:
        rows = data.victims(ledger, query=None, limit=1000, public=False, sensitive=False)
    published = exports.published(dataset, rows)
    return exports.render(published, fmt, columns=exports.empty_columns(dataset))


@pytest.mark.parametrize(
    "dataset,fmt",
    [(d, f) for d in ("incidents", "claims", "victims") for f in ("csv", "json")]
    + [("incidents", "geojson")],
)
def test_streamed_export_equals_the_old_one(
    viewer: Client, demo: Demo, shared_demo: Any, dataset: str, fmt: str, monkeypatch: Any
) -> None:
    import harmledger.publish.incident_list as queries

    monkeypatch.setattr(queries, "BATCH", 2)  # several batches even in the demo
    response = viewer.get(f"/api/export/{dataset}.{fmt}")
    assert response.status_code == 200
    assert "content-length" not in response.headers  # streamed: its size is not known ahead
    ledger = shared_demo[0]
    assert response.content.decode("utf-8") == _old(ledger, dataset, fmt)
    if fmt == "json":
        assert len(json.loads(response.text)) >= 2


def test_public_streamed_exports_hide_what_the_public_site_hides(
    anonymous_public: Client, shared_demo: Any
) -> None:
    from harmledger.victims.model import SENSITIVE_FIELDS

    response = anonymous_public.get("/api/export/victims.json")
    assert response.status_code == 200 and "content-length" not in response.headers
    exported = response.json()
    everything = data.victims(shared_demo[0], query=None, limit=1000, public=False, sensitive=True)
    assert all(record["publishable"] for record in exported)
    assert len(exported) < len(everything)  # the demo keeps some records unpublished
    assert not any(set(SENSITIVE_FIELDS) & set(record) for record in exported)
    header = anonymous_public.get("/api/export/victims.csv").text.splitlines()[0]
    assert not set(SENSITIVE_FIELDS) & set(header.lstrip("\ufeff").split(","))
    assert anonymous_public.get("/api/map").status_code == 200
