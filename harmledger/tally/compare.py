"""``compare``: belligerent admissions versus monitor tallies versus bodies recovered.

For one incident (with the events inside it) or every incident at a place, each figure is shown
under the voice that said it — belligerent, monitor, NGO / field investigation, responder,
official / UN, media (and witnesses) — and the gaps between them. The voice is the origin at the
end of a claim's attribution chain, not its publisher: a newspaper quoting a monitor's count
shows it as the monitor's. A belligerent's own statement of civilian harm in a text is shown as
an admission, dated by its document. Victim lists, recovery logs and imported datasets of the
same place and period are reconciled beside the claims (:mod:`harmledger.tally.reconcile`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.figures import category_of, figure_claim, figures
from harmledger.assess.regrade import admissions
from harmledger.assess.views import assessment_record
from harmledger.claims.origins import source_type as type_of_source
from harmledger.claims.reviewed import LoadedClaim, load_claims, source_registry
from harmledger.errors import Invalid, NotFound
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import BelligerentAssessment, Incident, IncidentClaim
from harmledger.tally.reconcile import imported_rows, record_rows

# counting organisations: the "monitor" side of the gaps; news, witnesses and unattributed text
# are shown under their own voices but are not a monitor's count
MONITOR_TYPES = ("monitor", "ngo", "official")
VOICES = {
    "belligerent": "belligerent",
    "monitor": "monitor",
    "ngo": "NGO / field investigation",
    "responder": "responder",
    "official": "official / UN",
    "media": "media",
    "witness": "witness",
    "other": "other (source of unknown type)",
}
_VOICE_OF_TYPE = {"news": "media", "other": "media"}


def voice(source_type: str) -> str:
    """The voice a source type speaks with in ``compare`` (news and unknown text are media)."""
    return _VOICE_OF_TYPE.get(source_type, source_type if source_type in VOICES else "media")


def _claim_voice(claim: LoadedClaim, registry: dict[str, str]) -> str:
    """A claim's voice; a named speaker of no known type is "other", not its publisher's."""
    named = claim.values["speaker"] or claim.values["attribution_chain"]
    if named and not type_of_source(claim.origin, registry, default=""):
        return "other"
    return voice(claim.source_type)


def _organisation_voice(name: str | None) -> str:
    return voice(type_of_source(name, default="monitor"))


def _scope(session: Session, incident_id: int | None, place: str | None) -> list[Incident]:
    if incident_id is not None:
        root = session.get(Incident, incident_id)
        if root is None:
            raise NotFound(f"no incident with id {incident_id}")
        found, frontier = [root], [root.id]
        while frontier:
            children = list(
                session.scalars(select(Incident).where(Incident.parent_id.in_(frontier)))
            )
            found += children
            frontier = [c.id for c in children]
        return [i for i in found if i.status == "active"]
    if place:
        needle = place.casefold()
        return [
            i
            for i in session.scalars(select(Incident).where(Incident.status == "active"))
            if needle in (i.place_name or "").casefold() or needle == (i.place or "").casefold()
        ]
    raise Invalid("compare needs --incident ID or --place NAME")


def _claim_ids(session: Session, incident_ids: list[int]) -> list[int]:
    """Actively linked claims of these incidents, one query per few thousand incidents."""
    found: set[int] = set()
    for i in range(0, len(incident_ids), MAX_BOUND_IDS):
        query = select(IncidentClaim.claim_id).where(
            IncidentClaim.incident_id.in_(incident_ids[i : i + MAX_BOUND_IDS]),
            IncidentClaim.removed_at.is_(None),
        )
        found.update(session.scalars(query))
    return sorted(found)


def compare(
    session: Session,
    *,
    incident_id: int | None = None,
    place: str | None = None,
    loaded: Sequence[LoadedClaim] | None = None,
) -> dict[str, Any]:
    """Figures by source type with their origins, plus the gaps that matter most.

    ``loaded``: the incident's own claims as its detail read them (rejected ones and plurals
    with no figure too), so that a page showing both reads them once; used when the incident
    has no events inside it (else the events' claims are read here).
    """
    incidents = _scope(session, incident_id, place)
    if not incidents:
        raise NotFound(f"no incidents at {place!r}")
    if loaded is not None and [i.id for i in incidents] == [incident_id]:
        # what load_claims gives by default: casualty claims a reviewer did not reject
        claims = [c for c in loaded if c.review != "reject" and c.kind == "casualty"]
    else:
        claim_ids = _claim_ids(session, [i.id for i in incidents])
        claims = load_claims(session, claim_ids) if claim_ids else []
    rows: list[dict[str, Any]] = []
    admitted = admissions(claims)
    for claim in admitted:
        [figure] = figures([figure_claim(claim)])
        rows.append(
            {
                "voice": "belligerent",
                "voice_label": VOICES["belligerent"],
                "source_type": claim.source_type,
                "origins": [claim.origin],
                **figure.as_dict(),
                "stated_on": claim.published.isoformat() if claim.published else None,
                "assessment": "admission in text",
                "document": claim.document_id,
            }
        )
    admitted_ids = {c.id for c in admitted}
    registry = source_registry(session)
    by_voice: dict[tuple[str, str], list] = defaultdict(list)
    for claim in claims:
        if claim.id not in admitted_ids:
            by_voice[(_claim_voice(claim, registry), claim.source_type)].append(claim)
    for spoken, source_type in sorted(by_voice):
        group = by_voice[(spoken, source_type)]
        for figure in figures(figure_claim(c) for c in group):
            origins = sorted({c.origin for c in group if c.id in figure.claims})
            rows.append(
                {
                    "voice": spoken,
                    "voice_label": VOICES[spoken],
                    "source_type": source_type,
                    "origins": origins,
                    **figure.as_dict(),
                }
            )
    for row in record_rows(session, incidents, _organisation_voice) + imported_rows(
        session, incidents
    ):
        rows.append({**row, "voice_label": VOICES[row["voice"]]})
    in_scope = {i.id for i in incidents}
    assessed = select(BelligerentAssessment).order_by(
        BelligerentAssessment.stated_on, BelligerentAssessment.id
    )
    if len(in_scope) <= MAX_BOUND_IDS:  # one incident's page reads its own, not every one
        assessed = assessed.where(BelligerentAssessment.incident_id.in_(sorted(in_scope)))
    assessments = [
        assessment_record(a) for a in session.scalars(assessed) if a.incident_id in in_scope
    ]
    for assessment in assessments:
        rows.append(
            {
                "voice": "belligerent",
                "voice_label": VOICES["belligerent"],
                "source_type": "belligerent",
                "origins": [assessment["belligerent"]],
                "measure": "killed",
                "category": "civilians",
                "min": assessment["conceded_min"],
                "max": assessment["conceded_max"],
                "stated_on": assessment["stated_on"],
                "assessment": assessment["assessment"],
            }
        )
    return {
        "incidents": [i.id for i in incidents],
        "figures": rows,
        "gaps": _gaps(claims, assessments, [r for r in rows if "records" in r]),
    }


def _gaps(
    claims: list, assessments: list[dict[str, Any]], records: list[dict[str, Any]]
) -> dict[str, Any]:
    def largest(selected: list) -> int | None:
        values = [figure_claim(c).stated_max for c in selected]
        return max((v for v in values if v is not None), default=None)

    killed = [
        c
        for c in claims
        if c.values["measure"] == "killed" and category_of(c.values["who"]) == "civilians"
    ]
    admitted = [a["conceded_max"] for a in assessments if a["conceded_max"] is not None]
    own = {c.id for c in admissions(killed)}
    admitted += [v for v in [largest([c for c in killed if c.id in own])] if v is not None]
    belligerent_latest = (
        assessments[-1]["conceded_max"] if assessments else (max(admitted) if admitted else None)
    )
    monitor_max = largest([c for c in killed if c.source_type in MONITOR_TYPES])
    recovered_max = largest([c for c in claims if c.values["measure"] == "bodies_recovered"])
    per_log: dict[str, int] = defaultdict(int)
    for row in records:
        if row["measure"] == "bodies_recovered":
            per_log[row["list"]] += row["max"]
    if per_log:
        recovered_max = max(recovered_max or 0, *per_log.values())
    return {
        "belligerent_admitted_latest": belligerent_latest,
        "monitor_civilians_killed_max": monitor_max,
        "bodies_recovered_max": recovered_max,
        "monitor_minus_belligerent": None
        if monitor_max is None or belligerent_latest is None
        else monitor_max - belligerent_latest,
        "recovered_minus_monitor": None
        if recovered_max is None or monitor_max is None
        else recovered_max - monitor_max,
    }
