"""``verify``'s second half: decisions and derived figures re-derived from the custody log.

The chain proves the log was not edited; this proves the tables still say what the log says.
Each human decision is replayed from its event and compared with the row that holds it
(reviews, analyst grades, belligerent assessments, user roles), and every incident's stored
figures are recomputed from its claims. A row edited or added behind harmledger's back, with no
event or with other values than its event, is reported by table and id.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.regrade import regrade
from harmledger.assess.stored_figures import derive_figures, stored_figures
from harmledger.assess.views import assessment_record
from harmledger.link.incidents.service import DERIVED_FROM_STATE, rederive
from harmledger.store.custody import iter_events
from harmledger.store.incident_tables import BelligerentAssessment, ClaimReview, Incident
from harmledger.store.ledger import Ledger
from harmledger.store.replay import replay_problems
from harmledger.store.user_tables import User


@dataclass(frozen=True)
class Disagreement:
    """One row that the custody log (or the claims it is derived from) does not account for."""

    kind: str  # review, grade, assessment, role, figures
    subject: str
    message: str


def _key(values: dict[str, Any]) -> str:
    """A decision's values as text that does not depend on key order (JSONB reorders keys)."""
    return json.dumps(values, sort_keys=True, default=str)


def derived_state_problems(ledger: Ledger, notes: list[str] | None = None) -> list[Disagreement]:
    """Every table row that disagrees with the decisions in the log or with its claims; what
    could not be checked (rows older than the events that record them) goes to ``notes``."""
    with ledger.reader() as session:
        replayed, replay_notes = replay_problems(session)
        if notes is not None:
            notes += replay_notes
        found = [
            *_replay_decisions(session),
            *(Disagreement(f.kind, f.subject, f.message) for f in replayed),
            *_figures(session),
            *_attributes(session),
        ]
    with ledger.reader() as session:  # its own session: the regrade is computed, then dropped
        found += _rule_grades(session)
    return found


def _replay_decisions(session: Session) -> list[Disagreement]:
    reviews: Counter[str] = Counter()
    grades: dict[int, tuple[str | None, str]] = {}
    assessments: dict[int, dict[str, Any]] = {}
    roles: dict[str, str] = {}
    for event in iter_events(session):
        details = event.details if isinstance(event.details, dict) else {}
        if event.action == "review_claim":
            claim_id = int(event.subject.removeprefix("claim:"))
            reviews[_key({"claim": claim_id, **details})] += 1
        elif event.action == "set_grade":
            grades[int(event.subject.removeprefix("incident:"))] = (
                details.get("to"),
                str(details.get("by")),
            )
        elif event.action == "belligerent_assessment" and "id" in details:
            assessments[int(details["id"])] = details
        elif event.action in ("add_user", "set_role"):
            roles[event.subject.removeprefix("user:")] = str(details.get("role"))
        elif event.action == "delete_user":
            roles.pop(event.subject.removeprefix("user:"), None)
    problems: list[Disagreement] = []
    for review in session.scalars(select(ClaimReview).order_by(ClaimReview.id)):
        key = _key(
            {
                "claim": review.claim_id,
                "decision": review.decision,
                "corrections": review.corrections,
                "reason": review.reason,
            }
        )
        if reviews[key] > 0:
            reviews[key] -= 1
        else:
            problems.append(
                Disagreement(
                    "review",
                    f"claim_review:{review.id}",
                    f"review {review.id} of claim {review.claim_id} ({review.decision}) matches "
                    "no review event in the custody log",
                )
            )
    for key, missing in sorted(reviews.items()):
        if missing > 0:
            logged = json.loads(key)
            problems.append(
                Disagreement(
                    "review",
                    f"claim:{logged['claim']}",
                    f"the log's review of claim {logged['claim']} ({logged.get('decision')}) is "
                    "gone from the ledger",
                )
            )
    by_analyst = [i for i, (_, by) in grades.items() if by == "analyst"]
    for incident in session.scalars(
        select(Incident).where(
            (Incident.grade_by == "analyst") | Incident.id.in_(by_analyst or [-1])
        )
    ):
        logged = grades.get(incident.id)
        if logged != (incident.grade, "analyst"):
            said = f"{logged[0]} by {logged[1]}" if logged else "no grade event"
            problems.append(
                Disagreement(
                    "grade",
                    f"incident:{incident.id}",
                    f"incident {incident.id} holds the grade {incident.grade!r} by "
                    f"{incident.grade_by}, but the log says {said}",
                )
            )
    for row in session.scalars(select(BelligerentAssessment).order_by(BelligerentAssessment.id)):
        logged_row = assessments.pop(row.id, None)
        if logged_row != assessment_record(row):
            problems.append(
                Disagreement(
                    "assessment",
                    f"belligerent_assessment:{row.id}",
                    f"belligerent assessment {row.id} ({row.belligerent}, incident "
                    f"{row.incident_id}) differs from its event in the log"
                    if logged_row
                    else f"belligerent assessment {row.id} has no event in the log",
                )
            )
    for assessment_id in sorted(assessments):
        problems.append(
            Disagreement(
                "assessment",
                f"belligerent_assessment:{assessment_id}",
                f"belligerent assessment {assessment_id} is in the log but not in the ledger",
            )
        )
    stored_roles = {user.username: user.role for user in session.scalars(select(User))}
    for username in sorted(set(stored_roles) | set(roles)):
        stored, logged_role = stored_roles.get(username), roles.get(username)
        if stored != logged_role:
            problems.append(
                Disagreement(
                    "role",
                    f"user:{username}",
                    f"user {username!r} has role {stored!r} in the ledger, {logged_role!r} "
                    "in the log",
                )
            )
    return problems


