"""Search terms: text cut into words, each folded and (in Arabic) lightly stemmed.

Words are folded as extraction and the gazetteer fold them (:func:`harmledger.folding.normalize`:
case, Latin diacritics, Arabic vowel marks and letter variants, Eastern Arabic digits), so
"Zivilisten" finds "ZIVILISTEN" and "الرقّة" finds "الرقة". Arabic writes the article and the
one-letter particles on the word itself ("والرقة" *and Raqqa*, "بالرقة" *in Raqqa*, "للرقة"
*to Raqqa*); the light stem strips them, and only when the article is there, so that the four
forms and the bare "رقة" meet while a word that merely begins with و or ب stays whole.

Documents and queries go through the same functions, which is what makes them meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from harmledger.folding import normalize

# A word: letters and digits, with the combining marks written inside it (Arabic vowel marks,
# shadda, tatweel; Latin accents in decomposed form), which must not cut it in two.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640])+")

# Arabic clitics before the article, folded: a conjunction (و, ف) then a preposition (ب, ك, ل),
# either optional. ل before the article drops its alif ("للرقة" = ل + الرقة).
_ARTICLE = re.compile("^(?:[وف]?[بك]?ال|[وف]?لل)")
# Letters a stem keeps at least; a shorter remainder means the "article" was part of the word.
# With a particle before the article one more is needed: "والدة" (mother) and "وكالات"
# (agencies) read as و/وك + ال + two letters, and must stay whole.
MIN_STEM = 2
MIN_STEM_AFTER_PARTICLE = 3


@dataclass(frozen=True)
class Word:
    """One word of a text where it stands (``start``/``end``), folded and stemmed."""

    start: int
    end: int
    folded: str
    stem: str


@lru_cache(maxsize=65536)
def stem(folded: str) -> str:
    """The light stem of a folded word: an Arabic word without its article and the particles
    written before it; any other word unchanged."""
    match = _ARTICLE.match(folded)
    if match is None:
        return folded
    rest = folded[match.end() :]
    needed = MIN_STEM if match.end() == len("ال") else MIN_STEM_AFTER_PARTICLE
    return rest if len(rest) >= needed else folded


@lru_cache(maxsize=262144)
def fold(raw: str) -> tuple[str, str]:
    """A word as written -> (folded, stem); ("", "") for one that folds to nothing."""
    folded = "".join(ch for ch in normalize(raw) if ch.isalnum())
    return folded, stem(folded) if folded else ""


def words(text: str) -> Iterator[Word]:
    """Every word of ``text`` with its place, in order."""
    for match in _WORD.finditer(text):
        folded, stemmed = fold(match.group())
        if folded:
            yield Word(match.start(), match.end(), folded, stemmed)


def index_terms(text: str) -> str:
    """What the index stores for ``text``: every word's stem in order (so phrases can be
    found), then, once each, the folded words that differ from their stems (so an exact form
    ranks above its other forms)."""
    found = [fold(raw) for raw in _WORD.findall(text)]
    exact = dict.fromkeys(folded for folded, stemmed in found if folded != stemmed)
    return " ".join([*(stemmed for _, stemmed in found if stemmed), *exact])
