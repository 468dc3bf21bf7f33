"""The tokenizer's fast regex finds the same tokens as its plain definition (property test)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.extract.language_pack import available_languages, load_pack
from harmledger.extract.text import DIGITS, tokenizer

_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670"
_ALPHABET = "aZéß_ ,.:'-\u00a0\u202f\n05٣۵\u0301\u064bكتب()%"


def _plain(number_pattern: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<num>{number_pattern})|(?P<word>(?:[^\W\d_]|[{_MARKS}])+)|(?P<digits>[{DIGITS}]+)"
    )


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(available_languages()), st.text(alphabet=_ALPHABET, max_size=40))
def test_tokens_match_the_plain_pattern(lang: str, text: str) -> None:
    number_pattern = load_pack(lang).number_pattern
    fast = [(m.span(), m.lastgroup) for m in tokenizer(number_pattern).finditer(text)]
    plain = [(m.span(), m.lastgroup) for m in _plain(number_pattern).finditer(text)]
    assert fast == plain
