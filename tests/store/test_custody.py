from sqlalchemy import delete, update

from harmledger.store.custody import GENESIS_HASH, append_event, verify_chain
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent


def _append_three(ledger: Ledger) -> None:
    with ledger.session() as session:
        for index in range(3):
            append_event(
                session,
                actor="tester",
                action="note",
                subject=f"thing:{index}",
                details={"n": index, "text": "شهادة", "nested": {"b": 1, "a": [1.5, None]}},
            )


def test_chain_links_and_verifies(ledger: Ledger) -> None:
    _append_three(ledger)
    with ledger.session() as session:
        events = session.query(CustodyEvent).order_by(CustodyEvent.id).all()
        assert events[0].prev_hash == GENESIS_HASH
        assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
        assert verify_chain(session) == (3, [])


def test_edited_event_is_reported(ledger: Ledger) -> None:
    _append_three(ledger)
    with ledger.session() as session:
        session.execute(
            update(CustodyEvent).where(CustodyEvent.id == 2).values(actor="someone else")
        )
    with ledger.session() as session:
        count, problems = verify_chain(session)
    assert count == 3
    assert [p.event_id for p in problems] == [2]
    assert "custody event 2" in problems[0].problem and "altered" in problems[0].problem


def test_rehashed_edit_breaks_the_next_link(ledger: Ledger) -> None:
    """An editor who also recomputes the edited event's hash is caught by its successor."""
    _append_three(ledger)
    with ledger.session() as session:
        session.execute(update(CustodyEvent).where(CustodyEvent.id == 2).values(hash="f" * 64))
    with ledger.session() as session:
        _count, problems = verify_chain(session)
    assert {p.event_id for p in problems} == {2, 3}


def test_deleted_event_is_reported(ledger: Ledger) -> None:
    _append_three(ledger)
    with ledger.session() as session:
        session.execute(delete(CustodyEvent).where(CustodyEvent.id == 2))
    with ledger.session() as session:
        count, problems = verify_chain(session)
    assert count == 2
    assert [p.event_id for p in problems] == [3]
    assert "does not follow" in problems[0].problem
