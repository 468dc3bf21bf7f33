"""Regions and named scenes in linking. A claim placed only by a region ("Idlib province", "the
Gaza Strip") is the region: it holds its towns and is not its capital city, and two regions'
tolls of hundreds are not one growing toll. A scene named in one report names the other's
unnamed scene of that kind only at its place: a named school in one town and a school in the
next town are two schools. Every sentence is written for the test (invented figures)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from harmledger.link.incidents.documents import (
    DocumentInfo,
    build_groups,
    cluster_groups,
    name_places,
    pair_score,
)
from harmledger.link.incidents.places import PlaceInfo, place_info, relation
from harmledger.link.incidents.service import is_region_toll, mentioned_keys
from harmledger.link.incidents.sites import main_sites, named_sites, site_counts
from tests.incidents.test_linking_spellings import LANGUAGES, _facts

DAY = dt.date(2023, 10, 17)
GAZA = ("geonames:281133", "Gaza", 31.50161, 34.46672)
RAFAH = place_info("geonames:281102", "Rafaḩ", 31.29722, 34.24357)
KHAN_YUNIS = place_info("geonames:281124", "Khān Yūnis", 31.34018, 34.30627)
GAZA_CITY = place_info(*GAZA)
GAZA_STRIP = place_info(*GAZA, confidence=0.3)  # extraction found only "the Gaza Strip"


def test_a_region_is_a_governorate_that_holds_its_towns() -> None:
    assert GAZA_STRIP.precision == "governorate"
    assert GAZA_STRIP.id != GAZA_CITY.id
    assert relation(GAZA_STRIP, GAZA_CITY) == "contains"
    assert relation(GAZA_STRIP, RAFAH) == "contains"
    # a stored incident keeps the region through its id
    again = place_info(GAZA_STRIP.id, "Gaza", 31.50161, 34.46672)
    assert again == GAZA_STRIP
    # a reviewer's placement (confidence 1.0) and a point stay the city
    assert place_info(*GAZA, confidence=1.0).precision == "city"


TOLL = {
    "en": "Strikes across the territory have killed more than {n} people, officials said.",
    "ar": "قتل أكثر من {n} شخصا في الغارات على القطاع بحسب مسؤولين.",
    "fr": "Les frappes sur le territoire ont tué plus de {n} personnes, selon des responsables.",
    "es": "Los ataques en el territorio han matado a más de {n} personas, según funcionarios.",
    "de": "Die Angriffe auf das Gebiet töteten nach Angaben von Beamten mehr als {n} Menschen.",
    "sv": "Attackerna mot området har dödat över {n} människor, enligt tjänstemän.",
}


def _info(document_id: int, text: str, lang: str, published: dt.date | None) -> DocumentInfo:
    return DocumentInfo(
        f"key{document_id}",
        published,
        main_sites(site_counts(text, lang)),
        lang=lang,
        mentions=mentioned_keys(text, lang),
        named_sites=frozenset(named_sites(text, lang)),
    )


def _undated(claim_id: int, document_id: int, n: int, place: PlaceInfo):  # type: ignore[no-untyped-def]
    return dataclasses.replace(_facts(claim_id, document_id, n, place, None), start=None, end=None)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_regions_tolls_of_hundreds_are_not_one_growing_toll(lang: str) -> None:
    info = {1: _info(1, TOLL["en"].format(n=150), "en", None)}
    info[2] = _info(2, TOLL[lang].format(n=300), lang, None)
    region = [_undated(10, 1, 150, GAZA_STRIP), _undated(20, 2, 300, GAZA_STRIP)]
    assert len(cluster_groups(build_groups(region, info))) == 2
    # control: the same tolls in one city are one toll that grows
    city = [_undated(10, 1, 150, GAZA_CITY), _undated(20, 2, 300, GAZA_CITY)]
    assert len(cluster_groups(build_groups(city, info))) == 1


NAMED = {
    "en": "An airstrike on the Al-Amal school killed {n} displaced people.",
    "ar": "قتل {n} نازحا في غارة على مدرسة الأمل.",
    "fr": "Une frappe sur l'école Al-Amal a tué {n} déplacés.",
    "es": "Un bombardeo contra la escuela Al-Amal mató a {n} desplazados.",
    "de": "Ein Luftangriff auf die Al-Amal-Schule tötete {n} Vertriebene.",
    "sv": "En flygattack mot Al-Amal-skolan dödade {n} fördrivna.",
}
UNNAMED = {
    "en": "An airstrike on a school killed {n} people.",
    "ar": "قتل {n} أشخاص في غارة على مدرسة.",
    "fr": "Une frappe sur une école a tué {n} personnes.",
    "es": "Un bombardeo contra una escuela mató a {n} personas.",
    "de": "Ein Luftangriff auf eine Schule tötete {n} Menschen.",
    "sv": "En flygattack mot en skola dödade {n} människor.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_named_school_and_a_school_in_the_next_town_stay_apart(lang: str) -> None:
    info = {
        1: _info(1, NAMED[lang].format(n=17), lang, DAY),
        2: _info(2, UNNAMED[lang].format(n=9), lang, DAY + dt.timedelta(days=10)),
    }
    assert {kind for kind, _ in info[1].named_sites} == {"school"}
    assert info[2].sites == frozenset({"school"}) and not info[2].named_sites
    apart = [_facts(10, 1, 17, RAFAH, DAY), _undated(20, 2, 9, KHAN_YUNIS)]
    groups = build_groups(apart, info)
    name_places(groups)
    scored = pair_score(*groups)
    assert scored is not None and "same scene: school" not in scored[1]
    assert len(cluster_groups(build_groups(apart, info))) == 2
    assert len(cluster_groups(build_groups(apart[::-1], info))) == 2
    # control: the unnamed school in the same town is the named one
    together = [_facts(10, 1, 17, RAFAH, DAY), _undated(20, 2, 9, RAFAH)]
    groups = build_groups(together, info)
    name_places(groups)
    scored = pair_score(*groups)
    assert scored is not None and "same scene: school" in scored[1]
    assert len(cluster_groups(build_groups(together, info))) == 1


def test_bodies_found_by_the_hundred_in_a_region_are_its_campaign_figure() -> None:
    """ "900 bodies found in the Kyiv region" with no day of its own is the region's figure, not
    an event in Kyiv; killed in a region (one attack in a province) and a town's bodies, or a
    region's with a day, stay events."""
    kyiv_region = place_info("geonames:703448", "Kyiv", 50.45466, 30.5238, confidence=0.3)
    bucha = place_info("geonames:711350", "Bucha", 50.54741, 30.20879)
    bodies = dataclasses.replace(
        _undated(1, 1, 900, kyiv_region), measure="bodies_recovered", date_precision="document"
    )
    assert is_region_toll(bodies)
    assert not is_region_toll(dataclasses.replace(bodies, place=bucha))
    assert not is_region_toll(dataclasses.replace(bodies, measure="killed"))
    assert not is_region_toll(dataclasses.replace(bodies, low=40, high=40))
    dated = dataclasses.replace(bodies, start=DAY, end=DAY, date_precision="day")
    assert not is_region_toll(dated)


