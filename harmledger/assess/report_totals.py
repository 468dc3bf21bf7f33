"""A report's total: of the figures one report gives for one category, the one it leads with.

A report states an incident's toll once, near its start ("at least 11 people were killed"), and
then its parts and its context: "including four children", "14 members of the family", "a
relative", an earlier count, the war's toll ("nearly 7,000 victims"). Read as competing totals,
those later numbers would make every detailed report a range from its smallest part to the
war's toll. So each report contributes, per measure and category (civilians, people of
unstated status, children, women, men, ...), the claim it leads with; a part (children, women)
keeps its own category and is never added to the total. Competing totals come from different
reports, and the incident's minimum and maximum are the lowest and highest of them.

"Up to N" states no lower bound: the lead's minimum is then the largest smaller count of the
whole group the report states (at least half of N: below that, an early partial toll), or an
open part right beside it ("up to 30, including at least 12 ..."), else N itself — no source
said fewer. Exact parts ("up to 10, including five children and three women") make up the N.

"At least N" (or "more than N", "dozens") states no upper bound. A report that summarises
several sources leads with the figure all of them support and then gives the higher totals some
of them state ("at least 21 members of the family were killed ... the names of 22 victims",
"at least 8 ... later reports put the toll at 10"; "a man and 30 other members" states 31:
:mod:`harmledger.assess.others`). So an open lead's maximum is the largest figure for the
whole group the report states after it, as long as that figure is at most
twice the lead: a figure beyond that counts something larger than the incident (the family's
losses over the war, the town's, the list the names were matched against), not another
reading of it. An "up to M" stated right beside the lead ("at least 11 ..., and up to 30")
is the report's own upper bound, however far above the lead. Parts (children, women, men)
never widen the whole group.

A vague word ("dozens", "hundreds") that leads a report stands for the range a monitor codes it
as (``vague_totals.toml``: "dozens" 12–24), and so does one that counts the dead and wounded
together where the report gives that measure no figure ("dozens of martyrs and wounded": 12–24
killed, 12–24 injured; :func:`combined_stand_in`); one later in a report never widens a lead
stated in numbers ("at least 15 were wounded ... sources spoke of dozens" stays 15; so does
"... and up to dozens of others"). A report that states
no figure at all but says people were hurt in the plural ("others were injured") counts two, the
fewest a plural can mean (Airwars' methodology). Beside a figure, a plural only corrects what the
figure cannot be: a report that counts one ("at least one person was injured") and speaks of
the harm in the plural ("injuries", "others were injured") states one to two, as monitors code
conflicting sources; a report that counts only a part ("a child was injured", "a man was
wounded") and says the group was hurt in the plural counts the group as the larger of the two.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Protocol, TypeVar

from harmledger.assess.others import in_numbers, restated

# categories that name the whole group hurt, as opposed to a part of it (for the belligerent rule)
WHOLE_GROUP = frozenset({"civilians", "unknown"})
COMBATANTS = "combatants"
# subjects that name a part of those hurt, or fighters: anything else names the whole group
NOT_WHOLE = frozenset({"children", "women", "men", COMBATANTS})
NEAR_CHARS = 200
# an open lead widens only to figures at most this many times its own (see the docstring)
WIDEN_AT_MOST = 2
VAGUE = "vague"
UNCOUNTED = "uncounted"  # a plural with no figure ("others were injured"): extract/uncounted.py
PLURAL = 2  # what a plural with no figure counts (a large one says how many: extract/uncounted.py)


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
    @property
    def qualifier(self) -> str: ...
    @property
    def quote(self) -> str: ...
    @property
    def measure(self) -> str: ...


P = TypeVar("P", bound=Positioned)


class Uncounted(Protocol):
    """A claim's kind and measure: enough to see a plural with no figure."""

    @property
    def kind(self) -> str: ...
    @property
    def measure(self) -> str: ...
    @property
    def low(self) -> int | None: ...
    @property
    def qualifier(self) -> str: ...


class Spanned(Uncounted, Protocol):
    """A plural with no figure and its place in its report's text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@lru_cache(maxsize=1)
def vague_ranges() -> dict[int, tuple[int, int]]:
    """The incident range of a vague word, by the low the convention table gives it."""
    data = tomllib.loads(
        (resources.files("harmledger.assess") / "vague_totals.toml").read_text("utf-8")
    )
    return {int(low): (int(pair[0]), int(pair[1])) for low, pair in data["ranges"].items()}


def lead_bounds(lead: Positioned, beside: Sequence[Positioned]) -> tuple[int, int] | None:
    """(min, max) a report's lead claim states, the other claims of its measure ``beside`` it."""
    if lead.qualifier == VAGUE and lead.high is None and lead.low in vague_ranges():
        return vague_ranges()[lead.low]
    beside = [c for c in beside if not is_vague(c)]
    low, high = lead.low, lead.high if lead.high is not None else lead.low
    if low is None and high is not None:
        low = max(_below(lead, high, beside), default=high)
    if low is None or high is None:
        return None
    if lead.high is None and names_whole_group(lead.who):
        beside_it = [
            c.high
            for c in beside
            if c.low is None
            and c.high is not None
            and c.high > low
            and names_whole_group(c.who)
            and abs(c.start - lead.end) < NEAR_CHARS
        ]
        if beside_it:  # "at least 11 ..., and up to 30": the report states both bounds
            return low, max(beside_it)
        later = [restated(c) for c in beside if c is not lead and names_whole_group(c.who)]
        high = max((m for m in later if m is not None and m <= WIDEN_AT_MOST * low), default=0)
        high = max(high, low)
    return low, high


