"""A place named as a region ("in Idlib province", "the Gaza Strip") is the region, not its
capital city: the claim gets the region's place confidence, and a town named in the same
sentence wins over it. Every sentence is written for the test (invented figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.claim import Claim
from harmledger.extract.context import REGION_CONFIDENCE

GAZA = "geonames:281133"
RAFAH = "geonames:281102"
IDLIB = "geonames:169389"
KYIV = "geonames:703448"
# the regions themselves (harmledger.regions): not their capitals
IDLIB_REGION = "iso3166-2:SY-ID"
KYIV_REGION = "iso3166-2:UA-32"
KHARKIV_REGION = "iso3166-2:UA-63"
GAZA_STRIP = "iso3166-2:PS-GZ"  # the territory, not Gaza City


def _claim(text: str, lang: str) -> Claim:
    claims = [c for c in extract_claims(text, lang, dt.date(2023, 10, 30)) if c.is_casualty]
    assert claims, text
    return claims[0]


REGION_ONLY = [
    ("en", "An airstrike killed 13 civilians in the southern Gaza Strip.", GAZA_STRIP),
    ("en", "Shelling killed 9 people in Idlib province on Monday.", IDLIB_REGION),
    ("en", "Police found 900 bodies in the Kyiv region.", KYIV_REGION),
    ("fr", "Une frappe a tué 13 civils dans la bande de Gaza.", GAZA_STRIP),
    ("fr", "Les bombardements ont tué 9 personnes dans la province d'Idleb.", IDLIB_REGION),
    ("es", "Un bombardeo mató a 13 civiles en la Franja de Gaza.", GAZA_STRIP),
    ("es", "Los bombardeos mataron a 9 personas en la provincia de Idlib.", IDLIB_REGION),
    ("ar", "قتل 13 مدنيا في غارة على منزل في قطاع غزة.", GAZA_STRIP),
    ("ar", "قتل 9 أشخاص في قصف على محافظة إدلب.", IDLIB_REGION),
    ("de", "Bei Angriffen in der Provinz Idlib wurden 9 Menschen getötet.", IDLIB_REGION),
    ("sv", "Nio personer dödades i beskjutning i provinsen Idlib.", IDLIB_REGION),
]


@pytest.mark.parametrize(("lang", "text", "place"), REGION_ONLY)
def test_a_region_is_not_its_capital(lang: str, text: str, place: str) -> None:
    claim = _claim(text, lang)
    assert claim.place == place
    assert claim.place_confidence == REGION_CONFIDENCE


TOWN_IN_REGION = [
    ("en", "An airstrike hit a home in Rafah, in the Gaza Strip, killing 13 civilians."),
    ("fr", "Une frappe sur une maison à Rafah, dans la bande de Gaza, a tué 13 civils."),
    ("es", "Un bombardeo contra una casa en Rafah, en la Franja de Gaza, mató a 13 civiles."),
    ("ar", "قتل 13 مدنيا في غارة على منزل في رفح جنوب قطاع غزة."),
    ("de", "Ein Luftangriff auf ein Haus in Rafah im Gazastreifen tötete 13 Zivilisten."),
    ("sv", "En flygattack mot ett hus i Rafah i Gazaremsan dödade 13 civila."),
]


@pytest.mark.parametrize(("lang", "text"), TOWN_IN_REGION)
def test_the_town_named_beside_its_region_is_the_place(lang: str, text: str) -> None:
    claim = _claim(text, lang)
    assert claim.place == RAFAH
    assert claim.place_confidence is not None and claim.place_confidence > REGION_CONFIDENCE


CITY = [
    ("en", "An airstrike killed 13 civilians in Gaza City."),
    ("fr", "Une frappe a tué 13 civils à Idleb."),
]


@pytest.mark.parametrize(("lang", "text"), CITY)
def test_a_city_named_as_a_city_stays_a_point(lang: str, text: str) -> None:
    """Control: without a region noun the city is a point, as before."""
    claim = _claim(text, lang)
    assert claim.place_confidence is not None and claim.place_confidence > REGION_CONFIDENCE


REPEATED = [
    (
        "en",
        "An airstrike killed 13 civilians in the Gaza Strip. The strike hit a home in Rafah, killing 13 civilians.",
    ),
    (
        "fr",
        "Une frappe a tué 13 civils dans la bande de Gaza. La frappe a touché une maison à Rafah, tuant 13 civils.",
    ),
    (
        "es",
        "Un bombardeo mató a 13 civiles en la Franja de Gaza. El ataque alcanzó una casa en Rafah y mató a 13 civiles.",
    ),
    (
        "ar",
        "قتل 13 مدنيا في غارة على قطاع غزة. واستهدفت الغارة منزلا في رفح ما أدى إلى مقتل 13 مدنيا.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REPEATED)
def test_a_figure_restated_at_a_town_of_its_region_is_one_claim(lang: str, text: str) -> None:
    """The region holds the town: a restatement there is the same figure, not a second event."""
    claims = [c for c in extract_claims(text, lang, dt.date(2023, 10, 30)) if c.is_casualty]
    assert [(c.measure, c.low) for c in claims] == [("killed", 13)]


KHARKIV = "geonames:706483"
# a region written with its city's name as an adjective or compounded with the region noun
REGION_AS_WORD = [
    ("en", "Police found 900 bodies in the Kharkiv region.", KHARKIV_REGION),
    ("fr", "La police a retrouvé 900 corps dans la région de Kharkiv.", KHARKIV_REGION),
    ("es", "La policía encontró 900 cadáveres en la región de Járkov.", KHARKIV_REGION),
    ("ar", "عثرت الشرطة على 900 جثة في مقاطعة كييف.", KYIV_REGION),
    ("de", "Die Polizei fand im Kiewer Gebiet 900 Leichen.", KYIV_REGION),
    ("de", "Die Polizei des Kiewer Gebiets hat 900 Leichen gefunden.", KYIV_REGION),
    ("sv", "Polisen har hittat 900 kroppar i Kievregionen.", KYIV_REGION),
    ("sv", "Polisen har hittat 900 kroppar i Idlibprovinsen.", IDLIB_REGION),
]


@pytest.mark.parametrize(("lang", "text", "place"), REGION_AS_WORD)
def test_a_region_written_as_one_word_with_its_city_is_the_region(
    lang: str, text: str, place: str
) -> None:
    claim = _claim(text, lang)
    assert claim.place == place
    assert claim.place_confidence == REGION_CONFIDENCE


def test_an_adjective_of_a_city_before_another_noun_is_no_region() -> None:
    """Control: "Kiewer" before a noun that is no region is no place of its own."""
    claims = [
        c
        for c in extract_claims(
            "Die Kiewer Behörden meldeten 12 Tote in Butscha.", "de", dt.date(2023, 10, 30)
        )
        if c.is_casualty
    ]
    assert claims and all(c.place_confidence != REGION_CONFIDENCE for c in claims)
