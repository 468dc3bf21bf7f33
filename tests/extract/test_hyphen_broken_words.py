"""A word broken across a line by a hyphen ("localiza-dos", "heri-dos", "Re-vier") keeps its
tail: the tail is no number word, though it spells one (Spanish participles end in "-dos").
Compounds of number words ("twenty-two", "quatre-vingt-dix") still read as one number.
Sentences our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

_BROKEN = pytest.mark.xfail(
    strict=True,
    reason="a cue word broken by a hyphen ('heri-dos') is not joined again, so it is no cue",
)

CASES = [
    ("es", "Fueron localiza-dos seis cadáveres en una zanja.", [("bodies_recovered", 6, 6)]),
    pytest.param(
        "es", "Tres hombres resultaron heri-dos en el tiroteo.", [("injured", 3, 3)], marks=_BROKEN
    ),
    (
        "es",
        "Los cuerpos de cinco personas fueron encontra-dos en un pozo.",
        [("bodies_recovered", 5, 5)],
    ),
    ("de", "Im Re-vier wurden drei Menschen verletzt.", [("injured", 3, 3)]),
    ("en", "Twenty-two people were killed in the raid.", [("killed", 22, 22)]),
    ("fr", "Quatre-vingt-dix personnes ont été tuées.", [("killed", 90, 90)]),
    ("es", "Treinta y dos personas murieron.", [("killed", 32, 32)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_broken_word_tail_is_no_number(
    lang: str, text: str, expected: list[tuple[str, int, int]]
) -> None:
    claims = [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]
    assert sorted(claims) == sorted(expected)
