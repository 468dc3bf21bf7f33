"""People taken into hospital are injured, though the word for hospital is a unit of things
(issue #12): "otras dos fueron hospitalizadas" is no count of houses or hospitals.
Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three people died and two others were hospitalized."),
        ("es", "Tres personas fallecieron y otras dos fueron hospitalizadas."),
        ("fr", "Trois personnes sont mortes et deux autres ont été hospitalisées."),
        ("de", "Drei Menschen starben, zwei weitere kamen ins Krankenhaus."),
        ("sv", "Tre personer dog och två andra sjukhusvårdas."),
    ],
)
def test_the_hospitalised_are_injured(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 2, 2), ("killed", 3, 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El bombardeo destruyó tres hospitales y mató a 4 personas."),
        ("sv", "Bombningen förstörde tre sjukhus och dödade 4 personer."),
    ],
)
def test_hospitals_are_still_no_victims(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 4, 4)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Of the 90 wounded, only 35 remain hospitalized."),
        ("es", "De los 90 heridos, sólo 35 permanecen hospitalizados."),
        ("fr", "Sur les 90 blessés, seuls 35 restent hospitalisés."),
    ],
)
def test_how_many_of_the_injured_are_still_hurt_is_no_new_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 90, 90)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Of the 90 wounded, 12 were children."),
        ("es", "De los 90 heridos, 12 son niños."),
    ],
)
def test_a_category_of_the_injured_still_counts(lang: str, text: str) -> None:
    assert ("injured", 12, 12) in _readings(text, lang)
