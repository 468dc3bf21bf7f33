"""name_key and skeleton equal the first implementation (``reference_keys``) on generated parts:
Latin romanisations built from the digraphs and vowels the key reads, Arabic words with and
without letters to fold, and split tokens (already normal), which skip the normaliser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.names import name_key, name_tokens, normalise_arabic, normalise_latin, skeleton
from harmledger.names.translit import _NORMAL_ARABIC, _NORMAL_LATIN, _latin_symbols
from tests.names import reference_keys

# Pieces that make the Latin rules meet: digraphs, long-vowel spellings, y / w, articles.
_LATIN_PIECES = [
    *"abcdefghijklmnopqrstuvwxyz", "tch", "sch", "sh", "kh", "th", "dh", "gh", "ou", "oo",
    "ee", "ei", "ai", "ay", "ey", "aw", "ow", "al-", "el", "abu", "abd", "abed", "abdel", "umm",
    "-", " ", "'", "uddin", "eddine", "din", "allah", "Mo", "Ḥ", "ī",
]  # fmt: skip
_ARABIC_PIECES = [
    *"ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى", "ال", "ابو", "عبد", "الله", "هللا", "اا", " ",
    "\u064e", "\u0640", "پ", "ک",
]  # fmt: skip
_LATIN = st.lists(st.sampled_from(_LATIN_PIECES), min_size=1, max_size=8).map("".join)
_ARABIC = st.lists(st.sampled_from(_ARABIC_PIECES), min_size=1, max_size=7).map("".join)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_LATIN, _ARABIC))
def test_keys_equal_the_first_implementation(part: str) -> None:
    assert name_key(part) == reference_keys.name_key(part), part
    assert skeleton(part) == reference_keys.skeleton(part), part
    for token in name_tokens(part):  # split tokens, as the feature columns key them
        assert name_key(token) == reference_keys.name_key(token), token
        assert skeleton(token) == reference_keys.skeleton(token), token


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([*"abcdeghiklmnoqstuwxyz", "ch", "ou", "ay", "ow"]), max_size=9))
def test_latin_symbols_equal_the_first_implementation(pieces: list[str]) -> None:
    word = "".join(pieces)
    assert _latin_symbols(word) == reference_keys.latin_symbols(word)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_LATIN, _ARABIC))
def test_parts_taken_as_normal_are_normal(part: str) -> None:
    if _NORMAL_LATIN.fullmatch(part):
        assert normalise_latin(part) == part
    if _NORMAL_ARABIC.fullmatch(part):
        assert normalise_arabic(part) == part
