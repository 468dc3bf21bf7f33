"""Places: the GeoNames gazetteer of :mod:`harmledger.gazetteer` plus an optional user file.

The user file is CSV with a header ``id,name,aliases,latitude,longitude`` (aliases separated by
``|``), for neighbourhoods and villages GeoNames does not hold; its entries win over the
built-in ones. Names are matched on normalised words, so "Rakka", "Raqqa" and "الرقة" land on the
same geonames id.
"""

from __future__ import annotations

import csv
from collections.abc import KeysView
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from harmledger import gazetteer, regions
from harmledger.errors import Invalid
from harmledger.folding import normalize_words

CITY_POPULATION = 100_000  # a place this big keeps its name in any report (see in_countries)
USER_POPULATION = -1  # a user's place needs no evidence of being a place: they listed it
_OTHER_ARTICLE = {"al": "el", "el": "al"}


@dataclass(frozen=True)
class Place:
    """A gazetteer entry; ``population`` is GeoNames' (0 when unknown, -1 for a user's place)."""

    id: str
    name: str
    latitude: float | None
    longitude: float | None
    population: int = 0
    country: str = ""  # ISO code ("" for a user's place)


@dataclass
class Gazetteer:
    """Normalised name (words joined by one space) -> place, built-in table plus user places."""

    table: gazetteer.Table
    extra: dict[str, Place] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    longest: int = 4
    # (language, word) -> the word's forms that start a name (Arabic: stems without proclitics)
    start_forms: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)
    _extra_last_words: frozenset[str] | None = field(default=None, init=False, repr=False)
    _places: dict[int, Place] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.sizes:
            self.sizes = self.table.sizes

    @property
    def first_words(self) -> KeysView[str]:
        """The normalised words that start a name."""
        return self.sizes.keys()

    @property
    def extra_last_words(self) -> frozenset[str]:
        """The last words of the extra names of two words or more ("southern lebanon"): a word
        that ends none of them closes no such name, so it is not looked back from (built once
        per gazetteer; ``extra`` is not changed after it is made)."""
        if self._extra_last_words is None:
            self._extra_last_words = frozenset(
                key.rsplit(" ", 1)[1] for key in self.extra if " " in key
            )
        return self._extra_last_words

    def get(self, key: str) -> Place | None:
        """The place named by these normalised words (joined by one space), if any. The Arabic
        article inside a Latin-script name is written "al" or "el" ("Deir Al Balah", "Deir
        el-Balah"): a name not found with one is looked up with the other."""
        place = self.extra.get(key)
        if place is not None:
            return place
        row = self.table.index.get(key)
        if row is None and (" al " in key or " el " in key):
            row = self.table.index.get(_swapped_article(key))
        return None if row is None else self._place(row)

    def in_countries(self, key: str, place: Place, countries: frozenset[str]) -> Place:
        """``place`` (what ``key`` names first: the most populous), or the place of that name in
        one of ``countries`` when ``place`` is a town in none of them: a report on Syria that
        names "Ras al Ain" means Syria's town, not Morocco's larger one. A city of
        :data:`CITY_POPULATION` or more stays: reports name big cities for their own sake, and
        a report on Kabul that names the United States does not mean a village called Kabul
        there (measured: letting a city give way to another country's city misplaced more
        claims than it placed)."""
        if not countries or place.country in countries:
            return place
        table = self.table
        for row in self._namesakes(key, place):
            if table.countries[row] in countries:
                return self._place(row)
        return place

    def has_namesakes(self, key: str, place: Place) -> bool:
        """Whether :meth:`in_countries` may move ``place`` (cheap: asked before the document's
        countries are read)."""
        return bool(self._namesakes(key, place))

    def _namesakes(self, key: str, place: Place) -> tuple[int, ...]:
        if not 0 <= place.population < CITY_POPULATION:
            return ()
        homonyms = self.table.homonyms
        rows = homonyms.get(key)
        if rows is None and (" al " in key or " el " in key):
            rows = homonyms.get(_swapped_article(key))
        return rows or ()

    def row_place(self, row: int) -> Place:
        """The built-in place at ``row`` of the table."""
        return self._place(row)

    def _place(self, row: int) -> Place:
        """The place at ``row``, built once: a document names the same towns many times and
        ``Place`` is immutable."""
        place = self._places.get(row)
        if place is None:
            t = self.table
            place = self._places[row] = Place(
                f"geonames:{t.ids[row]}",
                t.names[row],
                t.latitudes[row],
                t.longitudes[row],
                t.populations[row],
                t.countries[row],
            )
        return place

    def lookup(self, words: list[str]) -> Place | None:
        """The place named by exactly these normalised words, if any."""
        return self.get(" ".join(words))


def _swapped_article(key: str) -> str:
    """The name with the Arabic article inside it written the other way ("al" <-> "el")."""
    words = key.split(" ")
    return " ".join(_OTHER_ARTICLE.get(w, w) if i else w for i, w in enumerate(words))


@lru_cache(maxsize=1)
def builtin_gazetteer() -> Gazetteer:
    """GeoNames places of 500 people or more, with Latin and Arabic alternate names, plus the
    names of :mod:`harmledger.regions` (see :func:`region_names`)."""
    table = gazetteer.table()
    extra = region_names(table)
    return Gazetteer(table, extra, _sizes(table.sizes, extra))


