"""Classes of construction from US shooting news (GVDB, issue #12). Sentences are our own; names
and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str = "en") -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot and later died at the hospital.",
        "Sam Example was shot in the head on Sunday and died.",
        "Boy shot outside Exampletown school dies",
        "A woman shot on Friday has died, police said.",
    ],
)
def test_a_lone_victim_shot_who_then_died_is_killed_not_hurt(text: str) -> None:
    assert _readings(text) == [("killed", 1, 1)]


def test_a_death_after_and_with_its_own_subject_is_that_subjects() -> None:
    assert _readings("He shot at the car and died.") == []
