"""Linking events report by report: a document's event claims form one group, groups join.

A report usually describes one scene, so its claims are linked together and the question becomes
which reports describe the same event. Two reports join when what they share adds up (place at
the finest level both give, the event's day, the kind of scene, distinctive names, the same
figure, weapon, perpetrator; weights in ``linking.toml``), and never when something rules it out
(far-apart places, dates that cannot be one event). Pairs are joined strongest first with ties
broken by content hash, and a join is refused if any two reports of the two sides rule each
other out, so the result does not depend on the order reports arrive in and a chain of weak
links cannot glue two strikes together.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import combinations

from harmledger.link.incidents.clustering import Assignment, IncidentState
from harmledger.link.incidents.config import rules
from harmledger.link.incidents.facts import AGGREGATE_MIN_DAYS, ClaimFacts, claim_window
from harmledger.link.incidents.places import (
    PRECISION_ORDER,
    UNKNOWN_PLACE,
    PlaceInfo,
    relation,
)
from harmledger.link.incidents.translit import place_keys

FINE_PRECISIONS = ("exact", "neighbourhood", "village")
FINE = frozenset(FINE_PRECISIONS)
REGIONS = frozenset({"district", "governorate"})  # a region holds its towns and cities
MAX_BLOCK = 500  # a blocking key shared by more groups than this names nothing in particular


@dataclass(frozen=True)
class DocumentInfo:
    """What linking reads of a document besides its claims."""

    key: str  # text hash (then file hash and part): stable whatever order documents arrive in
    published: dt.date | None
    sites: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    lang: str | None = None
    # the last day the report may have appeared (a month-precise date: the month's end)
    published_latest: dt.date | None = None
    # transliteration keys of the names and place words the report mentions
    mentions: frozenset[str] = frozenset()
    publisher: str | None = None  # normalised, as claim origins are
    # the scenes it names by their own name: (kind, spelling key of the name)
    named_sites: frozenset[tuple[str, str]] = frozenset()
    # claims whose sentence sets them in another event it recalls ("days after the bombing")
    recalled: frozenset[int] = frozenset()
    # every kind of scene the whole report names, near its figures or not: a report of a
    # chemical attack that speaks mostly of the hospital the victims were taken to still
    # mentions the attack
    mentioned_sites: frozenset[str] = frozenset()
    # claims in a block of links to other articles ("Read more": a teaser's headline figure)
    teasers: frozenset[int] = frozenset()
    # claims dated by a day or week counted from a report known only to its month ("last
    # week"): a time of their own that no day of the report fixes
    unfixed: frozenset[int] = frozenset()
    # a report naming no scene beside its figures: the scenes its whole text is about, read
    # only when it is a later report of the other's event (see ``_with_far_scenes``)
    far_sites: frozenset[str] = frozenset()
    # claims of an undated report counted since a month ("since mid-November"): a campaign's
    since_month: frozenset[int] = frozenset()

    @property
    def latest(self) -> dt.date | None:
        return self.published_latest or self.published


@dataclass
class Group:
    """One document's event claims (or, for a linked document, its claims in one incident)."""

    key: str
    document_id: int
    claims: list[ClaimFacts]
    info: DocumentInfo
    incident: int | None = None  # the existing incident these claims already belong to
    sites: frozenset[str] = frozenset()  # the scenes the report names
    place: PlaceInfo = UNKNOWN_PLACE
    places: frozenset[str] = frozenset()  # every place id its claims name
    stated: tuple[dt.date, dt.date] | None = None
    killed: frozenset[int] = frozenset()
    dead: frozenset[int] = frozenset()  # killed, and bodies found (the toll of a massacre)
    weapons: frozenset[str] = frozenset()
    perpetrators: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset()
    # places any report of the batch is placed at that this report names, in any spelling
    named_places: dict[str, PlaceInfo] = field(default_factory=dict)

    def profile(self) -> None:
        """Derive the group's place, stated time, figures and actors from its claims."""
        places: Counter[PlaceInfo] = Counter()
        first: dict[PlaceInfo, int] = {}
        windows: Counter[tuple[dt.date, dt.date]] = Counter()
        opens: dict[tuple[dt.date, dt.date], int] = {}
        for position, facts in enumerate(self.claims):
            if facts.place.precision != "unknown":
                places[facts.place] += 1
                first.setdefault(facts.place, position)
            if (  # an event's day, or a few days; a month or a season dates no one event
                facts.date_precision in ("day", "period")
                and facts.start
                and facts.end
                and (facts.end - facts.start).days < AGGREGATE_MIN_DAYS
            ):
                windows[(facts.start, facts.end)] += 1
                opens.setdefault((facts.start, facts.end), position)
        if places:
            # equally named places: of one place at two levels (a district and its city) the
            # finer; of places apart (the strike's city, and a town named for an earlier
            # strike) the one the report names first, as its lead names its event
            def lead(p: PlaceInfo) -> int:
                return min(
                    first[q]
                    for q in places
                    if places[q] == places[p] and relation(p, q) in ("same", "contains")
                )

            self.place = min(
                places,
                key=lambda p: (-places[p], lead(p), PRECISION_ORDER.index(p.precision), first[p]),
            )
        self.places = frozenset(p.id for p in places if p.id)
        late = int(rules()["documents"]["time"]["late_days"])
        published = self.info.published
        windows = Counter(  # a day long before the report is background, or a misread year
            {w: n for w, n in windows.items() if not published or (published - w[1]).days <= late}
        )
        if windows:  # equally stated days: the one the report states first (its lead's)
            self.stated = min(windows, key=lambda w: (-windows[w], opens[w], w))
        minimum = int(rules()["documents"]["evidence"]["min_figure"])
        self.killed = frozenset(
            value
            for f in self.claims
            if f.measure == "killed" and f.who != "combatants"
            for value in (f.low, f.high)
            if value is not None and value >= minimum
        )
        toll_measures = set(rules()["documents"]["evidence"]["town_toll_measures"])
        self.dead = frozenset(
            value
            for f in self.claims
            if f.measure in toll_measures and f.who != "combatants"
            for value in (f.low, f.high)
            if value is not None and value >= minimum
        )
        self.weapons = frozenset(f.weapon for f in self.claims if f.weapon)
        self.perpetrators = frozenset(f.perpetrator for f in self.claims if f.perpetrator)
        self.origins = frozenset(
            f.origin for f in self.claims if f.origin and not f.origin.startswith("document:")
        )

    def facts_in_place(self, stated: tuple[dt.date, dt.date] | None = None) -> list[ClaimFacts]:
        """The claims as the event sees them: a claim whose place disagrees with the report's
        is read at the report's place (one stray place name does not move the event), and one
        with no day of its own at the event's stated day (``stated``, else the report's), so a
        report published weeks later does not stretch the event to its publication."""
        stated = stated or self.stated
        result = []
        for f in self.claims:
            if self.place.precision != "unknown" and relation(f.place, self.place) not in (
                "same",
                "contains",
                "near",
            ):
                f = replace(f, place=self.place)
            borrowed = f.start and f.end and (f.end - f.start).days >= AGGREGATE_MIN_DAYS
            if borrowed or f.date_precision in ("document", "unknown"):
                if stated:
                    precision = "day" if stated[0] == stated[1] else "period"
                    f = replace(f, start=stated[0], end=stated[1], date_precision=precision)
                elif borrowed:
                    start, end, precision = claim_window(None, None, self.info.published)
                    f = replace(f, start=start, end=end, date_precision=precision)
            result.append(f)
        return result


