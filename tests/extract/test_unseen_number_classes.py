"""Classes of number from unseen reporting (issue #12): numbers that by their written form never
count casualties (numeric dates and codes, names with a number, identifiers, year spans, an age
in brackets after a person), counts of people who are there and alive or who do the finding,
clauses that share no cue, bodies of victims, a category adjective after a people noun.
Sentences are our own; names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strike on 14/07/2019 killed 5 people in Exampleville."),
        ("es", "El ataque del 14/07/2019 mató a 5 personas en Ejemplo."),
        ("fr", "La frappe du 14/07/2019 a tué 5 personnes à Exemple."),
        ("de", "Der Angriff am 14/07/2019 tötete 5 Menschen in Beispielstadt."),
        ("sv", "Attacken den 14/07/2019 dödade 5 personer i Exempelby."),
        ("ar", "قتل 5 أشخاص في الهجوم على القرية في 2019/07/14."),
        ("en", "On 2019-07-14, 5 people were killed in Exampleville."),
        ("en", "Since the 9/11 attacks, 5 people were killed in Exampleville."),
    ],
)
def test_a_numeric_date_is_no_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 5, 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two F-16 jets struck the village and COVID-19 spread; 7 people were killed."),
        ("es", "Dos aviones F-16 atacaron el pueblo y murieron 7 personas."),
        ("fr", "Deux avions F-16 ont frappé le village et 7 personnes ont été tuées."),
        ("de", "Zwei F-16 griffen das Dorf an, 7 Menschen wurden getötet."),
        ("sv", "Två F-16 anföll byn och 7 personer dödades."),
        ("ar", "قصفت طائرة إف-16 المنزل وقتل 7 أشخاص."),
    ],
)
def test_a_number_hyphenated_onto_a_name_is_no_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 7, 7)]


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("en", "The convoy on Highway 60 was hit and 14 people died.", [("killed", 14, 14)]),
        (
            "en",
            "Under Resolution 2254 the talks resumed after 9 people were killed.",
            [("killed", 9, 9)],
        ),
        ("en", "In Exampleville 12 civilians were killed.", [("killed", 12, 12)]),
        ("en", "Death Toll In Exampleville Hits 35", [("killed", 35, 35)]),
        ("ar", "أكد القرار 2254 أن 300 شخص قتلوا.", [("killed", 300, 300)]),
        ("ar", "قتل 4 من عناصر اللواء 93 في الهجوم.", [("killed", 4, 4)]),
        ("ar", "بلغ عدد القتلى 1,200 قتيل منذ بداية العام.", [("killed", 1200, 1200)]),
        # a unit word names what a number counts after it ("12 blocks"), not before it
        (
            "en",
            "Three people were injured in a strike on Block 12 in the camp.",
            [("injured", 3, 3)],
        ),
        ("ar", "أصيب ثلاثة أشخاص في غارة على المبنى 12 في المخيم.", [("injured", 3, 3)]),
    ],
)
def test_a_number_after_a_name_word_is_an_identifier(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        (
            "en",
            "Between 2014 and 2017, at least 1,600 civilians were killed.",
            [("killed", 1600, None)],
        ),
        ("es", "Entre 2014 y 2017 murieron al menos 1.600 civiles.", [("killed", 1600, None)]),
        ("fr", "Entre 2014 et 2017, au moins 1 600 civils ont été tués.", [("killed", 1600, None)]),
        (
            "de",
            "Zwischen 2014 und 2017 wurden mindestens 1.600 Zivilisten getötet.",
            [("killed", 1600, None)],
        ),
        ("sv", "Mellan 2014 och 2017 dödades minst 1 600 civila.", [("killed", 1600, None)]),
        ("ar", "بين 2014 و2017 قتل ما لا يقل عن 1,600 مدني.", [("killed", 1600, None)]),
        ("en", "The bombing killed 2,000.", [("killed", 2000, 2000)]),
    ],
)
def test_a_span_of_years_is_no_count_and_a_grouped_figure_is_no_year(
    lang: str, text: str, readings: list[tuple[str, int, int | None]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sam Example was killed along with his son (8) and his wife."),
        ("es", "Sam Ejemplo murió junto con su hijo (8)."),
        ("fr", "Sam Exemple a été tué avec son fils (8)."),
    ],
)
def test_a_bracketed_number_after_a_person_is_an_age(lang: str, text: str) -> None:
    assert all(c.low != 8 for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police deployed 200 officers after 3 people were shot dead."),
        ("en", "The hospital treated 40 patients after 3 people died."),
        ("ar", "ونقل 300 مريض إلى المستشفى بعد مقتل 3 أشخاص."),
    ],
)
def test_a_cue_after_a_subordinating_word_is_not_shared_with_a_count_before_it(
    lang: str, text: str
) -> None:
    assert _readings(text, lang) == [("killed", 3, 3)]


def test_a_cue_before_a_subordinating_word_still_reaches_the_count() -> None:
    assert _readings("قتل بعد ظهر اليوم 5 أشخاص في القصف.", "ar") == [("killed", 5, 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "نجا 23 شخصا من الغارة التي قتلت 40 آخرين."),
        ("ar", "حضر 23 شخصا العزاء في البلدة التي قتل فيها 40 مدنيا."),
        ("es", "Participaron 23 personas en la marcha en la que murieron 40 manifestantes."),
    ],
)
def test_the_subject_of_a_present_verb_before_it_is_no_victim(lang: str, text: str) -> None:
    assert [c.low for c in extract_claims(text, lang) if c.is_casualty] == [40]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A team of 12 rescuers recovered 8 bodies from the rubble."),
        ("es", "Un equipo de 12 rescatistas recuperó 8 cuerpos."),
        ("fr", "Une équipe de 12 secouristes a retrouvé 8 corps."),
        ("de", "Ein Team von 12 Helfern barg 8 Leichen."),
        ("sv", "Ett team med 12 räddningsarbetare hittade 8 kroppar."),
        ("ar", "عمل فريق من 12 مسعفا على انتشال 8 جثث."),
    ],
)
def test_the_team_that_finds_bodies_is_not_found(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("bodies_recovered", 8, 8)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rescuers retrieved the bodies of several more victims from the ruins."),
        ("es", "Los rescatistas recuperaron los cuerpos de varias víctimas más."),
        ("ar", "انتشلت فرق الإنقاذ جثث 3 ضحايا من تحت الأنقاض."),
    ],
)
def test_the_bodies_of_victims_are_bodies(lang: str, text: str) -> None:
    assert [c.measure for c in extract_claims(text, lang) if c.is_casualty] == ["bodies_recovered"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل ثمانية عراقيين مدنيين في الغارة."),
        ("fr", "Huit personnes civiles ont été tuées dans la frappe."),
        ("es", "Murieron ocho personas civiles en el ataque."),
    ],
)
def test_a_category_adjective_after_a_people_noun_names_the_category(lang: str, text: str) -> None:
    assert [(c.low, c.who) for c in extract_claims(text, lang) if c.is_casualty] == [
        (8, "civilians")
    ]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("The death toll stands at 35.", [("killed", 35, 35)]),
        ("The number of soldiers killed remained at 13.", [("killed", 13, 13)]),
        ("The toll remains at 40, officials said.", [("killed", 40, 40)]),
        ("It remains to clear four more districts.", []),
        ("The remains of 12 people were found.", [("bodies_recovered", 12, 12)]),
    ],
)
def test_a_toll_that_stands_at_a_figure_and_remains_that_are_a_verb(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("وأكدت الحركة في بيان مقتل عناصرها الثلاثة.", [("killed", 3, 3, "combatants")]),
        ("وقالت الوزارة إن القتلى الستة من سكان القرية.", [("killed", 6, 6, "people")]),
        ("قتل رجل في الهجوم الثالث على القرية.", [("killed", 1, 1, "men")]),
    ],
)
def test_arabic_definite_number_after_its_noun_counts_that_noun(
    text: str, readings: list[tuple[str, int, int, str]]
) -> None:
    claims = extract_claims(text, "ar")
    assert [(c.measure, c.low, c.high, c.who) for c in claims if c.is_casualty] == readings


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("en", "The strike hit a town of 5,000 people, killing 12.", [("killed", 12, 12)]),
        ("en", "In a city of 2 million residents, 40 civilians died.", [("killed", 40, 40)]),
        (
            "en",
            "The camp, home to 30,000 displaced people, was shelled and 9 died.",
            [("killed", 9, 9)],
        ),
        ("ar", "قتل 9 أشخاص في مدينة يبلغ عدد سكانها 40 ألف شخص.", [("killed", 9, 9)]),
        ("ar", "قتل 12 شخصا في بلدة يقطنها 5 آلاف شخص.", [("killed", 12, 12)]),
    ],
)
def test_the_population_of_a_place_is_no_count(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    "text",
    [
        "In the past 48 hours, 30 people were killed.",
        "Over the past 48 hours, 30 people were killed in the city.",
    ],
)
def test_a_time_unit_before_a_comma_does_not_make_the_next_number_a_time(text: str) -> None:
    assert _readings(text, "en") == [("killed", 30, 30)]


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("en", "Of the 1,200 people in the building, 40 were killed.", [("killed", 40, 40)]),
        ("en", "Out of 60 passengers on the bus, 13 were killed.", [("killed", 13, 13)]),
        ("en", "Of the 40 dead, 12 were children.", [("killed", 12, 12), ("killed", 40, 40)]),
        ("en", "The deaths of the 12 people shocked the town.", [("killed", 12, 12)]),
        ("ar", "من أصل 1200 شخص كانوا في المبنى قتل 40.", [("killed", 40, 40)]),
    ],
)
def test_the_whole_a_part_is_taken_from_is_no_count_unless_it_was_harmed(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The army said 400 soldiers took part in the raid that killed 6 civilians."),
        ("es", "Unos 400 soldados participaron en la operación que mató a 6 civiles."),
        ("fr", "Quelque 400 soldats ont participé au raid qui a tué 6 civils."),
        ("sv", "Omkring 400 soldater deltog i räden som dödade 6 civila."),
        ("ar", "شارك 400 جندي في الهجوم الذي قتل فيه 6 مدنيين."),
    ],
)
def test_people_present_at_an_event_that_killed_others_are_no_victims(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 6, 6)]


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("en", "The UN said 1 in 3 children were hurt and 15 were killed.", [("killed", 15, 15)]),
        ("en", "Air strikes killed 7 in 2 days.", [("killed", 7, 7)]),
        ("en", "The strikes killed 12 in 3 villages.", [("killed", 12, 12)]),
        ("ar", "قالت المنظمة إن طفلا من كل 3 أطفال مصاب وقتل 15 شخصا.", [("killed", 15, 15)]),
    ],
)
def test_the_numbers_of_a_ratio_are_no_counts(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings
