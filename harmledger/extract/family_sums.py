"""A toll split over families: "four members of the Odeh family and two members of the Karam
family were killed", "killed six members of one family and four of another".

Each family's count is a claim of its own, and read alone the report's toll would be its first
family, never the incident's. So counted members of named families, joined by the pack's
conjunctions (commas inside a list) under one measure, become one more claim of the whole group
(``people``): their sum, beside the families, which stay.

The construction, in every language with a pack section ``[family_sums]``: a count whose noun is
followed by a family phrase (``of`` words, an optional article, up to ``_NAME_WORDS`` words of a
name, then a family noun of ``[kin_groups] families``), the next count right after the
conjunction. Not read after a subset marker in the sentence ("including four members of ...":
the families are parts of a toll stated before), nor where the sentence counts the measure
outside the families.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from harmledger.extract.companions import DraftLike
from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lexicon import Marks
from harmledger.extract.reading import Cue
from harmledger.extract.text import Doc
from harmledger.folding import normalize

_NAME_WORDS = 4  # words of a family's name: "the Abu al-Kheir family"
_WHO = ("people", "other")  # a count of members names no part category


@dataclass(frozen=True)
class FamilySum:
    """Families counted at words ``[i, j)``: ``total`` people hurt by ``measure``."""

    i: int
    j: int
    total: int
    measure: str
    cue: Cue | None


def _words(pack: LanguagePack) -> tuple[list[tuple[str, ...]], frozenset[str], frozenset[str]]:
    cfg = pack.raw.get("family_sums", {})
    ofs = sorted((tuple(normalize(w).split()) for w in cfg.get("of", [])), key=len, reverse=True)
    articles = frozenset(normalize(w) for w in cfg.get("articles", []))
    families = frozenset(normalize(w) for w in pack.raw.get("kin_groups", {}).get("families", []))
    return ofs, articles, families


def _family_end(doc: Doc, k: int, pack: LanguagePack) -> int | None:
    """End of a family phrase starting at word ``k`` ("of the Odeh family"), or None."""
    ofs, articles, families = _words(pack)
    words, n = doc.words, len(doc.words)
    sentence = doc.sentence[k] if k < n else -1
    for of in ofs:
        if tuple(w.norm for w in words[k : k + len(of)]) != of:
            continue
        t = k + len(of)
        if t < n and words[t].norm in articles:
            t += 1
        start = t
        while t < n and t - start <= _NAME_WORDS and doc.sentence[t] == sentence:
            if doc.gaps[t].strip() and t > k:
                return None  # a family phrase has no stop inside
            if words[t].norm in families:
                return t + 1 if t > start else None  # a name stands before the noun
            t += 1
        return None
    return None


def _after_family(doc: Doc, d: DraftLike, pack: LanguagePack) -> int | None:
    """End of the family phrase right after a count's noun ("four members | of the Odeh
    family"), the noun's reading running on over it or not, or None."""
    for k in range(d.mention.j, max(d.mention.j, d.head.j) + 2):
        end = _family_end(doc, k, pack)
        if end is not None:
            return end
    return None


def family_sums(
    doc: Doc, pack: LanguagePack, marks: Marks, drafts: Sequence[DraftLike]
) -> list[FamilySum]:
    """Every toll split over named families, in text order."""
    if "family_sums" not in pack.raw:
        return []
    counted = sorted(
        (
            d
            for d in drafts
            if d.kind == "casualty"
            and not d.negated
            and d.who in _WHO
            and d.mention.source in ("digit", "word")
            and d.mention.low is not None
            and d.mention.low == d.mention.high
        ),
        key=lambda d: d.mention.i,
    )
    by_start = {d.mention.i: d for d in counted}
    subsets = marks.positions("who:subset")
    found: list[FamilySum] = []
    taken: set[int] = set()
    for first in counted:
        if first.mention.i in taken:
            continue
        families, last_end = [first], None
        while True:
            last_end = _after_family(doc, families[-1], pack)
            if last_end is None:
                break
            k = last_end
            if k < len(doc.words) and doc.words[k].norm in pack.conjunctions:
                k += 1
            nxt = by_start.get(k)
            if nxt is None or nxt.measure != first.measure:
                break
            families.append(nxt)
        if last_end is None or len(families) < 2:
            continue
        sentence = doc.sentence[first.mention.i]
        if any(doc.sentence[s] == sentence and s < first.mention.i for s in subsets):
            continue  # "including four members of ... and two of ...": parts of a toll
        if any(
            doc.sentence[d.mention.i] == sentence
            and d not in families
            and d.measure == first.measure
            and d.who != "combatants"
            and d.mention.source in ("digit", "word")
            for d in drafts
            if d.kind == "casualty"
        ):
            continue  # the sentence counts more than the families
        taken.update(d.mention.i for d in families)
        total = sum(d.mention.low or 0 for d in families)
        start = first.mention.i
        cue = first.cue
        if cue is not None and cue.j == start:  # "killed four members ...": the verb with them
            start = cue.i
        found.append(FamilySum(start, last_end, total, first.measure, cue))
    return found