def _days(a: dt.date, b: dt.date) -> int:
    return abs((a - b).days)


def _share_long_scene(a: Group, b: Group) -> bool:
    """Whether both report a scene that lasts or is found over days (a mass grave, a massacre
    uncovered after a withdrawal) in one named town of the batch: its reports' days differ."""
    kinds = set(rules()["documents"]["time"]["long_scenes"])
    return bool(a.sites & b.sites & kinds) and bool(a.named_places.keys() & b.named_places.keys())


def _time(a: Group, b: Group) -> tuple[float, str] | None:
    """Time evidence between two groups; None when their dates cannot be one event."""
    time = rules()["documents"]["time"]
    tolerance, late = int(time["day_tolerance"]), int(time["late_days"])
    if _share_long_scene(a, b) or _town_toll(a, b):  # a massacre is counted over weeks
        tolerance = int(time["long_scene_days"])
    if a.stated and b.stated:
        gap = max((a.stated[0] - b.stated[1]).days, (b.stated[0] - a.stated[1]).days, 0)
        if gap > tolerance:
            return None
        return float(time["same_day"]), "same day stated"
    if a.stated or b.stated:
        stated_group, report = (a, b) if a.stated else (b, a)
        assert stated_group.stated is not None
        published, latest = report.info.published, report.info.latest
        if published is None or latest is None:
            return 0.0, ""
        start, end = stated_group.stated
        if (start - latest).days > tolerance or (published - end).days > late:
            return None
        return float(time["stated_before_report"]), "report published after the stated day"
    pa, pb = a.info.published, b.info.published
    if pa is None or pb is None:
        return 0.0, ""
    if _days(pa, pb) > late:
        return None
    if _days(pa, pb) <= int(time["close_days"]):
        return float(time["reports_close"]), "reports published days apart"
    return 0.0, ""


def _place(a: Group, b: Group) -> tuple[float, str] | None:
    points = rules()["documents"]["place"]
    name = relation(a.place, b.place)
    # two different towns or cities are two places even when one lies within the other's
    # radius; a report may still name the other's place second ("a strike in X, in Y province")
    precisions = {a.place.precision, b.place.precision}
    if name == "far" or (name == "contains" and not precisions & (FINE | REGIONS)):
        if a.place.id in b.places or b.place.id in a.places:
            shared = a.place if a.place.id in b.places else b.place
            return float(points.get(shared.precision, 0.0)), f"both name {shared.name}"
        both = [  # each names one town of their country, in its own spelling (Cheikhoun, Sheijun)
            place
            for k in sorted(a.named_places.keys() & b.named_places.keys())
            if (place := a.named_places[k]).country
            and {a.place.country, b.place.country} <= {place.country, None}
        ]
        if both:
            shared = min(both, key=lambda p: (PRECISION_ORDER.index(p.precision), p.id or ""))
            return float(points.get(shared.precision, 0.0)), f"both name {shared.name}"
        return None
    if name == "same":
        return float(points.get(a.place.precision, 0.0)), f"same place {a.place.name}"
    if name == "contains":
        return float(points["contains"]), f"place inside: {a.place.name} / {b.place.name}"
    if name == "near" and "city" not in (a.place.precision, b.place.precision):
        return float(points["near"]), f"places near: {a.place.name} / {b.place.name}"
    return 0.0, ""


def _scene_names_event(a: Group, b: Group, shared: frozenset[str]) -> bool | None:
    """Whether one kind of scene in both reports names one event: a scene named by its own
    name (the MSF hospital) in one or both, a rare kind (a chemical attack), or any scene in a
    place as fine as a neighbourhood, or with the same figure. An unnamed hospital of a city hit
    on one day may be one of several (a city under bombardment has many). None when both name
    their scene and the names differ, in one language (the Aman mosque, the Julani mosque)."""
    ev = rules()["documents"]["evidence"]
    names_a = {name for kind, name in a.info.named_sites if kind in shared}
    names_b = {name for kind, name in b.info.named_sites if kind in shared}
    if names_a and names_b and not names_a & names_b and a.info.lang == b.info.lang:
        return None  # (across scripts the spelling keys of one name may differ)
    where = relation(a.place, b.place)
    # a name in one report only names the other's unnamed scene at its place (or where one
    # gives none): a named school in one town and a school in the next town are two schools
    if (names_a and names_b) or ((names_a or names_b) and where in ("same", "contains", "unknown")):
        return True
    if shared & set(ev["rare_sites"]):
        return True
    if where in ("same", "contains") and (
        {a.place.precision, b.place.precision} & set(ev["scene_places"])
    ):
        return True  # one report pins the scene to a neighbourhood
    return any(n >= int(ev["scene_min_figure"]) for n in a.killed & b.killed) or _toll_update(a, b)


