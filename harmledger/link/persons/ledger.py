"""Persons in the ledger: run record linkage over stored lists, store it, review it, export it.

Each ``link persons`` run is stored whole (settings, model summary, every record's person, every
scored pair with its evidence); the newest run is the current clustering. Reviewers' pair
decisions (same / different / unsure) are logged and fed to every later run.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from harmledger.errors import Invalid, NotFound
from harmledger.spark import SparkSettings
from harmledger.store.custody import append_event
from harmledger.store.ledger import Ledger
from harmledger.store.row_digest import (
    DIGEST_VERSION,
    person_links_of_run,
    person_pairs_of_run,
)
from harmledger.store.victim_tables import (
    LinkageRun,
    PairDecision,
    PersonLink,
    PersonPair,
    VictimList,
    VictimRecordRow,
)
from harmledger.victims.ledger import record_view, stored_records

PAIR_DECISIONS = ("same", "different", "unsure")
REVIEW_LOW = 0.5


@dataclass
class PersonsReport:
    run_id: int
    records: int
    persons: int
    linked_records: int
    pairs_kept: int
    to_review: int
    comparisons_made: int


def _decisions(ledger: Ledger, row_to_record: dict[int, str]) -> list[tuple[str, str, bool]]:
    """Latest same/different verdict per pair, as the linker takes them (unsure is no verdict)."""
    with ledger.reader() as session:
        latest: dict[frozenset[int], PairDecision] = {}
        for decision in session.scalars(select(PairDecision).order_by(PairDecision.id)):
            latest[frozenset((decision.left_record_id, decision.right_record_id))] = decision
    verdicts = []
    for decision in latest.values():
        left, right = (
            row_to_record.get(decision.left_record_id),
            row_to_record.get(decision.right_record_id),
        )
        if left and right and decision.decision in ("same", "different"):
            verdicts.append((left, right, decision.decision == "same"))
    return verdicts


def link_persons(
    ledger: Ledger,
    *,
    lists: Sequence[str] | None = None,
    threshold: float = 0.9,
    backend: str = "duckdb",
    seed: int = 0,
    spark: SparkSettings | None = None,
) -> PersonsReport:
    """Link the stored records of ``lists`` (all lists by default) into persons; store the run."""
    from harmledger.link.persons import link_records

    if not 0 < threshold <= 1:
        raise Invalid(f"--threshold {threshold}: use a probability in (0, 1]")
    rows = stored_records(ledger, list(lists) if lists else None)
    if len(rows) < 2:
        raise Invalid("linking needs at least two victim records (import a list first)")
    row_of = {record.record_id: row_id for row_id, record in rows}
    record_of = {row_id: record.record_id for row_id, record in rows}
    result = link_records(
        [r for _, r in rows],
        threshold=threshold,
        backend=backend,
        seed=seed,
        decisions=_decisions(ledger, record_of),
        spark=spark,
    )
    pairs = list(result.pairs())
    best: dict[str, float] = defaultdict(float)
    for pair in pairs:
        if pair.probability >= threshold:
            best[pair.record_id_l] = max(best[pair.record_id_l], pair.probability)
            best[pair.record_id_r] = max(best[pair.record_id_r], pair.probability)
    to_review = sum(1 for p in pairs if REVIEW_LOW <= p.probability < threshold)
    with ledger.session() as session:
        run = LinkageRun(
            ran_at=dt.datetime.now(dt.UTC),
            lists=sorted(lists or []),
            threshold=threshold,
            backend=backend,
            summary={
                "comparisons_made": result.comparisons_made,
                "notes": result.notes,
                "seed": seed,
            },
        )
        session.add(run)
        session.flush()
        for person_key, members in result.clusters.items():
            for record_id in members:
                session.add(
                    PersonLink(
                        run_id=run.id,
                        record_id=row_of[record_id],
                        person_key=person_key,
                        probability=best.get(record_id),
                    )
                )
        for pair in pairs:
            session.add(
                PersonPair(
                    run_id=run.id,
                    left_record_id=row_of[pair.record_id_l],
                    right_record_id=row_of[pair.record_id_r],
                    probability=pair.probability,
                    match_weight=pair.match_weight,
                    evidence=[
                        {
                            "comparison": e.comparison,
                            "level": e.level,
                            "match_weight": round(e.match_weight, 3),
                        }
                        for e in pair.evidence
                    ],
                )
            )
        report = PersonsReport(
            run.id,
            len(rows),
            len(result.clusters),
            sum(len(m) for m in result.clusters.values() if len(m) > 1),
            len(pairs),
            to_review,
            result.comparisons_made,
        )
        session.flush()
        links, links_sha256 = person_links_of_run(session, run.id)
        pairs_kept, pairs_sha256 = person_pairs_of_run(session, run.id)
        append_event(
            session,
            actor=ledger.settings.actor,
            action="link_persons",
            subject=f"linkage_run:{run.id}",
            details={
                "lists": sorted(lists or []),
                "threshold": threshold,
                "records": report.records,
                "persons": report.persons,
                "seed": seed,
                "digest": DIGEST_VERSION,
                "links": links,  # the run's person links, for verify
                "links_sha256": links_sha256,
                "pairs": pairs_kept,  # its scored pairs and link probabilities, for verify
                "pairs_sha256": pairs_sha256,
            },
        )
    return report


def _current_run(session: Any) -> int:
    run_id = session.scalar(select(func.max(LinkageRun.id)))
    if run_id is None:
        raise NotFound("no linkage run yet: run `harmledger link persons` first")
    return int(run_id)


def list_persons(ledger: Ledger, *, min_records: int = 1) -> list[dict[str, Any]]:
    """Persons of the current run: key, number of records, their lists and names."""
    with ledger.reader() as session:
        run_id = _current_run(session)
        rows = session.execute(
            select(PersonLink.person_key, VictimRecordRow, VictimList.name)
            .join(VictimRecordRow, PersonLink.record_id == VictimRecordRow.id)
            .join(VictimList, VictimRecordRow.list_id == VictimList.id)
            .where(PersonLink.run_id == run_id)
            .order_by(PersonLink.person_key, VictimRecordRow.id)
        ).all()
    persons: dict[str, dict[str, Any]] = {}
    for key, record, list_name in rows:
        person = persons.setdefault(key, {"person_id": key, "records": 0, "lists": [], "names": []})
        person["records"] += 1
        if list_name not in person["lists"]:
            person["lists"].append(list_name)
        name = record.name or record.name_latin
        if name and name not in person["names"]:
            person["names"].append(name)
    return [p for p in persons.values() if p["records"] >= min_records]


def show_person(
    ledger: Ledger, person_key: str, *, include_sensitive: bool = False
) -> dict[str, Any]:
    """A person's records and the scored pairs (with evidence) that tie them together."""
    with ledger.reader() as session:
        run_id = _current_run(session)
        links = session.execute(
            select(PersonLink, VictimRecordRow, VictimList.name)
            .join(VictimRecordRow, PersonLink.record_id == VictimRecordRow.id)
            .join(VictimList, VictimRecordRow.list_id == VictimList.id)
            .where(PersonLink.run_id == run_id, PersonLink.person_key == person_key)
        ).all()
        if not links:
            raise NotFound(f"no person {person_key!r} in the current linkage run {run_id}")
        ids = [row.id for _, row, _ in links]
        pairs = session.scalars(
            select(PersonPair).where(
                PersonPair.run_id == run_id,
                PersonPair.left_record_id.in_(ids),
                PersonPair.right_record_id.in_(ids),
            )
        ).all()
        return {
            "person_id": person_key,
            "run": run_id,
            "records": [
                record_view(row, name, include_sensitive=include_sensitive)
                | {"probability": link.probability}
                for link, row, name in links
            ],
            "why": [
                {
                    "left": p.left_record_id,
                    "right": p.right_record_id,
                    "probability": round(p.probability, 4),
                    "evidence": p.evidence,
                }
                for p in sorted(pairs, key=lambda p: -p.probability)
            ],
        }


