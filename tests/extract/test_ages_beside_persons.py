"""An age set off beside a person is no count (issue #12): after any person noun ("the gunman,
22, killed"), with its "of" word ("Luis Muestra, de 29, fue asesinado"), and after a possessed
noun ("su hermana de 9 murió"). Sentences are our own; names invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _lows(text: str, lang: str) -> list[int | None]:
    return sorted(c.low for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said the gunman, 22, killed 3 people in the shop."),
        ("es", "La policía dijo que el pistolero, de 22, mató a 3 personas."),
        ("fr", "Selon la police, le tireur, 22 ans, a tué 3 personnes."),
        ("de", "Laut Polizei tötete der Schütze, 22, 3 Menschen."),
        ("sv", "Enligt polisen dödade gärningsmannen, 22, 3 personer."),
    ],
)
def test_an_age_set_off_after_a_person_noun_is_no_count(lang: str, text: str) -> None:
    assert _lows(text, lang) == [3]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Luis Muestra, de 29, fue asesinado en su casa."),
        ("es", "Pedro Ejemplo, de 34 años, y Luis Muestra, de 29, fueron asesinados."),
        ("fr", "Paul Exemple, 34 ans, et Marc Modèle, 29 ans, ont été tués."),
        ("en", "Sam Example, 34, and Kim Sample, 29, were killed."),
    ],
)
def test_ages_of_named_victims_are_no_counts(lang: str, text: str) -> None:
    assert not any(low in (29, 34) for low in _lows(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Un niño de 12 años y su hermana de 9 murieron."),
        ("fr", "Un garçon de 12 ans et sa sœur de 9 ans sont morts."),
        ("en", "A boy of 12 and his sister of 9 were killed."),
    ],
)
def test_the_age_of_a_possessed_noun_is_no_count(lang: str, text: str) -> None:
    assert 9 not in _lows(text, lang)
