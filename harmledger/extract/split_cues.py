"""Casualty verbs split around their count: German "kamen 5 Zivilisten um", "kostete 17
Menschen das Leben", "richteten 25 Männer hin", Arabic "فارق 3 أشخاص الحياة".

A pack lists each as ``"opening … closing"`` under ``[split_measures]`` (``*`` ends a prefix in
the opening word). The pair is a cue only when the closing words end the clause (punctuation,
the end of the text, a clause conjunction or a subordinator follow), so "kamen 5 Menschen um
14 Uhr" is none; closing words of three or more ("forced 2 million from their homes since 2009")
say enough on their own and need no clause end. The cue spans the closing words, after the
count, as "5 Zivilisten getötet" does.
"""

from __future__ import annotations

from functools import cache

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.text import Doc, normalize

_REACH = 10  # words from the opening verb to the closing words
_SELF_ENDING = 3  # closing words this long are a cue wherever the clause goes on
_SPLIT = "…"
_CLAUSE_END = ".,;:!?)؟،"

Pattern = tuple[str, tuple[str, ...], str]  # opening word, closing words, measure


@cache
def _patterns(lang: str, entries: tuple[tuple[str, str], ...]) -> tuple[Pattern, ...]:
    found: list[Pattern] = []
    for measure, entry in entries:
        opening, _, closing = entry.partition(_SPLIT)
        words = tuple(normalize(w) for w in closing.split())
        if opening.strip() and words:
            found.append((normalize(opening.strip()), words, measure))
    return tuple(found)


def _opens(word: str, opening: str) -> bool:
    return word.startswith(opening[:-1]) if opening.endswith("*") else word == opening


def split_cues(doc: Doc, pack: LanguagePack) -> list[tuple[int, int, str]]:
    """``(i, j, measure)`` of every closing phrase whose opening verb stands before it."""
    listed = pack.raw.get("split_measures", {})
    entries = tuple((m, e) for m, phrases in listed.items() for e in phrases)
    if not entries:
        return []
    patterns = _patterns(pack.lang, entries)
    words, n = doc.words, len(doc.words)
    subordinators = {normalize(w) for w in pack.raw.get("segments", {}).get("subordinators", [])}
    ends = pack.conjunctions | subordinators  # "فارق 3 أشخاص الحياة بعد إصابتهم"
    found: list[tuple[int, int, str]] = []
    for k, word in enumerate(words):
        for opening, closing, measure in patterns:
            if not _opens(word.norm, opening):
                continue
            size = len(closing)
            for t in range(k + 2, min(n - size + 1, k + 2 + _REACH)):
                if doc.sentence[t] != doc.sentence[k] or any(
                    ch in _CLAUSE_END for ch in doc.gaps[t]
                ):
                    break
                if tuple(w.norm for w in words[t : t + size]) != closing:
                    continue
                end = t + size
                last = end >= n or doc.sentence[end] != doc.sentence[k]
                if (
                    last
                    or size >= _SELF_ENDING
                    or any(ch in _CLAUSE_END for ch in doc.gaps[end])
                    or words[end].norm in ends
                ):
                    found.append((t, end, measure))
                break
    return found
