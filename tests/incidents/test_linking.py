"""Linking claims into incidents: events, aggregates, reasons, increments, human decisions."""

import datetime as dt

import pytest
from sqlalchemy import select

from harmledger.assess.decisions import (
    merge_incidents,
    move_claim,
    review_claim,
    set_grade,
    split_incident,
)
from harmledger.assess.views import incident_detail
from harmledger.errors import InputError
from harmledger.link.incidents.service import link_incidents
from harmledger.publish.incident_list import list_incidents
from harmledger.store.custody import verify_chain
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent
from tests.incidents.builders import MOSUL, RAQQA, RAQQA_NEIGHBOURHOOD, add_document

DAY = dt.date(2017, 8, 15)
BATTLE = {"period_start": dt.date(2017, 6, 6), "period_end": dt.date(2017, 10, 12)}


def _incident_of(ledger: Ledger, claim_id: int) -> int:
    with ledger.reader() as session:
        return session.scalars(
            select(IncidentClaim.incident_id).where(
                IncidentClaim.claim_id == claim_id, IncidentClaim.removed_at.is_(None)
            )
        ).one()


def test_reports_of_one_strike_become_one_event_with_reasons(ledger: Ledger) -> None:
    _, [a] = add_document(
        ledger,
        [
            {
                "low": 12,
                "high": 12,
                "quote": "twelve civilians died when the bakery was hit",
                "period_start": DAY,
                "period_end": DAY,
                "perpetrator": "us_led_coalition",
                "weapon": "airstrike",
                **RAQQA_NEIGHBOURHOOD,
            }
        ],
        source="Wire A",
    )
    _, [b] = add_document(
        ledger,
        [
            {
                "low": 14,
                "high": 14,
                "quote": "fourteen were killed in the strike on a bakery",
                "period_start": DAY,
                "period_end": DAY,
                "weapon": "airstrike",
                **RAQQA,
            }
        ],
        source="Wire B",
    )
    _, [c] = add_document(
        ledger, [{"low": 3, "high": 3, "period_start": DAY, "period_end": DAY, **MOSUL}]
    )
    _, [d] = add_document(
        ledger,
        [
            {
                "low": 5,
                "high": 5,
                "period_start": DAY + dt.timedelta(days=9),
                "period_end": DAY + dt.timedelta(days=9),
                **RAQQA,
            }
        ],
    )
    report = link_incidents(ledger)
    assert report.claims_linked == 4 and report.incidents_created == 3
    assert _incident_of(ledger, a) == _incident_of(ledger, b)
    assert len({_incident_of(ledger, x) for x in (a, c, d)}) == 3
    with ledger.reader() as session:
        link = session.scalars(select(IncidentClaim).where(IncidentClaim.claim_id == b)).one()
        assert link.score >= 0.6
        assert "same day stated" in link.reasons and "same scene: bakery" in link.reasons
        assert any(r.startswith("place inside") for r in link.reasons)
        detail = incident_detail(session, _incident_of(ledger, a))
    killed = next(
        f for f in detail["figures"] if (f["measure"], f["category"]) == ("killed", "civilians")
    )
    assert (killed["min"], killed["max"], killed["min_claims"], killed["max_claims"]) == (
        12,
        14,
        [a],
        [b],
    )
    assert detail["place"] == "Old City" and detail["country"] is None


def test_campaign_claims_go_to_an_aggregate_that_contains_events(ledger: Ledger) -> None:
    _, [campaign] = add_document(
        ledger, [{"low": 1600, "qualifier": "more_than", **BATTLE, **RAQQA}]
    )
    _, [undated] = add_document(
        ledger, [{"measure": "bodies_recovered", "who": "people", "low": 2601, **RAQQA}]
    )
    _, [event] = add_document(
        ledger, [{"low": 21, "high": 21, "period_start": DAY, "period_end": DAY, **RAQQA}]
    )
    link_incidents(ledger)
    aggregate_id = _incident_of(ledger, campaign)
    assert _incident_of(ledger, undated) == aggregate_id
    with ledger.reader() as session:
        aggregate = session.get(Incident, aggregate_id)
        child = session.get(Incident, _incident_of(ledger, event))
        assert aggregate is not None and child is not None
        assert aggregate.kind == "aggregate" and child.kind == "event"
        assert child.parent_id == aggregate_id
        assert (aggregate.period_start, aggregate.period_end) == (
            BATTLE["period_start"],
            BATTLE["period_end"],
        )


