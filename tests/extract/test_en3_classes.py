"""Classes found by labelling English wire, NGO and local-news sentences of our own (branch en3),
with the same construction in the other languages where it exists. Sentences are ours; names and
figures invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, str | None, int | None, int | None]]:
    return sorted(
        (c.measure, c.who, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty
    )


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("en", "The ministry said 17 medics were killed.", ("killed", "other", 17, 17)),
        ("en", "Officials said 3 police officers were injured.", ("injured", "other", 3, 3)),
        ("es", "El ministerio dijo que 17 policías murieron.", ("killed", "other", 17, 17)),
        (
            "fr",
            "Le ministère a indiqué que 17 policiers ont été tués.",
            ("killed", "other", 17, 17),
        ),
        (
            "de",
            "Das Ministerium sagte, 17 Polizisten seien getötet worden.",
            ("killed", "other", 17, 17),
        ),
        ("sv", "Ministeriet uppgav att 17 poliser dödades.", ("killed", "other", 17, 17)),
        ("en", "Local sources said five residents were killed.", ("killed", "people", 5, 5)),
    ],
)
def test_a_count_of_source_nouns_with_its_own_casualty_verb_is_no_speaker(
    lang: str, text: str, reading: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The Example Observatory for Human Rights, a Britain-based war monitor, said 33 "
            "fighters were killed.",
            "Example Observatory for Human Rights",
        ),
        (
            "en",
            "Examplewars, a UK-based monitoring group, said 12 civilians were killed.",
            "Examplewars",
        ),
        (
            "en",
            "The Example Red Crescent, which runs ambulances in the territory, said 9 people were "
            "wounded.",
            "Example Red Crescent",
        ),
        (
            "es",
            "El Observatorio Ejemplo de Derechos Humanos, una ONG con sede en Londres, dijo que 33 "
            "combatientes murieron.",
            "El Observatorio Ejemplo de Derechos Humanos",
        ),
        (
            "de",
            "Die Beobachtungsstelle für Menschenrechte, eine Organisation mit Sitz in London, "
            "sagte, 33 Kämpfer seien getötet worden.",
            "Beobachtungsstelle für Menschenrechte",
        ),
    ],
)
def test_a_source_set_off_by_a_description_still_speaks(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 50,000 people have been killed in the conflict.",
        "An estimated 2,000 people have fled the town.",
    ],
)
def test_an_article_before_estimated_is_no_speaker(text: str) -> None:
    assert _speakers(text, "en") == [None]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "The Red Crescent said its medics had recovered 16 bodies.", "Red Crescent"),
        (
            "en",
            "The civil defence said their teams retrieved 12 bodies overnight.",
            "civil defence",
        ),
        (
            "es",
            "La Media Luna Roja dijo que sus equipos recuperaron 16 cuerpos.",
            "Media Luna Roja",
        ),
        (
            "fr",
            "Le Croissant-Rouge a indiqué que ses équipes ont retrouvé 16 corps.",
            "Croissant-Rouge",
        ),
    ],
)
def test_a_sources_own_people_pass_its_figure_on(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


def test_a_governor_owned_by_a_place_still_speaks() -> None:
    text = "A mass grave with the remains of dozens of civilians has been found, its governor said."
    assert _speakers(text, "en") == ["governor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A police spokesman told Reuters that nine people had been wounded.", "police spokesman"),
        (
            "The civil defence agency said in a statement that 27 people had been killed.",
            "civil defence agency",
        ),
        ("The health ministry official said 12 people died.", "health ministry official"),
        ("Ukraine's emergency service said 7 people were killed.", "emergency service"),
        (
            "The government media office said four people were killed in the strike.",
            "media office",
        ),
        (
            "The UN human rights office said it had verified the deaths of 80 civilians.",
            "The UN human rights office",
        ),
        ("Examplewars assesses that between 4 and 7 civilians were killed.", "Examplewars"),
    ],
)
def test_english_source_nouns(text: str, speaker: str) -> None:
    assert _speakers(text, "en") == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "According to France 24, twelve people were killed.", "France 24"),
        ("en", "Twelve people were killed, Example Channel 12 reported.", "Example Channel 12"),
        ("en", "“Their skulls were fractured,” France 24 reported of the 12 bodies.", "France 24"),
        ("fr", "Selon France 24, douze personnes ont été tuées.", "France 24"),
        ("fr", "Douze personnes ont été tuées, a rapporté France 24.", "France 24"),
        ("sv", "Tolv personer dödades, rapporterar TV 4.", "TV 4"),
        ("es", "Doce personas murieron, informó Canal 13.", "Canal 13"),
    ],
)
def test_a_name_that_ends_in_a_number_is_the_speaker_and_no_count(
    lang: str, text: str, speaker: str
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker] * len(claims)
    assert all(c.low == 12 for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hamas said 30 of its fighters were killed."),
        ("en", "The group said 30 of their fighters died in the clashes."),
        ("es", "Hamás dijo que 30 de sus combatientes murieron."),
        ("fr", "Le Hamas a dit que 30 de ses combattants ont été tués."),
        ("sv", "Hamas uppgav att 30 av sina krigare dödades."),
    ],
)
def test_an_owner_between_of_and_the_noun_keeps_the_category(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "combatants", 30, 30)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The militants, 40 of whom were killed in the counter-offensive, held the town.",
            "combatants",
        ),
        ("The soldiers, 12 of whom were wounded, withdrew.", "combatants"),
        ("The civilians, 12 of whom were children, died in the raid.", "children"),
    ],
)
def test_of_whom_takes_the_category_of_the_noun_before(text: str, who: str) -> None:
    assert [r[1] for r in _readings(text, "en")] == [who]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "As many as 60 migrants are feared drowned after the boat capsized."),
        ("es", "Al menos 60 migrantes se ahogaron tras el naufragio."),
        ("fr", "Au moins 60 migrants se sont noyés après le naufrage."),
        ("de", "Mindestens 60 Migranten ertranken nach dem Unglück."),
        ("sv", "Minst 60 migranter drunknade efter olyckan."),
    ],
)
def test_drowning_is_a_death(lang: str, text: str) -> None:
    assert [r[0] for r in _readings(text, lang)] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in the offensive climbed past 5,000 on Thursday.",
        "The death toll has exceeded 5,000.",
        "The death toll topped 5,000 on Thursday.",
    ],
)
def test_a_toll_that_passes_a_figure_is_more_than_it(text: str) -> None:
    assert [(c.low, c.qualifier) for c in extract_claims(text, "en") if c.is_casualty] == [
        (5001, "more_than")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The strike on the school, which housed 1,500 displaced people, killed 12.",
        "The camp hosting 40,000 refugees was shelled, killing 12.",
    ],
)
def test_people_a_building_houses_are_no_casualty(text: str) -> None:
    assert [r[2] for r in _readings(text, "en")] == [12]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Of the dead, 150 were women and children."),
        ("es", "De los muertos, 150 eran mujeres y niños."),
        ("fr", "Parmi les morts, 150 étaient des femmes et des enfants."),
        ("de", "Von den Toten waren 150 Frauen und Kinder."),
        ("sv", "Av de döda var 150 kvinnor och barn."),
    ],
)
def test_a_verb_of_being_before_two_categories_gives_other(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "other", 150, 150)]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("en", "Most of the 40 killed were children.", "people"),
        ("en", "Some 70 percent of the 400 killed were women.", "people"),
        ("en", "All of the 12 killed were men.", "men"),
        ("en", "Police said the 12 killed were men.", "men"),
        ("es", "La mitad de los 300 muertos eran mujeres.", "people"),
        ("fr", "La moitié des 300 morts étaient des femmes.", "people"),
        ("es", "Cerca de 20 de los muertos eran niños.", "children"),
        ("fr", "Près de 20 des morts étaient des enfants.", "children"),
        ("en", "About 20 of the dead were children.", "children"),
    ],
)
def test_a_verb_of_being_after_a_part_of_the_count_is_the_parts(
    lang: str, text: str, who: str
) -> None:
    assert [r[1] for r in _readings(text, lang)] == [who]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The bombing killed 18 people and wounded dozens more, medics said."),
        ("es", "El bombardeo mató a 18 personas e hirió a decenas más, dijeron los médicos."),
        ("de", "Der Angriff tötete 18 Menschen und verletzte Dutzende weitere, sagten Sanitäter."),
        ("sv", "Attacken dödade 18 personer och skadade dussintals fler, uppger läkare."),
    ],
)
def test_others_before_a_comma_take_no_category_from_the_speaker(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", "people", 24, None), ("killed", "people", 18, 18)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five of the 12 victims were under 18."),
        ("de", "Fünf der zwölf Opfer waren unter 18."),
        ("sv", "Fem av de tolv offren var under 18."),
        ("es", "Cinco de las 12 víctimas eran menores de 18."),
        ("fr", "Cinq des 12 victimes avaient moins de 18."),
    ],
)
def test_an_age_bound_after_a_verb_of_being_is_no_count(lang: str, text: str) -> None:
    assert 18 not in [r[2] for r in _readings(text, lang)]
