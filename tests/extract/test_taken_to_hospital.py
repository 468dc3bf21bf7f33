"""People counted and then taken, rushed or carried to hospital are the hurt: a passive verb of
taking with a hospital for destination is an injured cue for a count of people ("15 were taken
to hospital"), as Swedish and German already read "fördes till sjukhus" and "ins Krankenhaus
gebracht"; English, French and Spanish do not yet for a count alone (strict xfails), only for a
count after a verb of death in its sentence, which takes its own trip. A lone victim taken to
hospital who then dies stays one dead, and a trip taken as a precaution counts nobody. Sentences
our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

_NOT_READ = (
    "a counted trip to hospital is no injured cue yet in en/fr/es: as a cue the phrase also turns "
    "lone victims who then die ('A man was taken to hospital. He died there.', 'Un homme a été "
    "transporté à l'hôpital, où il est mort', 'Both boys were brought to hospital, where they "
    "died') into the hurt, and carers sent there ('Dos médicos fueron trasladados al hospital para "
    "atender a los heridos') into patients; the lone-victim reader and a carers guard come first"
)

CASES = [
    pytest.param(
        "en",
        "Eleven people were taken to hospital after the shelling.",
        [("injured", 11, 11)],
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    pytest.param(
        "en",
        "Four children were rushed to hospital with burns.",
        [("injured", 4, 4)],
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    # a count after a death verb takes its own trip to hospital (engine._own_harmed_phrase)
    (
        "en",
        "Two people died and 15 were taken to hospital.",
        [("killed", 2, 2), ("injured", 15, 15)],
    ),
    pytest.param(
        "en",
        "Nine workers were taken to a nearby hospital.",
        [("injured", 9, 9)],
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    ("en", "A man was taken to hospital. He died there.", [("killed", 1, 1)]),
    ("en", "Twelve people were taken to hospital as a precaution.", []),
    pytest.param(
        "fr",
        "Onze personnes ont été transportées à l'hôpital après le bombardement.",
        [("injured", 11, 11)],
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    pytest.param(
        "fr",
        "Quinze passagers ont été conduits à l'hôpital.",
        [("injured", 15, 15)],
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    # a count after a death verb takes its own trip to hospital (engine._own_harmed_phrase)
    (
        "fr",
        "Deux personnes sont mortes et 15 ont été transportées à l'hôpital.",
        [("killed", 2, 2), ("injured", 15, 15)],
    ),
    pytest.param(
        "es",
        "Once personas fueron trasladadas al hospital tras el bombardeo.",
        [("injured", 11, 11)],
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    pytest.param(
        "es",
        "Cuatro niños fueron llevados al hospital con quemaduras.",
        [("injured", 4, 4)],
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    # a count after a death verb takes its own trip to hospital (engine._own_harmed_phrase)
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
