"""A count of others counts the one named beside them: "the journalist was killed ... the strike
killed 12 other members of his family" states thirteen dead, "قتل صحفي ... وقتل 12 آخرون" too.

A report names a victim (often with no number: a name, "the imam") and counts the rest as others
("12 other members", "zwölf weitere Menschen", "douze autres personnes", "tolv andra personer",
"otras 12 personas", "12 آخرون"): the toll it states is one more than any number in it. So a
later count of others that an open lead widens to (:func:`harmledger.assess.report_totals.
lead_bounds`) counts the one named too (:func:`restated`), and a lead that is itself a count of
others killed, with no casualty count before it, is N + 1 (:func:`with_others`). A claim whose
value is not the number next to the others word already holds the one named ("a man and 12
others" read as 13) and is left as it is. The others are seen by the words each pack lists as
``[who] others`` right beside the count inside the claim's quote ("more than 20" is a
comparative, not others: "than" stands next to the number).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

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
def _vocabulary() -> tuple[frozenset[str], dict[str, int]]:
    """Others words and number words of every pack (one claim's language is not at hand in
    stored figures; the words do not collide in meaning across the packs)."""
    others: set[str] = set()
    numbers: dict[str, int] = {}
    for lang in available_languages():
        pack = load_pack(lang)
        numbers.update(pack.number_words)
        for word in pack.raw.get("who", {}).get("others", []):
            others.add(normalize(word))
    return frozenset(others), numbers


def _is_others(word: str, others: frozenset[str]) -> bool:
    return any(w == word or (w.endswith("*") and word.startswith(w[:-1])) for w in others)


def counts_others(claim: Quoted) -> bool:
    """Whether the claim counts others ("12 other members", "otras 12 personas"): an others word
    right before or right after its count in its quote ("at least three while others reported
    eight" counts no others; "more than 20" has "than" before its count). A claim whose value
    is not that count already holds the one named beside them ("a man and 12 others": 13)."""
    others, numbers = _vocabulary()
    words = [normalize(w) for w in _WORD.findall(claim.quote or "")]
    counts = [k for k, w in enumerate(words) if w.isdigit() or w in numbers]
    if not counts:
        return False
    k = counts[0]
    value = int(words[k]) if words[k].isdigit() else numbers[words[k]]
    if value not in (claim.low, claim.high):
        return False
    return any(_is_others(words[j], others) for j in (k - 1, k + 1) if 0 <= j < len(words))


def in_numbers(claim: Quoted) -> bool:
    """Whether the claim's quote states its figure in numbers (digits or a number word)."""
    _, numbers = _vocabulary()
    return any(w.isdigit() or w in numbers for w in map(normalize, _WORD.findall(claim.quote)))


def with_others(
    lead: Quoted, bounds: tuple[int, int] | None, *, counted_before: bool
) -> tuple[int, int] | None:
    """A whole-group lead's ``bounds`` when the lead itself counts others: with no casualty count
    before it in the report (``counted_before``), they are others than the one victim the
    report named first ("N others" is N + 1) when they are dead; injured counted as others are
    most often others than the dead ("a couple was killed and four others injured")."""
    if bounds is None or lead.measure != "killed" or counted_before or not counts_others(lead):
        return bounds
    return bounds[0] + 1, bounds[1] + 1


def restated(claim: Quoted) -> int | None:
    """The count a later figure states for everyone: "33 other members" of a family that lost
    someone named beside them counts the one named too (34)."""
    value = claim.high if claim.high is not None else claim.low
    return value + 1 if value is not None and counts_others(claim) else value
