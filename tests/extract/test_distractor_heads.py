"""Numbers that are no casualty figure, by their head noun or their own verb (issue 12),
sentences of our own in every language where the construction exists: a team's size, patients
a hospital admitted, people deployed to a scene, a bare number whose own verb destroys or
damages (houses, buildings), a Swedish time of day ("vid 15-tiden"). The toll in the same
sentence is still read, and a count of wounded admitted keeps its measure."""

import pytest

from harmledger.extract.engine import extract_claims

TEAM = {
    "en": "A team of 25 rescuers searched the site, where 12 people were killed.",
    "es": "Un equipo de 25 rescatistas buscó en el lugar, donde murieron 12 personas.",
    "fr": "Une équipe de 25 secouristes a fouillé le site, où 12 personnes ont été tuées.",
    "de": "Ein Team von 25 Rettern durchsuchte den Ort, an dem 12 Menschen getötet wurden.",
    "sv": "Ett team på 25 räddningsarbetare sökte igenom platsen där 12 personer dödades.",
    "ar": "بحث فريق من 25 مسعفا في الموقع حيث قتل 12 شخصا.",
}
ADMITTED = {  # German "Patienten" are wounded by the pack's reading, so no German sentence
    "en": "The hospital admitted 45 patients after the attack, which killed 12 people.",
    "es": "El hospital atendió a 45 pacientes tras el ataque, que mató a 12 personas.",
    "fr": "L'hôpital a accueilli 45 patients après l'attaque, qui a tué 12 personnes.",
    "sv": "Sjukhuset tog emot 45 patienter efter attacken, som dödade 12 personer.",
    "ar": "استقبل المستشفى 45 مريضا بعد الهجوم الذي قتل 12 شخصا.",
}
DEPLOYED = {
    "en": "About 60 firefighters were deployed after 12 people were killed.",
    "es": "Unos 60 bomberos fueron desplegados después de que murieran 12 personas.",
    "fr": "Quelque 60 pompiers ont été déployés après la mort de 12 personnes.",
    "de": "Rund 60 Feuerwehrleute waren im Einsatz, nachdem 12 Menschen getötet worden waren.",
    "sv": "Omkring 60 brandmän sattes in sedan 12 personer dödats.",
    "ar": "انتشر نحو 60 رجل إطفاء بعد مقتل 12 شخصا.",
}
DESTROYED = {  # a bare number whose own verb destroys: houses, not people
    "en": "Of the 5 houses hit, 3 were destroyed and 12 people were killed.",
    "es": "El ataque alcanzó 5 edificios: 3 se derrumbaron y murieron 12 personas.",
    "fr": "Sur les 5 maisons touchées, 3 ont été détruites et 12 personnes ont été tuées.",
    "de": "Von den 5 getroffenen Häusern wurden 3 zerstört, 12 Menschen wurden getötet.",
    "sv": "Av de 5 husen som träffades förstördes 3 och 12 personer dödades.",
    "ar": "من بين 5 منازل أصيبت دمر 3 وقتل 12 شخصا.",
}
WOUNDED_ADMITTED = {  # a count of wounded a hospital took in is still injured
    "en": "The hospital admitted 45 wounded people after the strike, which killed 12.",
    "es": "El hospital atendió a 45 heridos tras el ataque, que mató a 12 personas.",
    "fr": "L'hôpital a accueilli 45 blessés après l'attaque, qui a tué 12 personnes.",
    "sv": "Sjukhuset tog emot 45 skadade efter attacken, som dödade 12 personer.",
    "ar": "استقبل المستشفى 45 جريحا بعد الهجوم الذي قتل 12 شخصا.",
}


