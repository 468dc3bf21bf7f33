"""A number word opening a correlative pair ("both deaths and injuries") counts nothing, while
the same word before a noun and its verb ("both children died") still counts two."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _counted(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.measure, c.low, c.high) for c in extract_claims(text, "en") if c.is_casualty]


@pytest.mark.parametrize(
    "text",
    [
        "The shelling caused both deaths and injuries among residents of the estate.",
        "Medics said the blast left both martyrs and wounded at the market.",
        "Both the dead and the wounded were carried to the clinic by neighbours.",
        "Witnesses described both killed and injured lying on the road.",
    ],
)
def test_a_pair_joined_by_both_is_no_count(text: str) -> None:
    assert _counted(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both children died in the fire, the mayor said.", [("killed", 2, 2)]),
        (
            "Both of them died and four others were hurt in the collapse.",
            [("killed", 2, 2), ("injured", 4, 4)],
        ),
        (
            "Both guards were killed and three passers-by were wounded.",
            [("killed", 2, 2), ("injured", 3, 3)],
        ),
        ("Both the driver and his son were killed at the checkpoint.", [("killed", 2, 2)]),
        (
            "Both grandparents and their three grandsons died under the rubble.",
            [("killed", 5, 5), ("killed", 3, 3)],
        ),
    ],
)
def test_both_before_a_noun_and_its_verb_counts_two(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _counted(text) == expected
