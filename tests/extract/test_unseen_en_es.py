"""Classes of unseen reporting (issue #12) read for English and Spanish, with the shared ones in
every language where the construction exists. Sentences are our own; names and places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, str, int | None, int | None]]:
    return sorted(
        (c.measure, c.who, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The airstrike killed nine civilians, including a monk and a child."),
        ("es", "El bombardeo mató a nueve civiles, entre ellos un monje y un niño."),
        ("fr", "Le bombardement a tué neuf civils, dont un moine et un enfant."),
        (
            "de",
            "Bei dem Luftangriff wurden neun Zivilisten getötet, darunter ein Mönch und ein Kind.",
        ),
        ("sv", "Nio civila dödades i flyganfallet, bland dem en munk och ett barn."),
    ],
)
def test_a_lone_child_listed_after_a_member_of_no_category_is_part_of_the_count(
    lang: str, text: str
) -> None:
    assert _readings(text, lang) == [("killed", "children", 1, 1), ("killed", "civilians", 9, 9)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five villagers, including a two-year-old girl, were wounded."),
        ("en", "Five villagers, including a 2-year-old girl, were wounded."),
        ("es", "Cinco vecinos resultaron heridos, entre ellos una niña de dos años."),
        ("fr", "Cinq habitants ont été blessés, dont une fillette de deux ans."),
    ],
)
def test_an_age_written_in_words_keeps_a_lone_child_in_the_count(lang: str, text: str) -> None:
    assert ("injured", "children", 1, 1) in _readings(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nine people died, and many were wounded, including a mother and five daughters."),
        (
            "de",
            "Neun Menschen starben, und viele wurden verletzt, darunter die Mutter und fünf Töchter.",
        ),
    ],
)
def test_a_list_after_a_later_cue_belongs_to_that_cue(lang: str, text: str) -> None:
    assert ("killed", "children", 5, 5) not in _readings(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The death toll rose to 35, with the bodies of two children retrieved from the rubble.",
        ),
        (
            "en",
            "The number of dead rose from 30 to 35, with the bodies of two children retrieved from the rubble.",
        ),
        (
            "es",
            "El número de muertos subió de 30 a 35, con los cuerpos de dos niños rescatados de los escombros.",
        ),
        (
            "fr",
            "Le bilan des morts est passé de 30 à 35, avec les corps de deux enfants retirés des décombres.",
        ),
    ],
)
def test_a_body_noun_with_its_own_number_is_not_borrowed_by_the_toll(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert ("killed", "people", 35, 35) in readings
    assert ("bodies_recovered", "children", 2, 2) in readings
    assert not any(m == "bodies_recovered" and low == 35 for m, _, low, _ in readings)


def test_the_new_figure_of_a_rise_counts_what_the_old_one_did() -> None:
    text = "The number of dead rose from 30 to 35 on Sunday."
    assert _readings(text, "en") == [("killed", "people", 30, 30), ("killed", "people", 35, 35)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Four people were killed in Aleppo on Monday. In Homs, four people were killed by shelling.",
        ),
        (
            "es",
            "Cuatro personas murieron en Alepo el lunes. En Homs, cuatro personas murieron por los bombardeos.",
        ),
        (
            "fr",
            "Quatre personnes ont été tuées à Alep lundi. À Homs, quatre personnes ont été tuées par des bombardements.",
        ),
        (
            "de",
            "Vier Menschen wurden am Montag in Aleppo getötet. In Homs wurden vier Menschen durch Beschuss getötet.",
        ),
        (
            "sv",
            "Fyra personer dödades i Aleppo i måndags. I Homs dödades fyra personer av beskjutning.",
        ),
        ("ar", "قتل أربعة أشخاص في حلب يوم الاثنين. وفي حمص قتل أربعة أشخاص بالقصف."),
    ],
)
def test_the_same_figure_in_two_places_is_two_claims(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 4, 4)] * 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Four people were killed in Aleppo on Monday. The four people were killed by shelling in Aleppo.",
        ),
        (
            "es",
            "Cuatro personas murieron en Alepo el lunes. Las cuatro personas murieron por los bombardeos en Alepo.",
        ),
    ],
)
def test_the_same_figure_restated_for_the_same_place_is_one_claim(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 4, 4)]


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        (
            "en",
            "Two children were among the dead. Pictures showed the bodies of two children in coffins.",
            ("killed", "children", 2, 2),
        ),
        (
            "en",
            "Five people were killed. Villagers showed us the bodies of the five who had been killed.",
            ("killed", "people", 5, 5),
        ),
        (
            "es",
            "Dos niños murieron en el ataque. Las fotos mostraban los cuerpos de dos niños en ataúdes.",
            ("killed", "children", 2, 2),
        ),
        (
            "fr",
            "Deux enfants ont été tués. Les photos montraient les corps de deux enfants dans des cercueils.",
            ("killed", "children", 2, 2),
        ),
    ],
)
def test_bodies_no_one_found_restate_the_dead(
    lang: str, text: str, dead: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [dead]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Two children were killed. Rescuers recovered the bodies of two children from the rubble.",
        ),
        (
            "es",
            "Dos niños murieron. Los rescatistas recuperaron los cuerpos de dos niños de los escombros.",
        ),
        ("de", "Zwei Kinder wurden getötet. Zwei Leichen fanden sie später in den Trümmern."),
    ],
)
def test_bodies_someone_found_are_a_recovery_beside_the_dead(lang: str, text: str) -> None:
    assert any(m == "bodies_recovered" for m, *_ in _readings(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Some 3,600 patients were admitted with breathing problems after the attack, which killed 40 people.",
        ),
        (
            "es",
            "Unos 3.600 pacientes ingresaron con problemas respiratorios tras el ataque, que mató a 40 personas.",
        ),
        ("es", "Unos 200 agentes fueron desplegados después de que murieran 40 personas."),
    ],
)
def test_a_cue_after_a_subordinator_is_not_shared_with_the_patients_before_it(
    lang: str, text: str
) -> None:
    assert _readings(text, lang) == [("killed", "people", 40, 40)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three gunmen killed the owner of the shop."),
        ("es", "Tres hombres armados asesinaron al dueño del local."),
        ("en", "Two gunmen killed a shopkeeper in Exampletown."),
        ("es", "Dos pistoleros asesinaron a un comerciante en Ejemplo."),
    ],
)
def test_the_counted_subject_of_a_killing_verb_with_its_own_object_is_no_victim(
    lang: str, text: str
) -> None:
    assert _readings(text, lang) == [("killed", "people", 1, 1)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Una persona murió en el ataque.", "people"),
        ("Un soldado murió en el ataque contra el cuartel.", "combatants"),
        ("Una anciana resultó herida por la explosión.", "people"),
    ],
)
def test_a_lone_spanish_victim_noun_counts_one(text: str, who: str) -> None:
    assert [(who, low) for _, who, low, _ in _readings(text, "es")] == [(who, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strikes killed at least 281 to 1,729 people."),
        ("en", "Between at least 281 and 1,729 people were killed."),
        ("es", "Entre al menos 281 y 1.729 personas murieron."),
        ("fr", "Entre au moins 281 et 1 729 personnes ont été tuées."),
        ("de", "Die Angriffe töteten mindestens 281 bis 1.729 Menschen."),
        ("sv", "Attackerna dödade minst 281 till 1 729 personer."),
        ("ar", "قتل ما لا يقل عن 281 إلى 1729 شخصا."),
    ],
)
def test_a_qualified_first_bound_still_opens_a_range(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 281, 1729)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 20-30 people were killed."),
        ("es", "Unas 20-30 personas murieron."),
        ("de", "Rund 20-30 Menschen wurden getötet."),
        ("sv", "Omkring 20-30 personer dödades."),
    ],
)
def test_an_approximate_hyphenated_range_is_one_range(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 20, 30)]


def test_a_qualifier_on_one_count_joined_by_and_is_no_range() -> None:
    assert _readings("At least 5 people were killed and 12 injured.", "en") == [
        ("injured", "people", 12, 12),
        ("killed", "people", 5, None),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "hurt"),
    [
        ("en", "A woman died and her husband was injured.", ("injured", "men", 1, 1)),
        ("es", "Una mujer murió y su esposo resultó herido.", ("injured", "people", 1, 1)),
        ("fr", "Une femme est morte et son mari a été blessé.", ("injured", "people", 1, 1)),
        ("de", "Eine Frau starb und ihr Mann wurde verletzt.", ("injured", "men", 1, 1)),
        ("sv", "En kvinna dog och hennes man skadades.", ("injured", "men", 1, 1)),
    ],
)
def test_a_relative_with_a_verb_of_their_own_is_no_companion(
    lang: str, text: str, hurt: tuple[str, str, int, int]
) -> None:
    assert _readings(text, lang) == [hurt, ("killed", "women", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        # under 18 years: a minor, children by the labelling conventions (who6)
        ("es", "Un joven de 17 años murió en el tiroteo.", "children"),
        ("es", "Un menor de edad murió en el ataque.", "children"),
        ("fr", "Un homme de 35 ans a été tué.", "men"),
        ("en", "A 35-year-old man was killed.", "men"),
    ],
)
def test_an_age_after_a_lone_victim_is_no_count(lang: str, text: str, who: str) -> None:
    assert _readings(text, lang) == [("killed", who, 1, 1)]
