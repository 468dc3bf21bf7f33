"""Issue #12 classes in Arabic, German, French and Swedish (with the shared ones in all six
languages): small counts of separate victims, and constructions unseen reporting uses.
Sentences are our own; names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A child was killed in Northtown. In Southtown, a woman was killed by a drone."),
        ("es", "Un niño murió en Norteville. En Surville, una mujer murió por un dron."),
        ("fr", "Un enfant a été tué à Nordville. À Sudville, une femme a été tuée par un drone."),
        (
            "de",
            "Ein Kind wurde in Nordstadt getötet. In Südstadt wurde eine Frau bei einem Drohnenangriff getötet.",
        ),
        ("sv", "Ett barn dödades i Norrby. I Söderby dödades en kvinna av en drönare."),
        ("ar", "استشهد طفل في القرية الشمالية. وفي القرية الجنوبية استشهدت سيدة في غارة."),
    ],
)
def test_lone_victims_named_by_different_nouns_are_different_people(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استشهد شاب في القصف. وفي حادث آخر، استشهد آخر متأثرا بإصابته."),
        ("ar", "استشهد طفلان وعنصر في الدفاع المدني. وأدى القصف الثاني إلى استشهاد شخصين."),
    ],
)
def test_another_lone_victim_is_no_repeat(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert len(readings) == 2 and readings[0] == readings[1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Child killed in Northtown strike\n\nA child was killed in a strike on Northtown."),
        ("ar", "استشهاد طفل في قصف على القرية\n\nاستشهد طفل في قصف على القرية صباح اليوم."),
    ],
)
def test_a_lone_victim_repeated_under_the_same_noun_is_one_claim(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, 1)]
