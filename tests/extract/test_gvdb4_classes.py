"""Classes of local shooting reports (the kind the Gun Violence Database holds) that decide an
article's killed and injured counts; every sentence is our own."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract.engine import extract_claims


def _counts(text: str, lang: str = "en") -> tuple[int, int]:
    claims = extract_claims(text, lang)
    return incident_count(claims, "killed"), incident_count(claims, "injured")


@pytest.mark.parametrize(
    "text",
    [
        "The 31-year-old victim is recovering after being shot in the leg.",
        "A woman with a gunshot wound walked into a clinic on Tuesday night.",
        "The boy was listed in critical condition at a children's hospital.",
        "Police said the teenager remains hospitalized after the attack.",
        "His cousin is in stable condition, a spokeswoman said.",
        "The victim, a 30-year-old man, sustained a gunshot wound to the leg.",
        "The victim is expected to survive, police said.",
    ],
)
def test_a_lone_victim_in_a_hospital_state_is_one_injured(text: str) -> None:
    assert _counts(text) == (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A fight outside a bar left one man dead and another with life-threatening injuries.",
        "A shooting on Elm Street left one man dead and another in critical condition.",
        "A clerk was killed in the robbery. His brother was hospitalized.",
        "A driver was shot and killed on Monday. A passenger is in serious condition.",
        "A woman was killed on Friday. Her son is expected to survive.",
    ],
)
def test_one_in_a_hospital_state_beside_a_death_is_still_injured(text: str) -> None:
    # "a man was shot" says nothing of the outcome where someone died; a hospital state does
    assert _counts(text) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The economy is in critical condition, the mayor said.",
        "The ceasefire is expected to survive the weekend.",
        "A man with a gunshot wound was found dead in a car.",
        "The shooting left a teen dead. A woman was shot in the leg.",
    ],
)
def test_no_hospital_state_no_extra_injured(text: str) -> None:
    assert _counts(text)[1] == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Un hombre murió y otro quedó en estado crítico."),
        ("es", "Un hombre murió. Otro permanece en estado grave."),
        ("fr", "Un homme a été tué et un autre se trouve dans un état critique."),
        ("fr", "Un homme est mort. Un autre est dans un état grave."),
        ("de", "Ein Mann starb, ein weiterer befindet sich in kritischem Zustand."),
        ("de", "Ein Mann starb. Ein zweiter Mann schwebt in Lebensgefahr."),
        ("sv", "En man dödades och en annan är i kritiskt tillstånd."),
        ("sv", "En man dödades. En annan man är i livshotande tillstånd."),
    ],
)
def test_another_in_a_hospital_state_beside_a_death(lang: str, text: str) -> None:
    assert _counts(text, lang) == (1, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La mujer se encuentra en estado grave."),
        ("fr", "La femme se trouve dans un état grave."),
        ("de", "Die Frau befindet sich in kritischem Zustand."),
        ("sv", "Kvinnan är fortfarande i kritiskt tillstånd."),
    ],
)
def test_a_lone_victim_in_a_hospital_state_other_languages(lang: str, text: str) -> None:
    assert _counts(text, lang) == (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The store manager told FOX 17 the gunman shot him in the arm.",
        "A neighbor told WKRN 2 the shooter fled on foot.",
        "The clerk told NBC 5 a robber fired twice before running off.",
        "His mother told ABC 7 the teenager was shot in the leg.",
    ],
)
def test_a_station_number_before_an_article_counts_nobody(text: str) -> None:
    # a broadcaster's number is a name's number; the article opens a new clause
    counted = [c.low for c in extract_claims(text, "en") if c.is_casualty]
    assert all(n is not None and n <= 1 for n in counted)
