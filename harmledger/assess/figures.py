"""Incident figures: min and max per measure and category, each traceable to its claims.

Min is the smallest and max the largest number some credible, non-duplicate claim stated; an
open-ended claim ("more than 1,600") contributes its lower bound and never raises the max above
what a source actually said. Monitors, responders, officials and the press all count. A
belligerent's own figure counts only where no other voice gives one for that measure and
category: "the alliance admits two civilian deaths" beside local counts of 12 to 14 is the
belligerent's concession, shown apart by ``compare``, not the low end of what was reported (as
Airwars keeps belligerent assessments apart from civilians reported killed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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

    @property
    def stated_max(self) -> int | None:
        return self.high if self.high is not None else self.low


def figure_claim(claim: LoadedClaim) -> FigureClaim:
    """The parts of a reviewed claim that figures read."""
    v = claim.values
    return FigureClaim(
        claim.id, v["measure"], v["who"], v["low"], v["high"], claim.origin, claim.source_type
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
    that (measure, category); see the module docstring."""
    listed = list(claims)
    others = {
        (c.measure, category_of(c.who))
        for c in listed
        if c.source_type != BELLIGERENT and (c.low is not None or c.high is not None)
    }
    return [
        c
        for c in listed
        if c.source_type != BELLIGERENT or (c.measure, category_of(c.who)) not in others
    ]


def figures(claims: Iterable[FigureClaim]) -> list[Figure]:
    """Min/max per (measure, category) over the given claims, with the claims behind each."""
    table: dict[tuple[str, str], Figure] = {}
    for claim in without_duplicates(reported_claims(claims)):
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
    return sorted(table.values(), key=lambda f: (f.measure, f.category))
