"""Event linking component by component gives ``link_events``'s links (issue 18).

Every ``link incidents`` run in tests/incidents also checks this (tests/incidents/conftest.py);
here on reports drawn at random (hypothesis) and on the linking benchmark's generated claims,
with ``MAX_BLOCK`` lowered so that keys shared too widely in the whole batch, but not in one
component, occur. Places, names and reports are invented."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmledger.link.incidents import components, documents
from harmledger.link.incidents.clustering import IncidentState
from harmledger.link.incidents.components import (
    ComponentStats,
    in_memory_loader,
    link_events_by_component,
    units_of,
)
from harmledger.link.incidents.documents import DocumentInfo, link_events
from harmledger.link.incidents.facts import ClaimFacts
from harmledger.link.incidents.places import UNKNOWN_PLACE, PlaceInfo

DAY = dt.date(2024, 3, 10)
PLACES = [
    PlaceInfo("t:1", "Velmora", "city", 33.5, 36.3, "XX"),
    PlaceInfo("t:2", "North Velmora", "neighbourhood", 33.52, 36.31, "XX"),
    PlaceInfo("t:3", "Kessin", "town", 33.9, 36.7, "XX"),
    PlaceInfo("t:4", "Upper Kessin", "village", 33.91, 36.72, "XX"),
    PlaceInfo("t:5", "Dorvak", "village", 35.2, 38.1, "XX"),
    PlaceInfo("t:6", "Dorvak district", "district", 35.1, 38.0, "XX"),
    UNKNOWN_PLACE,
]
NAMES = ["ayla rendt", "mirek osso", "tamsin vey", "orun dahl"]
SITES = ["hospital", "market", "school", "chemical", "mass_grave"]
FIGURES = [3, 5, 12, 12, 27, 40, 120, 300]


@st.composite
def batches(draw: Any) -> dict[str, Any]:
    """Reports with one to three claims each, some of their claims already linked to one of
    three events."""
    pending: list[ClaimFacts] = []
    linked: dict[int, list[ClaimFacts]] = {}
    info: dict[int, DocumentInfo] = {}
    claim_id = 0
    for document_id in range(1, draw(st.integers(1, 24)) + 1):
        place = draw(st.sampled_from(PLACES))
        published = DAY + dt.timedelta(days=draw(st.sampled_from([0, 1, 2, 9, 40])))
        # spelling keys of the places' words (place_keys): Velmora, Kessin, Dorvak, North
        mentions = draw(
            st.sets(st.sampled_from(["falmara", "kakan", "tarfak", "nart"]), max_size=2)
        )
        info[document_id] = DocumentInfo(
            key=f"doc{draw(st.integers(0, 10**6)):07d}:{document_id}",
            published=draw(st.sampled_from([published, published, None])),
            sites=frozenset(draw(st.sets(st.sampled_from(SITES), max_size=2))),
            names=frozenset(draw(st.sets(st.sampled_from(NAMES), max_size=2))),
            lang=draw(st.sampled_from(["en", "fr"])),
            mentions=frozenset(mentions),
            publisher=draw(st.sampled_from([None, "wire one", "wire two"])),
            mentioned_sites=frozenset(draw(st.sets(st.sampled_from(SITES), max_size=1))),
        )
        incident = draw(st.sampled_from([None, None, None, 1, 2, 3]))
        for position in range(draw(st.integers(1, 3))):
            claim_id += 1
            day = draw(st.sampled_from([None, 0, 0, 1, 3, 30]))
            start = None if day is None else DAY + dt.timedelta(days=day)
            figure = draw(st.sampled_from(FIGURES))
            facts = ClaimFacts(
                claim_id=claim_id,
                document_id=document_id,
                measure=draw(st.sampled_from(["killed", "killed", "injured", "bodies_recovered"])),
                who=draw(st.sampled_from(["civilians", "people", "combatants"])),
                low=figure,
                high=figure,
                start=start,
                end=start,
                date_precision="unknown" if start is None else "day",
                place=draw(st.sampled_from([place, place, *PLACES])),
                perpetrator=draw(st.sampled_from([None, "red force", "blue force"])),
                weapon=draw(st.sampled_from([None, "airstrike", "shelling"])),
                origin=draw(st.sampled_from(["", "health ministry", "civil defence"])),
                is_aggregate=False,
                entities=info[document_id].names,
            )
            if incident is not None and (position == 0 or draw(st.booleans())):
                linked.setdefault(incident, []).append(facts)
            else:
                pending.append(facts)
    states = {
        incident: IncidentState(
            key=incident, kind="event", place=draw(st.sampled_from([UNKNOWN_PLACE, PLACES[2]]))
        )
        for incident in linked
    }
    return {"pending": pending, "linked": linked, "info": info, "states": states}


def comparable(result: Any) -> tuple[Any, ...]:
    """A ``link_events`` result by value (states compare by identity)."""
    assignments, touched, next_key = result
    return assignments, [vars(state) for state in touched], next_key


def _both(
    batch: dict[str, Any], max_block: int, batch_groups: int = 20_000, chunk_units: int = 5_000
) -> tuple[Any, Any, ComponentStats]:
    """``link_events`` and ``link_events_by_component`` on one batch (each on its own copy of
    the incidents' states, which linking widens)."""
    with (
        mock.patch.object(documents, "MAX_BLOCK", max_block),
        mock.patch.object(components, "MAX_BLOCK", max_block),
    ):
        pending, linked, info = batch["pending"], batch["linked"], batch["info"]
        old = link_events(pending, linked, copy.deepcopy(batch["states"]), info, first_key=-7)
        units, load = in_memory_loader(pending, linked, info)
        stats = ComponentStats()
        new = link_events_by_component(
            units,
            load,
            copy.deepcopy(batch["states"]),
            first_key=-7,
            batch_groups=batch_groups,
            chunk_units=chunk_units,
            stats=stats,
        )
    return comparable(old), comparable(new), stats


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    batches(),
    st.sampled_from([2, 2, 3, 500]),
    st.integers(1, 6),
    st.integers(1, 4),
)
def test_same_links_as_link_events(
    batch: dict[str, Any], max_block: int, batch_groups: int, chunk_units: int
) -> None:
    old, new, _ = _both(batch, max_block, batch_groups, chunk_units)
    assert new == old


