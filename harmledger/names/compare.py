"""Similarity of names in [0, 1], tolerant to script, spelling, particles and part order.

Parts in the same Arabic script are compared on their normalised spelling; otherwise on the
transliteration key (:func:`harmledger.names.translit.name_key`), so محمد / Mohammed / Muhamad
score 1 while محمد / Mahmoud do not. Edit distance is normalised by length (Levenshtein), which,
unlike Soundex-style codes, never gives a perfect score to two different spellings.
"""

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from harmledger.names.arabic import has_arabic, normalise_arabic
from harmledger.names.parts import name_tokens
from harmledger.names.translit import name_key

__all__ = ["name_similarity", "part_similarity"]


def _arabic_form(part: str) -> str:
    word = normalise_arabic(part).replace(" ", "")
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def part_similarity(a: str, b: str) -> float:
    """Similarity of two name parts (one word or one compound such as "abu raida")."""
    if not a.strip() or not b.strip():
        return 0.0
    if has_arabic(a) and has_arabic(b):
        left, right = _arabic_form(a), _arabic_form(b)
    else:
        left, right = name_key(a), name_key(b)
    if not left or not right:
        return 0.0
    return float(Levenshtein.normalized_similarity(left, right))


def _best(part: str, others: Sequence[str]) -> float:
    return max((part_similarity(part, other) for other in others), default=0.0)


def name_similarity(a: str, b: str) -> float:
    """Similarity of two full names in [0, 1].

    The given names are compared with each other; every other part of the shorter name is
    matched to its best counterpart among the other name's remaining parts (so a two-part name
    matches the given and family name of a four-part one). The score is the mean over the
    shorter name's parts, so missing parts cost nothing and wrong parts cost a lot.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) == 1:
        return _best(ta[0], tb)
    scores = [part_similarity(ta[0], tb[0])]
    scores += [_best(part, tb[1:]) for part in ta[1:]]
    return sum(scores) / len(scores)
