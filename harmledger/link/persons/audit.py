"""The victim-list audit over stored lists, with persons from the current linkage run.

:func:`harmledger.victims.audit.audit_records` is pure; this reads its inputs from a ledger. It
lives with linkage because records per person, overlap and capture rates need the persons.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from harmledger.store.ledger import Ledger
from harmledger.store.victim_tables import LinkageRun, PersonLink
from harmledger.victims.audit import ListAudit, audit_records
from harmledger.victims.ledger import stored_records

__all__ = ["audit_lists"]


def audit_lists(ledger: Ledger, lists: Sequence[str] | None = None) -> ListAudit:
    """Audit the stored victim lists (all, or ``lists``).

    Persons come from the newest ``link persons`` run; records that run did not link (or every
    record, when there is no run) count as persons of their own, and the report says so
    (``linked``).
    """
    stored = stored_records(ledger, list(lists) if lists else None)
    with ledger.reader() as session:
        run_id = session.scalar(select(func.max(LinkageRun.id)))
        links = (
            dict(
                session.execute(
                    select(PersonLink.record_id, PersonLink.person_key).where(
                        PersonLink.run_id == run_id
                    )
                ).all()
            )
            if run_id is not None
            else None
        )
    records = [record for _, record in stored]
    person_of = (
        None
        if links is None
        else {r.record_id: str(links[row]) for row, r in stored if row in links}
    )
    return audit_records(records, person_of)
