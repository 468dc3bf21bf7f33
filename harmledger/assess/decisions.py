"""Human decisions on incidents and claims, each recorded in the hash-chained log with a reason.

Merge, split, move a claim, review a claim (confirm, correct, reject), set a grade, record a
belligerent's assessment. Nothing is overwritten: a moved claim's old link is closed, not
deleted; a merged incident stays, pointing at the one it went into; a correction keeps the
machine's original claim; automatic re-linking never undoes any of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from harmledger.errors import Conflict, Invalid, NotFound
from harmledger.link.incidents.service import incident_name
from harmledger.store.custody import append_event
from harmledger.store.derived import bring_current, touched
from harmledger.store.incident_tables import (
    ASSESSMENTS,
    GRADES,
    BelligerentAssessment,
    ClaimReview,
    Incident,
    IncidentClaim,
)
from harmledger.store.incident_tree import ancestors
from harmledger.store.ledger import Ledger
from harmledger.store.row_digest import logged_incidents
from harmledger.store.tables import ClaimRow

REVIEW_DECISIONS = ("confirm", "correct", "reject")


def _require_reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise Invalid("a decision needs a reason (--reason)")
    return reason.strip()


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"no incident with id {incident_id}")
    if incident.status != "active":
        raise Conflict(
            f"incident {incident_id} is {incident.status}; decisions apply to active incidents"
        )
    return incident


def _log(
    ledger: Ledger, session: Session, action: str, subject: str, details: dict[str, Any]
) -> None:
    append_event(
        session, actor=ledger.settings.actor, action=action, subject=subject, details=details
    )


def _close_link(session: Session, claim_id: int, now: dt.datetime) -> int | None:
    link = session.scalars(
        select(IncidentClaim).where(
            IncidentClaim.claim_id == claim_id, IncidentClaim.removed_at.is_(None)
        )
    ).first()
    if link is None:
        return None
    link.removed_at = now
    return link.incident_id


def _pin(session: Session, incident_id: int, claim_id: int, reason: str, now: dt.datetime) -> None:
    """An analyst's link: score 1, the reason kept, never undone by automatic linking."""
    session.add(
        IncidentClaim(
            incident_id=incident_id,
            claim_id=claim_id,
            score=1.0,
            reasons=[reason],
            linked_by="analyst",
            created_at=now,
        )
    )


def merge_incidents(
    ledger: Ledger, target_id: int, source_ids: Sequence[int], reason: str
) -> dict[str, Any]:
    """Move every claim of ``source_ids`` into ``target_id``; the sources become ``merged``."""
    reason = _require_reason(reason)
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        target = _incident(session, target_id)
        moved: list[int] = []
        for source_id in source_ids:
            if source_id == target_id:
                raise Invalid("cannot merge an incident into itself")
            source = _incident(session, source_id)
            if source_id in ancestors(session, target.id):
                raise Conflict(
                    f"incident {source_id} contains incident {target.id}: merging it into "
                    f"{target.id} would make {target.id} its own parent; merge {target.id} "
                    f"into {source_id} instead"
                )
            links = session.scalars(
                select(IncidentClaim).where(
                    IncidentClaim.incident_id == source_id, IncidentClaim.removed_at.is_(None)
                )
            ).all()
            for link in links:
                link.removed_at = now
                _pin(session, target.id, link.claim_id, f"analyst merge: {reason}", now)
                moved.append(link.claim_id)
            session.execute(
                update(Incident).where(Incident.parent_id == source_id).values(parent_id=target.id)
            )
            source.status, source.merged_into_id = "merged", target.id
        _log(
            ledger,
            session,
            "merge_incidents",
            f"incident:{target.id}",
            {"into": target.id, "merged": list(source_ids), "claims": moved, "reason": reason},
        )
    return {"incident": target_id, "merged": list(source_ids), "claims_moved": moved}


def split_incident(
    ledger: Ledger, incident_id: int, claim_ids: Sequence[int], reason: str
) -> dict[str, Any]:
    """Move ``claim_ids`` out of an incident into a new one (same kind and parent)."""
    reason = _require_reason(reason)
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        original = _incident(session, incident_id)
        current = set(
            session.scalars(
                select(IncidentClaim.claim_id).where(
                    IncidentClaim.incident_id == incident_id, IncidentClaim.removed_at.is_(None)
                )
            )
        )
        missing = sorted(set(claim_ids) - current)
        if missing:
            raise Invalid(f"claims {missing} are not in incident {incident_id}")
        if set(claim_ids) == current:
            raise Invalid("a split must leave at least one claim in the original incident")
        new = Incident(
            kind=original.kind,
            name="",
            parent_id=original.parent_id,
            created_at=now,
            origin="linked",
            period_start=original.period_start,
            period_end=original.period_end,
            date_precision=original.date_precision,
            place=original.place,
            place_name=original.place_name,
            place_precision=original.place_precision,
            latitude=original.latitude,
            longitude=original.longitude,
            country=original.country,
            admin1=original.admin1,
            perpetrators=list(original.perpetrators),
            weapons=list(original.weapons),
            grade_reasons=[],
        )
        new.name = f"{incident_name(new)} (split from {incident_id})"
        session.add(new)
        session.flush()
        for claim_id in claim_ids:
            _close_link(session, claim_id, now)
            _pin(session, new.id, claim_id, f"analyst split: {reason}", now)
        _log(
            ledger,
            session,
            "split_incident",
            f"incident:{incident_id}",
            {
                "from": incident_id,
                "new": new.id,
                "claims": list(claim_ids),
                "reason": reason,
                "incidents": logged_incidents(session, [new.id]),  # for verify
            },
        )
        return {"incident": incident_id, "new_incident": new.id, "claims_moved": list(claim_ids)}


