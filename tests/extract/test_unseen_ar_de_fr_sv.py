"""Classes of construction from unseen reporting (issue #12) in Arabic, German, French and
Swedish, with the shared ones in every language they apply to. Sentences are our own; names and
places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استشهد مواطن وأصيب آخر في قصف على القرية."),
        ("de", "Ein Zivilist wurde getötet, ein weiterer wurde verletzt."),
        ("de", "Eine Frau wurde getötet, eine weitere verletzt."),
        ("fr", "Un civil a été tué et un autre a été blessé."),
        ("fr", "Une femme a été tuée, une autre blessée."),
        ("sv", "En kvinna dödades och en annan skadades."),
        ("en", "One man was killed and another was injured."),
        ("es", "Un hombre murió y otro resultó herido."),
    ],
)
def test_another_after_a_lone_victim_is_one_more(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("de", "Ein Mann starb, weitere wurden verletzt.", [("killed", 1, 1)]),
        ("fr", "Un enfant a été tué et d'autres blessés.", [("killed", 1, 1)]),
        ("sv", "En man dödades och andra skadades.", [("killed", 1, 1)]),
        ("fr", "Une autre frappe a tué deux personnes.", [("killed", 2, 2)]),
        ("sv", "En annan attack dödade två personer.", [("killed", 2, 2)]),
        ("de", "Ein weiterer Angriff tötete zwei Menschen.", [("killed", 2, 2)]),
    ],
)
def test_others_without_an_article_are_no_count_of_one(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    "text",
    [
        "قال مصدر طبي إن أحد المواطنين استشهد وأصيب آخر إثر قصف على المخيم.",
        "أحد المدنيين قتل وأصيب آخر.",
    ],
)
def test_arabic_one_of_them_then_another_are_two_people(text: str) -> None:
    assert _readings(text, "ar") == [("injured", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "قتل أحد المدنيين في القصف.",
        "قتل أحد المدنيين إثر غارة على البلدة.",
        "استشهد أحد المواطنين جراء القصف.",
    ],
)
def test_arabic_one_of_the_civilians_before_a_preposition(text: str) -> None:
    assert _readings(text, "ar") == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("قتل ثلاثة وأصيب خمسة في الانفجار.", [("injured", 5, 5), ("killed", 3, 3)]),
        ("قتل اثنان وأصيب أربعة.", [("injured", 4, 4), ("killed", 2, 2)]),
        (
            "أسفرت الغارة عن مقتل مدنيين اثنين وإصابة خمسة آخرين.",
            [("injured", 5, 5), ("killed", 2, 2)],
        ),
        ("سجلت المستشفيات 5 وفيات.", [("killed", 5, 5)]),
        ("سقط 3 قتلى و5 جرحى.", [("injured", 5, 5), ("killed", 3, 3)]),
    ],
)
def test_arabic_a_verb_with_and_written_on_opens_the_next_clause(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "ar") == readings