def _toll_update(a: Group, b: Group) -> bool:
    """Whether one report, stating no day of its own, may update the other's toll of one kind
    of scene (the caller checks the scene): a later report that the toll rose to 52 days or
    months after reports of 27 and 30. Both tolls are large enough to tell apart (a strike
    killing 5 is common), and the larger is within a factor of the smaller, as a count grows
    when the dead are found and the wounded die. Two reports that each state their day are
    never an update: two strikes on one city's blocks on one day stay two."""
    ev = rules()["documents"]["evidence"]
    if a.stated is not None and b.stated is not None:
        return False
    high_a, high_b = max(a.killed, default=0), max(b.killed, default=0)
    if min(high_a, high_b) < int(ev["update_min_figure"]):
        return False
    return max(high_a, high_b) <= float(ev["update_ratio"]) * min(high_a, high_b)


def _mention_names_event(a: Group, b: Group, crossed: frozenset[str]) -> bool:
    """Whether a scene one report is about and the other only mentions names one event: only a
    rare kind does (a chemical attack). An ordinary kind merely mentioned, even by its own
    name, is where the wounded were taken or a landmark of the city, not the event."""
    return bool(crossed & set(rules()["documents"]["evidence"]["rare_sites"]))


def _series(a: Group, b: Group) -> bool:
    """Whether one of two reports of one publisher is a row of its log (no place, no day of its
    own, and only counts of a search: bodies brought out, people missing) and both name one kind
    of scene within days of each other: rows of a responder's log about the scene of its other
    reports ("the market site"). A report with a toll of its own (killed, injured) is a report
    of its own event, placed or not: a monitor's narratives of a day's strikes each name a
    mosque or a home."""
    ev = rules()["documents"]["evidence"]
    pa, pb = a.info.published, b.info.published
    return bool(
        a.info.publisher
        and a.info.publisher == b.info.publisher
        and any(_log_row(g) for g in (a, b))
        and a.sites & b.sites
        and pa
        and pb
        and _days(pa, pb) <= int(ev["series_days"])
    )


def _log_row(group: Group) -> bool:
    """Whether a report reads as a row of a search log: no place, no day of its own, and
    only the counts a search adds up (``[documents.evidence].series_row_measures``)."""
    measures = set(rules()["documents"]["evidence"]["series_row_measures"])
    return (
        group.place.precision == "unknown"
        and group.stated is None
        and all(f.measure in measures for f in group.claims)
    )


def _share_town(a: Group, b: Group) -> bool:
    """Whether both name one town of the batch: in any spelling, or one report's figures are
    placed at the town the other is placed at (a report placed at the capital that puts its
    count of bodies in the town)."""
    if a.named_places.keys() & b.named_places.keys():
        return True
    fine = set(rules()["documents"]["place"]["named_in_any_spelling"])
    return any(
        x.place.id is not None and x.place.precision in fine and x.place.id in y.places
        for x, y in ((a, b), (b, a))
    )


def _town_toll(a: Group, b: Group) -> bool:
    """Whether both state a toll of hundreds (killed, or bodies found) in one town of the batch
    they both name (in any spelling): a massacre counted over weeks (bodies in a street, a
    grave, a school) is one event whatever scene each report describes."""
    minimum = int(rules()["documents"]["evidence"]["town_toll"])
    if not (max(a.dead, default=0) >= minimum and max(b.dead, default=0) >= minimum):
        return False
    return _share_town(a, b)


def _crossed_scenes(a: Group, b: Group) -> frozenset[str]:
    """Kinds of scene one report is about that the other, about another scene, mentions
    anywhere in its text: a report of a chemical attack told from the hospital the victims
    were taken to, beside reports of the attack. Empty when the two share a scene."""
    if a.sites & b.sites:
        return frozenset()
    return (a.sites & b.info.mentioned_sites) | (b.sites & a.info.mentioned_sites)


def _city_toll(a: Group, b: Group) -> bool:
    """Whether both state a toll of hundreds killed in one city (the same place) and the larger
    is within a factor of the smaller: one count that grows as the dead are found and the
    wounded die (82, then 140, then 213), not a city's second massacre of another size. A city
    is wider than a town, so its toll also needs the counts to agree and never outweighs two
    scenes that differ."""
    ev = rules()["documents"]["evidence"]
    minimum = int(ev["town_toll"])
    high_a, high_b = max(a.killed, default=0), max(b.killed, default=0)
    if min(high_a, high_b) < minimum or relation(a.place, b.place) != "same":
        return False
    if a.place.precision in REGIONS:  # a region's tolls of hundreds are many events' sums
        return False
    return max(high_a, high_b) <= float(ev["city_toll_ratio"]) * min(high_a, high_b)


def _later(a: Group, b: Group) -> bool:
    """Whether ``a`` reads as a later report of ``b``'s event: it states no day of its own, and
    it is undated or appeared more than ``close_days`` after ``b``'s day (stated, or else its
    publication)."""
    if a.stated is not None:
        return False
    published = a.info.published
    day = b.stated[1] if b.stated else b.info.published
    if published is None:
        return True
    close = int(rules()["documents"]["time"]["close_days"])
    return day is not None and (published - day).days > close


