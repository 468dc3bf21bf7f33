"""A fighter named with an aside before the verb and killed with his family (issue 11): "Sam
Example, a senior commander, died together with his wife and their three children" counts the
family (four civilians); the fighter is counted apart, as "a commander was killed along with his
wife and five children" already is. Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

_CLASS = (
    "air15: 'militant' before a role noun ('a militant leader') names no fighter to the "
    "pack: the family total counts him"
)

FIGHTER_WITH_FAMILY: list[tuple[str, tuple[int, int]]] = [
    (
        "Sami Odeh, a senior commander, died together with his wife and their three children.",
        (4, 4),
    ),
    (
        "Yusuf Kamal, a field commander of the brigades, died together with his wife and two sons.",
        (3, 3),
    ),
    ("Rami Nasser, a local fighter, was killed alongside his mother and his sister.", (2, 2)),
]


@pytest.mark.parametrize(("text", "expected"), FIGHTER_WITH_FAMILY)
def test_a_fighter_named_before_the_verb_is_counted_apart(
    text: str, expected: tuple[int, int]
) -> None:
    assert incident_range(extract_claims(text, "en"), "killed") == expected


def test_a_civilian_named_before_the_verb_is_one_of_the_family() -> None:
    text = "Sami Odeh, a teacher, died together with his wife and their three children."
    assert incident_range(extract_claims(text, "en"), "killed") == (5, 5)


@pytest.mark.xfail(strict=True, reason=_CLASS)
def test_a_militant_leader_named_before_the_verb_is_counted_apart() -> None:
    text = "Rami Nasser, a militant leader, was killed alongside his mother and his sister."
    assert incident_range(extract_claims(text, "en"), "killed") == (2, 2)


def test_a_date_before_the_comma_names_no_fighter() -> None:
    text = "On Monday, fighters said, a farmer was killed along with his two sons."
    assert incident_range(extract_claims(text, "en"), "killed") == (3, 3)
