"""Others take the verb that stands between them and the last count (issue #11): "killed three
people and injured the doctor himself and five others" injures the five; the verb before the
three kills only them. Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

VERB_BETWEEN = [
    (
        "en",
        "The strike killed three people and seriously injured the doctor himself and five others.",
    ),
    (
        "de",
        "Der Angriff tötete drei Menschen und verletzte den Arzt selbst und fünf weitere schwer.",
    ),
    (
        "fr",
        "La frappe a tué trois personnes et grièvement blessé le médecin lui-même et cinq autres.",
    ),
    ("es", "El ataque mató a tres personas e hirió gravemente al propio médico y a otros cinco."),
    ("sv", "Attacken dödade tre personer och skadade läkaren själv och fem andra svårt."),
    ("ar", "قتل القصف ثلاثة أشخاص وأصاب الطبيب نفسه وخمسة آخرين بجروح خطيرة."),
]


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(("lang", "text"), VERB_BETWEEN)
def test_others_after_a_second_verb_take_that_verb(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 5, 5), ("killed", 3, 3)]


def test_others_with_no_verb_between_take_the_last_count() -> None:
    text = "Three people were killed, the ministry said. Five others died in hospital."
    assert _readings(text, "en") == [("killed", 3, 3), ("killed", 5, 5)]


def test_dozens_of_others_after_the_verb_are_injured() -> None:
    text = "The strike killed at least eight relatives and injured the owner and dozens of others."
    assert ("injured", 24, None) in _readings(text, "en")