def _later_toll(a: Group, b: Group) -> bool:
    """Whether ``a``, a later report naming no scene at all, restates a killed toll of ``b``'s
    (at least ``scene_min_figure``) at the same place: a follow-up or anniversary naming the
    event by its place and toll ("a year after 42 were killed in X")."""
    ev = rules()["documents"]["evidence"]
    if a.sites or a.info.far_sites or not _later(a, b) or relation(a.place, b.place) != "same":
        return False
    return any(n >= int(ev["scene_min_figure"]) for n in a.killed & b.killed)


def _with_far_scenes(a: Group, b: Group) -> tuple[Group, Group]:
    """The two groups, each naming the scenes of its whole text when it names none beside its
    figures and reads as a later report of the other's event: an update or anniversary that
    names the hospital paragraphs away. A report of the day names its scene beside its figures;
    one named far from them is as often where the wounded went."""

    def widened(x: Group, y: Group) -> Group:
        if x.sites or not x.info.far_sites or not _later(x, y):
            return x
        return replace(x, sites=x.info.far_sites)

    return widened(a, b), widened(b, a)


def _far_sides(a: Group, b: Group) -> list[Group]:
    """The reports of a pair that state no day of their own and appeared more than
    ``undated_near_days`` after the other's day (stated, else its publication): such a report
    may be a later report of the other's event, but only what names an event on its own
    reaches that far back (``far_requires``). A report with no date at all has no weeks of its
    own to keep to, and neither has a pair with one: any evidence joins them, as before."""
    near = int(rules()["documents"]["time"]["undated_near_days"])
    far = []
    for x, y in ((a, b), (b, a)):
        if x.stated is not None:
            continue
        day = y.stated[1] if y.stated else y.info.published
        published = x.info.published
        if published is not None and day is not None and (published - day).days > near:
            far.append(x)
    return far


def _names_scene_alone(group: Group, kinds: frozenset[str]) -> bool:
    """Whether a report names one of these kinds of scene on its own: by the scene's own name,
    a kind that is an event (a chemical attack, a drone strike: with the report's place, "the
    drone strike in Kabul"), or at a place as fine as a neighbourhood (the market of Sorvane).
    An unnamed market or hospital of a city is one of many."""
    ev = rules()["documents"]["evidence"]
    named = {kind for kind, _ in group.info.named_sites}
    return bool(
        kinds & (set(ev["rare_sites"]) | set(ev["event_scenes"]) | named)
        or (kinds and group.place.precision in ev["scene_places"])
    )


def _names_event_far(a: Group, b: Group, far: list[Group], identity: set[str]) -> bool:
    """Whether what joins a pair names the event from a far report's side (``_far_sides``):
    shared victims' names, a toll of hundreds, a scene the far report names on its own or whose
    toll it restates or updates, or a toll it restates at the same place naming no scene
    (``far_requires``). A fine place alone, or a scene only the other report names, does not."""
    allowed = set(rules()["documents"]["far_requires"])
    if identity & allowed & {"names", "town_toll", "city_toll"}:
        return True
    minimum = int(rules()["documents"]["evidence"]["scene_min_figure"])
    for x in far:
        y = b if x is a else a
        if "named_scene" in allowed and "scene" in identity:
            kinds = (x.sites & y.sites) or _crossed_scenes(x, y)
            if _names_scene_alone(x, kinds) or _toll_update(x, y):
                return True  # a scene it names, or the toll of one kind of scene it updates
            if any(n >= minimum for n in x.killed & y.killed):
                return True  # the toll of one kind of scene restated ("the market strike that
                # killed 12")
        if "later_toll" in allowed and "later_toll" in identity and _later_toll(x, y):
            return True
    return False


def vetoed(a: Group, b: Group) -> bool:
    """Whether two groups can never be one event: places far apart, dates incompatible, or each
    names its scene and the scenes differ (a report naming both may still join either side).
    Scenes of one kind named differently only count against a pair: reports of one strike
    name other hospitals, where the wounded were taken."""
    a, b = _with_far_scenes(a, b)
    if a.incident is not None and b.incident is not None and a.incident != b.incident:
        return True
    if (
        a.sites
        and b.sites
        and not a.sites & b.sites
        and not _mention_names_event(a, b, _crossed_scenes(a, b))
        and not _town_toll(a, b)
    ):
        return True
    return _place(a, b) is None or _time(a, b) is None


