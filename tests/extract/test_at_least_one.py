"""A count of one keeps its qualifier as any number does (issue #11): "at least one person was
injured" is at least one, no upper bound; "more than one" is two or more. Sentences are our own;
places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None, str]]:
    return sorted(
        (c.measure, c.low, c.high, c.qualifier) for c in extract_claims(text, lang) if c.is_casualty
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least one person was injured in the strike on Example Street."),
        ("de", "Mindestens ein Mensch wurde bei dem Angriff in Beispielstadt verletzt."),
        ("fr", "Au moins une personne a été blessée dans la frappe à Exempleville."),
        ("es", "Al menos una persona resultó herida en el ataque en Villa Ejemplo."),
        ("sv", "Minst en person skadades i attacken i Exempelby."),
        ("ar", "أصيب شخص واحد على الأقل في الغارة."),
    ],
)
def test_at_least_one_has_no_upper_bound(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 1, None, "at_least")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strike on Example Town killed at least one child."),
        ("de", "Bei dem Angriff in Beispielstadt wurde mindestens ein Kind getötet."),
    ],
)
def test_at_least_one_child(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, None, "at_least")]


def test_more_than_one_is_two_or_more() -> None:
    assert _readings("More than one civilian was killed in Example Town.", "en") == [
        ("killed", 2, None, "more_than")
    ]


def test_a_lone_victim_stays_one() -> None:
    assert _readings("A man was killed and two were injured in Example Town.", "en") == [
        ("injured", 2, 2, "exact"),
        ("killed", 1, 1, "exact"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strike killed a journalist and wounded at least two other relatives."),
        ("ar", "قتل صحفي وأصيب على الأقل اثنان من أقاربه."),
    ],
)
def test_a_later_at_least_belongs_to_the_next_count(lang: str, text: str) -> None:
    assert ("killed", 1, 1, "exact") in _readings(text, lang)
