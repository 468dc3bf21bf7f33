"""Normalisation folds spelling variants and is idempotent (property-tested)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.names import arabic, has_arabic, latin, normalise_arabic, normalise_latin

# Arabic letters, hamza forms, harakat, tatweel, spaces and a few Latin letters and digits.
_ARABIC_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    "أإآٱءؤئةى"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
    "\u0640\u0654\u0670"
    "  "
    "ab1"
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("أحمد", "احمد"),  # hamza above
        ("إبراهيم", "ابراهيم"),  # hamza below
        ("آمنة", "امنه"),  # madda, ta marbuta
        ("مُحَمَّد", "محمد"),  # harakat and shadda
        ("محـــمد", "محمد"),  # tatweel
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("رؤى", "روي"),  # hamza on waw
        ("سائد", "سايد"),  # hamza on ya
        ("ا\u0654حمد", "أحمد"),  # decomposed hamza
        ("عبد الرحمن", "عبدالرحمن"),  # abd al- spacing
        ("ابو سمرة", "ابوسمره"),  # abu spacing
        ("نور الدين", "نورالدين"),  # compound tail
        ("عبد هللا", "عبدالله"),  # lam-alef reversed by PDF extraction
        ("  سمير   حداد ", "سمير حداد"),
    ],
)
def test_arabic_variants_fold_together(left: str, right: str) -> None:
    assert normalise_arabic(left) == normalise_arabic(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("ʿAlī Ḥaddād", "ali haddad"),
        ("Abdel Rahman", "abd al-rahman"),
        ("Abdul-Rahman", "ABD AL RAHMAN"),
        ("Abu Samra", "abou-samra"),
        ("El-Haddad", "al haddad"),
        ("an-Nimr", "Al-Nimr"),
        ("Nour ad-Din", "nour al-din"),
        ("Ala'a", "alaa"),
    ],
)
def test_latin_variants_fold_together(left: str, right: str) -> None:
    assert normalise_latin(left) == normalise_latin(right)


def test_has_arabic() -> None:
    assert has_arabic("Samir سمير")
    assert not has_arabic("Samir Haddad")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ARABIC_ALPHABET, max_size=40))
def test_arabic_normalisation_is_idempotent(text: str) -> None:
    once = normalise_arabic(text)
    assert normalise_arabic(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abdeilmnorsuwy -'ʿĀāḤḥ", max_size=40))
def test_latin_normalisation_is_idempotent(text: str) -> None:
    once = normalise_latin(text)
    assert normalise_latin(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_normalisers_accept_any_text(text: str) -> None:
    assert isinstance(normalise_arabic(text), str)
    assert isinstance(normalise_latin(text), str)


def _whole_arabic(text: str) -> str:
    """The whole-name normaliser, without the word-by-word shortcut or its caches."""
    for _ in range(8):
        folded = arabic._normalise_once(text)
        if folded == text:
            break
        text = folded
    return text


def _whole_latin(text: str) -> str:
    text = latin._GLUED_WORDS.sub(" ", text)  # words run together are parted first, whole
    for _ in range(8):
        folded = latin._normalise_latin_once(text)
        if folded == text:
            break
        text = folded
    return text


# Pieces that make particles, compound tails and their glued forms meet their neighbours.
_ARABIC_PIECES = [
    "ال",
    "ابو",
    "عبد",
    "الله",
    "الدين",
    "دين",
    "له",
    "هللا",
    "ا",
    "أ",
    "آ",
    "ء",
    "ام",
]
_ARABIC_PIECES += ["محمد", "سمرة", "نور", "ة", "ى", "ؤ", "ٱ", "ـ", "\u064e", "اا", "عبدال", "b"]
_LATIN_PIECES = ["al", "El", "an", "ash", "abd", "Abed", "abu", "Abou", "umm", "om", "din", "Deen"]
_LATIN_PIECES += ["uddin", "eddine", "allah", "Ullah", "ali", "Nasr", "abdel", "abdul", "abdullah"]
_LATIN_PIECES += ["A", "dd", "Ra'ed", "ʿ", "ā", "ß", "´", "x-al", "al-din", "-", "Din-x"]
_SEPARATORS = [" ", " ", "  ", "-", " - ", "--", "'", ""]


def _names(pieces: list[str]) -> st.SearchStrategy[str]:
    part = st.tuples(st.sampled_from(pieces), st.sampled_from(_SEPARATORS))
    return st.lists(part, max_size=6).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=2000, deadline=None)
@given(_names(_ARABIC_PIECES))
def test_arabic_word_by_word_equals_whole_name(text: str) -> None:
    assert normalise_arabic(text) == _whole_arabic(text)


@settings(max_examples=2000, deadline=None)
@given(_names(_LATIN_PIECES))
def test_latin_word_by_word_equals_whole_name(text: str) -> None:
    assert normalise_latin(text) == _whole_latin(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nour El Din Abu Samra",  # the article makes a tail with the next word: joins leftwards
        "Abdullah Salem",
        "Abdul Rahman Ra'ed",
        "نور ال دين ابو سمرة",
        "و ا الله",  # a lone alef merges into the tail
        "محمد عبد الله",
    ],
)
def test_particle_neighbourhoods_match_the_whole_name(text: str) -> None:
    assert normalise_arabic(text) == _whole_arabic(text)
    assert normalise_latin(text) == _whole_latin(text)
