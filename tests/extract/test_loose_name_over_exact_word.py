"""A town's name spelled in a language's own way, whose first word is also read exactly as another
place ("Khan" is a town's name too), is read loosely as the longer name ("à Khan Cheikhoun" is
Khan Shaykhun, not the word "Khan" alone), in the country the report names."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    (
        "fr",
        "Au moins 30 civils ont été tués à Khan Cheikhoun, dans le nord de la Syrie.",
        "Khān Shaykhūn",
    ),
    ("de", "Mindestens 30 Zivilisten wurden in Chan Scheichun in Syrien getötet.", "Khān Shaykhūn"),
    ("es", "Al menos 30 civiles murieron en Jan Sheijun, en el norte de Siria.", "Khān Shaykhūn"),
    ("sv", "Minst 30 civila dödades i Khan Sheikhun i norra Syrien.", "Khān Shaykhūn"),
    (
        "en",
        "At least 30 civilians were killed in Khan Sheikhoun in northern Syria.",
        "Khān Shaykhūn",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), CASES)
def test_a_longer_loose_name_wins_over_its_first_word(lang: str, text: str, place: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.place_name for c in claims] == [place]
