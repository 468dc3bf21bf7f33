"""A reference list that names were matched against: "names were matched against the health
ministry's list of nearly 9,000 victims", "checked against a register of 2,000 dead".

The number counts the list, not anyone hurt in the incident the text reports: read as a toll it
would make the incident's figure the war's. So a count right after a list noun and its ``of``
(pack ``[matched_lists]``: ``lists``, ``of``; a qualifier such as "nearly" may stand between),
in a sentence where a verb of matching (``verbs``) stands before the list noun, is no casualty
claim. A list with no matching ("the ministry published a list of 14 victims") still counts.
"""

from __future__ import annotations

from functools import cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.singular import matches_stem
from harmledger.extract.text import Doc
from harmledger.folding import normalize

_BETWEEN = 2  # words between "of" and the count: "of nearly", "of some"


@cache
def _words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    cfg = load_pack(lang).raw.get("matched_lists", {})
    return (
        tuple(normalize(w) for w in cfg.get("lists", [])),
        tuple(normalize(w) for w in cfg.get("verbs", [])),
        frozenset(normalize(w) for w in cfg.get("of", [])),
    )


def matched_list_size(doc: Doc, pack: LanguagePack, i: int) -> bool:
    """Whether the count starting at word ``i`` is the size of a list names were matched
    against."""
    lists, verbs, ofs = _words(pack.lang)
    if not lists:
        return False
    words, sentence = doc.words, doc.sentence[i] if i < len(doc.words) else -1
    for k in range(i - 1, max(-1, i - 2 - _BETWEEN), -1):
        if doc.sentence[k] != sentence:
            return False
        if words[k].norm not in ofs:
            continue
        if k < 1 or not matches_stem(words[k - 1].norm, lists):
            return False
        first = doc.sentence_starts[sentence]
        return any(matches_stem(words[t].norm, verbs) for t in range(first, k - 1))
    return False
