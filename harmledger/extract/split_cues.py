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

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.text import Doc, normalize

_REACH = 10  # words from the opening verb to the closing words
_SELF_ENDING = 3  # closing words this long are a cue wherever the clause goes on
_SPLIT = "…"
_CLAUSE_END = ".,;:!?)؟،"

Pattern = tuple[int, str, tuple[str, ...], str]  # order listed, opening, closing words, measure
_Patterns = tuple[dict[str, tuple[Pattern, ...]], tuple[Pattern, ...], frozenset[str]]


@cache
def _patterns(
    lang: str,
) -> tuple[dict[str, tuple[Pattern, ...]], tuple[Pattern, ...], frozenset[str]]:
    """The patterns of ``lang``'s pack by their exact opening word, those whose opening is a
    prefix ("fled*"), and the words that end a clause after the closing words: a document's
    words are looked up once each, not tried against every pattern."""
    pack = load_pack(lang)
    listed = pack.raw.get("split_measures", {})
    exact: dict[str, list[Pattern]] = {}
    prefixes: list[Pattern] = []
    entries = ((m, e) for m, phrases in listed.items() for e in phrases)
    for order, (measure, entry) in enumerate(entries):
        opening, _, closing = entry.partition(_SPLIT)
        words = tuple(normalize(w) for w in closing.split())
        opening = normalize(opening.strip())
        if not opening or not words:
            continue
        if opening.endswith("*"):
            prefixes.append((order, opening[:-1], words, measure))
        else:
            exact.setdefault(opening, []).append((order, opening, words, measure))
    subordinators = {normalize(w) for w in pack.raw.get("segments", {}).get("subordinators", [])}
    ends = frozenset(pack.conjunctions | subordinators)  # "فارق 3 أشخاص الحياة بعد إصابتهم"
    return {k: tuple(v) for k, v in exact.items()}, tuple(prefixes), ends


def split_cues(doc: Doc, pack: LanguagePack) -> list[tuple[int, int, str]]:
    """``(i, j, measure)`` of every closing phrase whose opening verb stands before it."""
    if not pack.raw.get("split_measures"):
        return []
    exact, prefixes, ends = _patterns(pack.lang)
    words, n = doc.words, len(doc.words)
    found: list[tuple[int, int, str]] = []
    norms = doc.norms
    # only the words that open a phrase: from the document's index by normal form, each
    # distinct word asked once (not a test of every word)
    if prefixes:
        openings = tuple(p[1] for p in prefixes)
        starts = sorted(
            k
            for norm, at in doc.by_norm.items()
            if norm in exact or norm.startswith(openings)
            for k in at
        )
    else:
        starts = doc.where(exact.keys())
    for k in starts:
        norm = norms[k]
        patterns = exact.get(norm, ())
        if prefixes:  # in the order listed, as a word may open several
            patterns = tuple(sorted((*patterns, *(p for p in prefixes if norm.startswith(p[1])))))
        for _, _, closing, measure in patterns:
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