def export_persons(ledger: Ledger) -> list[dict[str, Any]]:
    """One row per record: ``person_id``, ``list``, ``record_key``, ``probability``."""
    with ledger.reader() as session:
        run_id = _current_run(session)
        rows = session.execute(
            select(
                PersonLink.person_key,
                VictimList.name,
                VictimRecordRow.record_key,
                PersonLink.probability,
            )
            .join(VictimRecordRow, PersonLink.record_id == VictimRecordRow.id)
            .join(VictimList, VictimRecordRow.list_id == VictimList.id)
            .where(PersonLink.run_id == run_id)
            .order_by(PersonLink.person_key, VictimList.name, VictimRecordRow.record_key)
        ).all()
    return [
        {"person_id": key, "list": name, "record_key": record_key, "probability": probability}
        for key, name, record_key, probability in rows
    ]


def review_queue(ledger: Ledger, *, limit: int = 50) -> list[dict[str, Any]]:
    """Uncertain pairs of the current run (0.5 ≤ p < threshold) nobody has decided yet."""
    with ledger.reader() as session:
        run_id = _current_run(session)
        run = session.get(LinkageRun, run_id)
        assert run is not None
        decided = {
            frozenset((d.left_record_id, d.right_record_id))
            for d in session.scalars(select(PairDecision))
        }
        pairs = session.scalars(
            select(PersonPair)
            .where(
                PersonPair.run_id == run_id,
                PersonPair.probability >= REVIEW_LOW,
                PersonPair.probability < run.threshold,
            )
            .order_by(PersonPair.probability.desc())
        ).all()
        queue = []
        for pair in pairs:
            if frozenset((pair.left_record_id, pair.right_record_id)) in decided:
                continue
            left = session.get(VictimRecordRow, pair.left_record_id)
            right = session.get(VictimRecordRow, pair.right_record_id)
            assert left is not None and right is not None
            queue.append(
                {
                    "left": pair.left_record_id,
                    "right": pair.right_record_id,
                    "probability": round(pair.probability, 4),
                    "left_name": left.name or left.name_latin,
                    "right_name": right.name or right.name_latin,
                    "left_age": left.data.get("age"),
                    "right_age": right.data.get("age"),
                    "evidence": pair.evidence,
                }
            )
            if len(queue) >= limit:
                break
        return queue


