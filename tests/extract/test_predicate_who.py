"""Issue #12: a verb of being between a count and a category noun gives the count its category
("ten of the dead were children": children, not people), and in English a toll that "includes"
a group has that group as a subset, as after "including". Sentences are our own; places
invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return sorted((c.measure, c.low, c.who) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strike on Example Town killed 12 people. Three of the dead were children."),
        (
            "de",
            "Bei dem Angriff auf Beispielstadt wurden zwölf Menschen getötet. Drei der Toten waren Kinder.",
        ),
        (
            "fr",
            "La frappe sur Exempleville a fait douze morts. Trois des victimes étaient des enfants.",
        ),
        (
            "es",
            "El ataque contra Villa Ejemplo dejó doce muertos. Tres de las víctimas eran niños.",
        ),
        ("sv", "Tolv personer dödades i attacken mot Exempelby. Tre av de döda var barn."),
    ],
)
def test_of_the_dead_were_children(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 3, "children"), ("killed", 12, "people")]


def test_bare_count_then_category() -> None:
    text = "The shelling of Example Town killed 2,000 people, and 1,500 were women."
    assert _readings(text, "en") == [("killed", 1500, "women"), ("killed", 2000, "people")]


def test_category_after_an_article_and_modifier() -> None:
    text = "Twelve people died in Example Town. Four of the victims were young soldiers."
    assert _readings(text, "en") == [("killed", 4, "combatants"), ("killed", 12, "people")]


@pytest.mark.parametrize(
    "text",
    [
        "Ten people were killed in Example Town and 20 were wounded.",
        "Ten people were killed in Example Town. Three of the dead were never identified.",
    ],
)
def test_a_verb_after_the_copula_is_no_category(text: str) -> None:
    assert all(who == "people" for _, _, who in _readings(text, "en"))


def test_a_toll_that_includes_a_group() -> None:
    text = (
        "The death toll at the clinic in Example Town, which a charity ran, has now risen to "
        "more than 50, it includes patients and at least six medical staff."
    )
    assert _readings(text, "en") == [("killed", 6, "other"), ("killed", 51, "people")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A security guard was injured in Example Town.", [("injured", 1, "other")]),
        ("en", "Two police officers were killed in Example Town.", [("killed", 2, "other")]),
        (
            "de",
            "Bei dem Angriff in Beispielstadt wurden zwei Polizisten getötet.",
            [("killed", 2, "other")],
        ),
        (
            "fr",
            "Deux policiers ont été tués dans l'attaque à Exempleville.",
            [("killed", 2, "other")],
        ),
        ("es", "Dos policías murieron en el ataque en Villa Ejemplo.", [("killed", 2, "other")]),
        ("sv", "Två poliser dödades i attacken i Exempelby.", [("killed", 2, "other")]),
    ],
)
def test_police_and_guards_are_other(
    lang: str, text: str, expected: list[tuple[str, int, str]]
) -> None:
    """Police and guards are neither civilians by the text nor fighters: ``other``, in English
    as in the other packs."""
    assert _readings(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A man was shot dead in Example Town on Friday. A woman was shot in Other Town. "
            "The woman died in hospital.",
        ),
        (
            "fr",
            "Un homme a été tué à Exempleville vendredi. Une femme a été blessée à Autreville "
            "samedi. La femme est morte à l'hôpital.",
        ),
        (
            "es",
            "Un hombre murió en Villa Ejemplo el viernes. Una mujer resultó herida en Otra Villa "
            "el sábado. La mujer murió en el hospital.",
        ),
    ],
)
def test_the_hurt_victim_who_died_is_a_death_of_their_own(lang: str, text: str) -> None:
    """ "A woman was shot ... the woman died": a definite noun taking up someone hurt before is
    her death, not a repeat of the man killed earlier."""
    killed = sorted(
        c.who for c in extract_claims(text, lang) if c.is_casualty and c.measure == "killed"
    )
    assert killed == ["men", "women"]


def test_the_same_victim_again_is_no_second_death() -> None:
    text = "A man was killed in Example Town. Police said the man died at the scene."
    assert _readings(text, "en") == [("killed", 1, "men")]
