"""One person first reported hurt, then reported dead by a later report in the same sentence
(issue 11): "a radio station initially reported the injury of a boy, but relatives later
announced his death". The later report supersedes the first: the person counts once, as
killed, not also as injured (as a death from one's own wounds does, test_died_of_wounds.py).
Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

# (lang, sentence, killed range of the sentence read alone, or None where the test does not say)
SUPERSEDED = [
    (
        "en",
        "A local radio station initially reported the serious injury of a boy in the strike, "
        "but relatives later announced his death.",
        (1, 1),
    ),
    (
        "en",
        "At first a clinic said a fifth child had been hurt, but most outlets "
        "later spoke of the deaths of five children.",
        (5, 5),
    ),
    (
        "en",
        "One news site first reported that a teacher was wounded in the raid, but later reports "
        "said she had died.",
        (1, 1),
    ),
    (
        "en",
        "A journalist was wounded in the shelling of the camp, but he later died.",
        (1, 1),
    ),
    (
        "es",
        "Un niño resultó herido en el bombardeo del barrio, pero más tarde murió.",
        (1, 1),
    ),
    (
        "fr",
        "Un garçon a été blessé dans la frappe sur le quartier, mais il est mort plus tard.",
        (1, 1),
    ),
]


@pytest.mark.parametrize(("lang", "text", "killed"), SUPERSEDED)
def test_an_injury_later_reported_as_a_death_is_killed_only(
    lang: str, text: str, killed: tuple[int, int] | None
) -> None:
    claims = extract_claims(text, lang)
    assert [c for c in claims if c.is_casualty and c.measure == "injured"] == []
    assert incident_range(claims, "injured") is None
    assert incident_range(claims, "killed") == killed


KEPT = [
    # more than one hurt: one of them dying does not make the others unhurt
    ("en", "Five people were injured in the strike, but one of them later died.", "injured", 5),
    # another person dies: the one hurt stays hurt
    ("en", "A boy was injured in the strike, but his brother was killed.", "injured", 1),
    ("es", "Un niño resultó herido en el ataque, pero su hermano murió.", "injured", 1),
]


@pytest.mark.parametrize(("lang", "text", "measure", "low"), KEPT)
def test_others_hurt_or_another_dead_keep_the_injured(
    lang: str, text: str, measure: str, low: int
) -> None:
    claims = extract_claims(text, lang)
    assert (measure, low) in [(c.measure, c.low) for c in claims if c.is_casualty]