def decide_pair(
    ledger: Ledger, left: int, right: int, decision: str, reason: str
) -> dict[str, Any]:
    """Record a reviewer's verdict on two records; later runs honour it."""
    if decision not in PAIR_DECISIONS:
        raise Invalid(f"decision {decision!r}: use one of {', '.join(PAIR_DECISIONS)}")
    if not reason.strip():
        raise Invalid("a decision needs a reason (--reason)")
    if left == right:
        raise Invalid("a pair needs two different records")
    with ledger.session() as session:
        for record_id in (left, right):
            if session.get(VictimRecordRow, record_id) is None:
                raise NotFound(f"no victim record with id {record_id}")
        row = PairDecision(
            left_record_id=left,
            right_record_id=right,
            decision=decision,
            reason=reason.strip(),
            actor=ledger.settings.actor,
            decided_at=dt.datetime.now(dt.UTC),
        )
        session.add(row)
        session.flush()
        append_event(
            session,
            actor=ledger.settings.actor,
            action="review_persons",
            subject=f"records:{left},{right}",
            details={"decision": decision, "reason": reason.strip()},
        )
        return {"id": row.id, "left": left, "right": right, "decision": decision}


def person_memberships(
    ledger: Ledger, lists: Sequence[str], strata: str | None = None
) -> dict[str, list[set[str]]]:
    """For capture-recapture: each person's set of lists (among ``lists``), by stratum if asked.

    A stratum value is read from the person's first record that has it (``date_of_death`` gives
    the year); persons with none go to ``unknown``.
    """
    with ledger.reader() as session:
        run_id = _current_run(session)
        rows = session.execute(
            select(PersonLink.person_key, VictimList.name, VictimRecordRow.data)
            .join(VictimRecordRow, PersonLink.record_id == VictimRecordRow.id)
            .join(VictimList, VictimRecordRow.list_id == VictimList.id)
            .where(PersonLink.run_id == run_id, VictimList.name.in_(lists))
            .order_by(PersonLink.person_key, VictimRecordRow.id)
        ).all()
    membership: dict[str, set[str]] = defaultdict(set)
    stratum_of: dict[str, str] = {}
    for key, list_name, data in rows:
        membership[key].add(list_name)
        if strata and key not in stratum_of:
            value = data.get(strata)
            if value not in (None, ""):
                stratum_of[key] = str(value)[:4] if strata == "date_of_death" else str(value)
    grouped: dict[str, list[set[str]]] = defaultdict(list)
    for key, member_of in membership.items():
        grouped[stratum_of.get(key, "unknown") if strata else "all"].append(member_of)
    return dict(grouped)


def membership_draws(
    ledger: Ledger, lists: Sequence[str], *, draws: int, seed: int = 0
) -> list[list[set[str]]]:
    """Each person's set of lists under ``draws`` clusterings drawn from the current run.

    Every scored pair of the run is a link with its probability in each draw; reviewers'
    latest "same" and "different" decisions are certain, "unsure" leaves the probability
    (:func:`harmledger.link.persons.draws.draw_clusterings`).
    """
    from harmledger.link.persons.draws import draw_clusterings

    with ledger.reader() as session:
        run_id = _current_run(session)
        members = session.execute(
            select(PersonLink.record_id, VictimList.name)
            .join(VictimRecordRow, PersonLink.record_id == VictimRecordRow.id)
            .join(VictimList, VictimRecordRow.list_id == VictimList.id)
            .where(PersonLink.run_id == run_id, VictimList.name.in_(lists))
            .order_by(PersonLink.record_id)
        ).all()
        scored = session.execute(
            select(PersonPair.left_record_id, PersonPair.right_record_id, PersonPair.probability)
            .where(PersonPair.run_id == run_id)
            .order_by(PersonPair.id)
        ).all()
        latest: dict[frozenset[str], str] = {}
        for decision in session.scalars(select(PairDecision).order_by(PairDecision.id)):
            pair = frozenset((str(decision.left_record_id), str(decision.right_record_id)))
            latest[pair] = decision.decision
    list_of = {str(record_id): name for record_id, name in members}
    verdicts = {pair: d == "same" for pair, d in latest.items() if d in ("same", "different")}
    pairs = [(str(a), str(b), float(p)) for a, b, p in scored]
    out: list[list[set[str]]] = []
    for clustering in draw_clusterings(
        list(list_of), pairs, draws=draws, seed=seed, verdicts=verdicts
    ):
        out.append([{list_of[rid] for rid in records} for records in clustering.values()])
    return out
