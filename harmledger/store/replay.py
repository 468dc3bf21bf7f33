"""``verify``'s rebuild of machine output and links from the custody log.

The events of extraction, incident linking and its decisions, victim list imports, person
linkage and pair reviews say what each wrote (row hashes, or for incident links the links
themselves); this replays them and names every stored row, or group of rows, that disagrees:
claims, active incident links, merged incidents, victim records, person links and pair
decisions. Events written before they recorded this are not guessed at: the rows they wrote
are counted in notes as not checkable.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.store.custody import iter_events
from harmledger.store.incident_tables import Incident, IncidentClaim, IncidentFigure
from harmledger.store.row_digest import (
    claims_by_extraction,
    imported_figures,
    incident_attributes,
    person_links_of_run,
    person_pairs_of_run,
    records_of_import,
)
from harmledger.store.tables import Extraction
from harmledger.store.victim_facets import DERIVED, derived_columns
from harmledger.store.victim_tables import LinkageRun, PairDecision, VictimList, VictimRecordRow

IMPORT_ACTIONS = ("import_victims", "import_recoveries")
INCIDENT_WRITERS = ("link_incidents", "split_incident", "import")


@dataclass(frozen=True)
class Finding:
    kind: str  # claims, link, merge, victims, persons, pair
    subject: str
    message: str


@dataclass
class _Log:
    """What the events say was written."""

    extractions: dict[tuple[int, str], tuple[int, str | None]] = field(default_factory=dict)
    links: dict[int, tuple[int, int]] = field(default_factory=dict)  # claim: (incident, event)
    unrecorded_link_runs: list[int] = field(default_factory=list)
    merged: dict[int, int] = field(default_factory=dict)
    imports: dict[tuple[str, str], tuple[int, int | None, str | None]] = field(default_factory=dict)
    runs: dict[int, tuple[int, int | None, str | None]] = field(default_factory=dict)
    pair_runs: dict[int, tuple[int, int | None, str | None]] = field(default_factory=dict)
    # incident: (event, digest of its derived attributes, parent) as the last writer left it
    incidents: dict[int, tuple[int, str, int | None]] = field(default_factory=dict)
    unrecorded_incident_events: list[int] = field(default_factory=list)
    datasets: dict[str, tuple[int, int | None, str | None]] = field(default_factory=dict)
    pairs: Counter[str] = field(default_factory=Counter)


def _read_log(session: Session) -> _Log:
    log = _Log()
    for event in iter_events(session):
        details: dict[str, Any] = event.details if isinstance(event.details, dict) else {}
        action = event.action
        if action in INCIDENT_WRITERS and not (action == "import" and "dataset" not in details):
            _read_incidents(log, event.id, details)
        if action == "extract":
            version = event.subject.removeprefix("extractor:")
            digests = details.get("claims_sha256", {})
            for document_id in details.get("documents", []):
                log.extractions[(int(document_id), version)] = (
                    event.id,
                    digests.get(str(document_id)),
                )
        elif action == "link_incidents":
            if "links" not in details:
                log.unrecorded_link_runs.append(event.id)
            for claim_id, incident_id in details.get("links", []):
                log.links[int(claim_id)] = (int(incident_id), event.id)
        elif action == "merge_incidents":
            into = int(details["into"])
            for claim_id in details.get("claims", []):
                log.links[int(claim_id)] = (into, event.id)
            for source in details.get("merged", []):
                log.merged[int(source)] = into
            sources = {int(source) for source in details.get("merged", [])}
            for incident_id, (event_id, digest, parent) in list(log.incidents.items()):
                if parent in sources:  # a merge hands the merged incidents' children over
                    log.incidents[incident_id] = (event_id, digest, into)
        elif action == "split_incident":
            for claim_id in details.get("claims", []):
                log.links[int(claim_id)] = (int(details["new"]), event.id)
        elif action == "move_claim":
            claim_id = int(event.subject.removeprefix("claim:"))
            log.links[claim_id] = (int(details["to"]), event.id)
        elif action == "review_claim" and details.get("decision") == "reject":
            claim_id = int(event.subject.removeprefix("claim:"))
            log.links[claim_id] = (0, event.id)  # no active link
        elif action in IMPORT_ACTIONS:
            key = (str(details.get("list")), event.subject.removeprefix("blob:"))
            log.imports[key] = (event.id, details.get("records"), details.get("records_sha256"))
        elif action == "import" and "dataset" in details:
            log.datasets[str(details["dataset"])] = (
                event.id,
                details.get("figures"),
                details.get("figures_sha256"),
            )
        elif action == "link_persons":
            run_id = int(event.subject.removeprefix("linkage_run:"))
            log.runs[run_id] = (event.id, details.get("links"), details.get("links_sha256"))
            log.pair_runs[run_id] = (event.id, details.get("pairs"), details.get("pairs_sha256"))
        elif action == "review_persons":
            left, right = event.subject.removeprefix("records:").split(",")
            log.pairs[_pair_key(int(left), int(right), details)] += 1
    return log


def _read_incidents(log: _Log, event_id: int, details: dict[str, Any]) -> None:
    written = details.get("incidents")
    if not isinstance(written, dict):
        if any(details.get(k) for k in ("new_incidents", "new", "created", "claims")):
            log.unrecorded_incident_events.append(event_id)
        return
    for incident_id, (digest, parent) in written.items():
        log.incidents[int(incident_id)] = (event_id, str(digest), parent)


def _some(items: list[Any], shown: int = 10) -> str:
    """The first few of a list, for a note."""
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return ", ".join(str(i) for i in items[:shown]) + more


def _pair_key(left: int, right: int, details: dict[str, Any]) -> str:
    return json.dumps([left, right, details.get("decision"), details.get("reason")])


def replay_problems(session: Session) -> tuple[list[Finding], list[str]]:
    """Rows that disagree with the log, and notes on rows too old to be checked."""
    log = _read_log(session)
    findings: list[Finding] = []
    notes: list[str] = []
    findings += _claims(session, log, notes)
    findings += _incident_links(session, log, notes)
    findings += _merges(session, log)
    findings += _victim_records(session, log, notes)
    findings += _imported_figures(session, log, notes)
    findings += _incident_attributes(session, log, notes)
    findings += _person_links(session, log, notes)
    findings += _person_pairs(session, log, notes)
    findings += _pair_decisions(session, log)
    return findings, notes


def _claims(session: Session, log: _Log, notes: list[str]) -> list[Finding]:
    findings = []
    extractions = session.execute(
        select(Extraction.id, Extraction.document_id, Extraction.extractor_version)
    ).all()
    present = {(row.document_id, row.extractor_version) for row in extractions}
    checked: dict[int, tuple[int, int, str]] = {}
    unchecked: list[int] = []
    for extraction_id, document_id, version in extractions:
        logged = log.extractions.get((document_id, version))
        if logged is None:
            findings.append(
                Finding(
                    "claims",
                    f"document:{document_id}",
                    f"extraction {extraction_id} of document {document_id} (extractor {version})"
                    " has no extract event in the custody log",
                )
            )
        elif logged[1] is None:
            unchecked.append(document_id)
        else:
            checked[extraction_id] = (document_id, logged[0], logged[1])
    digests = claims_by_extraction(session, checked)
    for extraction_id, (document_id, event_id, recorded) in sorted(checked.items()):
        if digests[extraction_id] != recorded:
            findings.append(
                Finding(
                    "claims",
                    f"document:{document_id}",
                    f"document {document_id}: its claims (extraction {extraction_id}) differ "
                    f"from those extract event {event_id} recorded: a claim's figures, quote or "
                    "other field was edited, or a claim added or deleted",
                )
            )
    for (document_id, version), (event_id, _) in sorted(log.extractions.items()):
        if (document_id, version) not in present:
            findings.append(
                Finding(
                    "claims",
                    f"document:{document_id}",
                    f"extract event {event_id} read document {document_id} with extractor "
                    f"{version}, but that extraction is gone from the ledger",
                )
            )
    if unchecked:
        notes.append(
            f"claims of {len(unchecked)} extraction(s) made before extract events recorded a hash "
            f"of their claims cannot be checked (documents {_some(sorted(set(unchecked)))})"
        )
    return findings


def _incident_links(session: Session, log: _Log, notes: list[str]) -> list[Finding]:
    findings = []
    active: dict[int, list[tuple[int, int, str]]] = {}
    for link_id, claim_id, incident_id, linked_by in session.execute(
        select(
            IncidentClaim.id,
            IncidentClaim.claim_id,
            IncidentClaim.incident_id,
            IncidentClaim.linked_by,
        ).where(IncidentClaim.removed_at.is_(None))
    ):
        active.setdefault(claim_id, []).append((link_id, incident_id, linked_by))
    unchecked: list[int] = []
    for claim_id in sorted(set(active) | set(log.links)):
        rows = active.get(claim_id, [])
        incident_id, event_id = log.links.get(claim_id, (0, 0))
        if len(rows) > 1:
            findings.append(
                Finding(
                    "link",
                    f"claim:{claim_id}",
                    f"claim {claim_id} has {len(rows)} active incident links "
                    f"({', '.join(str(r[1]) for r in rows)}); a claim belongs to one incident",
                )
            )
            continue
        stored = rows[0][1] if rows else 0
        if stored == incident_id:
            continue
        if not event_id and log.unrecorded_link_runs and rows and rows[0][2] == "auto":
            unchecked.append(claim_id)  # linked by a run that did not record its links
            continue
        if not rows:
            message = (
                f"claim {claim_id} is in no incident, but event {event_id} linked it to "
                f"incident {incident_id} (its link was deleted or closed)"
            )
        elif not event_id:
            message = (
                f"incident link {rows[0][0]}: claim {claim_id} in incident {stored} was made "
                "by no event in the custody log"
            )
        elif incident_id == 0:
            message = (
                f"claim {claim_id} is linked to incident {stored}, but event {event_id} rejected it"
            )
        else:
            message = (
                f"claim {claim_id} is linked to incident {stored}, but event {event_id} linked "
                f"it to incident {incident_id}"
            )
        findings.append(Finding("link", f"claim:{claim_id}", message))
    if unchecked:
        notes.append(
            f"{len(unchecked)} incident link(s) made by link runs before link events recorded "
            f"their links (events {_some(log.unrecorded_link_runs)}) cannot be checked (claims "
            f"{_some(unchecked)})"
        )
    return findings


def _merges(session: Session, log: _Log) -> list[Finding]:
    findings = []
    stored = {
        row.id: row.merged_into_id
        for row in session.execute(
            select(Incident.id, Incident.merged_into_id).where(Incident.status == "merged")
        )
    }
    for incident_id in sorted(set(stored) | set(log.merged)):
        if stored.get(incident_id, -1) != log.merged.get(incident_id, -1):
            findings.append(
                Finding(
                    "merge",
                    f"incident:{incident_id}",
                    f"incident {incident_id}: merged into {stored.get(incident_id)} in the "
                    f"ledger, into {log.merged.get(incident_id)} by the log",
                )
            )
    return findings


def _victim_records(session: Session, log: _Log, notes: list[str]) -> list[Finding]:
    findings = []
    lists = {row.id: row.name for row in session.execute(select(VictimList.id, VictimList.name))}
    groups = session.execute(
        select(VictimRecordRow.list_id, VictimRecordRow.source_sha256).distinct()
    ).all()
    seen: set[tuple[str, str]] = set()
    unchecked: list[str] = []
    for list_id, sha in groups:
        key = (lists.get(list_id, f"#{list_id}"), str(sha))
        seen.add(key)
        logged = log.imports.get(key)
        if logged is None:
            findings.append(
                Finding(
                    "victims",
                    f"victim_list:{key[0]}",
                    f"records of list {key[0]!r} from file {key[1][:12]}… have no import event "
                    "in the custody log",
                )
            )
            continue
        if logged[2] is None:
            unchecked.append(f"{key[0]!r} from {key[1][:12]}…")
            continue
        count, digest = records_of_import(session, list_id, str(sha))
        if digest != logged[2]:
            findings.append(
                Finding(
                    "victims",
                    f"victim_list:{key[0]}",
                    f"records of list {key[0]!r} from file {key[1][:12]}… differ from import "
                    f"event {logged[0]}: {count} records now, {logged[1]} when imported "
                    "(a record was edited, added or deleted)",
                )
            )
    for key, (event_id, recorded, _) in sorted(log.imports.items()):
        if key not in seen and recorded:
            findings.append(
                Finding(
                    "victims",
                    f"victim_list:{key[0]}",
                    f"import event {event_id} stored {recorded} records of list {key[0]!r} from "
                    f"file {key[1][:12]}…; none is left",
                )
            )
    if unchecked:
        notes.append(
            f"victim records of {len(unchecked)} import(s) made before import events recorded a "
            f"hash of their records cannot be checked (lists {_some(sorted(unchecked))})"
        )
    return findings + _derived_victim_columns(session, lists)


def _derived_victim_columns(session: Session, lists: dict[int, str]) -> list[Finding]:
    """Facet and membership columns that disagree with the record's own JSON: they are not in
    the import's hash, but the victims page counts them and the incident page selects by them."""
    columns = [getattr(VictimRecordRow, name) for name in DERIVED]
    findings = []
    rows = session.execute(
        select(VictimRecordRow.id, VictimRecordRow.list_id, VictimRecordRow.data, *columns)
    )
    for record_id, list_id, data, *stored in rows:
        expected = derived_columns(data or {})
        wrong = [
            name
            for name, value in zip(DERIVED, stored, strict=True)
            if (None if value is None else str(value)) != expected[name]
        ]
        if wrong:
            name = lists.get(list_id, f"#{list_id}")
            findings.append(
                Finding(
                    "victims",
                    f"victim_list:{name}",
                    f"victim record {record_id} of list {name!r}: {', '.join(wrong)} "
                    "disagree with the record's own data (an edited column)",
                )
            )
    return findings


