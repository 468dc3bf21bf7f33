"""Two days of one month joined into a range: "du 3 au 4 mars", "del 3 al 4 de marzo", "vom 3.
bis 4. März", "den 3–4 mars", "من 3 إلى 4 مارس", "from 3 to 5 March", "March 3 to 5".

The first day is no count (engine.py ``_day_before_day``); here it opens the period the date
expression of the second day resolves to, so the claim is dated from the first day to the last.
The words between the days are one of the pack's ``dates.day_joins`` ("au", "bis zum", "till
den"), or a dash with no word ("3–4"). The first day must come before the second.
"""

from __future__ import annotations

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.text import Doc
from harmledger.folding import normalize

_JOIN_WORDS = 3  # words of the longest join ("y el día")
_DASHES = ("-", "–", "—")


def _joins(pack: LanguagePack) -> frozenset[str]:
    return frozenset(normalize(w) for w in pack.raw.get("dates", {}).get("day_joins", []))


def _day_at(doc: Doc, k: int) -> int | None:
    word = doc.words[k] if 0 <= k < len(doc.words) else None
    if word is None or not word.is_digit or len(word.norm) > 2 or not word.norm.isdigit():
        return None
    value = int(word.norm)
    return value if 1 <= value <= 31 else None


def _joined(doc: Doc, pack: LanguagePack, a: int, b: int) -> bool:
    """Whether the days at words ``a`` < ``b`` are joined by a day join or a bare dash."""
    if b == a + 1:
        return doc.gaps[b].strip() in _DASHES
    if b - a - 1 > _JOIN_WORDS or any(
        ch in ",;:()" for k in range(a + 1, b + 1) for ch in doc.gaps[k]
    ):
        return False
    return " ".join(doc.words[k].norm for k in range(a + 1, b)) in _joins(pack)


def first_day_before(doc: Doc, pack: LanguagePack, k: int) -> tuple[int, int] | None:
    """The first day (word index, day) of a range whose second day is the word ``k``."""
    last = _day_at(doc, k)
    if last is None:
        return None
    for a in range(k - 1, max(-1, k - _JOIN_WORDS - 2), -1):
        first = _day_at(doc, a)
        if first is not None:
            return (a, first) if first < last and _joined(doc, pack, a, k) else None
    return None


def last_day_after(doc: Doc, pack: LanguagePack, k: int) -> tuple[int, int] | None:
    """The last day (word index, day) of a range written month first whose first day is the
    word ``k`` ("March 3 to 5")."""
    first = _day_at(doc, k)
    if first is None:
        return None
    for b in range(k + 1, min(len(doc.words), k + _JOIN_WORDS + 2)):
        last = _day_at(doc, b)
        if last is not None:
            return (b, last) if first < last and _joined(doc, pack, k, b) else None
    return None