def test_a_region_toll_dated_only_by_its_report_holds_the_events_before_it() -> None:
    """Bodies found by the hundred in a region, reported with no day of their own, count the
    region's toll up to the report: an event in a town of the region that ended before the
    report (and not long before) is inside it; one after the report, or far earlier, is not;
    a campaign with a day of its own holds only what its period holds."""
    from harmledger.link.incidents.clustering import IncidentState, find_parent

    kyiv_region = place_info("geonames:703448", "Kyiv", 50.45466, 30.5238, confidence=0.3)
    bucha = place_info("geonames:711350", "Bucha", 50.54345, 30.21201)
    report = dt.date(2022, 4, 15)
    toll = dataclasses.replace(
        _undated(1, 1, 900, kyiv_region),
        measure="bodies_recovered",
        start=report - dt.timedelta(days=2),
        end=report,
        date_precision="document",
    )
    region = IncidentState(key=-1, kind="aggregate")
    region.absorb(toll)

    def event(start: dt.date, end: dt.date) -> IncidentState:
        return IncidentState(key=-2, kind="event", start=start, end=end, place=bucha)

    inside = event(dt.date(2022, 4, 2), dt.date(2022, 4, 3))
    assert find_parent(inside, [region]) is region
    assert find_parent(event(dt.date(2022, 4, 20), dt.date(2022, 4, 20)), [region]) is None
    assert find_parent(event(dt.date(2021, 11, 2), dt.date(2021, 11, 2)), [region]) is None
    dated = IncidentState(key=-3, kind="aggregate")
    dated.absorb(dataclasses.replace(toll, date_precision="period"))
    assert find_parent(inside, [dated]) is None
