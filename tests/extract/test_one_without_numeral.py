"""One victim with no numeral and no person noun (issue #12): an article before a noun that is
itself a casualty ("dejó un muerto"), "one" as a verb's whole object ("killing one"), and a
collective noun that owns its article ("a handful of civilians" is no count of one).
Sentences are our own; places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The blast left one dead and four injured."),
        ("es", "El ataque dejó un muerto y cuatro heridos."),
        ("es", "Un muerto y cuatro heridos en un tiroteo en Villa Ejemplo."),
        ("fr", "L'attaque a fait un mort et quatre blessés."),
        ("de", "Der Angriff forderte einen Toten und vier Verletzte."),
        ("sv", "Attacken krävde en död och fyra skadade."),
    ],
)
def test_an_article_before_a_casualty_noun_counts_one(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 4, 4), ("killed", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El atentado dejó al menos un muerto."),
        ("de", "Der Anschlag forderte mindestens einen Toten."),
    ],
)
def test_a_qualified_lone_casualty_noun(lang: str, text: str) -> None:
    assert [r[:2] for r in _readings(text, lang)] == [("killed", 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen opened fire, killing one and wounding three."),
        ("es", "Un cohete mató a uno e hirió a cuatro."),
        ("fr", "Une roquette en a tué un et blessé quatre."),
        ("de", "Die Rakete tötete einen und verletzte vier."),
        ("sv", "Raketen dödade en och skadade fyra."),
    ],
)
def test_one_as_the_whole_object_of_a_casualty_verb(lang: str, text: str) -> None:
    assert _readings(text, lang) == [
        ("injured", 3 if lang == "en" else 4, 3 if lang == "en" else 4),
        ("killed", 1, 1),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A handful of civilians were killed in the shelling."),
        ("en", "A group of civilians were killed in the shelling."),
        ("es", "Un puñado de civiles murieron en el bombardeo."),
        ("fr", "Une poignée de civils ont été tués dans le bombardement."),
        ("de", "Eine Handvoll Zivilisten wurden bei dem Beschuss getötet."),
        ("sv", "En handfull civila dödades i beskjutningen."),
    ],
)
def test_a_collective_noun_owns_its_article(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallan sin vida a tres hombres en una carretera.", [("bodies_recovered", 3, 3)]),
        ("Fueron localizados los cuerpos sin vida de 3 personas.", [("bodies_recovered", 3, 3)]),
        ("Medio centenar de personas murieron en el ataque.", [("killed", 50, 50)]),
        ("Tres hombres no murieron en el ataque.", []),
    ],
)
def test_spanish_lifeless_and_half_a_hundred(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    # "sin vida" (lifeless) is a body found, its "sin" no negation; "medio centenar" is about 50
    assert _readings(text, "es") == expected
