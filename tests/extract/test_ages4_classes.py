"""Lone victims and counts described after the number (branch ages4): "others" before the
number ("otros tres resultaron heridos") take the kind of the count before. Sentences are our
own; names invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _claims(text: str, lang: str) -> list[tuple[str, str | None, int | None]]:
    return sorted((c.measure, c.who, c.low) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Dos soldados murieron y otros tres resultaron heridos.",
            [("injured", "combatants", 3), ("killed", "combatants", 2)],
        ),
        (
            "es",
            "Dos soldados murieron, otros 21 heridos.",
            [("injured", "combatants", 21), ("killed", "combatants", 2)],
        ),
        (
            "es",
            "Un soldado murió y otros tres resultaron heridos.",
            [("injured", "combatants", 3), ("killed", "combatants", 1)],
        ),
        (
            "es",
            "Dos soldados murieron y otros tres civiles resultaron heridos.",
            [("injured", "civilians", 3), ("killed", "combatants", 2)],
        ),
        (
            "de",
            "Zwei Soldaten wurden getötet und weitere 21 verletzt.",
            [("injured", "combatants", 21), ("killed", "combatants", 2)],
        ),
        (
            "sv",
            "Två soldater dödades och ytterligare tre skadades.",
            [("injured", "combatants", 3), ("killed", "combatants", 2)],
        ),
        (
            "sv",
            "En soldat dödades och ytterligare tre skadades.",
            [("injured", "combatants", 3), ("killed", "combatants", 1)],
        ),
    ],
)
def test_others_before_the_number_take_the_kind_before(
    lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _claims(text, lang) == expected
