"""Incident-level counts derived from a document's claims (for Airwars and GVDB scoring).

The rules are deliberately simple and printed with the figures:

- :func:`incident_range` (Airwars) is the pipeline's own incident figure for a document read
  alone: its claims go through :func:`harmledger.assess.figures.figures` (each report counts with
  the figure it leads with, :mod:`harmledger.assess.report_totals`; a count of others adds the one
  named, :mod:`harmledger.assess.others`; a plural with no figure counts two) and
  :func:`harmledger.assess.figures.headline` (civilians, else the dead of unstated status, else
  the largest civilian part; fighters and bodies found are their own categories and measures), so
  the score measures the rule incident pages show, not a copy of it; a headline of none (0, 0)
  is None, since Airwars codes no zero (a strike that killed nobody has its killed fields
  blank, "NA"; none of its 321 coded strikes has 0–0);
- :func:`incident_count` (GVDB) is the largest figure claimed; a zero ("no one else was
  hurt") does not make a whole-group claim that hides a sub-group's count.
"""

from __future__ import annotations

from harmledger.assess.figures import FigureClaim, figures, headline
from harmledger.assess.report_totals import UNCOUNTED
from harmledger.extract.claim import Claim

_TOTAL_GROUPS = ("civilians", "people", "other")
_ONE_REPORT = 0  # a document read alone is one report of one incident
_NARRATIVE = "narrative"  # one origin: the document's own voice, never a belligerent's


def figure_claims(claims: list[Claim]) -> list[FigureClaim]:
    """A document's claims as the pipeline's incident figures read them: casualty claims (not
    negated) and plurals with no figure, in one report of one non-belligerent origin."""
    return [
        FigureClaim(
            k,
            c.measure,
            c.who,
            c.low,
            c.high,
            _NARRATIVE,
            _NARRATIVE,
            _ONE_REPORT,
            c.start,
            c.end,
            c.qualifier or "exact",
            c.kind,
            c.quote,
        )
        for k, c in enumerate(claims)
        if c.is_casualty or (c.kind == UNCOUNTED and not c.negated)
    ]


def incident_range(claims: list[Claim], measure: str) -> tuple[int, int] | None:
    """(min, max) of the measure for civilians, as the pipeline's incident figures give it for
    the document alone (:func:`harmledger.assess.figures.headline`); None when nothing is
    claimed, or when the claim is of none, as Airwars codes it."""
    low, high = as_airwars_codes(headline(figures(figure_claims(claims)), measure))
    if low is None or high is None:
        return None
    return low, high


def as_airwars_codes(derived: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """A derived (min, max) as Airwars codes it: Airwars writes no zero, so a strike that
    killed none ("no fatalities") has its fields blank, (None, None)."""
    return (None, None) if derived == (0, 0) else derived


def _candidates(claims: list[Claim], measure: str) -> list[Claim]:
    pool = [c for c in claims if c.is_casualty and c.measure == measure and c.who != "combatants"]
    if not pool and measure == "killed":
        pool = [
            c
            for c in claims
            if c.is_casualty and c.measure == "bodies_recovered" and c.who != "combatants"
        ]
    return [c for c in pool if c.who in _TOTAL_GROUPS] or pool


def incident_count(claims: list[Claim], measure: str) -> int:
    """One count for a document: the largest figure of the measure, 0 when none is claimed.

    A whole-group zero ("no one else was hurt") does not hide a sub-group's count ("a man was
    taken to hospital"): it says nobody more was hurt, not that the man was not."""
    nonzero = [c for c in claims if c.high != 0]
    values = [v for c in _candidates(nonzero, measure) for v in (c.low, c.high) if v is not None]
    return max(values, default=0)
