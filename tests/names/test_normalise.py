"""Normalisation folds spelling variants and is idempotent (property-tested)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.names import has_arabic, normalise_arabic, normalise_latin

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
