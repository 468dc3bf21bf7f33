"""What linking knows about one claim: when, where, by whom, how many, and from which origin.

Only language-independent facts: dates, gazetteer ids and coordinates, actor and weapon ids,
figures, and the claim's independent origin (the end of its attribution chain).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from harmledger.link.incidents.places import PlaceInfo

AGGREGATE_MIN_DAYS = 15  # a claim about a longer period is about a campaign, not an event
AGGREGATE_MIN_FIGURE = 1000  # "thousands were killed": a campaign-scale figure
DOCUMENT_WINDOW_DAYS = 2  # undated claim in a dated report: the event is one or two days old


@dataclass(frozen=True)
class ClaimFacts:
    claim_id: int
    document_id: int
    measure: str
    who: str | None
    low: int | None
    high: int | None
    start: dt.date | None
    end: dt.date | None
    date_precision: str
    place: PlaceInfo
    perpetrator: str | None
    weapon: str | None
    origin: str
    is_aggregate: bool
    entities: frozenset[str] = frozenset()
    # how sure extraction is that ``place`` is where the harm happened: 0.9-0.95 a locative cue
    # in the claim's sentence, 0.7 a bare mention there agreeing with the document's main
    # place, 0.5-0.6 an earlier mention, 0.4 the document's main place, 0.3 a region only;
    # 1.0 when a reviewer set the place; None when unknown (claims read before it existed)
    place_confidence: float | None = None

    @property
    def stated_max(self) -> int | None:
        """The largest number the source actually stated (an open range adds nothing)."""
        return self.high if self.high is not None else self.low


def claim_window(
    period_start: dt.date | None,
    period_end: dt.date | None,
    published: dt.date | None,
) -> tuple[dt.date | None, dt.date | None, str]:
    """The claim's time window and its precision code (day, period, document or unknown)."""
    if period_start or period_end:
        start = period_start or period_end
        end = period_end or period_start
        assert start is not None and end is not None
        if end < start:
            start, end = end, start
        return start, end, "day" if start == end else "period"
    if published:
        return published - dt.timedelta(days=DOCUMENT_WINDOW_DAYS), published, "document"
    return None, None, "unknown"


def is_aggregate_claim(
    start: dt.date | None, end: dt.date | None, precision: str, low: int | None = None
) -> bool:
    """A claim about a campaign rather than one event.

    Its own period spans weeks or more, or it has no time at all (an event is a moment; a
    figure tied to no time describes a whole place or war), or its figure is campaign-scale.
    """
    if precision == "unknown":
        return True
    if low is not None and low >= AGGREGATE_MIN_FIGURE:
        return True
    return (
        precision == "period"
        and start is not None
        and end is not None
        and (end - start).days + 1 >= AGGREGATE_MIN_DAYS
    )


def is_calendar_month(start: dt.date | None, end: dt.date | None) -> bool:
    """Whether a window is one whole calendar month: a date read to the month ("in October"),
    which dates one strike as often as a campaign."""
    if (
        start is None
        or end is None
        or start.day != 1
        or (start.year, start.month)
        != (
            end.year,
            end.month,
        )
    ):
        return False
    return (end + dt.timedelta(days=1)).month != end.month


def is_campaign_claim(facts: ClaimFacts) -> bool:
    """A claim for an aggregate once its document's context is known: its own period spans weeks
    or its figure is campaign-scale. An undated claim in a report of one scene is about that
    scene, so lacking a date no longer makes it a campaign's; nor does a date known only to the
    month ("in October, 25 were killed in the strike")."""
    if facts.low is not None and facts.low >= AGGREGATE_MIN_FIGURE:
        return True
    if is_calendar_month(facts.start, facts.end):
        return False
    return is_aggregate_claim(facts.start, facts.end, facts.date_precision, facts.low) and (
        facts.date_precision != "unknown"
    )
