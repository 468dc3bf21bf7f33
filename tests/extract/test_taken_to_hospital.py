"""People counted and then taken, rushed or carried to hospital are the hurt: a passive verb of
taking with a hospital for destination is an injured cue for a count of people ("15 were taken
to hospital"), as Swedish and German already read "fördes till sjukhus" and "ins Krankenhaus
gebracht". A lone victim taken to hospital who then dies stays one dead, and a trip taken as a
precaution counts nobody. Sentences our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

_LABELS_FIRST = "labels first: a counted trip to hospital is not yet read in this language"

CASES = [
    ("en", "Eleven people were taken to hospital after the shelling.", [("injured", 11, 11)]),
    ("en", "Four children were rushed to hospital with burns.", [("injured", 4, 4)]),
    (
        "en",
        "Two people died and 15 were taken to hospital.",
        [("killed", 2, 2), ("injured", 15, 15)],
    ),
    ("en", "Nine workers were taken to a nearby hospital.", [("injured", 9, 9)]),
    ("en", "A man was taken to hospital. He died there.", [("killed", 1, 1)]),
    ("en", "Twelve people were taken to hospital as a precaution.", []),
    (
        "fr",
        "Onze personnes ont été transportées à l'hôpital après le bombardement.",
        [("injured", 11, 11)],
    ),
    ("fr", "Quinze passagers ont été conduits à l'hôpital.", [("injured", 15, 15)]),
    (
        "fr",
        "Deux personnes sont mortes et 15 ont été transportées à l'hôpital.",
        [("killed", 2, 2), ("injured", 15, 15)],
    ),
    (
        "es",
        "Once personas fueron trasladadas al hospital tras el bombardeo.",
        [("injured", 11, 11)],
    ),
    ("es", "Cuatro niños fueron llevados al hospital con quemaduras.", [("injured", 4, 4)]),
    (
        "es",
        "Dos personas murieron y 15 fueron trasladadas al hospital.",
        [("killed", 2, 2), ("injured", 15, 15)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_people_taken_to_hospital_are_hurt(
    lang: str, text: str, expected: list[tuple[str, int, int]]
) -> None:
    claims = [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]
    assert sorted(claims) == sorted(expected)
