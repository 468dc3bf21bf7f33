"""Circumstances of a claim: alleged perpetrator, weapon, place and period.

Each is found once per document (actor and weapon aliases from the pack, places from the
gazetteer, periods from :mod:`periods`) and given to a claim by proximity: the nearest mention
in the claim's sentence, else the latest one before it in the document (news writes the place
and the attacker once, early).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from pathlib import Path

from harmledger.extract.language_pack import LanguagePack, actor_names
from harmledger.extract.lazy import cached_property
from harmledger.extract.lexicon import Marks
from harmledger.extract.periods import Period, find_periods
from harmledger.extract.place_countries import named_countries
from harmledger.extract.place_cues import place_cues
from harmledger.extract.place_mentions import (
    PlaceMention,
    find_place_mentions,
    publisher_names,
    teaser_line,
    transliterated_mentions,
)
from harmledger.extract.places import (
    Gazetteer,
    Place,
    as_region,
    outside_region,
    with_user_file,
)
from harmledger.extract.text import Doc
from harmledger.gazetteer import distance_km

SMALL_MAIN = 100_000
NEAR_KM = 50.0  # a place this close to the document's main place agrees with it
BESIDE_KM = 30.0  # a bare small town this close to the main place is the town beside the city
FAR_KM = 500.0  # a small place this far from the main place is a misread word
HOMONYM_KM = 2_000.0  # a small place this far from every country and place named is another
# place confidence of a claim placed only by a region ("X province", "the Gaza Strip"): linking
# reads such a place as the region (harmledger.link.incidents.places), not its capital city
REGION_CONFIDENCE = 0.3
REGION_KM = 200.0  # a place this close to a region's seat may lie in the region
LEAD_DAYS = 2  # a lead's day this many days before publication at most dates the report
_REFERENCE_GAP = 4  # words between a place and the reference bound to it ("X, au sud de Y")


def _misplaced(point: PlaceMention, nearby: list[PlaceMention]) -> bool:
    """Whether a point is bound to a reference a few words from it ("in X, south of Y", "in X
    near Y", "near Y, the capital of X") yet lies far from it: the gazetteer read X as another
    place of that name, and Y says better where the harm happened."""

    def gap(a: PlaceMention, b: PlaceMention) -> int:
        return b.k - (a.k + a.size) if b.k >= a.k else gap(b, a)

    return any(
        0 <= gap(point, ref) <= _REFERENCE_GAP and _far(point.place, ref.place) for ref in nearby
    )


def _outside_its_region(
    mention: PlaceMention, others: list[PlaceMention], sentence: Sequence[int]
) -> bool:
    """A town or small city the sentence places in a region ("attacks on X and Y villages in
    Z township in W region") yet far from that region's seat: the gazetteer read X as another
    place of that name."""
    place = mention.place
    if mention.evidence == "region" or not 0 <= place.population < SMALL_MAIN:
        return False
    here = sentence[mention.k]
    return any(
        m.evidence == "region" and sentence[m.k] == here and _far(place, m.place) for m in others
    )


def _distance(k: int, position: int) -> int:
    return k - position if k >= position else 2 * (position - k)


def _km(a: Place, b: Place) -> float | None:
    """Distance between two places (0 for one place), None where either has no coordinates."""
    if a.id == b.id:
        return 0.0
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _far(a: Place, b: Place) -> bool:
    km = _km(a, b)
    return km is not None and km > FAR_KM


def _beside(a: Place, b: Place) -> bool:
    """Within :data:`BESIDE_KM`: a suburb or town beside the city."""
    km = _km(a, b)
    return km is not None and km <= BESIDE_KM


def _apart(place: Place, region: Place) -> bool:
    """The place lies outside the region whose seat is ``region``: by the towns a region of
    :mod:`harmledger.regions` holds (:func:`outside_region`), else beyond :data:`REGION_KM`."""
    outside = outside_region(place, region)
    if outside is not None:
        return outside
    km = _km(place, region)
    return km is not None and km > REGION_KM


def _near(a: Place, b: Place) -> bool:
    km = _km(a, b)
    return km is not None and km <= NEAR_KM


def nearest(
    sentence: Sequence[int], items: Sequence[tuple[int, object]], keys: Sequence[int], position: int
) -> object | None:
    """The item nearest ``position`` in its sentence (the first of equals), else the last one
    before it. ``items`` are in text order and ``keys`` are their word positions, so each
    sentence's items are a slice and the nearest is found by bisection: a claim costs
    log(items), not items (``sentence`` maps words to sentence ids, non-decreasing)."""
    if not items:
        return None
    here = sentence[position]
    first = bisect_left(keys, bisect_left(sentence, here))
    end = bisect_left(keys, bisect_right(sentence, here))
    if first < end:
        at = bisect_left(keys, position, first, end)
        if at == end or (at > first and position - keys[at - 1] <= keys[at] - position):
            at = bisect_left(keys, keys[at - 1], first, end)  # the first of equal positions
        return items[at][1]
    before = bisect_left(keys, position) - 1
    return items[before][1] if before >= 0 else None


class Context:
    """Lazily computed circumstances of one document."""

    def __init__(
        self,
        doc: Doc,
        pack: LanguagePack,
        marks: Marks,
        published: dt.date | None,
        gazetteer_file: Path | None,
        publisher: str | None = None,
        published_from: dt.date | None = None,
    ) -> None:
        self.doc = doc
        self.pack = pack
        self.marks = marks
        self.published = published
        self.published_from = published_from
        self.gazetteer_file = gazetteer_file
        self.publisher = publisher
        # word spans that describe a victim: a party named there is no perpetrator
        self.affiliations: list[tuple[int, int]] = []

    @cached_property
    def _actors(self) -> list[tuple[int, str]]:
        """Belligerents named in the text, by word position, less those that only describe a
        victim (``affiliations``, set by the engine before the first claim is read)."""
        names = actor_names()
        return [
            (k, cat[6:])
            for cat, k, _ in self.marks.family("actor")
            if names.get(cat[6:], {}).get("belligerent", False)
            and not any(i <= k < j for i, j in self.affiliations)
        ]

    @cached_property
    def _weapons(self) -> list[tuple[int, str]]:
        return [(k, cat[7:]) for cat, k, _ in self.marks.family("weapon")]

    @cached_property
    def _actor_keys(self) -> list[int]:
        return [k for k, _ in self._actors]

    @cached_property
    def _weapon_keys(self) -> list[int]:
        return [k for k, _ in self._weapons]

    @cached_property
    def _gazetteer(self) -> Gazetteer:
        return with_user_file(self.gazetteer_file)

    @cached_property
    def _places(self) -> list[PlaceMention]:
        """Mentions, less small places far from the document's main place (a point): a village
        on another continent is an ordinary word that happens to be its name; plus the mentions
        that need agreement (a bare small town, a name beside a facility noun) where they lie
        near the main place: the town beside the city the report is about."""
        main = self._main_place
        mentions = self._mentions
        if main is not None and main[1]:
            mentions = [
                m
                for m in mentions
                if m.place.population < 0
                or m.place.population >= SMALL_MAIN
                or not _far(m.place, main[0])
            ]
        if main is None:
            return mentions
        agreeing = [m for m in self._unsure if _beside(m.place, main[0])]
        agreeing += self._transliterated
        return sorted(mentions + agreeing, key=lambda m: m.k) if agreeing else mentions

    @cached_property
    def _transliterated(self) -> list[PlaceMention]:
        """Arabic: towns near the main place that the gazetteer does not spell, named after a
        settlement noun, and every other mention of the same name (:mod:`transliterated`)."""
        main = self._main_place
        if self.pack.lang != "ar" or main is None:
            return []
        return transliterated_mentions(
            self.doc, self.pack, self.marks, self._gazetteer, main[0], self._found
        )

    @cached_property
    def _mentions(self) -> list[PlaceMention]:
        """Mentions outside teaser lines (a teaser's places are another story's) that need no
        agreement with the main place: they decide it. Distant homonyms are left out."""
        own = [m for m in self._found if m.teaser is None and not m.needs_agreement]
        return [
            m
            for m in own
            if not self._distant_homonym(m, own)
            and not _outside_its_region(m, own, self.doc.sentence)
        ]

    @cached_property
    def _countries(self) -> frozenset[str]:
        """ISO codes of the countries the document names."""
        return named_countries(self.doc, self.pack)

    def _distant_homonym(self, mention: PlaceMention, others: list[PlaceMention]) -> bool:
        """A town or small city in a country the document never names, while it names others,
        and far from all of them and from every other place it names: another place of the same
        name ("Tigré" in Brazil in a report on Ethiopia; "Norden" in Germany in a report on
        Yemen). Cities of :data:`SMALL_MAIN` people or more are often named for their own
        sake (where officials spoke), so they stay."""
        place = mention.place
        if not 0 <= place.population < SMALL_MAIN or not place.country:
            return False
        if place.latitude is None or place.longitude is None:
            return False
        named = self._countries
        if not named or place.country in named:
            return False
        table = self._gazetteer.table
        anchors = [c for code in named if (c := table.country_centre(code)) is not None]
        anchors += [
            (m.place.latitude, m.place.longitude)
            for m in others
            if m.place.id != place.id
            and m.place.latitude is not None
            and m.place.longitude is not None
        ]
        return all(
            distance_km(place.latitude, place.longitude, lat, lon) > HOMONYM_KM
            for lat, lon in anchors
        )

    @cached_property
    def _unsure(self) -> list[PlaceMention]:
        """Mentions outside teaser lines that count only near the main place."""
        return [m for m in self._found if m.teaser is None and m.needs_agreement]

    @cached_property
    def _teaser_openers(self) -> frozenset[str]:
        """Words that open a teaser line in this language (cheap test before a line walk)."""
        return frozenset(p[0] for p in place_cues(self.pack.lang).teaser)

    @cached_property
    def _teasers(self) -> list[PlaceMention]:
        return [m for m in self._found if m.teaser is not None and not m.needs_agreement]

    @cached_property
    def _found(self) -> list[PlaceMention]:
        return find_place_mentions(
            self.doc,
            self.pack,
            self.marks,
            self._gazetteer,
            publisher_names(self.publisher),
            lambda: self._countries,
        )

    @cached_property
    def _main_place(self) -> tuple[Place, bool] | None:
        """The document's main place (most weight: a point mention 2, any other 1) and whether
        one of its mentions is a point."""
        weights: dict[str, float] = {}
        points: set[str] = set()
        first: dict[str, Place] = {}
        for m in self._mentions:
            first.setdefault(m.place.id, m.place)
            weight = 2.0 if m.evidence == "point" else 1.0
            if m.place.population < SMALL_MAIN:  # a small place is the main one by its cues
                weight /= 2
            weights[m.place.id] = weights.get(m.place.id, 0.0) + weight
            if m.evidence in ("point", "region"):  # "in the Gaza Strip" is as sure as "in X"
                points.add(m.place.id)
        if not weights:
            return None
        best = max(first, key=lambda pid: weights[pid])  # dicts keep order: first of equals
        return first[best], best in points

    @cached_property
    def _periods(self) -> list[Period]:
        return find_periods(self.doc, self.pack, self.marks, self.published, self.published_from)

    def perpetrator_for(self, position: int) -> str | None:
        """Stable actor id of the alleged perpetrator nearest the claim."""
        value = nearest(self.doc.sentence, self._actors, self._actor_keys, position)
        return str(value) if value else None

    def weapon_for(self, position: int) -> str | None:
        """Stable weapon id nearest the claim."""
        value = nearest(self.doc.sentence, self._weapons, self._weapon_keys, position)
        return str(value) if value else None

    def place_for(self, position: int) -> tuple[Place, float] | None:
        """The place of the claim at ``position`` (:meth:`_place_for`); one read only as a
        region is that region where :mod:`harmledger.regions` holds it (``iso3166-2:…``)."""
        located = self._place_for(position)
        if located is None or located[1] > REGION_CONFIDENCE:
            return located
        return as_region(located[0]), located[1]

    def _place_for(self, position: int) -> tuple[Place, float] | None:
        """The place of the claim at ``position`` and how sure we are that the harm happened
        there: a point mention in its sentence (0.9), a bare one agreeing with the document's
        main place (0.7), the latest earlier mention (0.6, 0.5 when it disagrees), the main
        place (0.4; 0.3 when it is only ever named as a region, "the Gaza Strip"), a region in
        its sentence (0.3: "in Idlib province"). A place only "near" which it happened
        (0.8, 0.75 when it disagrees) gives way to a point in the same sentence ("the town of X
        near Y"), but not to one bound to it that lies far from it (:func:`_misplaced`)."""
        if self._teasers or self.doc.words[position].norm in self._teaser_openers:
            line = teaser_line(self.doc, self.pack.lang, position)
            if line is not None:  # a figure in a teaser is the other story's: its own places
                own = [m for m in self._teasers if m.teaser == line]
                return (min(own, key=lambda m: abs(m.k - position)).place, 0.5) if own else None
        mentions = self._places
        if not mentions:
            return None
        sentence = self.doc.sentence
        here = sentence[position]
        main = self._main_place
        first_word = bisect_left(sentence, here)
        same = mentions[
            bisect_left(self._place_keys, first_word) : bisect_right(
                self._place_keys, bisect_right(sentence, here) - 1
            )
        ]

        def agrees(place: Place) -> bool:
            return main is None or _near(place, main[0])

        def nearest(items: list[PlaceMention]) -> PlaceMention:
            # a place before the figure counts double distance, and after it wins a tie:
            # "officials in X said that N were killed in Y" names where they spoke first
            return min(items, key=lambda m: (_distance(m.k, position), m.k < position))

        nearby = [m for m in same if m.evidence == "nearby"]
        points = [
            m
            for m in same
            if m.evidence == "point"
            and not _misplaced(m, nearby)
            and not self._other_clause_between(position, m.k)
        ]
        if points:
            best = nearest(points)
            return best.place, 0.95 if agrees(best.place) else 0.9
        # "a strike near X": X is only a reference point, still the best place in the sentence
        if nearby:
            best = nearest(nearby)
            return best.place, 0.8 if agrees(best.place) else 0.75
        strong_main = main is not None and main[1]
        bare = [m for m in same if m.evidence == "bare" and (agrees(m.place) or not strong_main)]
        if bare:
            best = nearest(bare)
            return best.place, 0.7
        earlier = self._earlier_places
        before = bisect_left(self._earlier_keys, first_word)  # sentences are contiguous
        # a region named in the sentence ("in the Odesa region, 21 were wounded") stands for it
        # unless the place the report was at lies inside it (within REGION_KM of its seat)
        regions = [m for m in same if m.evidence == "region"]
        region = nearest(regions).place if regions else None
        if before:
            last = earlier[before - 1]
            if region is not None and _apart(last.place, region):
                return region, REGION_CONFIDENCE
            return last.place, 0.6 if agrees(last.place) else 0.5
        if main is not None:
            if region is not None and _apart(main[0], region):
                return region, REGION_CONFIDENCE
            return main[0], REGION_CONFIDENCE if self._main_is_region else 0.4
        return (region, REGION_CONFIDENCE) if region is not None else None

    def _other_clause_between(self, position: int, k: int) -> bool:
        """Whether a clause of another event opens between a figure and a place after it
        ("killed 19 across the Strip, medics said, as talks stalled in X"; places.toml
        ``evidence.other_clause``)."""
        openers = place_cues(self.pack.lang).other_clause
        if k <= position or not openers:
            return False
        words, gaps = self.doc.words, self.doc.gaps
        return any(words[t].norm in openers and "," in gaps[t] for t in range(position + 1, k))

    @cached_property
    def _main_is_region(self) -> bool:
        """Whether the main place is only ever named as a region ("the Gaza Strip")."""
        main = self._main_place
        return main is not None and all(
            m.evidence == "region" for m in self._mentions if m.place.id == main[0].id
        )

    @cached_property
    def _place_keys(self) -> list[int]:
        return [m.k for m in self._places]

    @cached_property
    def _earlier_places(self) -> list[PlaceMention]:
        """Mentions that may stand for a later sentence's place: not regions nor reference
        points ("near X"), and points or places agreeing with a strong main place. Which
        qualify is the same for every claim."""
        main = self._main_place
        strong_main = main is not None and main[1]
        return [
            m
            for m in self._places
            if m.evidence not in ("region", "nearby")
            and (
                m.evidence == "point" or main is None or _near(m.place, main[0]) or not strong_main
            )
        ]

    @cached_property
    def _earlier_keys(self) -> list[int]:
        return [m.k for m in self._earlier_places]

    @cached_property
    def _periods_by_sentence(self) -> dict[int, list[Period]]:
        by_sentence: dict[int, list[Period]] = {}
        for period in self._periods:
            by_sentence.setdefault(self.doc.sentence[period.i], []).append(period)
        return by_sentence

    def period_for(self, position: int) -> Period | None:
        """The period in the claim's sentence, else the report's lead day (periods do not
        otherwise carry across sentences)."""
        same = self._periods_by_sentence.get(self.doc.sentence[position])
        if not same:
            return self._lead_day
        return min(same, key=lambda p: abs(p.i - position))

    @cached_property
    def _lead_day(self) -> Period | None:
        """The day a report's opening sentence gives its event ("On Friday, 27 October, a house
        was bombed ..."), when it is the publication day or one of the two before: the day of
        the figures that follow undated. A lead naming several days, a span, or a day further
        back (background: "since 7 October") dates nothing."""
        if self.published is None or not self.doc.words:
            return None
        first = self.doc.sentence[0]
        lead = self._periods_by_sentence.get(first, [])
        if not lead or {(p.start, p.end) for p in lead} != {(lead[0].start, lead[0].start)}:
            return None  # ("Friday, 27 October" is two expressions of one day)
        back = (self.published - lead[0].start).days
        return lead[0] if 0 <= back <= LEAD_DAYS else None
