"""A list that names were matched against counts the list, not the incident (issue 11): "names
were matched against the health ministry's list of nearly 9,000 victims" states how long the
reference list is; read as a toll it would make the incident's figure the war's. Sentences are
our own."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

MATCHED: list[tuple[str, tuple[int, int]]] = [
    (
        "Five children were killed in the strike. Names were matched against the health "
        "ministry's list of nearly 9,000 victims published in March.",
        (5, 5),
    ),
    (
        "A boy was killed in the strike. Researchers checked the names against a ministry list "
        "of 4,500 fatalities.",
        (1, 1),
    ),
    (
        "Three children were killed. Where possible, the names were compared with the official "
        "register of some 2,000 dead.",
        (3, 3),
    ),
    (
        "Two women died in the shelling. Their names were cross-referenced with a list of "
        "about 600 victims released by the local council.",
        (2, 2),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MATCHED)
def test_a_matched_list_is_no_toll(text: str, expected: tuple[int, int]) -> None:
    assert incident_range(extract_claims(text, "en"), "killed") == expected


def test_a_list_of_the_incidents_victims_still_counts() -> None:
    text = "The ministry published a list of 14 victims of the strike on the market."
    assert incident_range(extract_claims(text, "en"), "killed") == (14, 14)
