"""Linking with regions of harmledger.regions (``iso3166-2:…``): a region holds the towns of its
first-level code (compatible with each), but is no town: two towns of one province stay two
places, a town of another province is far, and two regions are two places."""

from __future__ import annotations

from harmledger.link.incidents.places import place_info, relation

KHARKIV_OBLAST = "iso3166-2:UA-63"
DONETSK_OBLAST = "iso3166-2:UA-14"
NORTH_GAZA = "iso3166-2:PS-NGZ"
RAFAH_GOVERNORATE = "iso3166-2:PS-RFH"
KHARKIV = "geonames:706483"
KUPIANSK = "geonames:703656"
KRAMATORSK = "geonames:704508"
JABALIA = "geonames:281129"
RAFAH = "geonames:281102"


def _info(place_id: str):  # type: ignore[no-untyped-def]
    return place_info(place_id, None, None, None)


def test_a_region_is_a_governorate_with_its_country_and_a_point() -> None:
    info = _info(KHARKIV_OBLAST)
    assert info.precision == "governorate"
    assert info.country == "Ukraine"
    assert info.admin1 and info.admin1.startswith("UA.")
    assert info.latitude is not None and 49.0 < info.latitude < 51.0


def test_a_region_holds_its_towns() -> None:
    oblast = _info(KHARKIV_OBLAST)
    assert relation(oblast, _info(KUPIANSK)) == "contains"
    assert relation(_info(KHARKIV), oblast) == "contains"


def test_two_towns_of_one_region_stay_two_places() -> None:
    assert relation(_info(KHARKIV), _info(KUPIANSK)) == "far"


def test_a_town_of_another_region_and_another_region_are_far() -> None:
    assert relation(_info(KHARKIV_OBLAST), _info(KRAMATORSK)) == "far"
    assert relation(_info(KHARKIV_OBLAST), _info(DONETSK_OBLAST)) == "far"
    assert relation(_info(KHARKIV_OBLAST), _info(KHARKIV_OBLAST)) == "same"


def test_governorates_sharing_one_code_hold_the_towns_nearest_their_seat() -> None:
    """GeoNames gives the whole Gaza Strip one first-level code: North Gaza holds Jabalia, not
    Rafah, which Rafah governorate holds."""
    assert relation(_info(NORTH_GAZA), _info(JABALIA)) == "contains"
    assert relation(_info(NORTH_GAZA), _info(RAFAH)) == "far"
    assert relation(_info(RAFAH_GOVERNORATE), _info(RAFAH)) == "contains"