def _imported_figures(session: Session, log: _Log, notes: list[str]) -> list[Finding]:
    """Figures imported with coded datasets (UCDP, ACLED) against their last import event."""
    findings = []
    stored = set(
        session.scalars(
            select(Incident.origin)
            .join(IncidentFigure, IncidentFigure.incident_id == Incident.id)
            .distinct()
        )
    )
    unchecked = []
    for dataset in sorted(stored | set(log.datasets)):
        logged = log.datasets.get(dataset)
        if logged is None:
            findings.append(
                Finding(
                    "imported",
                    f"dataset:{dataset}",
                    f"figures of {dataset} incidents have no import event in the custody log",
                )
            )
            continue
        if logged[2] is None:
            unchecked.append(dataset)
            continue
        count, digest = imported_figures(session, dataset)
        if digest != logged[2]:
            findings.append(
                Finding(
                    "imported",
                    f"dataset:{dataset}",
                    f"figures imported from {dataset} differ from import event {logged[0]}: "
                    f"{count} figures now, {logged[1]} then (a figure was edited, added or "
                    "deleted)",
                )
            )
    if unchecked:
        notes.append(
            f"figures of {_some(unchecked)} imported before import events recorded a hash of "
            "them cannot be checked"
        )
    return findings


def _incident_attributes(session: Session, log: _Log, notes: list[str]) -> list[Finding]:
    """Every incident as the last event that wrote it (a link run, split or import) left it."""
    findings = []
    stored = incident_attributes(session)
    unchecked: list[int] = []
    for incident_id in sorted(set(stored) | set(log.incidents)):
        logged = log.incidents.get(incident_id)
        if incident_id not in stored:
            assert logged is not None
            findings.append(
                Finding(
                    "incident",
                    f"incident:{incident_id}",
                    f"incident {incident_id}, written by event {logged[0]}, is gone from the "
                    "ledger",
                )
            )
            continue
        digest, parent = stored[incident_id]
        if logged is None:
            if log.unrecorded_incident_events:
                unchecked.append(incident_id)
                continue
            findings.append(
                Finding(
                    "incident",
                    f"incident:{incident_id}",
                    f"incident {incident_id} was written by no event in the custody log",
                )
            )
            continue
        event_id, logged_digest, logged_parent = logged
        if digest != logged_digest:
            findings.append(
                Finding(
                    "incident",
                    f"incident:{incident_id}",
                    f"incident {incident_id}: its place, period, kind, name, perpetrators or "
                    f"another attribute differs from what event {event_id} derived and wrote",
                )
            )
        if parent != logged_parent:
            findings.append(
                Finding(
                    "incident",
                    f"incident:{incident_id}",
                    f"incident {incident_id} lies in incident {parent}, but the log puts it in "
                    f"{logged_parent} (event {event_id}, and the merges after it)",
                )
            )
    if unchecked:
        notes.append(
            f"attributes of {len(unchecked)} incident(s) written before link, split and import "
            f"events recorded them cannot be checked (incidents {_some(unchecked)}; events "
            f"{_some(log.unrecorded_incident_events)})"
        )
    return findings


