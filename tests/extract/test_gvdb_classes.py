"""Classes of construction from US shooting news (GVDB, issue #12). Sentences are our own; names
and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str = "en") -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot and later died at the hospital.",
        "Sam Example was shot in the head on Sunday and died.",
        "Boy shot outside Exampletown school dies",
        "A woman shot on Friday has died, police said.",
    ],
)
def test_a_lone_victim_shot_who_then_died_is_killed_not_hurt(text: str) -> None:
    assert _readings(text) == [("killed", 1, 1)]


def test_a_death_after_and_with_its_own_subject_is_that_subjects() -> None:
    assert _readings("He shot at the car and died.") == []


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Two officers arrived at the house and shot the man, who later died.", [("killed", 1, 1)]),
        ("Two deputies opened fire and struck the driver.", []),
        ("Three deputies shot at the car before the chase ended.", []),
        ("Two men were shot by police on Sunday and both died.", [("killed", 2, 2)]),
        ("Three people were wounded when two gunmen opened fire.", [("injured", 3, 3)]),
    ],
)
def test_a_counted_subject_of_an_active_shooting_verb_is_the_shooter(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text) == readings


def test_a_lone_victim_set_off_before_a_relative_clause() -> None:
    assert _readings("Police shot Sam Example, who died at the scene.") == [("killed", 1, 1)]
    assert _readings("A gunman shot a clerk, who was taken to a hospital.") == [("injured", 1, 1)]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("His brother Sam, then 18, was shot and killed in 1999.", [("killed", 1, 1)]),
        ("Sam Example, 18, was shot and killed on Friday.", [("killed", 1, 1)]),
        ("Sam Example, 29, was shot in the leg on Sunday.", [("injured", 1, 1)]),
        ("Police said Sam Example, 22, was charged.", []),
    ],
)
def test_a_named_victim_with_an_age_set_off_is_one_victim_and_the_age_no_count(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text) == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Police named the victim of a deadly Christmas Day shooting.", [("killed", 1, None)]),
        ("Detectives investigate a fatal drive-by shooting in Exampletown.", [("killed", 1, None)]),
        ("Officers from the fatal drive-by shooting unit arrived.", []),
    ],
)
def test_a_deadly_event_with_modifiers_before_its_noun_is_a_death(
    text: str, readings: list[tuple[str, int, int | None]]
) -> None:
    assert _readings(text) == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Three people were shot outside a bar on Sunday.", [("killed_or_injured", 3, 3)]),
        ("Two shot near Example Park", [("killed_or_injured", 2, 2)]),
        # the dead told in the same sentence: the rest of those shot are hurt (branch en5)
        ("Three shot, one dead after party", [("injured", 2, 2), ("killed", 1, 1)]),
        ("A man was shot on Sunday.", [("injured", 1, 1)]),
        ("Two men shot at the car and drove off.", []),
        ("He bought the .357 Magnum he shot with in 2010.", []),
    ],
)
def test_people_shot_are_hit_killed_or_not(text: str, readings: list[tuple[str, int, int]]) -> None:
    assert _readings(text) == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Two dead, one injured in shooting", [("injured", 1, 1), ("killed", 2, 2)]),
        ("Five people were killed and one was injured.", [("injured", 1, 1), ("killed", 5, 5)]),
        ("He was one of the victims.", []),
    ],
)
def test_the_number_one_before_its_own_cue_is_a_count(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text) == readings


def test_people_fighting_for_their_lives_are_hurt_not_dead() -> None:
    text = "One man is dead, and two women are fighting for their lives."
    assert _readings(text) == [("injured", 2, 2), ("killed", 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A teen was charged in the shooting death of 38-year-old Sam Example.",
        "He was charged in the slaying of his wife.",
    ],
)
def test_a_shooting_death_or_slaying_of_someone_is_a_death(text: str) -> None:
    assert _readings(text) == [("killed", 1, None)]


def test_one_person_and_another_are_two() -> None:
    text = "The officer fatally shot a teenager and his neighbor."
    assert _readings(text) == [("killed", 2, 2)]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Gunmen killed a farmer and his wife.", [("killed", 2, 2)]),
        ("Gunmen killed a farmer and a shepherd.", [("killed", 2, 2)]),
        ("Gunmen killed a farmer and fled.", [("killed", 1, 1)]),
    ],
)
def test_two_lone_victims_joined_by_and_after_the_verb_are_two(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text) == readings


def test_the_subject_of_an_active_killing_verb_is_the_killer_not_a_victim() -> None:
    claims = [c for c in extract_claims("The man killed his wife.", "en") if c.is_casualty]
    assert [(c.measure, c.who, c.low) for c in claims] == [("killed", "women", 1)]
    assert _readings("Man killed Sunday in Exampletown") == [("killed", 1, 1)]


def test_a_person_found_shot_is_hurt_not_a_body() -> None:
    assert _readings("A man was found shot in the road.") == [("injured", 1, 1)]
    assert _readings("Three bodies were found.") == [("bodies_recovered", 3, 3)]
