"""A count after a death verb whose own predicate is a trip to hospital is hurt, not dead too
("Two people died and two were taken to hospital" read the second two as killed: the deaths of
the report doubled). The count takes its own auxiliary and harmed phrase (the lone-victim
reader's ``singular_victims.harmed``, plural forms in French and Spanish). Sentences our own,
labelled before the change ran on them; German and Swedish read these already."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    (
        "en",
        "One woman died and three were taken to hospital after the blast.",
        [("killed", 1), ("injured", 3)],
    ),
    (
        "en",
        "Five soldiers were killed and seven were rushed to hospital.",
        [("killed", 5), ("injured", 7)],
    ),
    (
        "en",
        "Four people died in the fire and 11 were taken to a hospital.",
        [("killed", 4), ("injured", 11)],
    ),
    (
        "fr",
        "Un enfant est mort et quatre personnes ont été transportées à l'hôpital.",
        [("killed", 1), ("injured", 4)],
    ),
    (
        "fr",
        "Six civils ont été tués et neuf ont été évacués vers l'hôpital.",
        [("killed", 6), ("injured", 9)],
    ),
    (
        "fr",
        "Deux policiers sont morts, cinq ont été conduits à l'hôpital.",
        [("killed", 2), ("injured", 5)],
    ),
    (
        "es",
        "Un hombre murió y cuatro personas fueron trasladadas al hospital.",
        [("killed", 1), ("injured", 4)],
    ),
    (
        "es",
        "Seis civiles murieron y ocho fueron trasladados a un hospital.",
        [("killed", 6), ("injured", 8)],
    ),
    (
        "es",
        "Dos niños fallecieron y otros tres fueron trasladados al hospital.",
        [("killed", 2), ("injured", 3)],
    ),
    (
        "de",
        "Drei Menschen starben, vier wurden ins Krankenhaus gebracht.",
        [("killed", 3), ("injured", 4)],
    ),
    ("sv", "Två personer omkom och fem fördes till sjukhus.", [("killed", 2), ("injured", 5)]),
    # no death before: the trip alone stays as it was read (no claim in en, fr, es)
    ("en", "Nine people were taken to hospital as a precaution.", []),
    # a lone victim taken to hospital who then dies stays one dead
    ("en", "A boy was taken to hospital. He died on Tuesday.", [("killed", 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_counted_hospital_trip(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    found = sorted(
        (c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty and c.low == c.high
    )
    assert found == sorted(expected)