def _person_links(session: Session, log: _Log, notes: list[str]) -> list[Finding]:
    findings = []
    runs = set(session.scalars(select(LinkageRun.id)))
    unchecked: list[int] = []
    for run_id in sorted(runs | set(log.runs)):
        logged = log.runs.get(run_id)
        if logged is None:
            findings.append(
                Finding(
                    "persons",
                    f"linkage_run:{run_id}",
                    f"linkage run {run_id} has no link_persons event in the custody log",
                )
            )
            continue
        if logged[2] is None:
            unchecked.append(run_id)
            continue
        count, digest = person_links_of_run(session, run_id)
        if run_id not in runs or digest != logged[2]:
            findings.append(
                Finding(
                    "persons",
                    f"linkage_run:{run_id}",
                    f"person links of linkage run {run_id} differ from event {logged[0]}: "
                    f"{count} links now, {logged[1]} when linked (records were moved to other "
                    "persons, or links added or deleted)",
                )
            )
    if unchecked:
        notes.append(
            f"person links of {len(unchecked)} linkage run(s) made before link events recorded a "
            f"hash of their links cannot be checked (runs {_some(unchecked)})"
        )
    return findings


def _person_pairs(session: Session, log: _Log, notes: list[str]) -> list[Finding]:
    """Each run's scored pairs and link probabilities (review queues and estimates read them)."""
    findings = []
    unchecked: list[int] = []
    for run_id in sorted(set(session.scalars(select(LinkageRun.id)))):
        logged = log.pair_runs.get(run_id)
        if logged is None:
            continue  # a run with no event at all is named by _person_links
        if logged[2] is None:
            unchecked.append(run_id)
            continue
        count, digest = person_pairs_of_run(session, run_id)
        if digest != logged[2]:
            findings.append(
                Finding(
                    "persons",
                    f"linkage_run:{run_id}",
                    f"scored pairs of linkage run {run_id} differ from event {logged[0]}: "
                    f"{count} pairs now, {logged[1]} when linked (a pair's probability, weight "
                    "or evidence, or a link's probability, was edited, or pairs added or deleted)",
                )
            )
    if unchecked:
        notes.append(
            f"scored pairs of {len(unchecked)} linkage run(s) made before link events recorded a "
            f"hash of them cannot be checked (runs {_some(unchecked)})"
        )
    return findings


def _pair_decisions(session: Session, log: _Log) -> list[Finding]:
    findings = []
    remaining = Counter(log.pairs)
    for row in session.scalars(select(PairDecision).order_by(PairDecision.id)):
        decided = {"decision": row.decision, "reason": row.reason}
        key = _pair_key(row.left_record_id, row.right_record_id, decided)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            findings.append(
                Finding(
                    "pair",
                    f"pair_decision:{row.id}",
                    f"pair decision {row.id} (records {row.left_record_id} and "
                    f"{row.right_record_id}: {row.decision}) matches no review event in the log",
                )
            )
    for key, left in sorted(remaining.items()):
        if left > 0:
            first, second, decision, _ = json.loads(key)
            findings.append(
                Finding(
                    "pair",
                    f"records:{first},{second}",
                    f"the log's pair decision on records {first} and {second} ({decision}) is "
                    "gone from the ledger",
                )
            )
    return findings
