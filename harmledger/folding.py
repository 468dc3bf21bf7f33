"""Word folding shared by extraction and the gazetteer: one normal form for names and words.

Case, Latin diacritics, Arabic vowel marks and letter variants, and Eastern Arabic digits are
folded, so "Raqqa", "RAQQA" and "الرقّة" / "الرقة" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")  # any character of the Arabic block
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_DIGIT_FOLD = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@lru_cache(maxsize=65536)
def normalize(word: str) -> str:
    """Fold case, Latin diacritics, Arabic vowel marks and letter variants, and digits."""
    lowered = word.lower().translate(_DIGIT_FOLD)
    if lowered.isascii():  # most words: no Arabic letter, no diacritic
        return lowered
    if _ARABIC_LETTER.search(lowered):
        return _ARABIC_MARKS.sub("", lowered).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


def normalize_words(name: str) -> list[str]:
    """A name's normalised words, punctuation dropped ("Al-Quds" -> ["al", "quds"])."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name)
    return [normalize(w) for w in cleaned.split()]
