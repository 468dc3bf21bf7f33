"""A report's total: of the figures one report gives for one category, the one it leads with.

A report states an incident's toll once, near its start ("at least 11 people were killed"), and
then its parts and its context: "including four children", "14 members of the family", "a
relative", an earlier count, the war's toll ("nearly 7,000 victims"). Read as competing totals,
those later numbers would make every detailed report a range from its smallest part to the
war's toll. So each report contributes, per measure and category (civilians, people of
unstated status, children, women, men, ...), the claim it leads with; a part (children, women)
keeps its own category and is never added to the total. Competing totals come from different
reports, and the incident's minimum and maximum are the lowest and highest of them.

"Up to N" states no lower bound: the lead's minimum is then the largest smaller figure the
report states right beside it ("up to 30, including at least 12 ..."), else N itself — no
source said fewer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

# categories that name the whole group hurt, as opposed to a part of it (for the belligerent rule)
WHOLE_GROUP = frozenset({"civilians", "unknown"})
COMBATANTS = "combatants"
NEAR_CHARS = 200


class Positioned(Protocol):
    """A claim with its place in its report's text."""

    @property
    def who(self) -> str | None: ...
    @property
    def low(self) -> int | None: ...
    @property
    def high(self) -> int | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


P = TypeVar("P", bound=Positioned)


def lead_bounds(lead: Positioned, beside: Sequence[Positioned]) -> tuple[int, int] | None:
    """(min, max) a report's lead claim states, the other claims of its measure ``beside`` it."""
    low, high = lead.low, lead.high if lead.high is not None else lead.low
    if low is None and high is not None:
        nearby = [
            c.low
            for c in beside
            if c is not lead
            and c.who != COMBATANTS
            and c.low is not None
            and c.low < high
            and abs(c.start - lead.end) < NEAR_CHARS
        ]
        low = max(nearby, default=high)
    if low is None or high is None:
        return None
    return low, high


def lead_claim(whole: Sequence[P]) -> P | None:
    """The first of a report's claims of one measure and group that states a number (in text
    order)."""
    stated = [c for c in whole if c.low is not None or c.high is not None]
    return min(stated, key=lambda c: c.start, default=None)
