"""Incremental clustering of claims into incidents: pure, in memory, explainable.

Used for campaign (aggregate) claims; events are linked report by report (``documents``). Each
claim goes to the best-scoring compatible incident of its kind or starts a new one. Scores add up
language-independent evidence (time overlap, place hierarchy and distance, shared document,
shared names, perpetrator, weapon, compatible figures; weights are ``[aggregates]`` in
``linking.toml``) and every link keeps the reasons that produced its score. Candidates come from
a time index and a per-document index, so the work per claim stays bounded as the ledger grows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from harmledger.link.incidents.config import rules, thresholds
from harmledger.link.incidents.conflicts import evidence_reason
from harmledger.link.incidents.facts import ClaimFacts
from harmledger.link.incidents.places import UNKNOWN_PLACE, PlaceInfo, more_precise, relation

THRESHOLD = thresholds()


def _weights() -> dict[str, Any]:
    return rules()["aggregates"]  # type: ignore[no-any-return]


@dataclass(eq=False)  # identity, not value: states are indexed in sets and compared by object
class IncidentState:
    """What clustering keeps about an incident (existing or being formed)."""

    key: int  # database id, or a negative provisional number for new incidents
    kind: str
    start: dt.date | None = None
    end: dt.date | None = None
    place: PlaceInfo = UNKNOWN_PLACE
    perpetrators: set[str] = field(default_factory=set)
    weapons: set[str] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    killed: list[int] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)
    # claims dated by a day or period of their own; an aggregate with none (bodies found by the
    # hundred in a region, dated only by its reports) counts a toll up to its reports from a
    # start nobody stated
    own_dates: int = 0

    def absorb(self, facts: ClaimFacts) -> None:
        """Widen the incident by one claim's facts."""
        if facts.date_precision in ("day", "period"):
            self.own_dates += 1
        if facts.start and facts.end:
            self.start = min(self.start, facts.start) if self.start else facts.start
            self.end = max(self.end, facts.end) if self.end else facts.end
        if facts.place.precision != "unknown":
            self.place = (
                facts.place
                if self.place.precision == "unknown"
                else more_precise(self.place, facts.place)
            )
        if facts.perpetrator:
            self.perpetrators.add(facts.perpetrator)
        if facts.weapon:
            self.weapons.add(facts.weapon)
        self.documents.add(facts.document_id)
        self.entities |= facts.entities
        if facts.measure == "killed" and facts.stated_max is not None:
            self.killed.append(facts.stated_max)
        self.claims.append(facts.claim_id)


@dataclass(frozen=True)
class Assignment:
    claim_id: int
    incident_key: int
    score: float
    reasons: tuple[str, ...]
    new_incident: bool


def score(facts: ClaimFacts, state: IncidentState) -> tuple[float, list[str]] | None:
    """Evidence that ``facts`` describe ``state``; None when something rules it out."""
    if facts.is_aggregate != (state.kind == "aggregate"):
        return None
    w = _weights()
    total, reasons = 0.0, []
    if facts.start and facts.end and state.start and state.end:
        gap = max((facts.start - state.end).days, (state.start - facts.end).days)
        if gap <= 0:
            precise = facts.date_precision == "day" or state.kind == "aggregate"
            total += w["time_overlap"] if precise else w["time_overlap_report_date"]
            reasons.append("time overlaps" if precise else "time overlaps (report date only)")
        elif gap <= w["day_tolerance"].get(facts.date_precision, 0):
            total += w["time_within_tolerance"]
            reasons.append(f"time within {gap} day(s)")
        else:
            return None
    relation_name = relation(facts.place, state.place)
    if relation_name == "far":
        return None
    if relation_name == "same":
        place_points = w["place"][facts.place.precision]
    elif relation_name == "near" and "city" in (facts.place.precision, state.place.precision):
        place_points = 0.0  # two city centres 8 km apart say nothing about one street
    else:
        place_points = {"contains": w["place_contains"], "near": w["place_near"]}.get(
            relation_name, 0.0
        )
    if place_points:
        total += place_points
        reasons.append(f"place {relation_name}: {facts.place.name or facts.place.id}")
        if state.kind == "aggregate" and facts.date_precision == "unknown":
            total += w["undated_campaign_figure"]
            reasons.append("undated figure for the campaign's place")
    if facts.document_id in state.documents:
        total += w["same_document"]
        reasons.append(f"same document {facts.document_id}")
    for mine, theirs, label in (
        (facts.perpetrator, state.perpetrators, "perpetrator"),
        (facts.weapon, state.weapons, "weapon"),
    ):
        if mine and theirs:
            same = mine in theirs
            total += w[f"same_{label}" if same else f"other_{label}"]
            reasons.append(evidence_reason(label, mine, same))
    shared = facts.entities & state.entities if facts.document_id not in state.documents else set()
    if len(shared) >= 2:  # one shared given name is common; two (a person, a family) are not
        total += min(w["max_names"], w["shared_name"] * len(shared))
        reasons.append(f"shared names: {', '.join(sorted(shared)[:5])}")
    if facts.measure == "killed" and facts.stated_max and state.killed:
        ratio = max(facts.stated_max, max(state.killed)) / max(
            1, min(facts.stated_max, min(state.killed))
        )
        if ratio <= w["compatible_ratio"]:
            total += w["compatible_figures"]
            reasons.append("compatible figures")
    return round(total, 4), reasons


