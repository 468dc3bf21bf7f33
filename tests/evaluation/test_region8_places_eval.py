"""Places evaluation at region level: a claim placed in a region is right when the region holds
the gold place (a town the label names, or the region the label names), not by its distance
from the region's representative point."""

from __future__ import annotations

from harmledger.evaluation.places import _holds_label, _holds_point, gold_places
from harmledger.extract.claim import Claim


def _claim(place: str, latitude: float, longitude: float) -> Claim:
    return Claim(
        kind="casualty",
        measure="killed",
        low=3,
        high=3,
        start=0,
        end=1,
        quote="x",
        place=place,
        latitude=latitude,
        longitude=longitude,
    )


SINALOA = _claim("iso3166-2:MX-SIN", 24.8, -107.39)
KHARKIV_OBLAST = _claim("iso3166-2:UA-63", 50.0, 36.25)


def test_a_region_named_by_the_label_or_holding_its_town_is_right() -> None:
    assert _holds_label(SINALOA, "Sinaloa, Mexico", gold_places("Sinaloa, Mexico"))
    label = "a road near Kupiansk, Kharkiv region"
    assert _holds_label(KHARKIV_OBLAST, label, gold_places(label))


def test_a_region_that_does_not_hold_the_gold_place_is_not() -> None:
    label = "Kramatorsk, Donetsk region"
    assert not _holds_label(KHARKIV_OBLAST, label, gold_places(label))


def test_a_gold_point_inside_the_region_is_held() -> None:
    assert _holds_point(KHARKIV_OBLAST, 49.71, 37.62)  # Kupiansk
    assert not _holds_point(KHARKIV_OBLAST, 48.73, 37.57)  # Kramatorsk


def test_gold_labels_name_towns_not_regions() -> None:
    """A gold label is looked up among towns only: scoring stays as it was for town claims."""
    assert all(p.id.startswith("geonames:") for p in gold_places("Tigray, Ethiopia"))
