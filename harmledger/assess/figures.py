"""Incident figures: min and max per measure and category, each traceable to its claims.

Min is the smallest and max the largest number some credible, non-duplicate claim stated; an
open-ended claim ("more than 1,600") contributes its lower bound and never raises the max above
what a source actually said. Each report counts, per measure and category, with the figure it
leads with, not with its parts or context (:mod:`harmledger.assess.report_totals`). Monitors,
responders, officials and the press all count. A belligerent's own figure counts only where no
other voice gives one for that measure and group (civilians and the dead of unstated status are
one group, each part its own): "the alliance admits two civilian deaths" beside local counts
of 12 to 14 is the belligerent's concession, shown apart by ``compare``, not the low end of what
was reported (as Airwars keeps belligerent assessments apart from civilians reported killed).

A plural with no figure ("others were injured", an ``uncounted`` claim) counts, as a report's
total does (:func:`harmledger.assess.report_totals.plural_bounds`), only where no report of the
incident states a figure of that measure for the whole group: a number any report states for
everyone hurt wins over it, and the whole group counts at least as many as its largest part.
Beside its own report's lead of one ("at least one was injured ... others were injured") it
makes that report's figure one to two
(:func:`harmledger.assess.report_totals.beside_plural`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from harmledger.assess.others import with_others
from harmledger.assess.report_totals import (
    UNCOUNTED,
    WHOLE_GROUP,
    beside_plural,
    combined_stand_in,
    in_family,
    lead_bounds,
    lead_claim,
    plural_bounds,
)
from harmledger.claims.reviewed import LoadedClaim

WHO_CATEGORY = {
    "civilians": "civilians",
    "children": "children",
    "women": "women",
    "men": "men",
    "combatants": "combatants",
}


def category_of(who: str | None) -> str:
    """Casualty category of a claim's subject; anything unspecified is ``unknown`` status."""
    return WHO_CATEGORY.get(who or "", "unknown")


def group_of(category: str) -> str:
    """``whole`` for the categories that name everyone hurt, else the category (a part)."""
    return "whole" if category in WHOLE_GROUP else category


@dataclass(frozen=True)
class FigureClaim:
    """The parts of an (effective, reviewed) claim that figures need."""

    id: int
    measure: str
    who: str | None
    low: int | None
    high: int | None
    origin: str
    source_type: str
    document_id: int
    start: int
    end: int
    qualifier: str = "exact"
    kind: str = "casualty"
    quote: str = ""

    @property
    def stated_max(self) -> int | None:
        return self.high if self.high is not None else self.low


def figure_claim(claim: LoadedClaim) -> FigureClaim:
    """The parts of a reviewed claim that figures read."""
    v = claim.values
    return FigureClaim(
        claim.id,
        v["measure"],
        v["who"],
        v["low"],
        v["high"],
        claim.origin,
        claim.source_type,
        claim.document_id,
        v["start"],
        v["end"],
        v.get("qualifier") or "exact",
        claim.kind,
        v.get("quote") or "",
    )


@dataclass
class Figure:
    measure: str
    category: str
    min: int | None = None
    max: int | None = None
    min_claims: list[int] = field(default_factory=list)
    max_claims: list[int] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "measure": self.measure,
            "category": self.category,
            "min": self.min,
            "max": self.max,
            "min_claims": self.min_claims,
            "max_claims": self.max_claims,
            "claims": self.claims,
        }


def without_duplicates(claims: Iterable[FigureClaim]) -> list[FigureClaim]:
    """One claim per (origin, measure, subject, figure): a repeated statement counts once."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for claim in claims:
        key = (claim.origin, claim.measure, category_of(claim.who), claim.low, claim.high)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept


BELLIGERENT = "belligerent"


def reported_claims(claims: Iterable[FigureClaim]) -> list[FigureClaim]:
    """The claims figures are read from: a belligerent's only where no other voice speaks to
    that measure and group (the whole group, or one part of it); see the module docstring."""
    listed = list(claims)
    others = {
        (c.measure, group_of(category_of(c.who)))
        for c in listed
        if c.source_type != BELLIGERENT and (c.low is not None or c.high is not None)
    }
    return [
        c
        for c in listed
        if c.source_type != BELLIGERENT or (c.measure, group_of(category_of(c.who))) not in others
    ]


def report_totals(
    claims: Sequence[FigureClaim], plurals: Sequence[FigureClaim] = ()
) -> list[FigureClaim]:
    """Each report's lead claim per measure and group, its bounds as the report states them;
    see :mod:`harmledger.assess.report_totals`. The whole group has one lead, whether the report
    calls them civilians or people: "at least 16 people were killed" leads, and "the names of
    14 civilians" later in the same report is not a second total of another category. A
    report's ``plurals`` with no figure make its whole-group lead of one one to two."""
    by_report: dict[tuple[int, str], list[FigureClaim]] = defaultdict(list)
    for claim in claims:
        by_report[(claim.document_id, claim.measure)].append(claim)
    plural_of: dict[tuple[int, str], list[FigureClaim]] = defaultdict(list)
    for claim in plurals:
        plural_of[(claim.document_id, claim.measure)].append(claim)
    first: dict[int, int] = {}  # where each report first counts a casualty
    for claim in claims:
        first[claim.document_id] = min(first.get(claim.document_id, claim.start), claim.start)
    kept = []
    for key, report in by_report.items():
        for group in sorted({group_of(category_of(c.who)) for c in report}):
            lead = lead_claim([c for c in report if group_of(category_of(c.who)) == group])
            bounds = lead_bounds(lead, report) if lead is not None else None
            if group == "whole" and lead is not None:
                before = first[key[0]] < lead.start
                bounds = with_others(lead, bounds, counted_before=before)
            if group == "whole":
                bounds = beside_plural(
                    bounds, plural_bounds(plural_of.get(key, []), key[1]), whole=True
                )
                if lead is not None:
                    bounds = in_family(lead, bounds, plural_of.get(key, []))
            if lead is not None and bounds is not None:
                kept.append(replace(lead, low=bounds[0], high=bounds[1]))
    return sorted(kept, key=lambda c: c.id)


