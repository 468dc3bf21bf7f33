"""Orthographic normalisation of Arabic names.

The same name is written many ways: with or without hamza (أحمد / احمد, composed U+0623 or
decomposed ا + U+0654), ta marbuta or ha (فاطمة / فاطمه), alef maqsura or ya (مصطفى / مصطفي),
with diacritics or tatweel, and with particles spaced or glued (عبد الرحمن / عبدالرحمن,
ابو ريدة / ابوريدة). Normalising folds these into one spelling so that comparison measures the
name, not the typist. Normalisation is idempotent: ``normalise_arabic(normalise_arabic(x))``
equals ``normalise_arabic(x)``.
"""

import re
import unicodedata
from functools import lru_cache

from harmledger.names.words import Word, normalise_by_words

__all__ = ["ARABIC_PARTICLES", "has_arabic", "normalise_arabic"]

_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")

# Harakat, shadda, sukun, superscript alef, Quranic marks and the tatweel: never part of a name.
_STRIP = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")

_LETTER_FOLDS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ alef with hamza above
        "\u0625": "\u0627",  # إ alef with hamza below
        "\u0622": "\u0627",  # آ alef with madda
        "\u0671": "\u0627",  # ٱ alef wasla
        "\u0672": "\u0627",
        "\u0673": "\u0627",
        "\u0629": "\u0647",  # ة ta marbuta -> ه
        "\u0649": "\u064a",  # ى alef maqsura -> ي
        "\u0624": "\u0648",  # ؤ waw with hamza -> و
        "\u0626": "\u064a",  # ئ ya with hamza -> ي
        "\u0621": "",  # ء lone hamza carries no letter of its own in names
        "\u06cc": "\u064a",  # Persian ya
        "\u06a9": "\u0643",  # Persian kaf
        "\u06c1": "\u0647",  # heh goal
        "\u06d5": "\u0647",  # ae
    }
)

# Particles that belong to the following word: a name part is "ابو ريدة", never "ابو". Only
# "ابو" and "عبد ال" are glued here: "ام" ("mother of") would collide with امل, اماني, امين.
# "بن"/"ابن"/"بنت" ("son/daughter of") join nasab links instead; :mod:`parts` skips them.
ARABIC_PARTICLES: tuple[str, ...] = ("ابو", "ام", "عبد", "ال")

_GLUED_ABD_AL = re.compile(r"(?<![\u0600-\u06FF])عبد ?ال(?=[\u0600-\u06FF])")
_ABU_SPACED = re.compile(r"(?<![\u0600-\u06FF])(ابو) +(?=[\u0600-\u06FF])")
_AL_SPACED = re.compile(r"(?<![\u0600-\u06FF])ال +(?=[\u0600-\u06FF]{2,})")
_SPACES = re.compile(r"\s+")
_DOUBLE_ALEF = re.compile("ا{2,}")
# "محي الدين", "نصر الله": the second word completes a compound given or family name.
_COMPOUND_TAIL = re.compile(r"(?<=[\u0600-\u06FF]) +(الدين|الله)(?![\u0600-\u06FF])")
_NON_NAME = re.compile(r"[^\u0600-\u06FF\s]")


def has_arabic(text: str) -> bool:
    """True when ``text`` contains at least one Arabic letter."""
    return bool(_ARABIC_LETTER.search(text))


def normalise_arabic(text: str) -> str:
    """Fold spelling variants of an Arabic name into one canonical spelling.

    Letters: alef forms to bare alef, ta marbuta to ha, alef maqsura and hamza-on-ya to ya,
    hamza-on-waw to waw, lone hamza dropped; harakat and tatweel removed. Particles: ``عبد ال``
    and ``ابو`` are glued to the following word (``عبد الرحمن`` -> ``عبدالرحمن``,
    ``ابو ريدة`` -> ``ابوريده``), the article ``ال`` standing alone is glued too, and so are
    ``الدين`` / ``الله`` to the word before (``محي الدين`` -> ``محيالدين``). Latin letters,
    digits and punctuation are dropped; runs of spaces collapse.
    """
    return normalise_by_words(text, _classify, _normalise_whole)


@lru_cache(maxsize=1 << 16)
def _normalise_whole(text: str) -> str:
    # The folds feed each other (removing a mark can form a new "ال " to glue), so repeat
    # until nothing changes: that makes normalisation idempotent by construction.
    for _ in range(8):  # each pass only removes or glues, so this settles in a pass or two
        folded = _normalise_once(text)
        if folded == text:
            break
        text = folded
    return text


# Plain letters (no marks, tatweel or presentation forms), which NFKC leaves as they are.
_PLAIN_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A]+")
_JOINS_NEXT = frozenset({"ال", "ابو"})  # and any word starting with عبد
# Compound tails, and what makes one after a lone article ("ال دين" -> "الدين").
_JOINS_PREVIOUS = frozenset({"الدين", "الله", "دين", "له"})


@lru_cache(maxsize=1 << 18)
def _classify(word: str) -> Word:
    """How a word behaves next to others (:mod:`harmledger.names.words`): a word of plain
    letters folds on its own, by letter folds alone."""
    if not _PLAIN_WORD.fullmatch(word):
        return Word(None)
    folded = word.translate(_LETTER_FOLDS).replace("هللا", "الله")
    # A lone alef merges into a following "الله" ("ا الله" -> "الله"), a tail joining leftwards.
    if folded in ("", "ا") or "اا" in folded or "هللا" in folded:
        return Word(None)
    joins_next = folded in _JOINS_NEXT or folded.startswith("عبد")
    return Word(folded, folded in _JOINS_PREVIOUS, joins_next, article=folded == "ال")


def _normalise_once(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    # NFKC composes ا + U+0654 into أ; strip the marks first so decomposed hamza folds too.
    text = _STRIP.sub("", text)
    text = text.replace("\u0654", "").replace("\u0655", "").translate(_LETTER_FOLDS)
    # PDF extraction of lists reverses the lam-alef ligature: "عبد هللا" for "عبد الله".
    text = text.replace("هللا", "الله")
    text = _NON_NAME.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = _AL_SPACED.sub("ال", text)
    text = _GLUED_ABD_AL.sub("عبدال", text)
    text = _ABU_SPACED.sub(lambda m: m.group(1), text)
    text = _COMPOUND_TAIL.sub(r"\1", text)
    return _DOUBLE_ALEF.sub("ا", text)
