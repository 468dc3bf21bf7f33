"""Event linking component by component: the links of ``link_events``, in bounded memory.

``link_events`` joins groups (a report's claims) along candidate pairs, pairs of groups sharing a
blocking key. Its result depends only on the pairs inside each connected component of that pair
graph: joins go strongest first with ties broken by the groups' content keys, a veto looks only
at the two sides of a join, and an existing incident's reports start as one cluster. So the
batch can be linked one component (or a few) at a time, reading only those reports' claims, and
give the same links, provided three things are taken from the whole batch first:

- the places of the batch by spelling key (``name_places``: a report naming Khan Cheikhoun meets
  any report placed there), a small map;
- which blocking keys are shared by more than ``MAX_BLOCK`` groups in the whole batch (skipped:
  in one component they may be shared by fewer);
- the components, from the blocking postings (group numbers by key, no claims). A key's members
  are one component, except a key of ``LATER`` time (see ``_blocking_keys``), which pairs only
  a group seeking by it (a report stating no day, ``_seek_keys``) with the others: its members
  are joined only when one of them seeks by it.

Blocking keys carry time (the months of a report's stated days; for a report stating none, the
months of its own few weeks), so components stay small; a report stating no day (a follow-up,
an anniversary) reaches events further back only by what names an event on its own (the
victims' names, a scene it names, a toll of hundreds), and joins their components.

Claims are read through a ``load`` callback by *units*: a unit is the reports and existing
incidents that must be read together to build the same groups as ``link_events`` does (a
pending report already linked adds its claims to the incident holding most of its claims, so a
report and every incident it is linked to are one unit). Each unit is read three times: for the
place map, for the postings, and once more with its component to link it. New incidents are
numbered in the order ``link_events`` numbers them (by their first group's key), so the
assignments, the touched states and the next free key are the same, in the same order.

Memory is that of the postings (keys and group numbers) and the place map over the whole batch,
and of the largest batch of components read at once (its claims, groups and candidate pairs).
"""

from __future__ import annotations

import pickle
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from harmledger.link.incidents.clustering import Assignment, IncidentState
from harmledger.link.incidents.config import rules
from harmledger.link.incidents.documents import (
    MAX_BLOCK,
    DocumentInfo,
    Group,
    _blocking_keys,
    _seek_keys,
    apply_place_names,
    cluster_groups,
    event_claims,
    event_groups,
    later_key,
)
from harmledger.link.incidents.facts import ClaimFacts
from harmledger.link.incidents.places import PRECISION_ORDER, PlaceInfo
from harmledger.link.incidents.translit import place_keys

# what a unit's reading gives: its pending event claims, its incidents' linked claims, and the
# documents of both
Batch = tuple[list[ClaimFacts], dict[int, list[ClaimFacts]], dict[int, DocumentInfo]]


@dataclass(frozen=True)
class Unit:
    """Reports and existing incidents read together: pending reports, and the incidents any of
    them (or any of their incidents' reports) is linked to."""

    documents: frozenset[int]  # its documents (with pending claims, or its incidents')
    incidents: frozenset[int] = frozenset()  # active events (all their linked claims)


Loader = Callable[[Sequence[Unit]], Batch]


@dataclass
class ComponentStats:
    """What component-wise linking saw: for the benchmark and the report."""

    units: int = 0
    groups: int = 0
    components: int = 0
    largest_groups: int = 0  # groups in the largest component
    largest_claims: int = 0  # claims (pending and linked) in the largest batch read at once
    too_wide: int = 0  # blocking keys skipped as shared by more than MAX_BLOCK groups
    batches: list[int] = field(default_factory=list)  # groups per batch read