def pair_score(a: Group, b: Group) -> tuple[float, list[str]] | None:
    """Evidence that two groups describe one event, with reasons; None when ruled out."""
    a, b = _with_far_scenes(a, b)
    place, time = _place(a, b), _time(a, b)
    if place is None or time is None:
        return None
    ev = rules()["documents"]["evidence"]
    total, reasons = 0.0, []
    for points, reason in (place, time):
        if points:
            total += points
            reasons.append(reason)
    sites_a, sites_b = a.sites, b.sites
    identity = set()
    if shared_sites := sites_a & sites_b:
        scene = ", ".join(sorted(shared_sites))
        series = _series(a, b)
        named = True if series else _scene_names_event(a, b, shared_sites)
        if named is None:
            total += float(ev["other_site"])
            reasons.append(f"other named scene: {scene}")
        elif named:
            total += float(ev["shared_site"])
            reasons.append(f"same scene: {scene}")
            identity.add("scene")
            if series:
                total += float(ev["same_series"])
                reasons.append(f"one publisher's series about one scene: {a.info.publisher}")
                identity.add("series")
        else:
            total += float(ev["shared_unnamed_site"])
            reasons.append(f"same kind of scene, unnamed, in a wide place: {scene}")
    elif (crossed := _crossed_scenes(a, b)) and _mention_names_event(a, b, crossed):
        # one report's scene that the other mentions names the event as a shared scene would
        total += float(ev["shared_site"])
        reasons.append(f"scene of one, mentioned by the other: {', '.join(sorted(crossed))}")
        identity.add("scene")
    elif sites_a and sites_b and not _town_toll(a, b):
        total += float(ev["other_site"])
        reasons.append(f"other scene: {', '.join(sorted(sites_a))} / {', '.join(sorted(sites_b))}")
    names = a.info.names & b.info.names if a.document_id != b.document_id else frozenset()
    if len(names) >= int(ev["min_names"]):
        total += min(float(ev["max_names"]), float(ev["shared_name"]) * len(names))
        reasons.append(f"shared names: {', '.join(sorted(names)[:5])}")
        identity.add("names")
    elif (
        not names
        and a.info.lang == b.info.lang
        and min(len(a.info.names), len(b.info.names)) >= int(ev["min_names_apart"])
    ):
        total += float(ev["other_names"])
        reasons.append("no name in common")
    if place[0] and a.place.precision in FINE_PRECISIONS and relation(a.place, b.place) == "same":
        identity.add("fine_place")
    if _later_toll(a, b) or _later_toll(b, a):
        total += float(ev["later_toll"])
        reasons.append("a later report restating the toll at the place")
        identity.add("later_toll")
    if _town_toll(a, b):
        total += float(ev["same_town_toll"])
        reasons.append("a toll of hundreds in one named town")
        identity.add("town_toll")
    elif _city_toll(a, b):
        total += float(ev["same_city_toll"])
        reasons.append("a growing toll of hundreds in one city")
        identity.add("city_toll")
    if not identity & set(rules()["documents"]["requires"]):
        return round(min(total, threshold_below()), 4), [*reasons, "nothing names the event"]
    if (far := _far_sides(a, b)) and not _names_event_far(a, b, far, identity):
        reasons.append("a report stating no day, weeks later: nothing names the event on its own")
        return round(min(total, threshold_below()), 4), reasons
    # a publisher is the origin of all it reports unattributed: two reports of one outlet share
    # it whatever they are about
    origins = a.origins & b.origins - {a.info.publisher, b.info.publisher}
    if origins:
        total += float(ev["same_origin"])
        reasons.append(f"same origin: {sorted(origins)[0]}")
    figures = a.killed & b.killed
    if figures:
        total += float(ev["same_figure"])
        reasons.append(f"same figure: {max(figures)}")
    for mine, theirs, label in (
        (a.weapons, b.weapons, "weapon"),
        (a.perpetrators, b.perpetrators, "perpetrator"),
    ):
        if mine and theirs:
            same = bool(mine & theirs)
            total += float(ev[f"same_{label}" if same else f"other_{label}"])
            reasons.append(f"{'same' if same else 'other'} {label}")
    return round(total, 4), reasons


def threshold_below() -> float:
    """A score just under the event threshold: supporting evidence alone never joins."""
    return float(rules()["documents"]["threshold"]) - 0.01


