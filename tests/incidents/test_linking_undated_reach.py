"""A report stating no day reaches back a few weeks, and further only by what names an event
(issue 18): an undated follow-up three days after a strike still joins it, one published months
later that shares only the city, an unnamed kind of scene and a figure no longer joins either of
two strikes of that city (nor glues their components), and one naming the victims still does.
Reports, places and names are invented."""

from __future__ import annotations

import datetime as dt
import random

from harmledger.link.incidents.components import (
    ComponentStats,
    in_memory_loader,
    link_events_by_component,
)
from harmledger.link.incidents.documents import DocumentInfo, link_events
from harmledger.link.incidents.facts import ClaimFacts, claim_window
from harmledger.link.incidents.places import PlaceInfo

CITY = PlaceInfo("u:1", "Meltrec", "city", 34.21, 40.12, "XX")
QUARTER = PlaceInfo("u:2", "Sorvane", "neighbourhood", 34.22, 40.13, "XX")
VICTIMS = frozenset({"idra calvos", "benno strath", "yelka morvin"})


def _report(
    number: int,
    published: dt.date,
    day: dt.date | None,
    killed: int,
    place: PlaceInfo = CITY,
    sites: frozenset[str] = frozenset({"market"}),
    names: frozenset[str] = frozenset(),
    named_sites: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[ClaimFacts, DocumentInfo]:
    """One report of one killed figure; ``day`` None: it states no day of its own (dated by
    its publication, as ``claim_window`` dates such a claim)."""
    start, end, precision = (
        (day, day, "day") if day is not None else claim_window(None, None, published)
    )
    fact = ClaimFacts(
        claim_id=number,
        document_id=number,
        measure="killed",
        who="civilians",
        low=killed,
        high=killed,
        start=start,
        end=end,
        date_precision=precision,
        place=place,
        perpetrator=None,
        weapon=None,
        origin="",
        is_aggregate=False,
        entities=names,
    )
    info = DocumentInfo(
        key=f"rep{number:02d}",
        published=published,
        sites=sites,
        names=names,
        lang="en",
        named_sites=named_sites,
    )
    return fact, info


def _link(*made: tuple[ClaimFacts, DocumentInfo]) -> tuple[list[set[str]], ComponentStats]:
    """The events formed (as sets of report keys), checked equal on both linking paths, and the
    component statistics."""
    facts = [fact for fact, _ in made]
    info = {fact.document_id: document for fact, document in made}
    assignments, _, _ = link_events(facts, {}, {}, info)
    units, load = in_memory_loader(facts, {}, info)
    stats = ComponentStats()
    by_component, _, _ = link_events_by_component(units, load, {}, stats=stats)
    assert by_component == assignments
    events: dict[int, set[str]] = {}
    for assignment in assignments:
        events.setdefault(assignment.incident_key, set()).add(info[assignment.claim_id].key)
    return sorted(events.values(), key=min), stats


STRIKE = dt.date(2024, 3, 10)
SECOND = dt.date(2024, 5, 21)


def test_an_undated_report_three_days_after_a_strike_joins_it() -> None:
    scene = frozenset({"hospital"})
    events, _ = _link(
        _report(1, STRIKE, STRIKE, 14, QUARTER, scene),
        _report(2, STRIKE + dt.timedelta(days=3), None, 14, QUARTER, scene),
    )
    assert events == [{"rep01", "rep02"}]


def test_an_undated_report_within_its_weeks_joins_on_city_scene_and_figure() -> None:
    events, _ = _link(
        _report(1, STRIKE, STRIKE, 12),
        _report(2, STRIKE + dt.timedelta(days=9), None, 12),
    )
    assert events == [{"rep01", "rep02"}]


def test_an_undated_report_months_later_does_not_glue_two_strikes_of_a_city() -> None:
    """Two strikes on one quarter of the city, seven killed each, and a report months later of
    seven killed there naming no scene: it may be of either, and is of neither."""
    bare = frozenset[str]()
    events, stats = _link(
        _report(1, STRIKE, STRIKE, 7, QUARTER, bare),
        _report(2, SECOND, SECOND, 7, QUARTER, bare),
        _report(3, dt.date(2024, 9, 2), None, 7, QUARTER, bare),
    )
    assert events == [{"rep01"}, {"rep02"}, {"rep03"}]
    assert stats.components == 3 and stats.largest_groups == 1


def test_an_undated_report_months_later_joins_a_scene_whose_toll_it_restates() -> None:
    """The market strike that killed 12, restated months later: the kind of scene and its toll
    name the event (tests/incidents/test_linking_far_scene.py, test_linking_updates.py)."""
    events, _ = _link(
        _report(1, STRIKE, STRIKE, 12),
        _report(2, SECOND, SECOND, 9),
        _report(3, dt.date(2024, 9, 2), None, 12),
    )
    assert events == [{"rep01", "rep03"}, {"rep02"}]


def test_an_undated_report_months_later_still_joins_by_the_victims_names() -> None:
    events, _ = _link(
        _report(1, STRIKE, STRIKE, 12, names=VICTIMS),
        _report(2, SECOND, SECOND, 12),
        _report(3, dt.date(2024, 9, 2), None, 12, names=VICTIMS),
    )
    assert events == [{"rep01", "rep03"}, {"rep02"}]


def test_an_undated_report_months_later_still_joins_by_the_scene_s_own_name() -> None:
    scene = frozenset({"school"})
    named = frozenset({("school", "halvek")})
    events, _ = _link(
        _report(1, STRIKE, STRIKE, 12, sites=scene, named_sites=named),
        _report(2, SECOND, SECOND, 9, sites=scene),
        _report(3, dt.date(2024, 11, 5), None, 12, sites=scene, named_sites=named),
    )
    assert events == [{"rep01", "rep03"}, {"rep02"}]


def test_events_do_not_depend_on_the_order_reports_arrive_in() -> None:
    scene = frozenset({"hospital"})
    made = [
        _report(1, STRIKE, STRIKE, 14, QUARTER, scene),
        _report(2, STRIKE + dt.timedelta(days=2), None, 14, QUARTER, scene),
        _report(3, STRIKE + dt.timedelta(days=1), STRIKE, 15, CITY, scene, VICTIMS),
        _report(4, SECOND, SECOND, 12),
        _report(5, SECOND + dt.timedelta(days=4), None, 12),
        _report(6, dt.date(2024, 9, 2), None, 12),
        _report(7, dt.date(2024, 10, 1), None, 30, CITY, frozenset(), VICTIMS),
        _report(8, SECOND + dt.timedelta(days=1), SECOND, 7, QUARTER, frozenset({"school"})),
    ]
    expected, _ = _link(*made)
    for seed in range(6):
        shuffled = made[:]
        random.Random(seed).shuffle(shuffled)
        # new claim and document numbers in the order of arrival: only content keys remain
        renumbered = [
            _renumbered(fact, info, number) for number, (fact, info) in enumerate(shuffled, start=1)
        ]
        assert _link(*renumbered)[0] == expected


def _renumbered(
    fact: ClaimFacts, info: DocumentInfo, number: int
) -> tuple[ClaimFacts, DocumentInfo]:
    from dataclasses import replace

    return replace(fact, claim_id=number, document_id=number), info