def units_of(
    pending_documents: Iterable[int], incident_documents: dict[int, set[int]]
) -> list[Unit]:
    """Units for pending reports and active events (``incident_documents``: each event's
    documents): connected sets of reports and the incidents they are linked to, in the order of
    their smallest document."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for document in pending_documents:
        find(("d", document))
    for incident, documents in incident_documents.items():
        root = find(("i", incident))
        for document in documents:
            other = find(("d", document))
            if other != root:
                parent[other] = root
    members: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for x in list(parent):
        members[find(x)].append(x)
    units = [
        Unit(
            frozenset(n for kind, n in found if kind == "d"),
            frozenset(n for kind, n in found if kind == "i"),
        )
        for found in members.values()
    ]
    return sorted(units, key=lambda u: (min(u.documents, default=0), min(u.incidents, default=0)))


def in_memory_loader(
    pending: list[ClaimFacts],
    linked: dict[int, list[ClaimFacts]],
    info: dict[int, DocumentInfo],
) -> tuple[list[Unit], Loader]:
    """Units and a loader over claims already in memory (what ``link incidents`` holds): the
    same links as ``link_events``, with the pairs and clusters of one batch of components at a
    time."""
    by_document: dict[int, list[ClaimFacts]] = defaultdict(list)
    for f in pending:
        by_document[f.document_id].append(f)
    units = units_of(
        by_document, {i: {f.document_id for f in claims} for i, claims in linked.items()}
    )

    def load(chosen: Sequence[Unit]) -> Batch:
        facts = [f for unit in chosen for d in sorted(unit.documents) for f in by_document[d]]
        events = {i: linked[i] for unit in chosen for i in unit.incidents}
        documents = {f.document_id for f in facts} | {
            f.document_id for claims in events.values() for f in claims
        }
        return facts, events, {d: info[d] for d in documents if d in info}

    return units, load


def link_events_by_component(
    units: Sequence[Unit],
    load: Loader,
    states: dict[int, IncidentState],
    first_key: int = -1,
    batch_groups: int = 20_000,
    chunk_units: int = 5_000,
    stats: ComponentStats | None = None,
) -> tuple[list[Assignment], list[IncidentState], int]:
    """``link_events``'s result (assignments, touched states, next free key), reading ``units``
    through ``load`` a chunk at a time and linking components a batch at a time; see the module
    docstring. Components are read together up to ``batch_groups`` groups (a larger component
    alone). Pending claims are the ones ``load`` gives as pending."""
    stats = stats if stats is not None else ComponentStats()
    stats.units = len(units)

    def groups_of(chosen: Sequence[Unit]) -> tuple[list[Group], Batch]:
        batch = load(chosen)
        return event_groups(batch[0], batch[1], states, batch[2]), batch

    def chunks() -> Iterable[tuple[int, Group]]:
        for start in range(0, len(units), chunk_units):
            chosen = units[start : start + chunk_units]
            groups, _ = groups_of(chosen)
            unit_of = {d: start + n for n, unit in enumerate(chosen) for d in unit.documents}
            unit_of_incident = {
                i: start + n for n, unit in enumerate(chosen) for i in unit.incidents
            }
            for group in groups:
                unit = (
                    unit_of_incident[group.incident]
                    if group.incident is not None
                    else unit_of[group.document_id]
                )
                yield unit, group

    # 1. the batch's places by spelling key, as name_places finds them (the finest; of equally
    # fine ones the group first by key)
    fine = set(rules()["documents"]["place"]["named_in_any_spelling"])
    best: dict[str, tuple[int, str, PlaceInfo]] = {}
    for _, group in chunks():
        if group.place.precision not in fine:
            continue
        rank = PRECISION_ORDER.index(group.place.precision)
        for k in place_keys(group.place.name):
            current = best.get(k)
            if current is None or (rank, group.key) < current[:2]:
                best[k] = (rank, group.key, group.place)
    known = {k: place for k, (_, _, place) in best.items()}
    del best

    # 2. blocking postings: group numbers by key, and each group's unit
    postings: dict[tuple[object, ...], list[int]] = defaultdict(list)
    unit_of_group: list[int] = []
    sought: set[tuple[object, ...]] = set()  # later keys some group seeks by (see later_key)
    for unit, group in chunks():
        apply_place_names([group], known)
        number = len(unit_of_group)
        unit_of_group.append(unit)
        for key in _blocking_keys(group):
            postings[key].append(number)
        sought |= _seek_keys(group)
    stats.groups = len(unit_of_group)

    # 3. components of units: units joined by a key shared by 2..MAX_BLOCK groups
    parent = list(range(len(units)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    too_wide: set[tuple[object, ...]] = set()
    for key, members in postings.items():
        if len(members) > MAX_BLOCK:
            too_wide.add(key)
        elif len(members) > 1 and (
            not later_key(key) or key in sought
        ):  # a later key pairs its members with a group seeking by it: all, if it has one
            root = find(unit_of_group[members[0]])
            for number in members[1:]:
                other = find(unit_of_group[number])
                if other != root:
                    parent[other] = root
    del postings, sought
    wide = frozenset(too_wide)
    stats.too_wide = len(wide)
    sizes: dict[int, int] = defaultdict(int)  # groups per component
    for unit in unit_of_group:
        sizes[find(unit)] += 1
    del unit_of_group
    component_units: dict[int, list[int]] = defaultdict(list)
    for number in range(len(units)):
        component_units[find(number)].append(number)
    stats.components = len(component_units)
    stats.largest_groups = max(sizes.values(), default=0)

    # 4. link a batch of components at a time; new incidents keyed once all are found
    found_events: list[tuple[str, bool, IncidentState, list[tuple[int, float, tuple[str, ...]]]]]
    found_events = []
    chosen: list[Unit] = []
    size = 0

    def link(chosen: list[Unit]) -> None:
        groups, batch = groups_of(chosen)
        stats.batches.append(len(groups))
        claims = len(batch[0]) + sum(len(c) for c in batch[1].values())
        stats.largest_claims = max(stats.largest_claims, claims)
        pending_ids = {f.claim_id for f in batch[0]}
        for cluster in cluster_groups(groups, known, wide):
            new_claims = event_claims(cluster, pending_ids)
            if not new_claims:
                continue
            new = cluster.incident is None
            state = (
                states[cluster.incident]
                if cluster.incident is not None
                else IncidentState(key=0, kind="event")
            )
            for _, _, _, f in new_claims:
                state.absorb(f)
            first = min(g.key for g in cluster.groups)
            found_events.append((first, new, state, [claim[:3] for claim in new_claims]))

    for root, numbers in sorted(component_units.items(), key=lambda c: c[1][0]):
        if chosen and size + sizes.get(root, 0) > batch_groups:
            link(chosen)
            chosen, size = [], 0
        chosen.extend(units[n] for n in numbers)
        size += sizes.get(root, 0)
    if chosen:
        link(chosen)

    found_events.sort(key=lambda e: e[0])
    assignments: list[Assignment] = []
    touched: list[IncidentState] = []
    next_key = first_key
    for _, new, state, claims in found_events:
        if new:
            state.key = next_key
            next_key -= 1
        for claim_id, points, reasons in claims:
            assignments.append(Assignment(claim_id, state.key, points, reasons, state.key < 0))
        touched.append(state)
    return assignments, touched, next_key


class FactsStore:
    """Claims as linking reads them (``ClaimFacts`` and ``DocumentInfo``), kept in a SQLite
    file and read back a batch of units at a time (``loader``): so that linking holds the
    postings, the place map and the results over the whole batch, and the claims of one batch
    of components only. Reports pending only (no existing incidents): one unit per document.

    ``link incidents`` reads its claims from the ledger whole (``load_claims``,
    ``document_context``); a run of 10^7 claims would first write them here, document by
    document, and link from here."""

    def __init__(self, path: str) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS report (document_id INTEGER PRIMARY KEY, info BLOB,"
            " facts BLOB)"
        )

    def add(self, facts: Iterable[ClaimFacts], info: dict[int, DocumentInfo]) -> None:
        """Store reports' claims (all of a document's claims in one call)."""
        by_document: dict[int, list[ClaimFacts]] = defaultdict(list)
        for f in facts:
            by_document[f.document_id].append(f)
        self.connection.executemany(
            "INSERT INTO report VALUES (?, ?, ?)",
            (
                (d, pickle.dumps(info.get(d)), pickle.dumps(claims))
                for d, claims in by_document.items()
            ),
        )
        self.connection.commit()

    def loader(self, read_at_once: int = 500) -> tuple[list[Unit], Loader]:
        """Units (one per stored document, by number) and a loader reading their claims and
        documents, ``read_at_once`` documents per query."""
        documents = [d for (d,) in self.connection.execute("SELECT document_id FROM report")]
        units = [Unit(frozenset({d})) for d in sorted(documents)]

        def load(chosen: Sequence[Unit]) -> Batch:
            wanted = sorted(d for unit in chosen for d in unit.documents)
            facts: list[ClaimFacts] = []
            info: dict[int, DocumentInfo] = {}
            for start in range(0, len(wanted), read_at_once):
                part = wanted[start : start + read_at_once]
                marks = ",".join("?" * len(part))
                for d, document, claims in self.connection.execute(
                    f"SELECT document_id, info, facts FROM report WHERE document_id IN ({marks})"
                    " ORDER BY document_id",
                    part,
                ):
                    found = pickle.loads(document)
                    if found is not None:
                        info[d] = found
                    facts += pickle.loads(claims)
            return facts, {}, info

        return units, load
