"""Numbers that are no casualty figure and must not become one (issue #12), with sentences of
our own in every language where the construction exists: a place's population, the agent of a
passive casualty verb, killers of a person named by role, a distance after a passive verb,
Spanish "las N" as persons, patients admitted, people arrested by an active verb, an age list
followed by a count of persons, a group's make-up, Arabic vehicles. The toll in each sentence
is still read."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _figures(text: str, lang: str) -> list[tuple[str, int | None]]:
    return sorted((c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty)


POPULATION = {
    "en": "12 people were killed in the town of 3,000 inhabitants.",
    "es": "Murieron 12 personas en la localidad de 3.000 habitantes.",
    "fr": "12 personnes ont été tuées dans la ville de 3 000 habitants.",
    "de": "12 Menschen wurden in der Stadt mit 3000 Einwohnern getötet.",
    "sv": "12 personer dödades i staden med 3 000 invånare.",
    "ar": "قتل 12 شخصا في البلدة التي يبلغ عدد سكانها 3000 نسمة.",
}
FORMER_POPULATION = {
    "es": "El pueblo, que albergaba a 3.000 habitantes, fue bombardeado y murieron 12 personas.",
    "fr": "Le village, qui comptait 3 000 habitants, a été bombardé et 12 personnes ont été tuées.",
}
PASSIVE_AGENT = {
    "en": "12 people were killed on Sunday by two gunmen.",
    "es": "Doce personas murieron a manos de dos atacantes.",
    "fr": "Douze personnes ont été tuées par deux kamikazes.",
    "de": "12 Menschen wurden von zwei Angreifern getötet.",
    "ar": "قتل 12 شخصا على يد 3 مسلحين.",
}
ROLE_VICTIM = {  # "several armed men shot dead the owner": one victim, not several
    "en": "Several armed men killed the shop owner.",
    "fr": "Plusieurs hommes armés ont tué le propriétaire.",
    "de": "Mehrere bewaffnete Männer töteten den Besitzer.",
    "sv": "Flera beväpnade män dödade ägaren.",
}
DISTANCE = {
    "en": "12 people were killed 30 km north of the city.",
    "es": "Murieron 12 personas a 30 kilómetros de la ciudad.",
    "fr": "12 personnes ont été tuées à 30 kilomètres au nord de la ville.",
    "de": "12 Menschen wurden 30 Kilometer nördlich der Stadt getötet.",
    "sv": "12 personer dödades 30 kilometer norr om staden.",
    "ar": "قتل 12 شخصا على بعد 30 كيلومترا شمال المدينة.",
}
ARRESTED = {
    "en": "Police arrested 7 people after the attack, which killed 12.",
    "es": "La policía detuvo a 7 sospechosos después de que murieran 12 personas.",
    "fr": "La police a arrêté 7 suspects après la mort de 12 personnes.",
    "sv": "Polisen grep 7 personer efter attacken där 12 personer dödades.",
    "ar": "اعتقلت الشرطة 7 أشخاص بعد مقتل 12 شخصا.",
}
GROUP_MAKEUP = {
    "en": "The unit, made up of 30 fighters, killed 12 people.",
    "es": "El grupo, integrado por 30 combatientes, mató a 12 personas.",
    "fr": "Le groupe, composé de 30 combattants, a tué 12 personnes.",
    "de": "Die Einheit, bestehend aus 30 Kämpfern, tötete 12 Menschen.",
    "sv": "Gruppen, bestående av 30 krigare, dödade 12 personer.",
}
VEHICLES = {
    "en": "The strike hit 5 vehicles and killed 12 people.",
    "es": "El ataque alcanzó 5 vehículos y mató a 12 personas.",
    "fr": "La frappe a touché 5 véhicules et tué 12 personnes.",
    "de": "Der Angriff traf 5 Fahrzeuge und tötete 12 Menschen.",
    "sv": "Attacken träffade 5 fordon och dödade 12 personer.",
    "ar": "أصابت الغارة 5 مركبات وقتلت 12 شخصا.",
}


@pytest.mark.parametrize(
    ("table", "lang"),
    [
        (table, lang)
        for table in (
            "POPULATION",
            "FORMER_POPULATION",
            "PASSIVE_AGENT",
            "DISTANCE",
            "ARRESTED",
            "GROUP_MAKEUP",
            "VEHICLES",
        )
        for lang in sorted(globals()[table])
    ],
)
def test_only_the_toll_is_read(table: str, lang: str) -> None:
    assert _figures(globals()[table][lang], lang) == [("killed", 12)]


@pytest.mark.parametrize(("lang", "text"), sorted(ROLE_VICTIM.items()))
def test_killers_of_a_person_named_by_role_are_no_victims(lang: str, text: str) -> None:
    assert _figures(text, lang) == [("killed", 1)]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("fr", "Des civils ont été tués par dizaines.", 24),
        ("es", "Los civiles murieron por centenares.", 200),
    ],
)
def test_by_the_dozens_is_a_count_not_an_agent(lang: str, text: str, low: int) -> None:
    assert _figures(text, lang) == [("killed", low)]


def test_spanish_las_before_persons_is_no_clock_time() -> None:
    text = "Miles de personas asistieron al funeral de las 12 personas muertas en el ataque."
    assert _figures(text, "es") == [("killed", 12)]
    assert _figures("La explosión se produjo hacia las 10 y mató a 3 personas.", "es") == [
        ("killed", 3)
    ]


def test_german_patients_admitted_past_a_verb_bracket_are_no_casualties() -> None:
    text = "12 Menschen wurden getötet, 50 Patienten wurden mit Atemnot eingeliefert."
    assert _figures(text, "de") == [("killed", 12)]


def test_an_age_list_ends_before_a_count_of_persons() -> None:
    text = "Victims ranged in age from 12 to 70, and 5 people were killed."
    assert _figures(text, "en") == [("killed", 5)]
    assert _figures("The victims, aged 3, 7 and 9, were killed.", "en") == []


SURVIVING_OTHERS = {
    "en": "Five people died and 20 others survived the attack.",
    "es": "Murieron cinco personas y otras 20 sobrevivieron.",
    "fr": "Cinq personnes sont mortes et 20 autres ont survécu.",
    "de": "Fünf Menschen starben, 20 weitere überlebten.",
    "sv": "Fem personer dog och 20 andra överlevde.",
    "ar": "قتل خمسة أشخاص ونجا 20 آخرون.",
}


@pytest.mark.parametrize(("lang", "text"), sorted(SURVIVING_OTHERS.items()))
def test_others_who_survived_are_no_count_of_the_harm(lang: str, text: str) -> None:
    assert _figures(text, lang) == [("killed", 5)]


def test_others_hurt_keep_their_own_measure() -> None:
    text = "Five people died and 20 others were injured."
    assert _figures(text, "en") == [("injured", 20), ("killed", 5)]


WHOLE_OF_PART = {
    "en": "Two of the three children were killed.",
    "fr": "Deux des trois enfants ont été tués.",
    "de": "Zwei der drei Kinder wurden getötet.",
}


@pytest.mark.parametrize(("lang", "text"), sorted(WHOLE_OF_PART.items()))
def test_the_whole_a_part_is_taken_from_is_no_count(lang: str, text: str) -> None:
    assert _figures(text, lang) == [("killed", 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five of the 12 people killed were children."),
        ("fr", "Cinq des 12 personnes tuées étaient des enfants."),
        ("es", "Cinco de las 12 personas muertas eran niños."),
    ],
)
def test_a_whole_with_its_own_participle_is_a_count(lang: str, text: str) -> None:
    assert ("killed", 12) in _figures(text, lang)


UNIT_SIZE = {
    "en": "The 5 soldiers killed belonged to a unit of 40 men.",
    "fr": "Les 5 soldats tués faisaient partie d'une unité de 40 hommes.",
    "es": "Los 5 soldados muertos pertenecían a una unidad de 40 hombres.",
}


@pytest.mark.parametrize(("lang", "text"), sorted(UNIT_SIZE.items()))
def test_a_unit_size_is_no_count(lang: str, text: str) -> None:
    assert _figures(text, lang) == [("killed", 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Leichen von 14 Zivilisten wurden am Morgen geborgen."),
        ("sv", "Kropparna av 14 civila hittades på morgonen."),
        ("en", "The bodies of 14 civilians were recovered in the morning."),
    ],
)
def test_the_bodies_of_a_count_are_no_agent(lang: str, text: str) -> None:
    """Where the word for "of" is also the passive's "by" (von, av), "the bodies of 14" still
    counts the dead."""
    assert ("bodies_recovered", 14) in _figures(text, lang)
