"""Apply the grading rules to incidents, unless an analyst has set the grade."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.citations import cited_origins, speaker_sides
from harmledger.assess.grading import grade
from harmledger.claims.origins import independent_origins
from harmledger.claims.reviewed import LoadedClaim, load_claims
from harmledger.claims.stories import story_roots
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import BelligerentAssessment, Incident, IncidentClaim
from harmledger.store.tables import Document

ADMITTED_MEASURES = ("killed", "injured", "killed_or_injured")
CIVILIAN_WHO = ("civilians", "children", "women", "men")


def admissions(claims: Sequence[LoadedClaim]) -> list[LoadedClaim]:
    """Claims in which a belligerent states civilian harm by its own side (or by nobody named).

    "The coalition said 104 civilians were killed" is the coalition accepting harm; "the army
    said the militants killed 12 civilians" is not, as it blames another party.
    """
    found = []
    for claim in claims:
        v = claim.values
        if (
            claim.source_type != "belligerent"
            or v["measure"] not in ADMITTED_MEASURES
            or v["who"] not in CIVILIAN_WHO
            or not max(v["low"] or 0, v["high"] or 0)
        ):
            continue
        if v["perpetrator"] is None or v["perpetrator"] in speaker_sides(claim.origin):
            found.append(claim)
    return found


def _main_parties(claims: Sequence[LoadedClaim]) -> dict[str, set[str]]:
    """Each origin's main perpetrators: the ones most of its claims name.

    A party an origin mentions once beside another it blames more often is named in passing.
    """
    by_origin: dict[str, Counter[str]] = {}
    for claim in claims:
        if claim.values["perpetrator"]:
            by_origin.setdefault(claim.origin, Counter())[claim.values["perpetrator"]] += 1
    return {
        origin: {p for p, n in counts.items() if n == max(counts.values())}
        for origin, counts in by_origin.items()
    }


def competing_responsibility(claims: Sequence[LoadedClaim]) -> int:
    """How many parties are blamed by origins that do not blame each other's party."""
    blamed = _main_parties(claims)
    competing: set[str] = set()
    for first, first_parties in blamed.items():
        for second, second_parties in blamed.items():
            if first < second and not first_parties & second_parties:
                competing |= first_parties | second_parties
    return len(competing)


def second_party_share(claims: Sequence[LoadedClaim]) -> float:
    """Share of the blaming origins that blame the second most blamed party (0 when one party).

    Tells a real contest (one side blames a strike, the other a misfired rocket) from a second
    party a few of many sources happen to name.
    """
    blamed = _main_parties(claims)
    per_party = Counter(p for parties in blamed.values() for p in parties)
    if len(per_party) < 2:
        return 0.0
    return round(per_party.most_common(2)[1][1] / len(blamed), 4)


def corroborating_origins(
    claims: Sequence[LoadedClaim],
    cited: Mapping[int, frozenset[str]] | None = None,
    stories: Mapping[int, int] | None = None,
) -> set[str]:
    """Independent origins: the claims' own, and the sources their documents cite.

    When a document cites sources, its unattributed figures come from them, so the publisher is
    a relay there and does not count as one more origin. Copies of one story (near-duplicate
    documents, ``stories``: document -> the story's first document) are one origin for what
    they say unattributed, whichever outlet put its name on each copy.
    """
    cited = cited or {}
    stories = stories or {}
    origins: set[str] = set()
    for claim in claims:
        attributed = claim.values["speaker"] or claim.values["attribution_chain"]
        if attributed or not cited.get(claim.document_id):
            story = stories.get(claim.document_id)
            origins.add(claim.origin if attributed or story is None else f"story:{story}")
    for document_id in {c.document_id for c in claims}:
        origins |= cited.get(document_id, frozenset())
    return independent_origins(origins)


