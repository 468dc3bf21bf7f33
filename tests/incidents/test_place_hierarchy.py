"""Place precision for linking: villages and towns are finer than cities, containment by radius."""

from __future__ import annotations

from harmledger.link.incidents.places import more_precise, place_info, relation

KYIV = "geonames:703448"
BUCHA = "geonames:711350"  # a town of about 42,000 next to Irpin, 25 km from Kyiv's centre
IRPIN = "geonames:707565"
MAKARIV = "geonames:702337"  # about 9,600 people
ALEPPO = "geonames:170063"
ATARIB = "geonames:174030"  # no population in GeoNames: a village for linking


def test_precision_follows_population() -> None:
    assert place_info(KYIV, None, None, None).precision == "city"
    assert place_info(BUCHA, None, None, None).precision == "town"
    assert place_info(MAKARIV, None, None, None).precision == "town"
    assert place_info(ATARIB, None, None, None).precision == "village"


def test_places_carry_country_admin_and_coordinates() -> None:
    info = place_info(ATARIB, None, None, None)
    assert info.name == "Al Atārib"
    assert info.country == "Syria"
    assert info.admin1 and info.admin1.startswith("SY.")
    assert info.latitude is not None and 36.0 < info.latitude < 36.3


def test_a_neighbourhood_inside_a_city_radius_is_contained() -> None:
    city = place_info(ALEPPO, None, None, None)
    quarter = place_info("user:1", "Example quarter", 36.19, 37.15)
    assert relation(city, quarter) == relation(quarter, city) == "contains"
    assert more_precise(city, quarter) is quarter


def test_towns_apart_are_not_one_place_and_a_far_town_is_far() -> None:
    bucha, irpin = place_info(BUCHA, None, None, None), place_info(IRPIN, None, None, None)
    assert relation(bucha, irpin) == "near"  # neighbouring towns: near, not contained
    assert relation(place_info(KYIV, None, None, None), bucha) == "far"
    assert (
        relation(place_info(ALEPPO, None, None, None), place_info(ATARIB, None, None, None))
        == "far"
    )


def test_a_village_is_finer_than_a_city() -> None:
    village = place_info(ATARIB, None, None, None)
    city = place_info(ALEPPO, None, None, None)
    assert more_precise(city, village) is village
