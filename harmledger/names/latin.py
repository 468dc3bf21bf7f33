"""Normalisation of names written in Latin script, including romanised Arabic names.

Romanisations of one Arabic name differ in case, diacritics (Ḥusayn), apostrophes for ayn and
hamza (Ala'a, ʿAli), hyphens and spacing around particles (Al-Najjar, Al Najjar, Alnajjar,
Abu-Raida, Abdel Rahman, Abd al-Rahman). :func:`normalise_latin` folds those; spelling of the
sounds themselves (Mohammed / Muhammad) is left to :mod:`harmledger.names.translit`.
"""

import re
import unicodedata
from functools import lru_cache

from harmledger.names.words import Word, normalise_by_words

__all__ = ["LATIN_ARTICLES", "LATIN_CONNECTORS", "normalise_latin"]

# "al-" and its sun-letter assimilations (as-Sayed, ash-Shawa, an-Najjar) and the "el-" variant.
LATIN_ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "il", "ul", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az", "ac"}
)
# "son of" / "daughter of": links of a nasab chain, not name parts.
LATIN_CONNECTORS: frozenset[str] = frozenset({"bin", "ben", "ibn", "bint", "binte"})

# Words run together ("NabilSharet", "ElHelw"): a capital after an article or a lower-case
# run of three letters starts a new word ("McDonald" stays whole).
_GLUED_WORDS = re.compile(r"(?<=\b[AaEe]l)(?=[A-Z][a-z])|(?<=[a-z]{3})(?=[A-Z][a-z])")
_APOSTROPHES = re.compile(r"[\u0027\u0060\u00B4\u2018\u2019\u02BB\u02BC\u02BE\u02BF\u02C8]")
_NON_LETTER = re.compile(r"[^a-z\s-]")
_SPACES = re.compile(r"\s+")
# Glued forms of "abd al-": abdel, abdul, abdal, abdil, abd-el, abd al, abd ul.
_ABD_AL = re.compile(r"\b(?:abd|abed)(?:[\s-]*(?:al|el|ul|il)[\s-]+|(?:al|el|ul|il))(?=[a-z])")
_ABD_ALONE = re.compile(r"\b(?:abd|abed)[\s-]+(?=[a-z])")
_ABU = re.compile(r"\b(?:abu|abou|abo|aboo|abū)[\s-]+(?=[a-z])")
_UMM = re.compile(r"\b(?:umm|um|om|oum)[\s-]+(?=[a-z])")
# "Salah al-Din", "Nasr Allah": the tail completes a compound name.
_COMPOUND_TAIL = re.compile(r"(?<=[a-z])[\s-]+(al-din|al-deen|uddin|eddin|eddine|allah|ullah)\b")
_ARTICLE = re.compile(r"\b(al|el|il|ul|as|ash|ad|adh|an|ar|at|ath|az)[\s-]+(?=[a-z]{2,})")


def normalise_latin(text: str) -> str:
    """Fold a Latin-script name to lower-case ASCII with canonical particle spelling.

    Diacritics and apostrophes are removed (``ʿAlī`` -> ``ali``); ``abdel X``, ``abdul X``,
    ``abd al-X`` become ``abd-al-x``; ``abu X``, ``abou X`` become ``abu-x``; ``umm X`` becomes
    ``umm-x``; ``al X``, ``el-X``, ``an-X`` become ``al-x``. Other punctuation becomes a space.
    Repeated until nothing changes, so the result is a fixed point (idempotent).
    """
    return normalise_by_words(_GLUED_WORDS.sub(" ", text), _classify, _normalise_whole)


@lru_cache(maxsize=1 << 16)
def _normalise_whole(text: str) -> str:
    for _ in range(8):
        folded = _normalise_latin_once(text)
        if folded == text:
            break
        text = folded
    return text


# ASCII letters, single hyphens inside: such a word never loses or gains a space. Apostrophes
# (not the acute accent, which decomposes into a space) only vanish, so they may be anywhere.
_CLOSED_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_WORD_APOSTROPHES = re.compile(r"[\u0027\u0060\u2018\u2019\u02BB\u02BC\u02BE\u02BF\u02C8]")
# "abd", "abdel", "abdul": a last piece that _ABD_AL / _ABD_ALONE join to the next word.
_ABD_PIECE = re.compile(r"(?:abd|abed)(?:al|el|ul|il)?")
# Lower-cased last pieces that a rule joins to the next word: articles and abd / abu / umm forms.
_ARTICLES = frozenset(
    {"al", "el", "il", "ul", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az"}
)
_JOINS_NEXT = _ARTICLES | {"abd", "abed", "abu", "abou", "abo", "aboo", "umm", "um", "om", "oum"}
# Beginnings that a rule joins to the previous word: compound tails, and what makes one after a
# lone article ("al din" -> "al-din").
_JOINS_PREVIOUS = ("al-din", "al-deen", "uddin", "eddin", "eddine", "allah", "ullah", "din", "deen")


@lru_cache(maxsize=1 << 18)
def _classify(word: str) -> Word:
    """How a word behaves next to others (:mod:`harmledger.names.words`): a word of ASCII
    letters, inner hyphens and apostrophes normalises on its own."""
    lower = _WORD_APOSTROPHES.sub("", word).lower()
    if not _CLOSED_WORD.fullmatch(lower):
        return Word(None)
    # Letters alone are their own form, except a glued "abdel..." that the rules hyphenate.
    plain = "-" not in lower and not lower.startswith(("abd", "abed"))
    form = lower if plain else _normalise_whole(lower)
    if " " in form or not form:
        return Word(None)
    lasts = (lower.rsplit("-", 1)[-1], form.rsplit("-", 1)[-1])
    joins_next = any(last in _JOINS_NEXT or _ABD_PIECE.fullmatch(last) for last in lasts)
    joins_previous = lower.startswith(_JOINS_PREVIOUS) or form.startswith(_JOINS_PREVIOUS)
    article = any(last in _ARTICLES for last in lasts)
    return Word(form, joins_previous, joins_next, article)


def _normalise_latin_once(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("đ", "d")
    text = _NON_LETTER.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" -")
    text = re.sub(r"-+", "-", text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = _ARTICLE.sub("al-", text)
    text = _ABD_AL.sub("abd-al-", text)
    text = _ABD_ALONE.sub("abd-", text)
    text = _ABU.sub("abu-", text)
    text = _UMM.sub("umm-", text)
    # A stray "al-al-" (from "al al-") collapses once.
    text = re.sub(r"\bal-(?:al-)+", "al-", text)
    return _COMPOUND_TAIL.sub(r"-\1", text)