def _figures(session: Session) -> list[Disagreement]:
    active = set(session.scalars(select(Incident.id).where(Incident.status == "active")))
    derived = derive_figures(session, sorted(active)) if active else {}
    stored = stored_figures(session)
    problems = []
    for incident_id in sorted(active):
        if derived.get(incident_id, {}) != stored.get(incident_id, {}):
            problems.append(
                Disagreement(
                    "figures",
                    f"incident:{incident_id}",
                    f"incident {incident_id}: stored figures {stored.get(incident_id, {})} differ "
                    f"from those its claims give {derived.get(incident_id, {})}",
                )
            )
    return problems


_SPLIT_SUFFIX = re.compile(r" \(split from \d+\)$")


def _attributes(session: Session) -> list[Disagreement]:
    """Each linked incident's name and date precision derived again by the linker's own code
    from its place, period and kind (a split's name keeps its note)."""
    problems = []
    columns = {"id", "kind", "period_start", "period_end", "place", "place_name", "latitude"}
    columns |= {"longitude", *DERIVED_FROM_STATE}
    for incident in session.execute(
        select(*(getattr(Incident, c) for c in sorted(columns))).where(
            Incident.status == "active", Incident.origin == "linked"
        )
    ):
        derived = rederive(incident)
        stored = {column: getattr(incident, column) for column in derived}
        stored["name"] = _SPLIT_SUFFIX.sub("", stored["name"] or "")
        wrong = sorted(column for column in derived if derived[column] != stored[column])
        if wrong:
            problems.append(
                Disagreement(
                    "incident",
                    f"incident:{incident.id}",
                    f"incident {incident.id}: {', '.join(wrong)} "
                    f"({', '.join(repr(stored[c]) for c in wrong)}) differ from what the linker "
                    f"derives from its place, period and kind "
                    f"({', '.join(repr(derived[c]) for c in wrong)})",
                )
            )
    return problems


def _rule_grades(session: Session) -> list[Disagreement]:
    """Rule grades as the rules give them now from the stored claims and decisions; an
    analyst's grade with no event (``grade_by`` set to analyst behind the log) is caught above,
    a rule grade set back from an analyst's here, since the log says who graded last."""
    with session.no_autoflush:
        incidents = list(
            session.scalars(
                select(Incident).where(Incident.status == "active", Incident.origin == "linked")
            )
        )
        stored = {i.id: (i.grade, i.grade_by) for i in incidents}
        rules = [i.id for i in incidents if i.grade_by != "analyst"]
        regrade(session, rules)
        derived = {i.id: i.grade for i in incidents}
        session.expunge_all()
    problems = []
    for incident_id in rules:
        if derived[incident_id] != stored[incident_id][0]:
            problems.append(
                Disagreement(
                    "grade",
                    f"incident:{incident_id}",
                    f"incident {incident_id} holds the rule grade {stored[incident_id][0]!r}, "
                    f"but the rules give {derived[incident_id]!r} from its claims",
                )
            )
    return problems
