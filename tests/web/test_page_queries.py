"""What one incident page costs the database: no statement scans every incident (the merged
incidents and the imported datasets' incidents are looked up by index), and the page's claims
and documents are read in a fixed number of statements, not one per document.

Checked on SQLite's query plans (``EXPLAIN QUERY PLAN``); the indexes are the same on
PostgreSQL (one migration)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, text

from harmledger.assess.views import incident_summaries
from harmledger.publish.incident_list import IncidentFilters, filtered
from harmledger.store.ledger import Ledger
from tests.web.conftest import Client
from tests.web.demo import Demo


@contextmanager
def _statements(ledger: Ledger) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(ledger.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ledger.engine, "before_cursor_execute", record)


def test_an_incident_page_scans_no_table_of_incidents(app: Any, demo: Demo) -> None:
    ledger = app.state.web.ledger
    analyst = Client(app)
    assert analyst.api_login("ana").status_code == 200
    analyst.get(f"/incidents/{demo.event}")  # warm: the view cache holds the whole-ledger parts
    with _statements(ledger) as seen:
        assert analyst.get(f"/incidents/{demo.event}").status_code == 200
    scans = []
    with ledger.engine.connect() as connection:
        for statement, parameters in seen:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            scans += [statement[:120] for row in plan if row[-1].startswith("SCAN incidents")]
    assert not scans, scans


def test_an_incident_pages_statements_do_not_grow_with_its_documents(app: Any, demo: Demo) -> None:
    ledger = app.state.web.ledger
    analyst = Client(app)
    assert analyst.api_login("ana").status_code == 200
    counts = {}
    for incident in (demo.event, demo.campaign):
        analyst.get(f"/incidents/{incident}")
        with _statements(ledger) as seen:
            assert analyst.get(f"/incidents/{incident}").status_code == 200
        with ledger.reader() as session:
            documents = session.scalar(
                text(
                    "SELECT count(DISTINCT c.document_id) FROM incident_claims l "
                    "JOIN claims c ON c.id = l.claim_id WHERE l.incident_id = :i"
                ),
                {"i": incident},
            )
        counts[incident] = (documents, len(seen))
    (few_documents, few), (more_documents, more) = sorted(counts.values())
    assert more_documents > few_documents
    assert more <= few, counts  # one statement per document before


PARTS = ("claims", "documents", "figures", "civilians_killed_min", "civilians_killed_max")


def test_a_list_page_reads_kept_summaries_not_claims(app: Any, demo: Demo) -> None:
    """A page of the incident list reads each incident's kept summary parts, not its claims,
    and shows what its claims give (the same summaries as read ``as_of`` now, from claims)."""
    ledger = app.state.web.ledger
    analyst = Client(app)
    assert analyst.api_login("ana").status_code == 200
    analyst.get("/api/incidents")
    with _statements(ledger) as seen:
        listed = analyst.get("/api/incidents?per_page=50")
    assert listed.status_code == 200
    assert not [s for s, _ in seen if " FROM claims" in s or "JOIN claims" in s]
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    with ledger.reader() as session:
        incidents = list(session.scalars(filtered(IncidentFilters()).limit(50)))
        derived = {s["id"]: s for s in incident_summaries(session, incidents, later)}
    shown = {item["id"]: item for item in listed.json()["items"]}
    assert shown and all(
        {k: shown[i][k] for k in PARTS} == {k: derived[i][k] for k in PARTS} for i in shown
    )