def _figures(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize(
    ("table", "lang"),
    [
        (table, lang)
        for table in ("TEAM", "ADMITTED", "DEPLOYED", "DESTROYED")
        for lang in sorted(globals()[table])
    ],
)
def test_helpers_patients_and_things_are_no_casualty_figure(table: str, lang: str) -> None:
    assert _figures(globals()[table][lang], lang) == [("killed", 12)]


@pytest.mark.parametrize("lang", sorted(WOUNDED_ADMITTED))
def test_wounded_a_hospital_admitted_stay_injured(lang: str) -> None:
    assert _figures(WOUNDED_ADMITTED[lang], lang) == [("injured", 45), ("killed", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Vid 15-tiden dödade en attack 12 personer.",
        "Vid 3-tiden på morgonen dödade en attack 12 personer.",
    ],
)
def test_a_swedish_time_of_day_is_no_count(text: str) -> None:
    assert _figures(text, "sv") == [("killed", 12)]


def test_injured_people_with_a_bare_number_are_still_injured() -> None:
    assert _figures("Tre personer dödades och 3 skadades svårt.", "sv") == [
        ("killed", 3),
        ("injured", 3),
    ]


HELD = {  # people arrested or detained by their own verb are alive and held
    "en": "He said 12 people were killed and 15 others were detained.",
    "es": "Murieron 12 personas y otras 15 fueron detenidas.",
    "fr": "Douze personnes ont été tuées et 15 autres ont été interpellées.",
    "de": "Zwölf Menschen wurden getötet, 15 weitere wurden festgenommen.",
    "sv": "Tolv personer dödades och 15 andra greps.",
    "ar": "قتل 12 شخصا واعتقل 15 آخرون.",
}
ALIVE = {  # people pulled out alive are no casualty figure (Arabic أحياء also means districts)
    "en": "Rescuers pulled 30 people alive from the rubble, but 12 were killed.",
    "es": "Los rescatistas sacaron a 30 personas con vida de los escombros, pero 12 murieron.",
    "fr": "Les secouristes ont sorti 30 personnes vivantes des décombres, mais 12 ont été tuées.",
    "de": "Die Retter bargen 30 Menschen lebend aus den Trümmern, 12 wurden getötet.",
    "sv": "Räddningsarbetare drog ut 30 personer vid liv ur rasmassorna, men 12 dödades.",
}


@pytest.mark.parametrize(
    ("table", "lang"),
    [(table, lang) for table in ("HELD", "ALIVE") for lang in sorted(globals()[table])],
)
def test_people_held_or_found_alive_are_no_casualty_figure(table: str, lang: str) -> None:
    assert _figures(globals()[table][lang], lang) == [("killed", 12)]


def test_a_group_size_after_numbered_is_no_casualty_figure() -> None:
    text = "The militants, who numbered about 50, killed 12 villagers."
    assert _figures(text, "en") == [("killed", 12)]
    # a toll put "at around" a figure is still a toll
    assert _figures("One resident put the number of dead at around 20.", "en") == [("killed", 20)]


TWO_DAYS = {  # two days of one month: the first number is a day too
    "en": "Twelve people were killed on the night of 3 to 4 March.",
    "es": "Doce personas murieron en la noche del 3 al 4 de marzo.",
    "fr": "Douze personnes ont été tuées dans la nuit du 3 au 4 mars.",
    "sv": "Tolv personer dödades natten mellan den 3 och 4 mars.",
    "ar": "قتل 12 شخصا ليلة 3 إلى 4 مارس.",
}


@pytest.mark.parametrize("lang", sorted(TWO_DAYS))
def test_a_day_joined_to_the_day_of_a_month_is_a_date(lang: str) -> None:
    assert _figures(TWO_DAYS[lang], lang) == [("killed", 12)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israeli strikes killed 5 on 3 March."),
        ("es", "Los ataques mataron a 5 el 3 de marzo."),
    ],
)
def test_a_count_before_a_date_is_still_a_count(lang: str, text: str) -> None:
    assert _figures(text, lang) == [("killed", 5)]


def test_a_french_group_strength_is_no_casualty_figure() -> None:
    text = "Le groupe armé, fort de 200 hommes, a tué 12 villageois."
    assert _figures(text, "fr") == [("killed", 12)]