def test_open_ended_claims_never_raise_the_max(ledger: Ledger) -> None:
    # two reports' competing totals (one report's later figure is a part of its lead total)
    add_document(ledger, [{"low": 1601, "high": None, "qualifier": "more_than", **BATTLE, **RAQQA}])
    add_document(ledger, [{"low": 1400, "high": 1400, **BATTLE, **RAQQA}])
    link_incidents(ledger)
    with ledger.reader() as session:
        [summary] = list_incidents(session)
    assert (summary["civilians_killed_min"], summary["civilians_killed_max"]) == (1400, 1601)


def test_linking_is_incremental_and_leaves_unplaceable_claims_for_review(ledger: Ledger) -> None:
    same_day = {"period_start": DAY, "period_end": DAY, **RAQQA}
    add_document(
        ledger, [{"low": 7, "high": 7, "quote": "seven died at the Nour Hamdan bakery", **same_day}]
    )
    first = link_incidents(ledger)
    assert link_incidents(ledger).claims_linked == 0
    _, [later] = add_document(
        ledger, [{"low": 8, "high": 8, "quote": "eight died at the Nour Hamdan bakery", **same_day}]
    )
    _, [elsewhere] = add_document(
        ledger, [{"low": 3, "high": 3, "quote": "three died in Rashid street", **same_day}]
    )
    _, [nowhere] = add_document(ledger, [{"low": 2, "high": 2}])
    second = link_incidents(ledger)
    assert second.claims_linked == 2 and second.incidents_created == 1
    assert second.unplaced_claims == [nowhere]
    assert (
        _incident_of(ledger, later) == first.new_incident_ids[0]
    )  # shares the names "Nour Hamdan"
    assert _incident_of(ledger, elsewhere) == second.new_incident_ids[0]  # same city and day only


def test_human_decisions_are_logged_and_respected(ledger: Ledger) -> None:
    _, [a, b] = add_document(
        ledger,
        [
            {
                "low": 5,
                "high": 5,
                "period_start": DAY,
                "period_end": DAY,
                "perpetrator": "islamic_state",
                "speaker": "a local monitor",
                **RAQQA,
            },
            {
                "low": 6,
                "high": 6,
                "period_start": DAY,
                "period_end": DAY,
                "quote": "six died near the Zanjili Sabri market",
                "perpetrator": "us_led_coalition",
                "speaker": "residents",
                **RAQQA,
            },
        ],
    )
    _, [c] = add_document(
        ledger, [{"low": 9, "high": 9, "period_start": DAY, "period_end": DAY, **MOSUL}]
    )
    link_incidents(ledger)
    raqqa, mosul = _incident_of(ledger, a), _incident_of(ledger, c)
    with ledger.reader() as session:
        assert session.get(Incident, raqqa).grade == "contested"

    with pytest.raises(InputError, match="needs a reason"):
        set_grade(ledger, raqqa, "fair", "  ")
    split = split_incident(ledger, raqqa, [b], "two separate strikes that day")
    assert _incident_of(ledger, b) == split["new_incident"]
    move_claim(ledger, b, mosul, "the report was about Mosul")
    assert _incident_of(ledger, b) == mosul
    merge_incidents(ledger, raqqa, [split["new_incident"]], "empty after the move")
    set_grade(ledger, raqqa, "fair", "two independent local sources")
    review_claim(ledger, a, "correct", "the text says 15", {"low": 15, "high": 15})
    review_claim(ledger, c, "reject", "the figure is about soldiers")

    _, [again] = add_document(
        ledger,
        [
            {
                "low": 4,
                "high": 4,
                "period_start": DAY,
                "period_end": DAY,
                "quote": "four died at the Zanjili Sabri market",
                **MOSUL,
            }
        ],
    )
    link_incidents(ledger)
    assert _incident_of(ledger, b) == mosul  # the analyst's move stands
    with ledger.reader() as session:
        incident = session.get(Incident, raqqa)
        assert (incident.grade, incident.grade_by) == ("fair", "analyst")
        merged = session.get(Incident, split["new_incident"])
        assert (merged.status, merged.merged_into_id) == ("merged", raqqa)
        detail = incident_detail(session, raqqa)
        assert detail["civilians_killed_min"] == detail["civilians_killed_max"] == 15
        mosul_detail = incident_detail(session, mosul)
        assert c not in mosul_detail["claims"] and again in mosul_detail["claims"]
        _count, problems = verify_chain(session)
        assert problems == []
        actions = [e.action for e in session.query(CustodyEvent)]
    assert {"split_incident", "move_claim", "merge_incidents", "set_grade", "review_claim"} <= set(
        actions
    )
