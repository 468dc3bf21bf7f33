"""One of a counted group dies, told right after: "Two men were shot. One of them died.",
"L'un d'eux est mort", "Uno de ellos murió", "Einer von ihnen starb", "En av dem avled",
"توفي أحدهم".

The phrase for "one of them" (pack ``singular_victims.one_of_them``) with a death verb right
after it (or, in Arabic, right before it) counts one dead of the group counted just before, in
the same sentence or the one before: people hurt ("injured") or hit ("shot": killed or hurt).
The one is a death claim of the group's category. People hit whose outcome the sentence left
open are, once one of them died, the rest: hurt.

A phrase that names the hurt itself ("one of the injured", "uno de los heridos", "einer der
Verletzten", pack ``singular_victims.one_of_the_hurt``) counts one dead where no count of the
hurt stands before it too: the report says a person died, whoever counted the hurt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from harmledger.extract.companions import DraftLike
from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.reading import Cue
from harmledger.extract.text import Doc

GROUP_MEASURES = ("injured", "killed_or_injured")
_VERB_REACH = 3  # words between the phrase and its death verb: "one of them later died"


@dataclass(frozen=True)
class OneOfThem:
    """One dead at words ``[i, j)`` of the ``group`` counted before (None: the hurt no count
    stands for), told by ``cue``; the phrase itself is at ``[phrase_i, phrase_j)``."""

    i: int
    j: int
    group: DraftLike | None
    cue: Cue
    phrase_i: int = 0
    phrase_j: int = 0


def _phrase_end(doc: Doc, k: int, phrases: Sequence[tuple[str, ...]]) -> int | None:
    n = len(doc.words)
    for phrase in phrases:
        end = k + len(phrase)
        if (
            end <= n
            and tuple(doc.norms[k:end]) == phrase
            and all(doc.sentence[t] == doc.sentence[k] for t in range(k, end))
        ):
            return end
    return None


def one_of_them(
    doc: Doc, pack: LanguagePack, drafts: Sequence[DraftLike], cues: Sequence[Cue]
) -> list[OneOfThem]:
    """Every "one of them died" after a counted group of the hurt or the hit."""
    phrases = pack.one_of_them
    if not phrases:
        return []
    firsts = {p[0] for p in phrases}
    deaths = [c for c in cues if c.measure == "killed"]
    found: list[OneOfThem] = []
    for k in doc.where(firsts):
        end = _phrase_end(doc, k, phrases)
        if end is None:
            continue
        sentence = doc.sentence[k]
        cue = next(
            (
                c
                for c in deaths
                if doc.sentence[c.i] == sentence and (end <= c.i <= end + _VERB_REACH or c.j == k)
            ),
            None,
        )
        if cue is None:
            continue
        if any(
            d.kind == "casualty" and d.measure == "killed" and doc.sentence[d.mention.i] == sentence
            for d in drafts
        ):
            continue  # the sentence counts its dead itself
        group = max(
            (
                d
                for d in drafts
                if d.mention.i < k
                and d.kind == "casualty"
                and d.measure in GROUP_MEASURES
                and not d.negated
                and d.mention.source in ("digit", "word")
                and d.mention.low is not None
                and d.mention.low == d.mention.high
                and d.mention.low >= 2
                and sentence - 1 <= doc.sentence[d.mention.i] <= sentence
            ),
            key=lambda d: d.mention.i,
            default=None,
        )
        if group is not None or tuple(doc.norms[k:end]) in pack.one_of_the_hurt:
            found.append(OneOfThem(min(k, cue.i), max(end, cue.j), group, cue, k, end))
    return found
