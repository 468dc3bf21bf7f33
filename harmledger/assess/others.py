"""A count of "others" adds to the report's lead: "a journalist was killed ... the strike killed
12 other members of his family" states thirteen dead, "قتل صحفي ... وقتل 12 آخرون" too.

A report that first names one victim (or a group) and then counts the rest as others ("12 other
members", "zwölf weitere Menschen", "douze autres personnes", "tolv andra personer",
"12 آخرون") states its toll as the sum, which no number in it gives. Read alone, the lead would
be the first victim and the others a smaller or larger competing total. The others are seen by
the words each pack lists as ``[who] others`` right beside the count inside the claim's quote
("more than 20" is a comparative, not others: "than" stands next to the number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from harmledger.assess.report_totals import names_whole_group
from harmledger.extract.language_pack import available_languages, load_pack
from harmledger.folding import normalize

_WORD = re.compile(r"\w+")


class Quoted(Protocol):
    """A claim with its quote, measure, counts and place in its report's text."""

    @property
    def quote(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def measure(self) -> str: ...
    @property
    def who(self) -> str | None: ...
    @property
    def low(self) -> int | None: ...
    @property
    def high(self) -> int | None: ...


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Others words and number words of every pack (one claim's language is not at hand in
    stored figures; the words do not collide in meaning across the packs)."""
    others: set[str] = set()
    numbers: set[str] = set()
    for lang in available_languages():
        pack = load_pack(lang)
        numbers |= set(pack.number_words)
        for word in pack.raw.get("who", {}).get("others", []):
            others.add(normalize(word))
    return frozenset(others), frozenset(numbers)


def _is_others(word: str, others: frozenset[str]) -> bool:
    return any(w == word or (w.endswith("*") and word.startswith(w[:-1])) for w in others)


def counts_others(claim: Quoted) -> bool:
    """Whether the claim counts others ("12 other members", "otras 12 personas"): an others word
    right before or right after its count in its quote ("at least three while others reported
    eight" counts no others; "more than 20" has "than" before its count)."""
    others, numbers = _vocabulary()
    words = [normalize(w) for w in _WORD.findall(claim.quote or "")]
    counts = [k for k, w in enumerate(words) if w.isdigit() or w in numbers]
    if not counts:
        return False
    k = counts[0]
    return any(_is_others(words[j], others) for j in (k - 1, k + 1) if 0 <= j < len(words))


def others_after(lead: Quoted, beside: Sequence[Quoted]) -> Quoted | None:
    """The first claim after ``lead`` (of its measure and whole group) that counts others."""
    later = sorted((c for c in beside if c.start > lead.start), key=lambda c: c.start)
    return next((c for c in later if counts_others(c)), None)


def with_others(
    lead: Quoted,
    bounds: tuple[int, int] | None,
    beside: Sequence[Quoted],
    *,
    counted_before: bool,
) -> tuple[int, int] | None:
    """A lead's ``bounds`` with the others its report counts ``beside`` it (claims of its
    measure): a closed lead and a later count of others of the whole group add up; a lead that
    itself counts others, with no casualty count before it in the report (``counted_before``),
    counts them beside the one victim the report named first ("N others" is N + 1) when they
    are dead: injured counted as others are most often others than the dead ("a couple was
    killed and four others injured")."""
    if bounds is None or not names_whole_group(lead.who):
        return bounds
    if counts_others(lead):
        if lead.measure != "killed" or counted_before:
            return bounds
        return bounds[0] + 1, bounds[1] + 1
    if lead.low is None or lead.low != lead.high:
        return bounds
    whole = [c for c in beside if names_whole_group(c.who) and c.low is not None]
    extra = others_after(lead, whole)
    if extra is None or extra.low is None:
        return bounds
    return bounds[0] + extra.low, bounds[1] + (extra.high if extra.high is not None else extra.low)
