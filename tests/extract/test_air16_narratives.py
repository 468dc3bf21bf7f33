"""Airwars-style narratives read one by one (issue 11, air16): the civilians-killed and
civilians-injured min-max a narrative alone gives, class by class. Sentences are our own,
labelled before the extractor was run on them."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

Case = tuple[str, str, str, tuple[int, int] | None]

ONE_MEMBER: list[Case] = [
    (
        "en",
        "The strike killed nine people and injured one other member of the family.",
        "injured",
        (1, 1),
    ),
    (
        "en",
        "The shelling killed four people and wounded at least one member of the household.",
        "injured",
        (1, 1),
    ),
    ("en", "One relative of the family was injured when the roof fell in.", "injured", (1, 1)),
    (
        "en",
        "The strike killed seven members of the Saleh family, including two women, one of whom "
        "was elderly, and injured one other member of the family.",
        "injured",
        (1, 1),
    ),
]

MINOR_INJURIES: list[Case] = [
    (
        "en",
        "Local sources reported two minor injuries after the shelling of the house.",
        "injured",
        (2, 2),
    ),
    ("en", "Four minor injuries were reported at the clinic after the raid.", "injured", (4, 4)),
    ("en", "Medics treated six minor injuries at the scene.", "injured", (6, 6)),
]

FIGHTER_AS_OBJECT: list[Case] = [
    (
        "en",
        "The strike killed Omar Haddad, a militia commander, together with his wife and their "
        "four children.",
        "killed",
        (5, 5),
    ),
    (
        "en",
        "The raid killed Yusuf Kamal, a senior field commander, along with his wife and two "
        "daughters.",
        "killed",
        (3, 3),
    ),
    (
        "en",
        "An airstrike killed a company commander in the Storm unit named Omar Haddad together "
        "with his wife and their four children.",
        "killed",
        (5, 5),
    ),
    (
        "en",
        "The strike killed Omar Haddad, a militia commander, along with his wife and his mother.",
        "killed",
        (2, 2),
    ),
    (
        "en",
        "The strike killed Omar Haddad, a teacher, together with his wife and their children.",
        "killed",
        (4, 4),
    ),
]

COUNTED_PARTS: list[Case] = [
    ("en", "Two children and a man were injured in the strike.", "injured", (3, 3)),
    ("en", "Two women and three children were injured in the raid.", "injured", (5, 5)),
    ("en", "Three men and two boys were killed when the shell hit the market.", "killed", (5, 5)),
    ("en", "The strike killed two women and three children.", "killed", (5, 5)),
    ("fr", "Deux enfants et un homme ont été blessés dans la frappe.", "injured", (3, 3)),
    ("es", "Dos mujeres y tres niños resultaron heridos en el ataque.", "injured", (5, 5)),
]


def _range(lang: str, text: str, measure: str) -> tuple[int, int] | None:
    return incident_range(extract_claims(text, lang), measure)


@pytest.mark.parametrize(("lang", "text", "measure", "expected"), ONE_MEMBER)
def test_one_member_of_a_family_is_one_person(
    lang: str, text: str, measure: str, expected: tuple[int, int]
) -> None:
    assert _range(lang, text, measure) == expected


@pytest.mark.parametrize(("lang", "text", "measure", "expected"), MINOR_INJURIES)
def test_minor_injuries_name_no_children(
    lang: str, text: str, measure: str, expected: tuple[int, int]
) -> None:
    claims = extract_claims(text, lang)
    assert not [c for c in claims if c.is_casualty and c.who == "children"]
    assert incident_range(claims, measure) == expected


def test_minors_are_children() -> None:
    claims = extract_claims("Two minors were injured in the strike.", "en")
    assert [(c.who, c.low) for c in claims if c.is_casualty] == [("children", 2)]


@pytest.mark.parametrize(("lang", "text", "measure", "expected"), FIGHTER_AS_OBJECT)
def test_a_fighter_as_object_is_counted_apart_from_his_family(
    lang: str, text: str, measure: str, expected: tuple[int, int]
) -> None:
    assert _range(lang, text, measure) == expected


def test_a_name_as_object_with_no_aside_counts_with_the_family() -> None:
    text = "The strike killed Omar Haddad together with his wife and their four children."
    assert _range("en", text, "killed") == (6, 6)


def test_the_family_of_a_member_hurt_keeps_its_count() -> None:
    text = (
        "The strike killed seven members of the Saleh family, including two women, one of whom "
        "was elderly, and injured one other member of the family."
    )
    assert _range("en", text, "killed") == (7, 7)


@pytest.mark.parametrize(("lang", "text", "measure", "expected"), COUNTED_PARTS)
def test_counted_groups_joined_by_and_are_everyone_hurt(
    lang: str, text: str, measure: str, expected: tuple[int, int]
) -> None:
    assert _range(lang, text, measure) == expected


@pytest.mark.parametrize(
    ("text", "measure", "expected"),
    [
        ("Eight people were killed, including two women and three children.", "killed", (8, 8)),
        ("A woman and two children were killed in the strike.", "killed", (3, 3)),
    ],
)
def test_a_total_or_a_lone_member_keeps_its_reading(
    text: str, measure: str, expected: tuple[int, int]
) -> None:
    assert _range("en", text, measure) == expected


SPEAKERS_COUNTED: list[Case] = [
    ("en", "Several sources reported deaths after the strike on the house.", "killed", (2, 2)),
    ("en", "Several outlets reported injuries among the residents.", "injured", (2, 2)),
    ("en", "Several witnesses reported deaths after the strike.", "killed", (2, 2)),
]


@pytest.mark.parametrize(("lang", "text", "measure", "expected"), SPEAKERS_COUNTED)
def test_a_count_of_sources_counts_no_victims(
    lang: str, text: str, measure: str, expected: tuple[int, int]
) -> None:
    claims = extract_claims(text, lang)
    assert not [c for c in claims if c.is_casualty]
    assert incident_range(claims, measure) == expected


def test_several_people_reported_dead_stay_counted() -> None:
    claims = extract_claims("Several people were reported dead after the strike.", "en")
    assert [(c.measure, c.low) for c in claims if c.is_casualty] == [("killed", 3)]


PARTICLE_NAMES: list[Case] = [
    (
        "en",
        "An airstrike killed a company commander in the militia\u2019s \u201cStorm\u201d unit "
        "named Omar al-Haddad together with his wife and their four children.",
        "killed",
        (5, 5),
    ),
    (
        "en",
        "The strike killed Sami al-Nasser together with his wife and their two sons.",
        "killed",
        (4, 4),
    ),
    (
        "en",
        "The strike killed Sami al-Nasser, a local commander, together with his wife and their "
        "two sons.",
        "killed",
        (3, 3),
    ),
    (
        "en",
        "The raid killed Huda el-Masri along with her husband and her three daughters.",
        "killed",
        (5, 5),
    ),
]


@pytest.mark.parametrize(("lang", "text", "measure", "expected"), PARTICLE_NAMES)
def test_a_name_with_a_particle_heads_the_family(
    lang: str, text: str, measure: str, expected: tuple[int, int]
) -> None:
    assert _range(lang, text, measure) == expected


AFFILIATIONS: list[tuple[str, str]] = [
    (
        "An Israeli airstrike killed a company commander in the Hamas armed wing named Omar "
        "al-Haddad together with his wife and their four children.",
        "israel",
    ),
    (
        "Russian shelling killed a soldier of the Ukrainian army named Petro Koval together with "
        "his wife and their two sons.",
        "russia",
    ),
    (
        "An airstrike by Israeli forces killed Omar al-Haddad, a Hamas commander, together with "
        "his wife and their four children.",
        "israel",
    ),
]


@pytest.mark.parametrize(("text", "perpetrator"), AFFILIATIONS)
def test_a_victims_side_is_no_perpetrator_of_the_family(text: str, perpetrator: str) -> None:
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    assert claims and {c.perpetrator for c in claims} == {perpetrator}


def test_the_perpetrator_before_a_family_stays() -> None:
    claims = [
        c
        for c in extract_claims("Israeli forces killed the man along with his two sons.", "en")
        if c.is_casualty
    ]
    assert claims and {c.perpetrator for c in claims} == {"israel"}
