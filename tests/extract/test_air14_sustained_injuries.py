"""One person who "sustained injuries" (issue 11): a singular subject with a verb of suffering
and the plural of its wounds ("a neighbour sustained injuries", "another civilian suffered
serious injuries", "sufrió heridas", "erlitt Verletzungen") is one person hurt. The plural
counts the wounds, not the people: it is no plural of people hurt (which would count two).
Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

ONE_HURT = [
    ("en", "A neighbour sustained injuries when the shell hit the house next door."),
    ("en", "According to a cousin, another unidentified man sustained injuries in the strike."),
    ("en", "A young woman suffered serious injuries when the drone struck the car."),
    ("en", "The strike killed two brothers. Their cousin, a student, sustained minor injuries."),
    ("es", "Un vecino sufrió heridas cuando el proyectil alcanzó la casa."),
    ("de", "Ein Nachbar erlitt Verletzungen, als die Granate das Haus traf."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_HURT)
def test_one_person_who_sustained_injuries_is_one_hurt(lang: str, text: str) -> None:
    claims = extract_claims(text, lang)
    assert incident_range(claims, "injured") == (1, 1)


COUNTED = [
    ("en", "Five people sustained injuries when the shell hit the house.", 5),
    ("en", "Three children suffered serious injuries in the strike on the school.", 3),
]


@pytest.mark.parametrize(("lang", "text", "low"), COUNTED)
def test_a_count_that_sustained_injuries_keeps_its_count(lang: str, text: str, low: int) -> None:
    claims = extract_claims(text, lang)
    assert ("injured", low) in [(c.measure, c.low) for c in claims if c.is_casualty]