def move_claim(ledger: Ledger, claim_id: int, incident_id: int, reason: str) -> dict[str, Any]:
    """Link a claim to another incident; the analyst's link is pinned."""
    reason = _require_reason(reason)
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        if session.get(ClaimRow, claim_id) is None:
            raise NotFound(f"no claim with id {claim_id}")
        target = _incident(session, incident_id)
        previous = _close_link(session, claim_id, now)
        _pin(session, target.id, claim_id, f"analyst move: {reason}", now)
        _log(
            ledger,
            session,
            "move_claim",
            f"claim:{claim_id}",
            {"from": previous, "to": target.id, "reason": reason},
        )
    return {"claim": claim_id, "from": previous, "to": incident_id}


def review_claim(
    ledger: Ledger,
    claim_id: int,
    decision: str,
    reason: str,
    corrections: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Confirm, correct (with new field values) or reject a machine claim; the original stays."""
    from harmledger.claims.reviewed import CORRECTABLE

    reason = _require_reason(reason)
    if decision not in REVIEW_DECISIONS:
        raise Invalid(f"decision {decision!r}: use one of {', '.join(REVIEW_DECISIONS)}")
    corrections = dict(corrections or {})
    unknown = sorted(set(corrections) - set(CORRECTABLE))
    if unknown:
        raise Invalid(f"cannot correct {unknown}; correctable fields: {', '.join(CORRECTABLE)}")
    if decision == "correct" and not corrections:
        raise Invalid("a correction needs at least one field=value")
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        if session.get(ClaimRow, claim_id) is None:
            raise NotFound(f"no claim with id {claim_id}")
        review = ClaimReview(
            claim_id=claim_id,
            decision=decision,
            corrections=corrections,
            reason=reason,
            actor=ledger.settings.actor,
            decided_at=now,
        )
        session.add(review)
        incident_id = None
        if decision == "reject":
            incident_id = _close_link(session, claim_id, now)
        else:
            link = session.scalars(
                select(IncidentClaim).where(
                    IncidentClaim.claim_id == claim_id, IncidentClaim.removed_at.is_(None)
                )
            ).first()
            incident_id = link.incident_id if link else None
        session.flush()  # the review's id
        _log(
            ledger,
            session,
            "review_claim",
            f"claim:{claim_id}",
            {"decision": decision, "corrections": corrections, "reason": reason},
        )
        return {
            "claim": claim_id,
            "decision": decision,
            "review": review.id,
            "incident": incident_id,
        }


def set_grade(ledger: Ledger, incident_id: int, grade: str | None, reason: str) -> dict[str, Any]:
    """An analyst's grade (or ``None`` to hand grading back to the rules)."""
    reason = _require_reason(reason)
    if grade is not None and grade not in GRADES:
        raise Invalid(f"grade {grade!r}: use one of {', '.join(GRADES)}")
    with ledger.session() as session:
        incident = _incident(session, incident_id)
        previous = incident.grade
        if grade is None:
            incident.grade_by = "rules"
            bring_current(session, incidents=[incident_id])  # the rules' grade, logged below
        else:
            incident.grade, incident.grade_by = grade, "analyst"
            incident.grade_reasons = [f"analyst: {reason}"]
        _log(
            ledger,
            session,
            "set_grade",
            f"incident:{incident_id}",
            {"from": previous, "to": incident.grade, "by": incident.grade_by, "reason": reason},
        )
        return {"incident": incident_id, "grade": incident.grade, "grade_by": incident.grade_by}


def add_assessment(
    ledger: Ledger,
    incident_id: int,
    *,
    belligerent: str,
    assessment: str,
    stated_on: dt.date,
    stated_precision: str = "day",
    conceded_min: int | None = None,
    conceded_max: int | None = None,
    source: str | None = None,
    document_id: int | None = None,
) -> dict[str, Any]:
    """Append one dated belligerent statement to the incident's series (never edited)."""
    from harmledger.assess.views import assessment_record

    if assessment not in ASSESSMENTS:
        raise Invalid(f"assessment {assessment!r}: use one of {', '.join(ASSESSMENTS)}")
    if conceded_min is not None and conceded_max is not None and conceded_min > conceded_max:
        raise Invalid(f"conceded min {conceded_min} is above max {conceded_max}")
    if conceded_max is None:
        conceded_max = conceded_min
    with ledger.session() as session:
        _incident(session, incident_id)
        known = session.scalars(
            select(BelligerentAssessment.id).where(BelligerentAssessment.belligerent == belligerent)
        ).first()
        if known is None:  # a new party is a belligerent from now on, in every incident's figures
            touched(session).everything = True
        row = BelligerentAssessment(
            incident_id=incident_id,
            belligerent=belligerent,
            assessment=assessment,
            conceded_min=conceded_min,
            conceded_max=conceded_max,
            stated_on=stated_on,
            stated_precision=stated_precision,
            source=source,
            document_id=document_id,
            recorded_at=dt.datetime.now(dt.UTC),
        )
        session.add(row)
        session.flush()  # the row's id
        _log(
            ledger,
            session,
            "belligerent_assessment",
            f"incident:{incident_id}",
            assessment_record(row),
        )
        return assessment_record(row)
