"""A part of the injured with a killing verb is a count of the dead (issue #12): "two of the
injured later died". Sentences are our own; places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two of the injured later died in hospital."),
        ("es", "Dos de los heridos murieron después en el hospital."),
        ("fr", "Deux des blessés sont morts à l'hôpital."),
        ("de", "Zwei der Verletzten starben später im Krankenhaus."),
        ("sv", "Två av de skadade dog senare på sjukhuset."),
        ("ar", "توفي اثنان من الجرحى لاحقا في المستشفى."),
    ],
)
def test_a_part_of_the_injured_who_died_is_dead(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 2, 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five of the wounded were in critical condition."),
        ("es", "Cinco de los heridos se encuentran en estado grave."),
        ("fr", "Cinq des blessés sont dans un état critique."),
        ("de", "Fünf der Verletzten sind in kritischem Zustand."),
        ("sv", "Fem av de skadade är i kritiskt tillstånd."),
    ],
)
def test_a_part_of_the_injured_still_hurt_stays_injured(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 5, 5)]
