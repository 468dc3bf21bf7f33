"""Incident-level counts derived from a document's claims (for Airwars and GVDB scoring).

The rules are deliberately simple and printed with the figures:

- candidate claims: casualty claims of the measure, combatants dropped; when nothing is
  claimed killed, bodies found stand for the dead;
- whole-group claims (civilians, people, other) are preferred over sub-groups (children,
  women, men) when both exist;
- :func:`incident_range` (Airwars) reads the *lead* claim, the first whole-group claim, as a
  summary does: its low and high; "up to N" takes as minimum the largest smaller count of
  the whole group the report states (at least N/2), or an open part next to it ("up to 30,
  including at least 12 ..."), as incident figures read a report's lead
  (:mod:`harmledger.assess.report_totals`); a plural with no figure corrects a lead of one
  (one to two) or of a part only (the larger of the two), as
  :func:`harmledger.assess.report_totals.beside_plural` does for stored figures; a count of
  others adds to the lead (:func:`harmledger.assess.others.with_others`);
- :func:`incident_count` (GVDB) is the largest figure claimed; a zero ("no one else was
  hurt") does not make a whole-group claim that hides a sub-group's count.
"""

from __future__ import annotations

from harmledger.assess.others import with_others
from harmledger.assess.report_totals import (
    beside_plural,
    combined_stand_in,
    lead_bounds,
    lead_claim,
    names_whole_group,
    plural_bounds,
)
from harmledger.extract.claim import Claim

_TOTAL_GROUPS = ("civilians", "people", "other")


def _candidates(claims: list[Claim], measure: str) -> list[Claim]:
    pool = [c for c in claims if c.is_casualty and c.measure == measure and c.who != "combatants"]
    if not pool and measure == "killed":
        pool = [
            c
            for c in claims
            if c.is_casualty and c.measure == "bodies_recovered" and c.who != "combatants"
        ]
    return [c for c in pool if c.who in _TOTAL_GROUPS] or pool


def incident_range(claims: list[Claim], measure: str) -> tuple[int, int] | None:
    """(min, max) of the measure from the lead claim, or None when nothing is claimed."""
    pool = [c for c in claims if c.is_casualty and c.measure == measure and c.who != "combatants"]
    stand_in = combined_stand_in([c for c in claims if c.is_casualty], measure)
    if stand_in is not None:  # "dozens of martyrs and wounded": each measure's vague range
        pool.append(stand_in.model_copy(update={"measure": measure}))
        claims = [*claims, pool[-1]]
    lead = lead_claim(_candidates(claims, measure))
    plural = plural_bounds(claims, measure)
    if lead is None:
        return plural
    bounds = lead_bounds(lead, pool)
    if names_whole_group(lead.who):
        earlier = any(c.is_casualty and c.start < lead.start for c in claims)
        bounds = with_others(lead, bounds, counted_before=earlier)
    return beside_plural(bounds, plural, whole=names_whole_group(lead.who))


def incident_count(claims: list[Claim], measure: str) -> int:
    """One count for a document: the largest figure of the measure, 0 when none is claimed.

    A whole-group zero ("no one else was hurt") does not hide a sub-group's count ("a man was
    taken to hospital"): it says nobody more was hurt, not that the man was not."""
    nonzero = [c for c in claims if c.high != 0]
    values = [v for c in _candidates(nonzero, measure) for v in (c.low, c.high) if v is not None]
    return max(values, default=0)
