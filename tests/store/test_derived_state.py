"""Derived state (stored figures, rule grades) is kept current by the unit of work itself.

Each test is a writer that only writes rows (ORM objects or bulk statements) and calls nothing
else; after its commit, the stored figures equal what the claims give and the grade is the one
the rules give, unless an analyst set it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, update

from harmledger.assess.decisions import set_grade
from harmledger.assess.stored_figures import derive_figures, stored_figures
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import ClaimReview, Incident, IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow, Extraction
from tests.incidents.builders import RAQQA, add_document

DAY = dt.date(2017, 8, 15)
STRIKE = {
    "period_start": DAY,
    "period_end": DAY,
    "perpetrator": "us_led_coalition",
    "weapon": "airstrike",
    **RAQQA,
}
NOW = dt.datetime(2017, 9, 1, tzinfo=dt.UTC)


def _two_sources(ledger: Ledger) -> tuple[int, list[int]]:
    """One strike reported by two independent sources and linked: a Fair incident."""
    market = "civilians were killed in the airstrike on the Hamidiya market"  # the site both name
    _, [a] = add_document(
        ledger, [{"low": 12, "high": 12, "quote": f"12 {market}", **STRIKE}], source="Wire A"
    )
    _, [b] = add_document(
        ledger,
        [{"low": 14, "high": 20, "quote": f"14 to 20 {market}", **STRIKE}],
        source="Monitor B",
    )
    link_incidents(ledger)
    with ledger.reader() as session:
        incident_id = session.scalars(
            select(IncidentClaim.incident_id).where(IncidentClaim.claim_id == a)
        ).one()
    return incident_id, [a, b]


def _state(ledger: Ledger, incident_id: int) -> tuple[str | None, str, dict[str, tuple[int, int]]]:
    """(grade, grade_by, stored figures) of an incident, after checking figures are current."""
    with ledger.reader() as session:
        stored = stored_figures(session)
        assert stored == derive_figures(session)  # stored rows equal a fresh derivation
        incident = session.get(Incident, incident_id)
        assert incident is not None
        figures = {f"{m}/{c}": bounds for (m, c), bounds in stored.get(incident_id, {}).items()}
        return incident.grade, incident.grade_by, figures


def test_linking_leaves_current_figures_and_grade(ledger: Ledger) -> None:
    incident_id, _ = _two_sources(ledger)
    assert _state(ledger, incident_id) == ("fair", "rules", {"killed/civilians": (12, 20)})


def test_a_writer_that_only_inserts_a_review_gets_current_figures_and_grade(
    ledger: Ledger,
) -> None:
    incident_id, [_, b] = _two_sources(ledger)
    with ledger.session() as session:  # a new writer: one row, no call
        session.add(
            ClaimReview(
                claim_id=b, decision="reject", corrections={}, reason="r", actor="t", decided_at=NOW
            )
        )
    assert _state(ledger, incident_id) == ("weak", "rules", {"killed/civilians": (12, 12)})


def test_a_writer_that_only_moves_a_link_gets_both_incidents_current(ledger: Ledger) -> None:
    incident_id, [_, b] = _two_sources(ledger)
    with ledger.session() as session:
        new = Incident(kind="event", name="new", created_at=NOW, grade_reasons=[])
        session.add(new)
        session.flush()
        session.execute(
            update(IncidentClaim)
            .where(IncidentClaim.claim_id == b, IncidentClaim.removed_at.is_(None))
            .values(removed_at=NOW)
        )
        session.execute(  # a bulk insert, as a loader would write it
            insert(IncidentClaim),
            [
                {
                    "incident_id": new.id,
                    "claim_id": b,
                    "score": 1.0,
                    "reasons": [],
                    "linked_by": "analyst",
                    "created_at": NOW,
                }
            ],
        )
        new_id = new.id
    assert _state(ledger, incident_id) == ("weak", "rules", {"killed/civilians": (12, 12)})
    assert _state(ledger, new_id) == ("weak", "rules", {"killed/civilians": (14, 20)})


def test_an_analysts_grade_is_never_replaced_by_the_rules(ledger: Ledger) -> None:
    incident_id, [_, b] = _two_sources(ledger)
    set_grade(ledger, incident_id, "confirmed", "the belligerent admitted it in a letter")
    with ledger.session() as session:
        session.add(
            ClaimReview(
                claim_id=b,
                decision="correct",
                corrections={"low": 30, "high": 31},
                reason="r",
                actor="t",
                decided_at=NOW,
            )
        )
    assert _state(ledger, incident_id) == ("confirmed", "analyst", {"killed/civilians": (12, 31)})
    set_grade(ledger, incident_id, None, "back to the rules")
    assert _state(ledger, incident_id) == ("fair", "rules", {"killed/civilians": (12, 31)})


def test_a_new_reading_of_a_document_refreshes_figures_and_grade(ledger: Ledger) -> None:
    """A newer extraction that no longer finds a claim: the incident loses its figure and a
    corroborating origin (before, only the figures were refreshed and the grade stayed Fair)."""
    incident_id, [_, b] = _two_sources(ledger)
    with ledger.session() as session:
        document_id = session.get_one(ClaimRow, b).document_id
        session.execute(
            update(Extraction).where(Extraction.document_id == document_id).values(current=False)
        )
        session.add(
            Extraction(
                document_id=document_id,
                extractor_version="newer",
                extracted_at=NOW,
                current=True,
                claim_count=0,
            )
        )
    assert _state(ledger, incident_id) == ("weak", "rules", {"killed/civilians": (12, 12)})


def test_a_failed_write_refreshes_nothing(ledger: Ledger) -> None:
    incident_id, [_, b] = _two_sources(ledger)
    try:
        with ledger.session() as session:
            session.add(
                ClaimReview(
                    claim_id=b,
                    decision="reject",
                    corrections={},
                    reason="r",
                    actor="t",
                    decided_at=NOW,
                )
            )
            session.flush()
            raise RuntimeError("the writer gives up")
    except RuntimeError:
        pass
    assert _state(ledger, incident_id) == ("fair", "rules", {"killed/civilians": (12, 20)})


def test_typing_a_speaker_as_belligerent_refreshes_figures_everywhere(ledger: Ledger) -> None:
    from harmledger.assess.sources import set_source

    market = "civilians were killed in the airstrike on the Hamidiya market"
    _, [own] = add_document(
        ledger,
        [{"low": 2, "high": 2, "quote": f"2 {market}", "speaker": "Eastern Front", **STRIKE}],
        source="Wire C",
    )
    incident_id, _ = _two_sources(ledger)
    with ledger.reader() as session:
        linked = session.scalars(
            select(IncidentClaim.incident_id).where(IncidentClaim.claim_id == own)
        ).one()
    assert linked == incident_id
    assert _state(ledger, incident_id)[2] == {"killed/civilians": (2, 20)}
    set_source(ledger, "Eastern Front", source_type="belligerent")  # the party's own figure
    assert _state(ledger, incident_id)[2] == {"killed/civilians": (12, 20)}