def stand_ins(claims: Sequence[FigureClaim]) -> list[FigureClaim]:
    """Per report, its vague count of the dead and wounded together standing for each of the two
    measures it states no whole-group figure of
    (:func:`harmledger.assess.report_totals.combined_stand_in`)."""
    by_report: dict[int, list[FigureClaim]] = defaultdict(list)
    for claim in claims:
        by_report[claim.document_id].append(claim)
    found = []
    for report in by_report.values():
        for measure in ("killed", "injured"):
            stand_in = combined_stand_in(report, measure)
            if stand_in is not None:
                found.append(replace(stand_in, measure=measure))
    return found


def figures(claims: Iterable[FigureClaim]) -> list[Figure]:
    """Min/max per (measure, category) over the given claims, with the claims behind each."""
    listed = list(claims)
    counted = [c for c in listed if c.kind != UNCOUNTED]
    counted += stand_ins(counted)
    plurals = [c for c in listed if c.kind == UNCOUNTED]
    table: dict[tuple[str, str], Figure] = {}
    for claim in without_duplicates(report_totals(reported_claims(counted), plurals)):
        if claim.low is None and claim.high is None:
            continue
        key = (claim.measure, category_of(claim.who))
        figure = table.setdefault(key, Figure(*key))
        figure.claims.append(claim.id)
        low = claim.low if claim.low is not None else 0
        stated = claim.stated_max if claim.stated_max is not None else low
        if figure.min is None or low < figure.min:
            figure.min, figure.min_claims = low, [claim.id]
        elif low == figure.min:
            figure.min_claims.append(claim.id)
        if figure.max is None or stated > figure.max:
            figure.max, figure.max_claims = stated, [claim.id]
        elif stated == figure.max:
            figure.max_claims.append(claim.id)
    whole_stated = {
        c.measure
        for c in counted
        if c.stated_max is not None and group_of(category_of(c.who)) == "whole"
    }
    for figure in plural_figures(listed, whole_stated, list(table.values())):
        table[(figure.measure, figure.category)] = figure
    return sorted(table.values(), key=lambda f: (f.measure, f.category))


def plural_figures(
    claims: Sequence[FigureClaim], stated: set[str], parts: Sequence[Figure] = ()
) -> list[Figure]:
    """Figures of plurals with no figure, for the measures no report of the incident states a
    figure of the whole group of (``stated``): two, or a large plural's vague range, and at
    least the largest of the measure's ``parts`` (see the module docstring)."""
    by_key: dict[tuple[str, str], list[FigureClaim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == UNCOUNTED and claim.measure not in stated:
            by_key[(claim.measure, category_of(claim.who))].append(claim)
    found = []
    for (measure, category), plural in sorted(by_key.items()):
        bounds = plural_bounds(plural, measure)
        of_measure = [
            f for f in parts if f.measure == measure and f.min is not None and f.max is not None
        ]
        if of_measure:
            largest = max(of_measure, key=lambda f: (f.max or 0, f.min or 0))
            bounds = beside_plural((largest.min or 0, largest.max or 0), bounds, whole=False)
        if bounds is None:
            continue
        ids = sorted(c.id for c in plural)
        found.append(Figure(measure, category, bounds[0], bounds[1], ids, ids, ids))
    return found


# parts of the whole group that monitors count as civilians when nobody names the whole group:
# men too, as the dead of unstated status are (fighters are their own category, combatants)
CIVILIAN_PARTS = ("children", "women", "men")


def headline(found: Sequence[Figure], measure: str = "killed") -> tuple[int | None, int | None]:
    """An incident's civilians reported killed (or other measure), as monitors count them: the
    civilians figure; where no report names the dead as civilians, the figure of the dead of
    unstated status; where no report gives the whole group, the largest of its civilian parts
    (children, women, men), never their sum. Bodies recovered stay their own measure."""
    of_measure = {f.category: f for f in found if f.measure == measure}
    for category in ("civilians", "unknown"):
        if category in of_measure:
            return of_measure[category].min, of_measure[category].max
    parts = [of_measure[c] for c in CIVILIAN_PARTS if c in of_measure]
    if not parts:
        return None, None
    largest = max(parts, key=lambda f: (f.max or 0, f.min or 0))
    return largest.min, largest.max