def _cell(place: PlaceInfo) -> tuple[int, int] | None:
    """A one-degree grid cell: places farther apart than a cell are never the same scene."""
    if place.latitude is None or place.longitude is None:
        return None
    return int(place.latitude // 1), int(place.longitude // 1)


_EDGE_DEGREES = 0.2  # about 20 km: farther than any place relation that can link


def _cells_near(place: PlaceInfo) -> list[tuple[int, int]]:
    """The place's cell, and a neighbour only where the place lies near that edge."""
    assert place.latitude is not None and place.longitude is not None
    lat, lon = place.latitude, place.longitude
    base_lat, base_lon = int(lat // 1), int(lon // 1)
    dys = [0] + [-1] * (lat - base_lat < _EDGE_DEGREES) + [1] * (base_lat + 1 - lat < _EDGE_DEGREES)
    dxs = [0] + [-1] * (lon - base_lon < _EDGE_DEGREES) + [1] * (base_lon + 1 - lon < _EDGE_DEGREES)
    return [(base_lat + dy, base_lon + dx) for dy in dys for dx in dxs]


class IncidentIndex:
    """Where to look for an incident a claim may belong to.

    Events by day and one-degree cell (plus by day alone, for claims with no coordinates), by
    document, and the aggregates (few, scanned whole). Each bucket is a set, so re-adding a
    growing incident costs nothing. An event spans at most a couple of weeks (longer is a
    campaign), so the days it is filed under stay few.
    """

    def __init__(self) -> None:
        self.by_day_cell: dict[tuple[int, tuple[int, int] | None], set[IncidentState]] = (
            defaultdict(set)
        )
        self.by_day: dict[int, set[IncidentState]] = defaultdict(set)
        self.by_document: dict[int, set[IncidentState]] = defaultdict(set)
        # campaigns by month and cell; the few with no time or no coordinates are always checked
        self.aggregates_by_month_cell: dict[tuple[int, tuple[int, int]], set[IncidentState]] = (
            defaultdict(set)
        )
        self.loose_aggregates: set[IncidentState] = set()

    @staticmethod
    def _months(start: dt.date, end: dt.date) -> range:
        """Month numbers a campaign's period touches, one month of slack each side."""
        return range(start.year * 12 + start.month - 2, end.year * 12 + end.month + 1)

    @staticmethod
    def _days(start: dt.date, end: dt.date) -> range:
        """The days a window touches, widened by the largest tolerance (one day each side)."""
        return range(start.toordinal() - 1, end.toordinal() + 2)

    def add(self, state: IncidentState) -> None:
        for document in state.documents:
            self.by_document[document].add(state)
        if state.kind == "aggregate":
            cell = _cell(state.place)
            if state.start and state.end and cell is not None:
                self.loose_aggregates.discard(state)
                for month in self._months(state.start, state.end):
                    self.aggregates_by_month_cell[(month, cell)].add(state)
            else:
                self.loose_aggregates.add(state)
            return
        if state.start and state.end:
            cell = _cell(state.place)
            for day in self._days(state.start, state.end):
                self.by_day_cell[(day, cell)].add(state)
                self.by_day[day].add(state)

    def candidates(self, facts: ClaimFacts) -> Iterator[IncidentState]:
        pools: list[Iterable[IncidentState]] = [self.by_document.get(facts.document_id, ())]
        if facts.is_aggregate:
            pools.append(self.loose_aggregates)
            cell = _cell(facts.place)
            if facts.start and facts.end and cell is not None:
                cells = _cells_near(facts.place)
                months = self._months(facts.start, facts.end)
                pools += [
                    self.aggregates_by_month_cell.get((m, c), ()) for m in months for c in cells
                ]
            else:  # an undated or unplaced campaign claim may belong to any campaign
                pools += list(self.aggregates_by_month_cell.values())
        elif facts.start and facts.end:
            cell = _cell(facts.place)
            days = self._days(facts.start, facts.end)
            if cell is None:
                pools += [self.by_day.get(d, ()) for d in days]
            else:
                near: list[tuple[int, int] | None] = [*_cells_near(facts.place), None]
                pools += [self.by_day_cell.get((d, c), ()) for d in days for c in near]
        seen: set[int] = set()
        for pool in pools:
            for state in pool:
                if id(state) not in seen:
                    seen.add(id(state))
                    yield state


def cluster(
    claims: Iterable[ClaimFacts], existing: Iterable[IncidentState] = (), first_key: int = -1
) -> tuple[list[Assignment], list[IncidentState]]:
    """Assign each claim to an incident; return the assignments and every touched state.

    New incidents get provisional keys ``first_key``, ``first_key - 1``, ...
    """
    index = IncidentIndex()
    for state in existing:
        index.add(state)
    assignments: list[Assignment] = []
    touched: dict[int, IncidentState] = {}
    next_key = first_key
    for facts in claims:
        best: tuple[float, list[str], IncidentState] | None = None
        for state in index.candidates(facts):
            result = score(facts, state)
            # candidates come from sets of states hashed by identity, in an order that varies
            # from run to run with memory addresses: ties go to the state ranked first, not the
            # one met first
            if (
                result
                and result[0] >= THRESHOLD[state.kind]
                and (best is None or (-result[0], rank(state)) < (-best[0], rank(best[2])))
            ):
                best = (result[0], result[1], state)
        if best is None:
            state = IncidentState(key=next_key, kind="aggregate" if facts.is_aggregate else "event")
            next_key -= 1
            assignment = Assignment(facts.claim_id, state.key, 1.0, ("new incident",), True)
        else:
            state = best[2]
            assignment = Assignment(facts.claim_id, state.key, best[0], tuple(best[1]), False)
        state.absorb(facts)
        index.add(state)
        touched[state.key] = state
        assignments.append(assignment)
    return assignments, list(touched.values())


def rank(state: IncidentState) -> tuple[bool, int]:
    """A stable order of states: existing incidents by id, then new ones as they were formed."""
    return state.key < 0, abs(state.key)


def find_parent(event: IncidentState, aggregates: Iterable[IncidentState]) -> IncidentState | None:
    """The aggregate whose period contains the event and whose place contains or is near it.

    An aggregate none of whose claims states a day or period of its own (bodies found by the
    hundred in a region, dated only by its reports) counts its toll up to its reports from a
    start nobody stated: it contains an event inside its place that ended by then and began at
    most ``[aggregates].undated_reach_days`` before."""
    if not (event.start and event.end):
        return None
    reach = int(_weights()["undated_reach_days"])
    for aggregate in sorted(aggregates, key=rank):  # the first that fits, whatever the order given
        if not (aggregate.start and aggregate.end):
            continue
        start = aggregate.start
        if not aggregate.own_dates and aggregate.claims:
            start = min(start, aggregate.end - dt.timedelta(days=reach))
        if (
            start <= event.start
            and event.end <= aggregate.end
            and relation(event.place, aggregate.place) in ("same", "contains", "near")
        ):
            return aggregate
    return None
