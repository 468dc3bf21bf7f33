"""Normalisation of names written in Latin script, including romanised Arabic names.

Romanisations of one Arabic name differ in case, diacritics (Ḥusayn), apostrophes for ayn and
hamza (Ala'a, ʿAli), hyphens and spacing around particles (Al-Najjar, Al Najjar, Alnajjar,
Abu-Raida, Abdel Rahman, Abd al-Rahman). :func:`normalise_latin` folds those; spelling of the
sounds themselves (Mohammed / Muhammad) is left to :mod:`harmledger.names.translit`.
"""

import re
import unicodedata

__all__ = ["LATIN_ARTICLES", "LATIN_CONNECTORS", "normalise_latin"]

# "al-" and its sun-letter assimilations (as-Sayed, ash-Shawa, an-Najjar) and the "el-" variant.
LATIN_ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "il", "ul", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az", "ac"}
)
# "son of" / "daughter of": links of a nasab chain, not name parts.
LATIN_CONNECTORS: frozenset[str] = frozenset({"bin", "ben", "ibn", "bint", "binte"})

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
    for _ in range(8):
        folded = _normalise_latin_once(text)
        if folded == text:
            break
        text = folded
    return text


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
