"""Classes of construction from unseen reporting (issue #12), English and Arabic first, with the
shared ones in all six languages. Sentences are our own; names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted(
        (c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Not less than 12 people were killed in the raid on Exampleville."),
        ("es", "No menos de 12 personas murieron en el ataque contra Ejemplo."),
        ("fr", "Pas moins de 12 personnes ont été tuées dans l'attaque d'Exemple."),
        ("de", "Nicht weniger als 12 Menschen wurden bei dem Angriff getötet."),
        ("sv", "Inte mindre än 12 personer dödades i attacken mot Exempelby."),
        ("ar", "قتل ما لا يقل عن 12 شخصا في الهجوم على القرية."),
    ],
)
def test_a_negation_inside_an_at_least_qualifier_negates_nothing(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 12, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The police did not confirm that 12 people were killed."),
        ("ar", "لم تؤكد الشرطة مقتل 12 شخصا في الهجوم."),
    ],
)
def test_a_negation_before_the_qualifier_still_negates(lang: str, text: str) -> None:
    assert _readings(text, lang) == []
