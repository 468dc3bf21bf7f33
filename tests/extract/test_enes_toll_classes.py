"""Classes of casualty reporting (issue #12) read in English and Spanish, with each class written
in the other languages where it exists. Sentences are our own; names and places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, str, int | None, int | None]]:
    return sorted(
        (c.measure, c.who, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty
    )


@pytest.mark.parametrize(
    ("lang", "text", "measure", "count"),
    [
        ("en", "The militants slaughtered 30 villagers.", "killed", 30),
        ("en", "Gunmen gunned down 30 villagers near the market.", "killed", 30),
        ("en", "30 people were martyred in the strike, the ministry said.", "killed", 30),
        ("en", "Two people were assassinated in the capital.", "killed", 2),
        ("es", "Una persona muere en el ataque.", "killed", 1),
        ("es", "Fallecen dos personas tras la explosión.", "killed", 2),
        ("es", "Dos hombres fueron privados de la vida en la carretera.", "killed", 2),
        ("es", "Matan a dos hombres en Villaejemplo.", "killed", 2),
        ("es", "Hallan dos occisos en la carretera.", "bodies_recovered", 2),
        ("es", "Tres personas sufrieron lesiones en el choque.", "injured", 3),
        ("es", "Lesionan a dos vecinos durante el asalto.", "injured", 2),
        ("es", "Dos personas se encuentran en estado grave.", "injured", 2),
    ],
)
def test_casualty_verbs_in_more_inflections_and_idioms(
    lang: str, text: str, measure: str, count: int
) -> None:
    assert [(m, lo, hi) for m, _, lo, hi in _readings(text, lang)] == [(measure, count, count)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Half a dozen people were injured."),
        ("es", "Media docena de personas resultaron heridas."),
        ("fr", "Une demi-douzaine de personnes ont été blessées."),
        ("de", "Ein halbes Dutzend Menschen wurde verletzt."),
        ("sv", "Ett halvt dussin personer skadades."),
        ("sv", "Ett halvdussin personer skadades."),
    ],
)
def test_half_a_dozen_is_six(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", "people", 6, 6)]


@pytest.mark.parametrize(
    "text",
    [
        "Between March 3 and 5, 20 civilians were killed.",
        "From March 3 to 5, 20 civilians were killed.",
        "On March 3 and 4 at least 20 civilians were killed.",
    ],
)
def test_the_second_day_of_a_range_after_its_month_is_no_count(text: str) -> None:
    assert [(m, lo) for m, _, lo, _ in _readings(text, "en")] == [("killed", 20)]


def test_a_count_of_people_after_a_date_is_still_a_count() -> None:
    assert _readings("On March 3 and 5 others were injured.", "en") == [("injured", "people", 5, 5)]


@pytest.mark.parametrize(
    ("lang", "text", "measure"),
    [
        ("en", "At least one person was killed in the blast.", "killed"),
        ("en", "The attack left at least one person dead.", "killed"),
        ("es", "Al menos una persona murió en la explosión.", "killed"),
        ("es", "El ataque dejó al menos un muerto.", "killed"),
        ("fr", "Au moins une personne a été tuée dans l'explosion.", "killed"),
        ("de", "Mindestens ein Mensch wurde bei der Explosion getötet.", "killed"),
        ("sv", "Minst en person dödades i explosionen.", "killed"),
    ],
)
def test_at_least_one_person_is_open_ended(lang: str, text: str, measure: str) -> None:
    assert [(m, lo, hi) for m, _, lo, hi in _readings(text, lang)] == [(measure, 1, None)]


def test_more_than_one_person_is_two_or_more() -> None:
    assert _readings("More than one person was injured.", "en") == [("injured", "people", 2, None)]


def test_a_lone_victim_without_qualifier_stays_one() -> None:
    assert _readings("A man was killed in the blast.", "en") == [("killed", "men", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text", "measure"),
    [
        ("en", "A waitress was shot outside a bar on Sunday.", "injured"),
        ("en", "A bartender was killed in the attack.", "killed"),
        ("en", "A motorist was killed at the checkpoint.", "killed"),
        ("en", "A firefighter was injured by the second blast.", "injured"),
        ("es", "Un mesero fue asesinado a tiros.", "killed"),
        ("es", "Un motociclista murió en el ataque.", "killed"),
        ("es", "Un repartidor fue asesinado en la colonia.", "killed"),
        ("es", "Un activista fue asesinado el domingo.", "killed"),
        ("es", "Un migrante murió en el ataque.", "killed"),
        ("es", "Un uniformado resultó herido.", "injured"),
        ("fr", "Un serveur a été tué par balle.", "killed"),
        ("fr", "Un motocycliste a été tué dans l'attaque.", "killed"),
        ("de", "Ein Motorradfahrer wurde bei dem Angriff getötet.", "killed"),
        ("de", "Ein Aktivist wurde am Sonntag ermordet.", "killed"),
        ("sv", "En servitör sköts ihjäl.", "killed"),
        ("sv", "En motorcyklist dödades i attacken.", "killed"),
    ],
)
def test_a_lone_victim_named_by_work_or_kin_counts_one(lang: str, text: str, measure: str) -> None:
    assert [(m, lo, hi) for m, _, lo, hi in _readings(text, lang)] == [(measure, 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text", "measure"),
    [
        ("en", "A 17-year-old was killed on Friday.", "killed"),
        ("en", "Police said a 17-year-old was found shot in the leg.", "injured"),
        ("de", "Ein 17-Jähriger wurde verletzt.", "injured"),
        ("sv", "En 17-åring skadades.", "injured"),
    ],
)
def test_an_age_standing_for_its_person_is_one_victim(lang: str, text: str, measure: str) -> None:
    assert [(m, lo, hi) for m, _, lo, hi in _readings(text, lang)] == [(measure, 1, 1)]


def test_an_age_before_its_noun_still_reads_the_noun() -> None:
    assert _readings("A 12-year-old boy was wounded.", "en") == [("injured", "children", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A man with a gunshot wound was brought to the hospital on Sunday."),
        ("en", "A girl was listed in stable condition at the hospital."),
        ("es", "Un hombre fue apuñalado en la calle."),
        ("es", "Una mujer fue trasladada al hospital tras el ataque."),
        ("fr", "Un homme a été poignardé dans la rue."),
        ("fr", "Une femme a été transportée à l'hôpital après l'attaque."),
        ("sv", "En kvinna fördes till sjukhus efter attacken."),
    ],
)
def test_a_lone_victim_stabbed_or_taken_to_hospital_is_hurt(lang: str, text: str) -> None:
    assert [(m, lo, hi) for m, _, lo, hi in _readings(text, lang)] == [("injured", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two people are in stable condition."),
        ("es", "Dos personas se encuentran en estado delicado."),
    ],
)
def test_a_condition_in_hospital_is_an_injury(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", "people", 2, 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The attack ended the lives of 12 people."),
        ("es", "El atentado acabó con la vida de 12 personas."),
        ("es", "El ataque terminó con la vida de 12 personas."),
    ],
)
def test_ending_lives_is_killing(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 12, 12)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La cifra de fallecidos se ha elevado hasta 12."),
        ("es", "La cifra de muertos ascendió hasta 12 personas."),
        ("es", "Los muertos ya ascienden a 12."),
        ("en", "The death toll could rise to 12."),
    ],
)
def test_a_toll_risen_to_a_figure_is_that_figure(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 12, 12)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Hasta 12 personas podrían haber muerto."),
        ("de", "Bis zu 12 Menschen wurden getötet."),
        ("en", "Up to 12 people were killed."),
    ],
)
def test_up_to_without_a_rise_verb_is_still_a_bound(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", None, 12)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El ataque causó 12 víctimas mortales y 20 heridos."),
        ("es", "El accidente dejó 12 víctimas fatales y 20 heridos."),
        ("fr", "L'attaque a fait 12 victimes mortelles et 20 blessés."),
    ],
)
def test_the_longest_casualty_phrase_names_the_measure(lang: str, text: str) -> None:
    # "víctimas mortales" are the dead, not victims killed or hurt
    assert _readings(text, lang) == [("injured", "people", 20, 20), ("killed", "people", 12, 12)]
