"""Classes found by labelling French reporting of our own, with sentences in every language
where each exists: an approximate age or distance ("d'une quarantaine d'années", "à une dizaine
de kilomètres") only modifies its noun phrase and does not cut a lone victim from its verb;
attempts on lives ("3 tentatives d'assassinat", "three attempted murders") count attempts,
not victims; "dépasser (les) N" is more than N; "bodyguards" are guards, not bodies."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _claims(text: str, lang: str) -> list[tuple[str | None, str | None, int | None, str]]:
    return [
        (c.measure, c.who, c.low, c.qualifier) for c in extract_claims(text, lang) if c.is_casualty
    ]


APPROXIMATE_MODIFIER = [
    ("fr", "Un homme d'une quarantaine d'années a été tué.", ("killed", "men", 1, "exact")),
    (
        "fr",
        "Une femme d'une cinquantaine d'années a été blessée.",
        ("injured", "women", 1, "exact"),
    ),
    (
        "fr",
        "Un soldat a été tué à une centaine de mètres du poste.",
        ("killed", "combatants", 1, "exact"),
    ),
    ("es", "Un civil de una treintena de años fue asesinado.", ("killed", "civilians", 1, "exact")),
    (
        "es",
        "Tres soldados murieron a una decena de kilómetros de la ciudad.",
        ("killed", "combatants", 3, "exact"),
    ),
    (
        "sv",
        "Tre soldater dödades ett tiotal kilometer från staden.",
        ("killed", "combatants", 3, "exact"),
    ),
    (
        "en",
        "Three soldiers were killed a dozen kilometres from the town.",
        ("killed", "combatants", 3, "exact"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), APPROXIMATE_MODIFIER)
def test_an_approximate_age_or_distance_only_modifies(
    lang: str, text: str, expected: tuple[str, str, int, str]
) -> None:
    assert _claims(text, lang) == [expected]


ATTEMPTS = {
    "fr": "Le parquet a ouvert une enquête pour 3 tentatives d'assassinat.",
    "en": "Police foiled three attempted murders.",
    "es": "La fiscalía investiga tres intentos de asesinato.",
    "de": "Die Polizei ermittelt wegen drei Mordversuchen.",
    "sv": "Polisen utreder tre mordförsök.",
}


@pytest.mark.parametrize("lang", sorted(ATTEMPTS))
def test_attempts_on_lives_are_no_victims(lang: str) -> None:
    assert _claims(ATTEMPTS[lang], lang) == []


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Le bilan pourrait dépasser les 100 morts.", 101),
        ("Le bilan a dépassé les 100 morts.", 101),
        ("Le bilan dépasse 40 morts.", 41),
    ],
)
def test_exceeding_is_more_than(text: str, low: int) -> None:
    assert _claims(text, "fr") == [("killed", "people", low, "more_than")]


def test_bodyguards_are_guards_not_bodies() -> None:
    text = "He survived three attempts on his life; two bodyguards were killed."
    assert _claims(text, "en") == [("killed", "other", 2, "exact")]


SHARES = {  # a share of a group is no count of people
    "fr": "Les trois quarts des victimes étaient des civils ; les deux tiers des habitants ont fui.",
    "en": "Three quarters of the victims were civilians; two thirds of the residents have fled.",
    "es": "Tres cuartas partes de las víctimas eran civiles y dos tercios de los habitantes huyeron.",
    "de": "Drei Viertel der Opfer waren Zivilisten; zwei Drittel der Einwohner sind geflohen.",
    "sv": "Tre fjärdedelar av offren var civila och två tredjedelar av invånarna har flytt.",
}


@pytest.mark.parametrize("lang", sorted(SHARES))
def test_shares_are_no_counts(lang: str) -> None:
    assert _claims(SHARES[lang], lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quelque 600 soldats ont été envoyés en renfort, après la mort de 11 militaires.",
            [("killed", "combatants", 11, "exact")],
        ),
        (
            "Plus de 6 millions de Syriens ont quitté le pays.",
            [("displaced", "people", 6000001, "more_than")],
        ),
    ],
)
def test_french_troops_sent_and_people_who_left_the_country(
    text: str, expected: list[tuple[str, str, int, str]]
) -> None:
    assert _claims(text, "fr") == expected


QUALIFIED_POPULATION = {  # a qualifier between a population word and its number
    "fr": "La région abrite quelque 3 millions de personnes, dont la moitié sont des déplacés.",
    "en": "A town of about 3,000 people was shelled.",
    "es": "Un pueblo de unos 3.000 habitantes fue bombardeado.",
    "de": "Die Stadt mit rund 3000 Einwohnern wurde beschossen.",
    "sv": "Staden med cirka 3 000 invånare besköts.",
}


@pytest.mark.parametrize("lang", sorted(QUALIFIED_POPULATION))
def test_a_qualified_population_is_no_count(lang: str) -> None:
    assert _claims(QUALIFIED_POPULATION[lang], lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un homme âgé d'environ 40 ans a été tué.", ("killed", "men", 1, "exact")),
        ("Un homme âgé de près de 40 ans a été tué.", ("killed", "men", 1, "exact")),
        (
            "Une femme âgée d'une trentaine d'années a été blessée.",
            ("injured", "women", 1, "exact"),
        ),
    ],
)
def test_a_qualified_age_keeps_the_lone_victim(
    text: str, expected: tuple[str, str, int, str]
) -> None:
    assert _claims(text, "fr") == [expected]


def test_a_qualified_age_in_english() -> None:
    assert _claims("A man aged about 40 was killed.", "en") == [("killed", "men", 1, "exact")]


SURVIVORS_WITH_A_COMPLEMENT = {  # "the five members of the crew survived": alive, no count
    "fr": "Les cinq membres de l'équipage ont survécu, mais deux passagers sont morts.",
    "es": "Los cinco miembros de la tripulación sobrevivieron, pero dos pasajeros murieron.",
    "en": "Five members of the crew survived, but two passengers died.",
    "de": "Fünf Mitglieder der Besatzung überlebten, aber zwei Passagiere starben.",
    "sv": "Fem medlemmar av besättningen överlevde, men två passagerare dog.",
}


@pytest.mark.parametrize("lang", sorted(SURVIVORS_WITH_A_COMPLEMENT))
def test_survivors_named_with_a_complement_are_no_count(lang: str) -> None:
    assert _claims(SURVIVORS_WITH_A_COMPLEMENT[lang], lang) == [("killed", "people", 2, "exact")]


def test_a_complement_before_the_own_verb_keeps_the_count() -> None:
    text = "Cinq membres d'une famille qui vivaient dans la maison ont été tués."
    assert _claims(text, "fr") == [("killed", "people", 5, "exact")]


LONE_YOUNG_PERSON = {  # a lone young person is one victim
    "fr": "Un jeune a été tué par balle.",
    "en": "A youth was shot dead.",
    "es": "Un joven murió.",
    "sv": "En ungdom dödades.",
}


@pytest.mark.parametrize("lang", sorted(LONE_YOUNG_PERSON))
def test_a_lone_young_person_is_one_victim(lang: str) -> None:
    claims = _claims(LONE_YOUNG_PERSON[lang], lang)
    assert [(measure, low) for measure, _, low, _ in claims] == [("killed", 1)]


def test_a_toll_bounded_after_at_is_still_a_toll() -> None:
    text = "The death toll was estimated at more than 50."
    assert _claims(text, "en") == [("killed", "people", 51, "more_than")]
