"""The review queue of incident links lives in the library and reads conflicts as data: a link
the linker marked conflicting is a candidate however high it scored, and the reasons shown are
the ones the linker wrote against it."""

from __future__ import annotations

import datetime as dt

from harmledger.link.incidents.clustering import THRESHOLD
from harmledger.link.incidents.conflicts import conflict_reasons, evidence_reason
from harmledger.link.incidents.review_queue import REVIEW_MARGIN, incident_link_candidates
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import Ledger
from tests.incidents.builders import add_document

NOW = dt.datetime(2024, 3, 6, tzinfo=dt.UTC)


def test_the_reason_the_linker_writes_is_the_one_it_recognises() -> None:
    against = evidence_reason("perpetrator", "militia", same=False)
    agreeing = evidence_reason("weapon", "shelling", same=True)
    assert conflict_reasons([agreeing, "place same: Fennick", against]) == [against]
    assert conflict_reasons([evidence_reason("weapon", "drone", same=False)])


def test_conflicting_links_are_candidates_whatever_their_score(ledger: Ledger) -> None:
    _, claim_ids = add_document(
        ledger,
        [
            {"quote": "Four civilians were killed in Fennick.", "low": 4, "high": 4},
            {"quote": "Six civilians were killed in Fennick.", "low": 6, "high": 6},
        ],
    )
    confident = THRESHOLD["event"] + REVIEW_MARGIN + 0.5
    with ledger.session() as session:
        incident = Incident(kind="event", name="Fennick", created_at=NOW, status="active")
        session.add(incident)
        session.flush()
        for claim_id, conflicting in zip(claim_ids, (True, False), strict=True):
            reasons = [evidence_reason("perpetrator", "militia", same=not conflicting)]
            session.add(
                IncidentClaim(
                    incident_id=incident.id, claim_id=claim_id, score=confident,
                    reasons=reasons, conflicting=conflicting, linked_by="auto", created_at=NOW,
                )
            )  # fmt: skip
    with ledger.reader() as session:
        candidates = incident_link_candidates(session)
    uncertain = [c for c in candidates if c["kind"] == "uncertain"]
    assert [c["claim"]["id"] for c in uncertain] == [claim_ids[0]]
    assert uncertain[0]["conflicts"] == ["other perpetrator militia"]