def _generated(n: int) -> list[ClaimFacts]:
    path = Path(__file__).parents[2] / "benchmarks" / "bench_link_incidents.py"
    spec = importlib.util.spec_from_file_location("bench_link_incidents", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [f for f in module.generate(n, seed=3) if not f.is_aggregate]


def test_same_links_on_the_benchmark_generator() -> None:
    claims = _generated(3000)
    info = {
        f.document_id: DocumentInfo(
            key=f"bench:{f.document_id:010d}", published=f.end, names=f.entities
        )
        for f in claims
    }
    batch = {"pending": claims, "linked": {}, "info": info, "states": {}}
    for max_block, batch_groups in ((500, 20_000), (12, 50)):
        old, new, stats = _both(batch, max_block, batch_groups, chunk_units=700)
        assert new == old
        assert len(old[1]) > 1000  # incidents formed
        assert stats.groups == len({f.document_id for f in claims})
        if max_block == 12:  # narrower keys: more components, several batches read
            assert stats.too_wide > 0 and len(stats.batches) > 1


def test_units_join_a_report_and_its_incidents() -> None:
    units = units_of([1, 2, 3, 5], {10: {1, 4}, 11: {4}, 12: {6}})
    assert [(sorted(u.documents), sorted(u.incidents)) for u in units] == [
        ([1, 4], [10, 11]),
        ([2], []),
        ([3], []),
        ([5], []),
        ([6], [12]),
    ]


def test_a_facts_store_read_in_batches_gives_the_same_links(tmp_path: Path) -> None:
    claims = _generated(3000)
    info = {
        f.document_id: DocumentInfo(
            key=f"bench:{f.document_id:010d}", published=f.end, names=f.entities
        )
        for f in claims
    }
    old = link_events(claims, {}, {}, info, first_key=-7)
    store = components.FactsStore(str(tmp_path / "facts.sqlite"))
    half = len(claims) // 2
    while claims[half].document_id == claims[half - 1].document_id:
        half += 1  # a document's claims are stored together
    store.add(claims[:half], info)
    store.add(claims[half:], info)
    units, load = store.loader(read_at_once=37)
    stats = ComponentStats()
    new = link_events_by_component(units, load, {}, first_key=-7, batch_groups=50, stats=stats)
    assert comparable(new) == comparable(old)
    assert len(stats.batches) > 1


def test_found_events_spilled_to_a_file_give_the_same_links(tmp_path: Path) -> None:
    """Events written out batch by batch and read back in key order are numbered as the ones
    held in memory: the same assignments, states and next key, with several batches."""
    claims = _generated(3000)
    info = {
        f.document_id: DocumentInfo(
            key=f"bench:{f.document_id:010d}", published=f.end, names=f.entities
        )
        for f in claims
    }
    old = link_events(claims, {}, {}, info, first_key=-7)
    units, load = in_memory_loader(claims, {}, info)
    stats = ComponentStats()
    found = components.find_events_by_component(
        units, load, {}, batch_groups=50, stats=stats, spill=str(tmp_path / "found.sqlite")
    )
    assert len(stats.batches) > 1
    assignments: list[Any] = []
    touched: list[Any] = []
    for state, linked in found.numbered(-7):
        assignments += linked
        touched.append(state)
    assert comparable((assignments, touched, found.next_key(-7))) == comparable(old)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches(), st.integers(1, 6))
def test_spilled_events_of_existing_incidents_keep_their_keys(
    batch: dict[str, Any], batch_groups: int
) -> None:
    """With incidents already in the ledger (their states widened by linking and pickled to the
    file), the spilled run gives ``link_events``'s result too."""
    pending, linked, info = batch["pending"], batch["linked"], batch["info"]
    old = link_events(pending, linked, copy.deepcopy(batch["states"]), info, first_key=-7)
    units, load = in_memory_loader(pending, linked, info)
    with tempfile.TemporaryDirectory() as folder:
        found = components.find_events_by_component(
            units,
            load,
            copy.deepcopy(batch["states"]),
            batch_groups=batch_groups,
            spill=str(Path(folder) / "found.sqlite"),
        )
        assignments: list[Any] = []
        touched: list[Any] = []
        for state, claims in found.numbered(-7):
            assignments += claims
            touched.append(state)
    assert comparable((assignments, touched, found.next_key(-7))) == comparable(old)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches(), st.sampled_from([2, 3, 500]), st.integers(1, 6), st.sampled_from([1, 3, 50]))
def test_colliding_key_hashes_change_no_link(
    batch: dict[str, Any], max_block: int, batch_groups: int, buckets: int
) -> None:
    """Components are found from the keys' hashes; keys sharing a hash only join components,
    and a hash shared too widely is checked key by key, so even hashes into a few buckets give
    ``link_events``'s links."""
    with mock.patch.object(components, "key_hash", lambda key: len(repr(key)) % buckets):
        old, new, _ = _both(batch, max_block, batch_groups, chunk_units=2)
    assert new == old
