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

Memory is that of the postings and the place map over the whole batch, of the largest batch
of components read at once (its claims, groups and candidate pairs), and of the events found
(``FoundEvents``), unless they are spilled to a file batch by batch. The postings are kept as
hashes in flat arrays (``_Postings``: 13 bytes per group and key), never as the keys themselves;
components come from a sparse graph of units (``scipy.sparse.csgraph``).
"""

from __future__ import annotations

import pickle
import sqlite3
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

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
Scored = tuple[int, float, tuple[str, ...]]  # a claim linked: its id, score and reasons


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


key_hash = hash  # a blocking key's hash (the tests make it collide on purpose)


class _Postings:
    """The blocking keys of a whole batch, kept small: per group and key, the key's 64-bit hash,
    the group's unit and whether the key is a ``later_key`` (13 bytes), in flat arrays, and the
    hashes of the ``LATER`` keys some group seeks by (``_seek_keys``). Not the keys, nor lists of
    group numbers per key: at 10^7 claims those filled memory.

    Two keys with one hash (a collision) only join their units' components, which changes no
    link (see the module docstring); the hashes shared by more than ``MAX_BLOCK`` groups are
    read again key by key (``components(exact)``), so a collision never makes a key too wide."""

    def __init__(self, units: int) -> None:
        self.hashes = array("q")
        self.owners = array("i")
        self.later = array("b")
        self.sought = array("q")
        self.group_counts = array("q", bytes(8 * units))
        self.groups = 0
        self._runs: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None
        self._runs = None

    def add(
        self, unit: int, keys: Iterable[tuple[object, ...]], seeks: Iterable[tuple[object, ...]]
    ) -> None:
        """One group's keys and the keys it seeks by."""
        self.groups += 1
        self.group_counts[unit] += 1
        for key in keys:
            self.hashes.append(key_hash(key))
            self.owners.append(unit)
            self.later.append(later_key(key))
        self.sought.extend(key_hash(key) for key in seeks)

    def _sorted(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Hashes, owners and later flags ordered by hash; where each hash's run starts; its
        length. Sorted once, for the wide hashes and the components both."""
        if self._runs is None:
            hashes = np.frombuffer(self.hashes, dtype=np.int64)
            order = np.argsort(hashes, kind="stable")
            hashes = hashes[order]
            owners = np.frombuffer(self.owners, dtype=np.int32)[order]
            later = np.frombuffer(self.later, dtype=np.int8)[order].astype(bool)
            del order
            starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
            counts = np.diff(np.r_[starts, len(hashes)])
            self._runs = hashes, owners, later, starts, counts
        return self._runs

    def wide_hashes(self) -> set[int]:
        """Hashes shared by more than ``MAX_BLOCK`` groups."""
        if not len(self.hashes):
            return set()
        hashes, _, _, starts, counts = self._sorted()
        return set(hashes[starts[counts > MAX_BLOCK]].tolist())

    def components(self, exact: dict[tuple[object, ...], list[int]]) -> np.ndarray:
        """Each unit's component: units joined by a hash shared by 2..``MAX_BLOCK`` groups that is
        no ``later_key`` or that some group seeks by, and through ``exact`` (the keys of hashes
        shared more widely, with their groups' units) by each such key likewise."""
        sought = np.unique(np.frombuffer(self.sought, dtype=np.int64))
        if len(self.hashes):
            hashes, owners, later, starts, counts = self._sorted()
            plain = np.logical_or.reduceat(~later, starts)
            joins = (counts > 1) & (counts <= MAX_BLOCK)
            joins &= plain | np.isin(hashes[starts], sought)
            run = np.repeat(np.arange(len(starts)), counts)
            chosen = joins[run]
            first = owners[starts][run[chosen]]
            other = owners[chosen]
            del run, chosen
        else:
            first = other = np.zeros(0, dtype=np.int32)
        extra_first: list[int] = []
        extra_other: list[int] = []
        seeking = set(sought.tolist()) if exact else set()
        for key, members in exact.items():
            if 1 < len(members) <= MAX_BLOCK and (not later_key(key) or key_hash(key) in seeking):
                extra_first += [members[0]] * (len(members) - 1)
                extra_other += members[1:]
        rows = np.concatenate([first, np.asarray(extra_first, dtype=np.int32)])
        cols = np.concatenate([other, np.asarray(extra_other, dtype=np.int32)])
        size = len(self.group_counts)
        graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(size, size))
        _, labels = connected_components(graph, directed=False)
        return labels


def find_events_by_component(
    units: Sequence[Unit],
    load: Loader,
    states: dict[int, IncidentState],
    batch_groups: int = 5_000,
    chunk_units: int = 5_000,
    stats: ComponentStats | None = None,
    spill: str | None = None,
) -> FoundEvents:
    """The events ``link_events`` finds, reading ``units`` through ``load`` a chunk at a time
    and linking components a batch at a time (see the module docstring), to be numbered by
    ``FoundEvents.numbered``. Components are read together up to ``batch_groups`` groups (a
    larger component alone). Pending claims are the ones ``load`` gives as pending. With
    ``spill``, each batch's events go to that SQLite file (see ``FoundEvents``)."""
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

    # 2. blocking keys as hashes, one entry per group and key (see _Postings)
    postings = _Postings(len(units))
    for unit, group in chunks():
        apply_place_names([group], known)
        postings.add(unit, _blocking_keys(group), _seek_keys(group))
    stats.groups = postings.groups

    # 3. components of units: units joined by a key shared by 2..MAX_BLOCK groups; a hash shared
    # by more is checked key by key in one more reading (a collision must not make a key wide)
    suspects = postings.wide_hashes()
    exact: dict[tuple[object, ...], list[int]] = defaultdict(list)
    if suspects:
        for unit, group in chunks():
            apply_place_names([group], known)
            for key in _blocking_keys(group):
                if key_hash(key) in suspects:
                    exact[key].append(unit)
    component_of = postings.components(exact)
    wide = frozenset(key for key, members in exact.items() if len(members) > MAX_BLOCK)
    del exact
    stats.too_wide = len(wide)
    sizes: dict[int, int] = defaultdict(int)  # groups per component
    component_units: dict[int, list[int]] = defaultdict(list)
    for number, component in enumerate(component_of):
        component_units[int(component)].append(number)
    for number, groups in enumerate(postings.group_counts):
        sizes[int(component_of[number])] += groups
    stats.components = len(component_units)
    stats.largest_groups = max(sizes.values(), default=0)
    del postings, component_of

    # 4. link a batch of components at a time; new incidents keyed once all are found
    found = FoundEvents(spill)
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
            found.add(first, new, state, [claim[:3] for claim in new_claims])
        found.flush()

    for root, numbers in sorted(component_units.items(), key=lambda c: c[1][0]):
        if chosen and size + sizes.get(root, 0) > batch_groups:
            link(chosen)
            chosen, size = [], 0
        chosen.extend(units[n] for n in numbers)
        size += sizes.get(root, 0)
    if chosen:
        link(chosen)
    return found


def link_events_by_component(
    units: Sequence[Unit],
    load: Loader,
    states: dict[int, IncidentState],
    first_key: int = -1,
    batch_groups: int = 5_000,
    chunk_units: int = 5_000,
    stats: ComponentStats | None = None,
) -> tuple[list[Assignment], list[IncidentState], int]:
    """``link_events``'s result (assignments, touched states, next free key), reading ``units``
    through ``load`` a chunk at a time and linking components a batch at a time; see the module
    docstring and ``find_events_by_component``."""
    found = find_events_by_component(units, load, states, batch_groups, chunk_units, stats)
    assignments: list[Assignment] = []
    touched: list[IncidentState] = []
    for state, claims in found.numbered(first_key):
        assignments += claims
        touched.append(state)
    return assignments, touched, found.next_key(first_key)


class FoundEvents:
    """The events a linking run found, batch by batch, handed back numbered as ``link_events``
    numbers them: new incidents take keys from ``first_key`` down in the order of their first
    group's key over the whole run, so none is numbered before the last batch is linked.

    Kept in memory, or with ``spill`` (a SQLite file's path) written out after each batch and
    read back in that order one event at a time: then a run holds one batch's events, not every
    event's state and its claims' scores (about 0.95 KiB per claim, half the memory at 10^6)."""

    def __init__(self, spill: str | None = None) -> None:
        self._held: list[tuple[str, bool, IncidentState, list[Scored]]] = []
        self._new = 0
        self._written = 0
        self._connection: sqlite3.Connection | None = None
        if spill is not None:
            self._connection = sqlite3.connect(spill)
            self._connection.execute("DROP TABLE IF EXISTS found")
            self._connection.execute(
                "CREATE TABLE found (first TEXT, seq INTEGER, state BLOB, claims BLOB)"
            )

    def add(self, first: str, new: bool, state: IncidentState, claims: list[Scored]) -> None:
        """One event: its first group's key, whether it is a new incident, its state and its
        claims' (id, score, reasons)."""
        self._new += new
        self._held.append((first, new, state, claims))

    def flush(self) -> None:
        """Write the events held so far to the spill file (nothing without one)."""
        if self._connection is None or not self._held:
            return
        start = self._written
        self._written += len(self._held)
        self._connection.executemany(
            "INSERT INTO found VALUES (?, ?, ?, ?)",
            (
                (first, start + n, pickle.dumps((new, state)), pickle.dumps(claims))
                for n, (first, new, state, claims) in enumerate(self._held)
            ),
        )
        self._connection.commit()
        self._held = []

    def next_key(self, first_key: int) -> int:
        """The next free key once every new incident is numbered from ``first_key`` down."""
        return first_key - self._new

    def numbered(self, first_key: int) -> Iterator[tuple[IncidentState, list[Assignment]]]:
        """Each event's state (a new one keyed) and its claims' assignments, in ``link_events``'s
        order: by first group's key, events of one key in the order they were found."""
        next_key = first_key
        for new, state, claims in self._ordered():
            if new:
                state.key = next_key
                next_key -= 1
            yield (
                state,
                [Assignment(c, state.key, points, why, state.key < 0) for c, points, why in claims],
            )

    def _ordered(self) -> Iterator[tuple[bool, IncidentState, list[Scored]]]:
        if self._connection is None:
            self._held.sort(key=lambda e: e[0])  # stable: a key's events as found
            for _, new, state, claims in self._held:
                yield new, state, claims
            return
        self.flush()
        # TEXT compares by UTF-8 bytes, which order as the code points Python's sort compares
        rows = self._connection.execute("SELECT state, claims FROM found ORDER BY first, seq")
        for state, claims in rows:
            new, found = pickle.loads(state)
            yield new, found, pickle.loads(claims)


class FactsStore:
    """Claims as linking reads them (``ClaimFacts`` and ``DocumentInfo``), kept in a SQLite
    file and read back a batch of units at a time (``loader``): so that linking holds the
    postings and the place map over the whole batch, and the claims of one batch of components
    only (with ``find_events_by_component``'s ``spill``, its results too). Reports pending only
    (no existing incidents): one unit per document.

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
