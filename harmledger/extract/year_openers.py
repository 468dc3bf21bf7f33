"""Sentences that open with a year: background, not the event of the sentence before.

A report that gives a toll and its source often goes on with history: "In March 2021, a similar
attack killed 17 people", "En 2019, une embuscade avait fait 25 morts", "Im Jahr 2019 waren 40
Menschen ums Leben gekommen", "År 2019 dödades 30 personer", "وفي عام 2019 قتل 35 شخصا". The
source of the sentence before told of its own event; labellers leave such a figure without a
speaker unless its own sentence names one. The current event is dated by a day ("on Monday",
"le 3 mars"), so a sentence that opens with a preposition and a bare year (or a month and a
year) tells of another period. The openers are the pack's ``attribution.year_openers`` ("in",
"en", "im jahr", "år", "وفي عام"); between opener and year only month names, day numbers and
the pack's ``attribution.year_fillers`` ("early", "de", "anfang") may stand. A year alone opening
a sentence is not read: "2000 people were killed" is a count.
"""

from __future__ import annotations

import re
from functools import cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.text import Doc, normalize

_FILLERS = 4  # words between the opener and the year ("in early March 2021")
_FIRST_YEAR, _LAST_YEAR = 1900, 2099


def _phrases(raw: list[str]) -> tuple[tuple[str, ...], ...]:
    words = (tuple(re.findall(r"\w+", normalize(p))) for p in raw)
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


@cache
def _pack_lists(lang: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The openers (longest first) and the words that may stand between opener and year."""
    raw = load_pack(lang).raw
    attribution = raw.get("attribution", {})
    fillers = {normalize(w) for w in attribution.get("year_fillers", [])}
    fillers |= {normalize(w) for w in raw.get("dates", {}).get("months", [])}
    return _phrases(attribution.get("year_openers", [])), frozenset(fillers)


@cache
def _opener_firsts(lang: str) -> frozenset[str]:
    """The first words of the openers."""
    return frozenset(opener[0] for opener in _pack_lists(lang)[0])


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and _FIRST_YEAR <= int(word) <= _LAST_YEAR


def opens_with_year(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether the sentence whose first word is ``k`` opens with an opener of the pack's
    ``attribution.year_openers`` followed, past month names, day numbers or year fillers, by a
    year ("In March 2021,", "Im Jahr 2019", "En marzo de 2021")."""
    openers, fillers = _pack_lists(pack.lang)
    norms = doc.norms
    if not openers or k >= len(norms) or norms[k] not in _opener_firsts(pack.lang):
        return False  # (most sentences open with no opener's first word)
    sentence = doc.sentence[k]
    for opener in openers:
        if tuple(norms[k : k + len(opener)]) != opener:
            continue
        t = k + len(opener)
        for _ in range(_FILLERS + 1):
            if t >= len(norms) or doc.sentence[t] != sentence:
                break
            word = norms[t]
            if _year(word):
                return True
            if not (word in fillers or (word.isdigit() and len(word) <= 2)):
                break
            t += 1
    return False
