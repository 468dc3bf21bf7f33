"""The incident tree never loops: merges that would make an incident its own parent are refused,
and ``verify`` reports loops and children left without an active campaign."""

import datetime as dt

import pytest
from sqlalchemy import select, update

from harmledger.assess.decisions import merge_incidents
from harmledger.errors import InputError
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.incident_tree import ancestors, tree_problems
from harmledger.store.ledger import Ledger
from harmledger.store.verify import verify_ledger
from tests.incidents.builders import RAQQA, add_document

BATTLE = {"period_start": dt.date(2017, 6, 6), "period_end": dt.date(2017, 10, 12)}
DAY = {"period_start": dt.date(2017, 8, 15), "period_end": dt.date(2017, 8, 15)}


def _incident_of(ledger: Ledger, claim_id: int) -> int:
    with ledger.reader() as session:
        return session.scalars(
            select(IncidentClaim.incident_id).where(
                IncidentClaim.claim_id == claim_id, IncidentClaim.removed_at.is_(None)
            )
        ).one()


def _campaign_and_event(ledger: Ledger) -> tuple[int, int]:
    _, [campaign] = add_document(
        ledger, [{"low": 1600, "qualifier": "more_than", **BATTLE, **RAQQA}]
    )
    _, [event] = add_document(ledger, [{"low": 21, "high": 21, **DAY, **RAQQA}])
    link_incidents(ledger)
    parent, child = _incident_of(ledger, campaign), _incident_of(ledger, event)
    with ledger.reader() as session:
        assert ancestors(session, child) == [parent]
    return parent, child


def test_merging_a_campaign_into_its_own_event_is_refused(ledger: Ledger) -> None:
    parent, child = _campaign_and_event(ledger)
    with pytest.raises(InputError, match=f"incident {parent} contains incident {child}"):
        merge_incidents(ledger, child, [parent], "same battle")
    with ledger.reader() as session:
        assert tree_problems(session) == []
        assert session.get(Incident, parent).status == "active"  # type: ignore[union-attr]


def test_merging_an_event_into_its_campaign_keeps_the_tree(ledger: Ledger) -> None:
    parent, child = _campaign_and_event(ledger)
    merge_incidents(ledger, parent, [child], "the event is the campaign's own figure")
    with ledger.reader() as session:
        assert tree_problems(session) == []
        assert ancestors(session, parent) == []


def _tree_findings(ledger: Ledger) -> list[tuple[str, str, str]]:
    """verify's incident findings (the builders store documents without archived files)."""
    return [
        (p.kind, p.subject, p.message)
        for p in verify_ledger(ledger).problems
        if p.kind in ("cycle", "orphan")
    ]


def test_verify_reports_a_loop_and_an_orphan(ledger: Ledger) -> None:
    parent, child = _campaign_and_event(ledger)
    assert _tree_findings(ledger) == []
    with ledger.session() as session:
        session.execute(update(Incident).where(Incident.id == parent).values(parent_id=child))
    [(kind, _, message)] = _tree_findings(ledger)
    assert kind == "cycle" and f"{min(parent, child)} -> " in message
    with ledger.session() as session:
        session.execute(update(Incident).where(Incident.id == parent).values(parent_id=None))
        session.execute(update(Incident).where(Incident.id == parent).values(status="merged"))
    assert [f[:2] for f in _tree_findings(ledger)] == [("orphan", f"incident:{child}")]