def is_vague(claim: Positioned) -> bool:
    """Whether a claim's figure is a vague word: "dozens", and "up to dozens", "bis zu
    Dutzende", "hasta decenas" (an upper bound that is a vague word, no number in its quote)."""
    if claim.qualifier == VAGUE:
        return True
    return claim.low is None and claim.high in vague_ranges() and not in_numbers(claim)


def _below(lead: Positioned, high: int, beside: Sequence[Positioned]) -> list[int]:
    """Lower figures an "up to ``high``" lead's report states: another count of the whole group
    anywhere in it, if at least ``high / WIDEN_AT_MOST`` (a smaller one is an early, partial
    toll), and an open part right beside the lead ("up to 30, including at least 12 children").
    A part stated exactly ("up to 10, including five children and three women") is how the
    ``high`` is made up, not a lower count of everyone."""
    found = []
    for c in beside:
        if c is lead or c.who == COMBATANTS or c.low is None or c.low >= high:
            continue
        if names_whole_group(c.who):
            if c.low * WIDEN_AT_MOST >= high:
                found.append(c.low)
        elif c.high is None and abs(c.start - lead.end) < NEAR_CHARS:
            found.append(c.low)
    return found


def names_whole_group(who: str | None) -> bool:
    """Whether a claim's subject is everyone hurt (civilians, people, unstated), not a part."""
    return who not in NOT_WHOLE


def plural_bounds(claims: Sequence[Uncounted], measure: str) -> tuple[int, int] | None:
    """A report that states no figure of ``measure`` but says people were hurt in the plural
    ("others were injured"): two, the fewest a plural can mean, as monitors code it; a large
    plural ("a large number of", read as "dozens") the range of its vague word; a family with
    relatives named in the plural ("his wife and their children", not vague: at least four) the
    fewest people it can mean."""
    found = [
        _plural_range(c.low or PLURAL, c.qualifier)
        for c in claims
        if c.kind == UNCOUNTED and c.measure == measure
    ]
    return max(found, default=None)


def in_family(
    lead: Positioned, bounds: tuple[int, int] | None, plurals: Sequence[Spanned]
) -> tuple[int, int] | None:
    """A lead that is one member of a family whose relatives are named in the plural ("Sam
    Example, his wife and their children", the lead "Sam Example": one; "the couple and their
    children", the lead "the couple": two): the family's fewest (a plural with no figure that
    is not vague, :mod:`harmledger.extract.companions`) where it is more than the lead says."""
    family = [
        c.low
        for c in plurals
        if c.kind == UNCOUNTED
        and c.qualifier != VAGUE
        and c.low is not None
        and c.start <= lead.start < c.end
    ]
    if bounds is None or not family or max(family) <= bounds[1]:
        return bounds
    return max(family), max(family)


def _plural_range(low: int, qualifier: str) -> tuple[int, int]:
    if qualifier == VAGUE:
        return vague_ranges().get(low, (low, low))
    return low, low


def beside_plural(
    bounds: tuple[int, int] | None, plural: tuple[int, int] | None, *, whole: bool
) -> tuple[int, int] | None:
    """A report's (min, max) of a measure, ``bounds`` from its lead (``whole``: a figure of the
    whole group; else of a part), corrected by its plural with no figure (``plural``, from
    :func:`plural_bounds`): a whole-group one becomes one to two (a plural is never one), a part
    gives way to a larger plural of the whole group. Vague size never widens a count in numbers:
    only a one meets a plural."""
    if plural is None or bounds is None:
        return bounds if bounds is not None else plural
    if whole:
        return (bounds[0], PLURAL) if bounds[1] == 1 else bounds
    return max(bounds[0], plural[0]), max(bounds[1], plural[1])


COMBINED = "killed_or_injured"


def combined_stand_in(claims: Sequence[P], measure: str) -> P | None:
    """A report's vague count of the dead and the wounded together ("dozens of martyrs and
    wounded", "des dizaines de morts et de blessés", "عشرات الشهداء والجرحى") where it states no
    figure of ``measure`` (killed or injured) at all: the claim that stands for that measure, read
    as its vague word's range, as monitors code such a report (the dead a dozen to two dozen, and
    the wounded too); None otherwise. Only a plural of a unit (tens, dozens, hundreds) stands in:
    "several were killed and injured" does not say that several were killed (a plural with no
    figure reads it, :func:`plural_bounds`), nor does a count in numbers of both together ("15
    killed or injured") say how many of either."""
    if any(c.measure == measure and (c.low, c.high) != (None, None) for c in claims):
        return None
    return min(
        (
            c
            for c in claims
            if c.measure == COMBINED
            and names_whole_group(c.who)
            and c.qualifier == VAGUE
            and c.high is None
            and c.low in vague_ranges()
            and vague_ranges()[c.low][0] > PLURAL
        ),
        key=lambda c: c.start,
        default=None,
    )


def lead_claim(whole: Sequence[P]) -> P | None:
    """The first of a report's claims of one measure and group that states a number (in text
    order); a vague word ("dozens were wounded") leads too when it comes first. Of claims that
    start together, the longest: it holds the others ("four members of the Odeh family and two
    of the Karam family" holds "four members")."""
    stated = [c for c in whole if c.low is not None or c.high is not None]
    return min(stated, key=lambda c: (c.start, c.start - c.end), default=None)