def towns_only() -> Gazetteer:
    """The GeoNames places without the regions (a gold label names a town or nothing)."""
    return Gazetteer(gazetteer.table())


def region_place(region: regions.Region) -> Place:
    """A region as a place: its representative point, its country and the population of its
    towns (a region needs no cue to count, as a big city needs none)."""
    return Place(
        region.id, region.name, region.latitude, region.longitude, region.population, region.country
    )


def region_names(table: gazetteer.Table) -> dict[str, Place]:
    """Names the regions add, each read as the region's seat (the place extraction weighs, as
    it weighs "Idlib province" as Idlib; :func:`as_region` makes a region-level claim the
    region): a name that means the region even bare ("Tigray", "Sinaloa", "southern Lebanon"),
    over any town of that name; another name the table lacks ("Saporischschja", "خاركيف")."""
    names: dict[str, Place] = {}
    for key, found in regions.regions().by_name.items():
        region = found[0]
        if region.known or key not in table.index:
            seat = _seat(region)
            if seat is not None:
                names[key] = seat
    return names


def _seat(region: regions.Region) -> Place | None:
    found = gazetteer.record(region.seat)
    if found is None:
        return None
    return Place(
        found.id, found.name, found.latitude, found.longitude, found.population, found.country
    )


def known_region(key: str) -> bool:
    """Whether a folded name means a region even with no region noun beside it ("Tigray")."""
    found = regions.regions().by_name.get(key, ())
    return bool(found) and found[0].known


def regional(key: str, place: Place) -> Place:
    """The place a name read beside a region noun stands for ("Kharkiv Oblast", "محافظة
    حلب", "estado de Guerrero"): the seat of the region of that name (in the place's country
    when several share it), which :func:`as_region` turns into the region; else the place."""
    region = regions.named(key, place.country)
    seat = _seat(region) if region is not None else None
    return seat if seat is not None else place


def as_region(place: Place) -> Place:
    """The region whose seat a place read only as a region is ("in Idlib province": Idlib
    governorate, not Idlib); the place itself where the table has no such region."""
    region = regions.seated_at(place.id)
    return region_place(region) if region is not None else place


def outside_region(place: Place, seat: Place) -> bool | None:
    """Whether a town lies outside the region whose seat ``seat`` is, by the towns the region
    holds (its GeoNames first-level code), not by a radius: the West Bank's seat lies 75 km
    from Gaza City, which it does not hold. For a region of :mod:`harmledger.regions` the seat
    itself counts as outside: a sentence that names the region ("across the Gaza Strip") is
    about the region, not its seat named earlier. None when the seat seats no such region (a
    region noun around a town the table lacks: "la gobernación de Tulkarem") or the town is no
    gazetteer place."""
    found = gazetteer.record(place.id)
    if found is None:
        return None
    region = regions.seated_at(seat.id)
    if region is not None and region.admin1:
        if place.id == seat.id:
            return True
        return not regions.holds(
            region, found.country, found.admin1, found.latitude, found.longitude
        )
    return None


def _sizes(base: dict[str, int], extra: dict[str, Place]) -> dict[str, int]:
    """The first words of names with the word counts they start, extra names included."""
    sizes = dict(base)
    for key in extra:
        words = key.split(" ")
        sizes[words[0]] = sizes.get(words[0], 0) | 1 << len(words)
    return sizes


def load_user_gazetteer(path: Path) -> dict[str, Place]:
    """Read a user gazetteer CSV; raise :class:`~harmledger.errors.Invalid` when it is malformed."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise Invalid(f"cannot read gazetteer {path}: {error}") from error
    names: dict[str, Place] = {}
    for number, row in enumerate(rows, start=2):
        try:
            lat = float(row["latitude"]) if row.get("latitude") else None
            lon = float(row["longitude"]) if row.get("longitude") else None
            place = Place(row["id"].strip(), row["name"].strip(), lat, lon, USER_POPULATION)
        except (KeyError, ValueError, AttributeError) as error:
            raise Invalid(
                f"{path}:{number}: need id,name,aliases,latitude,longitude ({error})"
            ) from error
        for alias in [row["name"], *(row.get("aliases") or "").split("|")]:
            words = normalize_words(alias)
            if words:
                names[" ".join(words)] = place
    return names


def with_user_file(path: Path | None) -> Gazetteer:
    """The built-in gazetteer, overlaid with a user file when given (merged once per version of
    the file, not once per document)."""
    if path is None:
        return builtin_gazetteer()
    try:
        stat = path.stat()
    except OSError as error:
        raise Invalid(f"cannot read gazetteer {path}: {error}") from error
    return _merged(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=2)
def _merged(path: Path, _mtime_ns: int, _size: int) -> Gazetteer:
    base = builtin_gazetteer()
    user = load_user_gazetteer(path)
    longest = max([base.longest, *(len(key.split(" ")) for key in user)])
    return Gazetteer(base.table, {**base.extra, **user}, _sizes(base.sizes, user), longest)
