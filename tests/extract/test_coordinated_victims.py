"""Victims joined by "and", each counted alone, are one group as well (issue #12): "a man and a
woman were killed" states two dead. Sentences are our own; names and places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, str, int | None, int | None]]:
    return sorted(
        (c.measure, c.who, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty
    )


@pytest.mark.parametrize(
    ("lang", "text", "measure"),
    [
        ("en", "A man and a woman were killed in the shelling on Tuesday.", "killed"),
        ("en", "The gunman killed a man and a woman before he fled.", "killed"),
        ("es", "Un hombre y una mujer murieron en el bombardeo del martes.", "killed"),
        ("es", "El pistolero mató a un hombre y a una mujer antes de huir.", "killed"),
        ("es", "Un hombre y una mujer resultaron heridos en el tiroteo.", "injured"),
        ("fr", "Un homme et une femme ont été tués dans le bombardement de mardi.", "killed"),
        ("de", "Ein Mann und eine Frau wurden bei dem Beschuss am Dienstag getötet.", "killed"),
        ("sv", "En man och en kvinna dödades i beskjutningen i tisdags.", "killed"),
        ("ar", "قتل رجل وامرأة في القصف يوم الثلاثاء.", "killed"),
    ],
)
def test_a_man_and_a_woman_are_two(lang: str, text: str, measure: str) -> None:
    readings = _readings(text, lang)
    assert (measure, "people", 2, 2) in readings
    assert not any(r[1] == "men" for r in readings)  # the man is only a part of the two


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A man, a woman and a teenager were killed."),
        ("en", "The blast killed a man, a woman and a child."),
        ("es", "La explosión mató a un hombre, una mujer y un niño."),
        ("fr", "L'explosion a tué un homme, une femme et un enfant."),
        ("de", "Ein Mann, eine Frau und ein Kind wurden getötet."),
        ("sv", "En man, en kvinna och ett barn dödades."),
    ],
)
def test_a_list_of_lone_victims_is_one_group(lang: str, text: str) -> None:
    assert ("killed", "people", 3, 3) in _readings(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two men and a woman were killed in the raid."),
        ("es", "Dos hombres y una mujer murieron en la redada."),
        ("fr", "Deux hommes et une femme ont été tués lors du raid."),
        ("de", "Zwei Männer und eine Frau wurden bei der Razzia getötet."),
        ("sv", "Två män och en kvinna dödades vid räden."),
    ],
)
def test_a_counted_group_and_a_lone_victim_stay_apart(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert ("killed", "women", 1, 1) in readings
    assert not any(low == 3 for _, _, low, _ in readings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three women and seven men were killed in the raid."),
        ("es", "Tres mujeres y siete hombres murieron en la redada."),
        ("fr", "Trois femmes et sept hommes ont été tués lors du raid."),
        ("de", "Drei Frauen und sieben Männer wurden bei der Razzia getötet."),
        ("sv", "Tre kvinnor och sju män dödades vid räden."),
        ("ar", "قتل ثلاث نساء وسبعة رجال في الغارة."),
    ],
)
def test_counted_groups_alone_stay_apart(lang: str, text: str) -> None:
    assert not any(low == 10 for _, _, low, _ in _readings(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Six people were killed, including a man and a woman from the village."),
        ("es", "Seis personas murieron, entre ellas un hombre y una mujer del pueblo."),
        ("fr", "Six personnes ont été tuées, dont un homme et une femme du village."),
        ("de", "Sechs Menschen wurden getötet, darunter ein Mann und eine Frau aus dem Dorf."),
        ("sv", "Sex personer dödades, bland dem en man och en kvinna från byn."),
    ],
)
def test_a_pair_inside_a_count_is_part_of_it(lang: str, text: str) -> None:
    assert not any(low == 2 for _, _, low, _ in _readings(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sam Example and Kim Sample were killed in the blast."),
        ("en", "Police said Sam Example, 34, and Kim Sample, 29, were killed."),
        ("es", "Pedro Ejemplo y Luis Muestra fueron asesinados el martes."),
        ("fr", "Pierre Exemple et Paul Modèle ont été tués mardi."),
        ("sv", "Anna Exempel och Bo Modell dödades i tisdags."),
    ],
)
def test_two_names_joined_by_and_are_two(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 2, 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five people died. Sam Example and Kim Sample were killed near the market."),
        ("es", "Cinco personas murieron. Pedro Ejemplo y Luis Muestra fueron asesinados."),
    ],
)
def test_names_in_a_report_that_counts_are_among_the_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 5, 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Four people were killed on Monday. A man and a woman died in the first strike."),
        (
            "es",
            "Cuatro personas murieron el lunes. Un hombre y una mujer murieron en el primer ataque.",
        ),
    ],
)
def test_a_pair_in_a_report_that_counts_is_among_the_count(lang: str, text: str) -> None:
    assert not any(low == 2 for _, _, low, _ in _readings(text, lang))
