"""A part counted before its whole: "23 out of 45 passengers died", "23 passagers sur 45",
"23 von 45 Passagieren", "23 de los 45 pasajeros", "23 av de 45 passagerarna", "23 راكبا من
أصل 45".

The verb after the whole's noun is the part's ("23 of the 45 passengers died": 23 dead, the 45
is no count of the harm), unless the sentence goes on with a verb of being, which makes the verb
a participle of the whole's own ("five of the 12 people killed were children": 12 dead).

The phrases that join a part to its whole where a plain "of" does not (pack
``segments.part_to_whole``: "out of", "sur", "من أصل") are matched as normalised words; the
part's count may stand right before the phrase or with one noun between ("23 people out of 45").
"""

from __future__ import annotations

from collections.abc import Collection
from fnmatch import fnmatchcase
from functools import lru_cache

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.text import Doc

_COPULA_REACH = 8  # words after the verb in which a verb of being makes it a participle


def _phrases(pack: LanguagePack) -> tuple[tuple[str, ...], ...]:
    return _longest_first(pack.words("segments", "part_to_whole"))


@lru_cache(maxsize=16)
def _longest_first(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """A pack's part-to-whole phrases as word tuples, longest first (sorted once per pack, not
    once per count)."""
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


def joined_to_a_part(doc: Doc, pack: LanguagePack, i: int, ends: Collection[int]) -> bool:
    """Whether the count at word ``i`` is a whole joined by a part-to-whole phrase to a count
    before it ("23 out of 45", "23 passagers sur 45"); ``ends`` are the counts' end words."""
    words, gaps = doc.words, doc.gaps
    for phrase in _phrases(pack):
        at = i - len(phrase)
        if at < 1 or tuple(w.norm for w in words[at:i]) != phrase:
            continue
        if any(gaps[k].strip() for k in range(at, i + 1)):
            continue  # punctuation inside: "23, out of 45"
        if doc.sentence[at - 1] != doc.sentence[i]:
            continue
        if at in ends or (at - 1 in ends and not gaps[at - 1].strip() and at - 1 >= 1):
            return True
    return False


def copula_after(doc: Doc, copulas: Collection[str], k: int) -> bool:
    """Whether a verb of being follows word ``k`` in its sentence ("killed ... were")."""
    words, sentence = doc.words, doc.sentence[k] if k < len(doc.words) else -1
    for t in range(k, min(len(words), k + _COPULA_REACH)):
        if doc.sentence[t] != sentence:
            return False
        if words[t].norm in copulas or words[t].text.lower() in copulas:
            return True
    return False


def part_before_whole(doc: Doc, pack: LanguagePack, j: int, starts: Collection[int]) -> int | None:
    """The first word of the whole's count when a part-to-whole phrase and a count start at
    word ``j``, right after a count or its noun ("23 out of 45", "23 passagers sur 45")."""
    words, gaps = doc.words, doc.gaps
    for phrase in _phrases(pack):
        end = j + len(phrase)
        if end in starts and tuple(w.norm for w in words[j:end]) == phrase:
            return None if any(gaps[k].strip() for k in range(j, end + 1)) else end
    end = j + 2
    if end in starts and words[j].norm in pack.of_words and owns_the_whole(doc, pack, j + 1):
        return None if any(gaps[k].strip() for k in range(j, end + 1)) else end
    return None


def owns_the_whole(doc: Doc, pack: LanguagePack, k: int) -> bool:
    """Whether word ``k`` is a genitive standing where the whole's article would ("fem av
    bussens 40 passagerare", "300 av byns 1 200 invånare": pack ``segments.whole_owners``,
    globs of genitive endings), so "of" and it join the part to the whole as "of the" does."""
    owners = pack.words("segments", "whole_owners")
    return bool(owners) and any(fnmatchcase(doc.words[k].norm, f) for f in owners)