def _cell(place: PlaceInfo) -> tuple[int, int] | None:
    if place.latitude is None or place.longitude is None:
        return None
    return int(place.latitude // 1), int(place.longitude // 1)


def _event_keys(group: Group) -> set[tuple[object, ...]]:
    """What two groups must share to possibly reach the threshold: a scene, names, a fine place,
    a figure or a toll of hundreds in one place (place and day alone never do, by design of the
    weights). These carry no time; ``_blocking_keys`` adds it."""
    cell = _cell(group.place)
    rare = set(rules()["documents"]["evidence"]["rare_sites"])
    sites = group.sites | (group.info.mentioned_sites & rare)  # one's scene, the other mentions
    keys: set[tuple[object, ...]] = {("site", site, cell) for site in sites}
    keys |= {("site", site, "anywhere") for site in group.sites}  # for reports with no place
    if not group.sites:  # a later report's scene named far from its figures
        keys |= {("site", site, cell) for site in group.info.far_sites}
    keys |= {("name", name) for name in group.info.names}
    keys |= {("named place", k) for k in group.named_places}
    keys |= {("figure", value, cell) for value in group.killed}
    if group.place.precision in FINE_PRECISIONS:
        keys.add(("place", group.place.id or cell))
    town_toll = int(rules()["documents"]["evidence"]["town_toll"])
    if max(group.killed, default=0) >= town_toll:
        keys.add(("toll", group.place.id or cell))  # a city's growing toll of hundreds
    if max(group.dead, default=0) >= town_toll:  # a massacre's toll in a town its claims name
        keys |= {("town toll", place) for place in group.places | {group.place.id} if place}
    return keys


LATER = "later"  # the time part of a key that pairs a report stating no day (see below)


def _reach(group: Group) -> dt.timedelta:
    """Half the day tolerance a group's pairs may have (``_time``; the long one when it names a
    long scene or counts a massacre's toll), rounded up."""
    time = rules()["documents"]["time"]
    long_scene = (group.sites | group.info.far_sites) & set(time["long_scenes"])
    town_toll = int(rules()["documents"]["evidence"]["town_toll"])
    long = bool(long_scene) or max(group.dead, default=0) >= town_toll
    tolerance = int(time["long_scene_days"] if long else time["day_tolerance"])
    return dt.timedelta(days=-(-tolerance // 2))


def _month_span(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """The months from ``first``'s to ``last``'s."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _months(group: Group) -> list[tuple[int, int]]:
    """The months a group stating its day is looked up in: those of its stated days, widened
    by ``_reach``, so two groups whose days are within tolerance of each other share a month."""
    assert group.stated is not None
    reach = _reach(group)
    return _month_span(group.stated[0] - reach, group.stated[1] + reach)


def _window_months(group: Group) -> list[tuple[int, int]]:
    """The months a group stating no day is looked up in: its own few weeks, from
    ``undated_near_days`` before it appeared to the day tolerance after its latest day, so it
    meets every report of an event (or another undated report) within them (see
    ``_far_sides``). None when it has no publication date."""
    assert group.stated is None
    published, latest = group.info.published, group.info.latest
    if published is None or latest is None:
        return []
    near = int(rules()["documents"]["time"]["undated_near_days"])
    return _month_span(published - dt.timedelta(days=near), latest + _reach(group) * 2)


def _far_keys(group: Group) -> set[tuple[object, ...]]:
    """The keys a report stating no day can meet an event's reports by beyond its own few weeks
    (each with ``LATER``): what can name an event on its own (``far_requires``), as both sides
    carry it. Names meet as pairs (``min_names`` shared names are needed: a pair of them is in
    both), a name alone names no one; a fine place alone names no event."""
    keys = {key for key in _event_keys(group) if key[0] not in ("name", "place")}
    size = max(1, min(2, int(rules()["documents"]["evidence"]["min_names"])))
    keys |= {("names", *pair) for pair in combinations(sorted(group.info.names), size)}
    minimum = int(rules()["documents"]["evidence"]["scene_min_figure"])
    tolls = [n for n in group.killed if n >= minimum]
    if group.place.id:  # a toll restated at the same place (``_later_toll``: one place id)
        keys |= {("toll at", n, group.place.id) for n in tolls}
    # a kind of scene and its toll restated (``_scene_names_event``: whatever the places)
    keys |= {
        ("scene toll", site, n, where)
        for key in _event_keys(group)
        if key[0] == "site"
        for site, where in [(key[1], key[2])]
        for n in tolls
    }
    return keys


def _later_keys(group: Group) -> set[tuple[object, ...]]:
    """Every key a group carries with ``LATER``: a report with no date at all meets every
    report of its keys by them (see ``_seek_keys``), others only those that name an event."""
    return {(*key, LATER) for key in _event_keys(group) | _far_keys(group)}


def _seek_keys(group: Group) -> set[tuple[object, ...]]:
    """The ``LATER`` keys a report stating no day reaches further back than its few weeks by:
    of ``_far_keys``, those that name an event from its side (see ``_names_event_far``): the
    victims' names, a scene it names on its own, a kind of scene with its toll restated or
    updated, a toll of hundreds, a toll it restates naming no scene (``_later_toll``). Empty
    for a report stating its day; all its ``LATER`` keys for a report with no date at all (no
    weeks of its own: it may be of any event of its keys)."""
    if group.stated is not None:
        return set()
    if group.info.published is None:
        return _later_keys(group)
    ev = rules()["documents"]["evidence"]
    town_toll = int(ev["town_toll"])
    hundreds = max(group.dead, default=0) >= town_toll
    bare = not group.sites and not group.info.far_sites
    # an undated report's toll of a kind of scene may update the other's (``_toll_update``)
    updates = max(group.killed, default=0) >= int(ev["update_min_figure"])
    seek = set()
    for key in _far_keys(group):
        kind = key[0]
        if (
            kind in ("names", "toll", "town toll", "scene toll")
            or (kind == "site" and (updates or _names_scene_alone(group, frozenset({str(key[1])}))))
            or (kind == "named place" and hundreds)
            or (kind == "toll at" and bare)
        ):
            seek.add((*key, LATER))
    return seek


def _blocking_keys(group: Group) -> set[tuple[object, ...]]:
    """The group's blocking keys: each of ``_event_keys`` with a time, so that a key names
    something in one month and the pair graph falls apart into small components.

    A group stating its day (``stated``) carries each key with each month of ``_months``: two
    such groups can only be one event within the day tolerance (``_time``), so they meet in a
    month. A group stating no day carries each key with the months of its own few weeks
    (``_window_months``). Every group also carries its keys, and those that can name an event
    on their own (``_far_keys``), with ``LATER``: there a group stating no day that seeks by the
    key (``_seek_keys``) meets every group of the key, beyond its weeks (a follow-up, an
    anniversary), or at any time when it has no date at all. So every pair the keys without
    time gave that scoring can join is still a candidate; pairs whose stated days are apart,
    or of an undated report weeks later that nothing names on its own, are not."""
    keys: set[tuple[object, ...]] = set()
    months = _months(group) if group.stated else _window_months(group)
    for key in _event_keys(group):
        keys |= {(*key, month) for month in months}
    keys |= _later_keys(group)
    if group.incident is not None:
        keys.add(("incident", group.incident))
    return keys


def later_key(key: tuple[object, ...]) -> bool:
    """Whether a blocking key pairs only a group seeking by it (``_seek_keys``) with others."""
    return key[-1] == LATER


def pairs_in(
    key: tuple[object, ...], members: list[int], seekers: Iterable[int] = ()
) -> Iterator[tuple[int, int]]:
    """The candidate pairs of a key's members: all of them, or for a ``later_key`` each of its
    ``seekers`` (members seeking by it) with every other member."""
    if not later_key(key):
        yield from combinations(members, 2)
        return
    for i in seekers:
        for j in members:
            if j != i:
                yield (i, j) if i < j else (j, i)


def candidate_pairs(
    groups: list[Group], too_wide: frozenset[tuple[object, ...]] = frozenset()
) -> set[tuple[int, int]]:
    """Index pairs of groups that share a blocking key (a key shared too widely is skipped, and
    so is one in ``too_wide``: shared too widely in the whole batch, when ``groups`` is part of
    it)."""
    postings: dict[tuple[object, ...], list[int]] = defaultdict(list)
    seekers: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        for key in _blocking_keys(group):
            postings[key].append(index)
        for key in _seek_keys(group):
            seekers[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for key, members in postings.items():
        if 1 < len(members) <= MAX_BLOCK and key not in too_wide:
            pairs.update(pairs_in(key, members, seekers.get(key, ())))
    return pairs


@dataclass
class Cluster:
    groups: list[Group]
    incident: int | None
    members: list[int] = field(default_factory=list)  # indices into the sorted groups
    # per group key, the score and reasons of the first pair that joined it to another report
    joined_by: dict[str, tuple[float, list[str]]] = field(default_factory=dict)


def name_places(groups: list[Group]) -> None:
    """Mark, per group, the places of the batch its report names in any spelling: a report
    placed at Damascus that names Khan Cheikhoun, and one placed at Idlib that names Jan Sheijun,
    both name the Khān Shaykhūn another report is placed at."""
    known: dict[str, PlaceInfo] = {}
    for group in sorted(groups, key=lambda g: g.key):
        if group.place.precision not in rules()["documents"]["place"]["named_in_any_spelling"]:
            continue
        for k in place_keys(group.place.name):
            current = known.get(k)
            if current is None or PRECISION_ORDER.index(group.place.precision) < (
                PRECISION_ORDER.index(current.precision)
            ):
                known[k] = group.place
    apply_place_names(groups, known)


def apply_place_names(groups: list[Group], known: dict[str, PlaceInfo]) -> None:
    """Set each group's ``named_places`` from ``known``, the batch's places by spelling key."""
    for group in groups:
        own = place_keys(group.place.name)
        group.named_places = {k: known[k] for k in (group.info.mentions | own) if k in known}


def cluster_groups(
    groups: list[Group],
    known: dict[str, PlaceInfo] | None = None,
    too_wide: frozenset[tuple[object, ...]] = frozenset(),
) -> list[Cluster]:
    """Join groups into events, strongest evidence first; see the module docstring.

    ``groups`` may be some components of a larger batch's pair graph (see
    :mod:`harmledger.link.incidents.components`): ``known`` is then the whole batch's places by
    spelling key (``name_places``) and ``too_wide`` its blocking keys shared too widely."""
    groups = sorted(groups, key=lambda g: g.key)
    if known is None:
        name_places(groups)
    else:
        apply_place_names(groups, known)
    threshold = float(rules()["documents"]["threshold"])
    edges = []
    for i, j in candidate_pairs(groups, too_wide):
        scored = pair_score(groups[i], groups[j])
        if scored and scored[0] >= threshold:
            edges.append((-scored[0], groups[i].key, groups[j].key, i, j, scored))
    edges.sort(key=lambda e: e[:3])
    owner = list(range(len(groups)))
    clusters: dict[int, Cluster] = {}
    first_of_incident: dict[int, int] = {}
    for i, group in enumerate(groups):  # an existing incident's reports start as one cluster
        if group.incident is not None and group.incident in first_of_incident:
            owner[i] = first_of_incident[group.incident]
            clusters[owner[i]].groups.append(group)
            clusters[owner[i]].members.append(i)
            continue
        if group.incident is not None:
            first_of_incident[group.incident] = i
        clusters[i] = Cluster([group], group.incident, [i])
    for _, _, _, i, j, scored in edges:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        left, right = clusters[a], clusters[b]
        if left.incident is not None and right.incident is not None:
            continue  # existing incidents are never merged by the machine
        if any(vetoed(x, y) for x in left.groups for y in right.groups):
            continue
        for key in (groups[i].key, groups[j].key):
            left.joined_by.setdefault(key, scored)
            right.joined_by.setdefault(key, scored)
        if right.incident is not None or len(right.members) > len(left.members):
            a, b, left, right = b, a, right, left
        left.groups += right.groups
        left.members += right.members
        for key, value in right.joined_by.items():
            left.joined_by.setdefault(key, value)
        for index in right.members:
            owner[index] = a
        del clusters[b]
    return sorted(clusters.values(), key=lambda c: min(g.key for g in c.groups))


def build_groups(
    facts: Iterable[ClaimFacts],
    info: dict[int, DocumentInfo],
    incident: int | None = None,
) -> list[Group]:
    """One group per document (and existing incident), profiled."""
    by_document: dict[int, list[ClaimFacts]] = defaultdict(list)
    for f in facts:
        by_document[f.document_id].append(f)
    groups = []
    for document_id, claims in by_document.items():
        document = info.get(document_id) or DocumentInfo(f"document:{document_id}", None)
        key = document.key if incident is None else f"{document.key}@{incident}"
        teasers: list[ClaimFacts] = []
        if incident is None:  # a teaser's figures are another event's: a group of their own
            teasers = [f for f in claims if f.claim_id in document.teasers]
            claims = [f for f in claims if f.claim_id not in document.teasers]
        if incident is None:
            claims = as_of_publication(claims, document)
        parts = (
            [claims]
            if incident is not None
            else split_by_day(claims, document.recalled, document.unfixed)
        )
        parts = [part for part in parts if part]
        for number, part in enumerate(parts):
            suffix = f"#{number}" if number else ""
            group = Group(key + suffix, document_id, part, document, incident, document.sites)
            group.profile()
            groups.append(group)
        if teasers:  # with no scene of the report's: the teaser names none of its own here
            group = Group(f"{key}#teaser", document_id, teasers, document, None, frozenset())
            group.profile()
            groups.append(group)
    return groups


def as_of_publication(claims: list[ClaimFacts], document: DocumentInfo) -> list[ClaimFacts]:
    """A report's figures dated the day it appeared, beside figures of an earlier day, that put
    the toll killed higher (at least ``update_min_figure``): the toll as of the report (a
    dateline under the title, "by Tuesday 45 were dead") of the earlier event, not a second
    event on the publication day. They are read as stating no day of their own. A smaller
    figure that day, or one placed far from the earlier day's, is another strike's, and stays
    on its day."""
    day = document.published
    if day is None or document.published_latest not in (None, day):
        return claims  # known only to the month: no day to compare
    on_day = [f for f in claims if _own_day(f) == (day, day)]
    earlier = [
        f
        for f in claims
        if (window := _own_day(f)) and window[1] < day and f.claim_id not in document.recalled
    ]
    if not on_day or not earlier:
        return claims
    places = {f.place for f in earlier if f.place.precision != "unknown"}
    if any(  # a figure of that day placed away from the earlier day's is another strike's
        f.place.precision != "unknown"
        and places
        and all(relation(f.place, p) == "far" for p in places)
        for f in on_day
    ):
        return claims

    def toll(found: list[ClaimFacts]) -> int:
        killed = (f.stated_max for f in found if f.measure == "killed" and f.who != "combatants")
        return max((n for n in killed if n is not None), default=0)

    minimum = int(rules()["documents"]["evidence"]["update_min_figure"])
    if toll(on_day) < max(minimum, toll(earlier)):
        return claims
    start, end, precision = claim_window(None, None, day)
    moved = {f.claim_id for f in on_day}
    return [
        replace(f, start=start, end=end, date_precision=precision) if f.claim_id in moved else f
        for f in claims
    ]


def _own_day(facts: ClaimFacts) -> tuple[dt.date, dt.date] | None:
    if (
        facts.date_precision in ("day", "period")
        and facts.start
        and facts.end
        and (facts.end - facts.start).days < AGGREGATE_MIN_DAYS
    ):
        return facts.start, facts.end
    return None


def split_by_day(
    claims: list[ClaimFacts],
    recalled: frozenset[int] = frozenset(),
    unfixed: frozenset[int] = frozenset(),
) -> list[list[ClaimFacts]]:
    """A report's claims, split by the days they state: one that covers two events (a drone
    strike, and the airport bombing three days before) is two groups. Claims stating no day of
    their own stay with the days most claims state (the report's main event), first; but never
    with a day only ``recalled`` claims state (set in another event: "days after the bombing of
    26 August, which killed 180"), so a report whose own event has no day keeps it undated.
    Claims ``unfixed`` (dated "last week" in a report known only to its month) are at a time of
    their own: beside a day the report writes out for its other claims, they are a group of
    their own, undated."""
    tolerance = int(rules()["documents"]["time"]["day_tolerance"])
    windows = sorted({w for f in claims if (w := _own_day(f))})
    spans: list[tuple[dt.date, dt.date]] = []
    for start, end in windows:
        if spans and (start - spans[-1][1]).days <= tolerance:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    apart = [f for f in claims if f.claim_id in unfixed and not _own_day(f)]
    if apart and spans and len(apart) < len(claims):
        rest = [f for f in claims if f.claim_id not in {g.claim_id for g in apart}]
        return [*split_by_day(rest, recalled), apart]
    parts: dict[int, list[ClaimFacts]] = defaultdict(list)
    for f in claims:
        window = _own_day(f)
        index = next((i for i, (a, b) in enumerate(spans) if window and a <= window[0] <= b), None)
        parts[-1 if index is None else index].append(f)
    dated = sorted((i for i in parts if i >= 0), key=lambda i: (-len(parts[i]), i))
    hosts = [i for i in dated if any(f.claim_id not in recalled for f in parts[i])]
    if len(spans) < 2 and (hosts or -1 not in parts):
        return [claims]
    main_part = hosts[:1]
    main = {id(f) for f in [*(f for i in main_part for f in parts[i]), *parts.pop(-1, [])]}
    split = [[f for f in claims if id(f) in main], *(parts[i] for i in dated if i not in main_part)]
    return [part for part in split if part]


def link_events(
    pending: list[ClaimFacts],
    linked: dict[int, list[ClaimFacts]],
    states: dict[int, IncidentState],
    info: dict[int, DocumentInfo],
    first_key: int = -1,
) -> tuple[list[Assignment], list[IncidentState], int]:
    """Place pending event claims: with their document's linked claims, in an existing event, or
    in a new one. ``linked`` holds each active event's claims; returns the assignments, the
    touched states and the next free provisional key."""
    groups = event_groups(pending, linked, states, info)
    pending_ids = {f.claim_id for f in pending}
    assignments: list[Assignment] = []
    touched: list[IncidentState] = []
    next_key = first_key
    for found in cluster_groups(groups):
        new_claims = event_claims(found, pending_ids)
        if not new_claims:
            continue
        if found.incident is not None:
            state = states[found.incident]
        else:
            state = IncidentState(key=next_key, kind="event")
            next_key -= 1
        for claim_id, points, reasons, f in new_claims:
            assignments.append(Assignment(claim_id, state.key, points, reasons, state.key < 0))
            state.absorb(f)
        touched.append(state)
    return assignments, touched, next_key


def event_groups(
    pending: list[ClaimFacts],
    linked: dict[int, list[ClaimFacts]],
    states: dict[int, IncidentState],
    info: dict[int, DocumentInfo],
) -> list[Group]:
    """The groups ``link_events`` joins: each active event's reports (at an analyst's placement),
    and pending claims by report, a report already linked adding them to its incident holding
    most of its claims."""
    groups: list[Group] = []
    for incident_id in sorted(linked):
        for group in build_groups(linked[incident_id], info, incident_id):
            if states[incident_id].place.precision != "unknown":  # an analyst's placement holds
                group.place = states[incident_id].place
            groups.append(group)
    home: dict[int, Group] = {}  # a document already linked: its incident holding most claims
    for group in groups:
        known = home.get(group.document_id)
        if known is None or len(group.claims) > len(known.claims):
            home[group.document_id] = group
    for group in build_groups(pending, info):
        if group.document_id in home:
            known = home[group.document_id]
            known.claims += group.claims
            place = known.place
            known.profile()
            known.place = place
        else:
            groups.append(group)
    return groups


def event_claims(
    found: Cluster, pending_ids: set[int]
) -> list[tuple[int, float, tuple[str, ...], ClaimFacts]]:
    """An event's pending claims as it reads them (at its stated day), each with the score and
    reasons of its link."""
    days = Counter(g.stated for g in found.groups for _ in g.claims if g.stated)
    stated = min(days, key=lambda w: (-days[w], w)) if days else None
    result = []
    for group in found.groups:
        for f in group.facts_in_place(stated):
            if f.claim_id not in pending_ids:
                continue
            if group.key in found.joined_by:
                points, reasons = found.joined_by[group.key]
            elif group.incident is not None:
                points, reasons = 1.0, [f"same document {group.document_id} as linked claims"]
            else:
                points, reasons = 1.0, ["new incident"]
            result.append((f.claim_id, points, tuple(reasons), f))
    return result
