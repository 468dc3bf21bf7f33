"""Generic classes of English and Spanish reporting (issue #12), with the shared ones in the
other languages where the construction exists. Sentences are our own; names and places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, str, int | None, int | None]]:
    return sorted(
        (c.measure, c.who or "", c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un comando asesinó a tres personas en la carretera.", ("killed", "people", 3, 3)),
        ("Asesinó a dos hombres y huyó del lugar.", ("killed", "men", 2, 2)),
        ("Un grupo armado ultimó el domingo a tres jóvenes.", ("killed", "people", 3, 3)),
        ("Ultimó a 4 hombres frente a su casa.", ("killed", "men", 4, 4)),
        ("Sicarios acribillaron a cinco hombres en un bar.", ("killed", "men", 5, 5)),
        ("El ejército abatió a seis guerrilleros.", ("killed", "combatants", 6, 6)),
    ],
)
def test_a_spanish_preterite_folded_into_another_word_is_still_a_killing(
    text: str, expected: tuple[str, str, int, int]
) -> None:
    assert _readings(text, "es") == [expected]


def test_the_word_a_spanish_preterite_folds_into_is_no_killing() -> None:
    # "último" (last) and "asesino" (murderer) are not the verbs "ultimó" and "asesinó"
    text = "En el último mes el asesino huyó; los últimos 3 días hubo 40 detenidos."
    assert _readings(text, "es") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A man, 35, was killed in the shelling.", ("killed", "men", 1, 1)),
        ("en", "The victim, 42, was killed outside her home.", ("killed", "people", 1, 1)),
        ("en", "A woman, 29, was injured by shrapnel.", ("injured", "women", 1, 1)),
        ("en", "A man of 35 died in the blast.", ("killed", "men", 1, 1)),
        ("es", "Una mujer de 30 murió en el bombardeo.", ("killed", "women", 1, 1)),
        ("de", "Ein Mann, 35, wurde getötet, als die Granate einschlug.", ("killed", "men", 1, 1)),
        ("sv", "En man, 35, dödades i attacken.", ("killed", "men", 1, 1)),
    ],
)
def test_an_age_after_a_lone_victims_noun_is_no_count(
    lang: str, text: str, expected: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [expected]


def test_an_age_after_a_noun_does_not_hide_a_group_that_dies() -> None:
    assert _readings("A family of 5 died in the fire.", "en") == [("killed", "people", 5, 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A man of 35 and his son were killed in the strike."),
        ("en", "A man, 35, and his son were killed in the strike."),
        ("es", "Un hombre de 35 años y su hijo murieron en el ataque."),
        ("fr", "Un homme de 35 ans et son fils ont été tués dans la frappe."),
    ],
)
def test_a_victim_with_an_age_and_a_relative_are_two_dead(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert ("killed", "people", 2, 2) in readings
    assert all(low in (1, 2) for _, _, low, _ in readings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hundreds of people marched for the victims of the attack."),
        ("en", "Thousands of mourners paid their respects to the victims on Sunday."),
        ("es", "Miles de personas despidieron a las víctimas del atentado."),
        ("es", "Cientos de personas marcharon por los muertos en la plaza."),
        ("fr", "Des centaines de personnes ont marché pour les victimes."),
        ("de", "Hunderte Menschen trauerten um die Opfer."),
        ("sv", "Hundratals människor sörjde offren."),
    ],
)
def test_people_who_gather_to_mourn_or_protest_the_dead_are_no_victims(
    lang: str, text: str
) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Hundreds of people mourned the 3 young men who were killed.",
            ("killed", "men", 3, 3),
        ),
        (
            "es",
            "Cientos de personas marcharon por los 3 jóvenes asesinados.",
            ("killed", "people", 3, 3),
        ),
    ],
)
def test_the_dead_mourned_keep_their_own_count(
    lang: str, text: str, expected: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "killed"),
    [
        ("en", "Six of the 10 houses were destroyed and four people were killed.", 4),
        ("en", "Six of the ten houses were destroyed and four people were killed.", 4),
        ("es", "Seis de las 10 casas quedaron destruidas y murieron cuatro personas.", 4),
        ("es", "Dos de los 5 hospitales fueron atacados y murieron 7 personas.", 7),
    ],
)
def test_a_part_of_a_counted_whole_of_things_counts_no_one(
    lang: str, text: str, killed: int
) -> None:
    assert _readings(text, lang) == [("killed", "people", killed, killed)]


def test_a_part_of_a_counted_whole_of_people_still_counts_them() -> None:
    assert ("killed", "children", 2, 2) in _readings("Two of the three children died.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Three people were wounded and later died.", ("killed", "people", 3, 3)),
        ("en", "A woman was wounded and later died in hospital.", ("killed", "women", 1, 1)),
        ("en", "Four were injured and have since died.", ("killed", "people", 4, 4)),
        ("es", "Dos personas resultaron heridas y murieron después.", ("killed", "people", 2, 2)),
        ("es", "Una mujer resultó gravemente herida y murió.", ("killed", "women", 1, 1)),
        ("es", "La mujer, de 29 años, resultó herida y murió.", ("killed", "women", 1, 1)),
    ],
)
def test_the_wounded_who_died_are_one_count_of_the_dead(
    lang: str, text: str, expected: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Twenty people were wounded and three later died.",
            [("injured", "people", 20, 20), ("killed", "people", 3, 3)],
        ),
        (
            "es",
            "Hubo 12 muertos y 20 heridos.",
            [("injured", "people", 20, 20), ("killed", "people", 12, 12)],
        ),
    ],
)
def test_a_death_with_its_own_number_after_the_wounded_stays_apart(
    lang: str, text: str, expected: list[tuple[str, str, int, int]]
) -> None:
    assert _readings(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 16 people, including 13 younger than 18, were killed."),
        ("en", "At least 16 people, including 13 under the age of 18, were killed."),
        ("es", "Murieron 16 personas, entre ellas 13 menores de 18 años."),
    ],
)
def test_a_count_bounded_by_age_counts_children_and_the_age_nobody(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert ("killed", "children", 13, 13) in readings
    assert all(low != 18 for _, _, low, _ in readings)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Some 40 people received medical treatment after the blast.",
            ("injured", "people", 40, 40),
        ),
        (
            "es",
            "Unas 300 personas recibieron atención médica tras la explosión.",
            ("injured", "people", 300, 300),
        ),
        ("es", "Dos estadounidenses murieron en el ataque.", ("killed", "people", 2, 2)),
    ],
)
def test_people_treated_are_injured_and_nationals_are_people(
    lang: str, text: str, expected: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "killed"),
    [
        ("es", "A las 10.30 el misil impactó y mató a 4 personas.", 4),
        ("es", "Hacia las 22.15 murieron dos personas.", 2),
        ("en", "At 10.30 the missile hit, killing 4 people.", 4),
    ],
)
def test_the_minutes_of_a_clock_time_count_nobody(lang: str, text: str, killed: int) -> None:
    assert _readings(text, lang) == [("killed", "people", killed, killed)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El hombre recibió 12 impactos de bala."),
        ("es", "Los peritos hallaron 40 casquillos en la calle."),
        ("en", "Investigators found 40 shell casings in the street."),
    ],
)
def test_shots_and_casings_are_no_casualties(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A woman, who was passing by, was injured.", ("injured", "women", 1, 1)),
        ("es", "Una mujer, que viajaba en el autobús, resultó herida.", ("injured", "women", 1, 1)),
    ],
)
def test_a_relative_aside_keeps_a_lone_victim_with_its_verb(
    lang: str, text: str, expected: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [expected]
