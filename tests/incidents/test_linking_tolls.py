"""A toll of hundreds that grows in one city is one event; the city alone, or counts that do
not agree, are not. Every sentence is written for the test (invented figures)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from harmledger.link.incidents.documents import build_groups, cluster_groups
from harmledger.link.incidents.places import PlaceInfo
from harmledger.link.incidents.sites import main_sites, site_counts
from tests.incidents.test_linking_spellings import AIRPORT, DAY, KABUL, LANGUAGES, _facts, _info

# the first report: the scene and the day's toll
FUNERAL = {
    "en": "An airstrike on a funeral hall in the capital killed {n} mourners on Saturday.",
    "ar": "قتل {n} من المعزين يوم السبت في غارة جوية على قاعة عزاء في العاصمة.",
    "fr": "Une frappe aérienne sur des funérailles dans la capitale a tué {n} personnes samedi.",
    "es": "Un bombardeo contra un velorio en la capital mató el sábado a {n} personas.",
    "de": "Ein Luftangriff auf eine Trauerfeier in der Hauptstadt tötete am Samstag {n} Menschen.",
    "sv": "En flygattack mot en begravning i huvudstaden dödade {n} människor i lördags.",
}
# a later report: only the grown toll, no scene, no day
GROWN = {
    "en": "The toll rose to more than {n} dead, medical sources said.",
    "ar": "ارتفع عدد القتلى إلى أكثر من {n} قتيلا بحسب مصادر طبية.",
    "fr": "Le bilan s'est alourdi à plus de {n} morts, selon des sources médicales.",
    "es": "El balance ascendió a más de {n} muertos, según fuentes médicas.",
    "de": "Die Zahl der Toten stieg nach Angaben von Ärzten auf mehr als {n}.",
    "sv": "Dödssiffran steg till över {n}, enligt medicinska källor.",
}


def _undated(claim_id: int, document_id: int, n: int):  # type: ignore[no-untyped-def]
    return dataclasses.replace(_facts(claim_id, document_id, n, KABUL, None), start=None, end=None)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sentences_name_their_scene(lang: str) -> None:
    assert main_sites(site_counts(FUNERAL[lang].format(n=82), lang)) == {"funeral"}
    assert not site_counts(GROWN[lang].format(n=213), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_strike_reported_three_days_later_with_a_grown_toll_is_one_event(lang: str) -> None:
    """82 on the day, 213 three days later in a report that names neither scene nor day."""
    info = {
        1: _info(1, FUNERAL[lang].format(n=82), lang, DAY),
        2: _info(2, GROWN[lang].format(n=213), lang, DAY + dt.timedelta(days=3)),
        3: _info(3, FUNERAL["en"].format(n=140), "en", None),
    }
    facts = [_facts(10, 1, 82, KABUL, DAY), _facts(11, 1, 140, KABUL, DAY)]
    facts += [_undated(20, 2, 213), _undated(30, 3, 140)]
    assert len(cluster_groups(build_groups(facts, info))) == 1
    # in any order of arrival
    assert len(cluster_groups(build_groups(facts[::-1], info))) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tolls_that_do_not_agree_or_are_small_stay_apart(lang: str) -> None:
    """A city's toll of 120 and one of 900 are not one count grown; a dozen names nothing."""
    info = {
        1: _info(1, GROWN["en"].format(n=120), "en", None),
        2: _info(2, GROWN[lang].format(n=900), lang, None),
    }
    assert (
        len(cluster_groups(build_groups([_undated(10, 1, 120), _undated(20, 2, 900)], info))) == 2
    )
    small = [_undated(10, 1, 12), _undated(20, 2, 14)]
    assert len(cluster_groups(build_groups(small, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_strikes_of_hundreds_in_one_city_on_one_day_stay_apart(lang: str) -> None:
    """A funeral and the airport, the same city and day, tolls of one size: two scenes."""
    info = {
        1: _info(1, FUNERAL["en"].format(n=140), "en", DAY),
        2: _info(2, AIRPORT[lang].format(n=150), lang, DAY),
    }
    facts = [_facts(10, 1, 140, KABUL, DAY), _facts(20, 2, 150, KABUL, DAY)]
    assert len(cluster_groups(build_groups(facts, info))) == 2


# a town 25 km from a city (invented names and figures); the town's reports name it
NEAR_CITY = PlaceInfo("test:city", "Example City", "city", 50.45, 30.52, "Ukraine")
NEAR_TOWN = PlaceInfo("test:town", "Dovhorichne", "town", 50.54, 30.21, "Ukraine")
TOWN_MARKET = {
    "en": "Shelling of the market in Dovhorichne killed {n} people on Sunday.",
    "ar": "قتل {n} شخصا يوم الأحد في قصف على السوق في بلدة دوفهوريتشني.",
    "fr": "Le bombardement du marché de Dovhorichne a tué {n} personnes dimanche.",
    "es": "El bombardeo del mercado de Dovhorichne mató a {n} personas el domingo.",
    "de": "Der Beschuss des Marktes in Dovhorichne tötete am Sonntag {n} Menschen.",
    "sv": "Beskjutningen av marknaden i Dovhorichne dödade {n} människor i söndags.",
}
CITY_MARKET = "Shelling of the market in the capital killed {n} people on Sunday."


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_town_beside_a_city_stays_its_own_incident(lang: str) -> None:
    """Same day, same kind of scene, the same toll of hundreds: the town's reports are one
    event, the city's market is another (the city's report never names the town)."""
    info = {
        1: _info(1, TOWN_MARKET["en"].format(n=120), "en", DAY),
        2: _info(2, TOWN_MARKET[lang].format(n=130), lang, DAY + dt.timedelta(days=1)),
        3: _info(3, CITY_MARKET.format(n=120), "en", DAY),
    }
    facts = [
        _facts(10, 1, 120, NEAR_TOWN, DAY),
        _facts(20, 2, 130, NEAR_TOWN, DAY),
        _facts(30, 3, 120, NEAR_CITY, DAY),
    ]
    clusters = cluster_groups(build_groups(facts, info))
    together = {frozenset(f.claim_id for g in c.groups for f in g.claims) for c in clusters}
    assert together == {frozenset({10, 20}), frozenset({30})}
