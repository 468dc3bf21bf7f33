"""The number parser: separators, scripts, number words (property-tested against num2words)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from harmledger.extract.language_pack import available_languages, load_pack
from harmledger.extract.numbers import parse_number_text


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "2,600", 2600),
        ("en", "30,035", 30035),
        ("fr", "2 600", 2600),
        ("fr", "2\u202f600", 2600),
        ("sv", "350 000", 350000),
        ("de", "43.799", 43799),
        ("es", "100.000", 100000),
        ("de", "200’000", 200000),
        ("ar", "٢٦٠٠", 2600),
        ("ar", "٣٠٬٠٣٥", 30035),
        ("en", "twenty-three", 23),
        ("sv", "tjugotre", 23),
        ("fr", "vingt-trois", 23),
        ("fr", "soixante et onze", 71),
        ("de", "dreiundzwanzig", 23),
        ("de", "zweihundertfünfzig", 250),
        ("es", "veintitrés", 23),
        ("es", "dos mil", 2000),
        ("es", "tres millones", 3000000),
        ("ar", "ثلاثة وعشرين", 23),
        ("ar", "ثلاثمائة", 300),
        ("ar", "ألفين", 2000),
    ],
)
def test_numbers_in_local_forms(lang: str, text: str, value: int) -> None:
    assert parse_number_text(text, load_pack(lang)) == value


def test_decimals_are_not_counts() -> None:
    assert parse_number_text("2.5", load_pack("en")) is None
    assert parse_number_text("2,5", load_pack("de")) is None


def test_every_language_has_a_pack() -> None:
    assert set(available_languages()) >= {"ar", "de", "en", "es", "fr", "sv"}


_LIMITS = {"en": 999_999, "fr": 999_999, "es": 999_999, "de": 999_999, "sv": 999_999, "ar": 99_999}
# num2words writes 2000 in Arabic as "ألفا", which news text uses for "a thousand" (accusative,
# "ألفاً"); the pack reads it as 1000 and writes 2000 as ألفان / ألفين. Checked by hand: every
# other value from 2 to 99,999 round-trips.
_AMBIGUOUS = {"ar": {2000}}


@pytest.mark.parametrize("lang", sorted(_LIMITS))
def test_words_round_trip_through_num2words(lang: str) -> None:
    num2words = pytest.importorskip("num2words").num2words
    pack = load_pack(lang)

    @settings(max_examples=150, deadline=None)
    @given(st.integers(min_value=2, max_value=_LIMITS[lang]))
    def round_trip(value: int) -> None:
        assume(value not in _AMBIGUOUS.get(lang, ()))
        words = num2words(value, lang=lang).replace(",", "")
        assert parse_number_text(words, pack) == value

    round_trip()


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_digit_groups_round_trip(value: int) -> None:
    for lang, separator in (("en", ","), ("fr", "\u00a0"), ("de", "."), ("sv", " ")):
        rendered = f"{value:,}".replace(",", separator)
        assert parse_number_text(rendered, load_pack(lang)) == value
    eastern = str(value).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert parse_number_text(eastern, load_pack("ar")) == value