def incident_facts(
    claims: Sequence[LoadedClaim],
    assessments: Iterable[BelligerentAssessment],
    *,
    cited: Mapping[int, frozenset[str]] | None = None,
    stories: Mapping[int, int] | None = None,
    kind: str = "event",
) -> dict[str, float | bool]:
    """The facts the grading rules read (see grades.toml for their meaning)."""
    perpetrators = {c.values["perpetrator"] for c in claims if c.values["perpetrator"]}
    weapons = {c.values["weapon"] for c in claims if c.values["weapon"]}
    accepted = any(
        a.assessment == "credible" and max(a.conceded_min or 0, a.conceded_max or 0) > 0
        for a in assessments
    )
    return {
        "belligerent_accepted": accepted or bool(admissions(claims)),
        "competing_perpetrators": len(perpetrators),
        "competing_responsibility": 0 if kind == "aggregate" else competing_responsibility(claims),
        "second_party_share": second_party_share(claims),
        "independent_origins": len(corroborating_origins(claims, cited, stories)),
        "belligerent_action": bool(perpetrators or weapons),
        "only_combatants": bool(claims) and all(c.values["who"] == "combatants" for c in claims),
        "casualty_claims": len(claims),
    }


def document_citations(session: Session, document_ids: Iterable[int]) -> dict[int, frozenset[str]]:
    """The sources each document cites (see :mod:`harmledger.assess.citations`)."""
    wanted = sorted(set(document_ids))
    found: dict[int, frozenset[str]] = {}
    for i in range(0, len(wanted), MAX_BOUND_IDS):
        rows = session.execute(
            select(Document.id, Document.text_sha256, Document.text, Document.lang).where(
                Document.id.in_(wanted[i : i + MAX_BOUND_IDS])
            )
        )
        for document_id, sha, text, lang in rows:
            found[document_id] = cited_origins(sha, text, lang)
    return found


def regrade(session: Session, incident_ids: Iterable[int]) -> None:
    """Set the rule grade of each linked incident whose grade is not an analyst's.

    Registered with the store's unit of work (:mod:`harmledger.assess.derived`): every commit
    that touches an incident runs it; nothing else needs to. One read of the claims of all the
    incidents, not one per incident.
    """
    ids = sorted(set(incident_ids))
    graded: list[Incident] = []
    for i in range(0, len(ids), MAX_BOUND_IDS):
        chunk = ids[i : i + MAX_BOUND_IDS]
        graded.extend(
            incident
            for incident in session.scalars(select(Incident).where(Incident.id.in_(chunk)))
            if incident.grade_by != "analyst" and incident.origin == "linked"
        )
    if not graded:
        return
    claim_ids: dict[int, list[int]] = defaultdict(list)
    assessments: dict[int, list[BelligerentAssessment]] = defaultdict(list)
    graded_ids = sorted(incident.id for incident in graded)
    for i in range(0, len(graded_ids), MAX_BOUND_IDS):
        chunk = graded_ids[i : i + MAX_BOUND_IDS]
        for incident_id, claim_id in session.execute(
            select(IncidentClaim.incident_id, IncidentClaim.claim_id).where(
                IncidentClaim.incident_id.in_(chunk), IncidentClaim.removed_at.is_(None)
            )
        ):
            claim_ids[incident_id].append(claim_id)
        for assessment in session.scalars(
            select(BelligerentAssessment).where(BelligerentAssessment.incident_id.in_(chunk))
        ):
            assessments[assessment.incident_id].append(assessment)
    wanted = [claim_id for found in claim_ids.values() for claim_id in found]
    loaded = {c.id: c for c in load_claims(session, wanted)} if wanted else {}
    documents = {c.document_id for c in loaded.values()}
    cited = document_citations(session, documents)
    stories = story_roots(session, documents)
    for incident in graded:
        claims = [loaded[c] for c in claim_ids[incident.id] if c in loaded]
        facts = incident_facts(
            claims, assessments[incident.id], cited=cited, stories=stories, kind=incident.kind
        )
        incident.grade, incident.grade_reasons = grade(facts)
        incident.grade_by = "rules"
