"""Numbers that count nobody: the day of a date after a weekday, and the age of a lone victim
after "of" ("a man of 35"). Sentences are our own; names and places invented."""

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
        ("en", "On Saturday 14 three people died in Exampleton."),
        ("es", "El sábado 14 murieron 3 personas en Villaejemplo."),
        ("fr", "Samedi 14, trois personnes sont mortes à Exempleville."),
        ("de", "Am Samstag, dem 14., starben drei Menschen in Beispielstadt."),
        ("sv", "Lördagen den 14 dog tre personer i Exempelby."),
        ("ar", "يوم السبت 14 قتل ثلاثة أشخاص في القرية."),
    ],
)
def test_a_day_after_a_weekday_is_a_date_not_a_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 3, 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Saturday 14 people died in Exampleton."),
        ("es", "El sábado 14 personas murieron en Villaejemplo."),
    ],
)
def test_a_number_after_a_weekday_that_heads_people_is_still_a_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", "people", 14, 14)]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("en", "A man of 35 was killed in Exampleton.", "men"),
        ("en", "A woman of 60 was killed in the strike.", "women"),
        ("fr", "Un homme de 35 ans a été tué à Exempleville.", "men"),
        ("es", "Un hombre de 35 años murió en Villaejemplo.", "men"),
        ("de", "Ein Mann von 35 Jahren wurde in Beispielstadt getötet.", "men"),
        ("sv", "En man på 35 år dödades i Exempelby.", "men"),
    ],
)
def test_an_age_after_a_lone_victims_noun_is_no_count(lang: str, text: str, who: str) -> None:
    assert _readings(text, lang) == [("killed", who, 1, 1)]


def test_a_group_noun_before_of_still_counts() -> None:
    assert _readings("A family of 5 was killed in Exampleton.", "en") == [
        ("killed", "people", 5, 5)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        (
            "en",
            "Early on Sunday, 26 bodies were recovered.",
            ("bodies_recovered", "people", 26, 26),
        ),
        ("fr", "Le ministère a déploré, mercredi, 28 morts.", ("killed", "people", 28, 28)),
    ],
)
def test_a_count_after_a_weekday_with_its_own_noun_is_still_a_count(
    lang: str, text: str, reading: tuple[str, str, int, int]
) -> None:
    assert reading in _readings(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Sunday 26 bodies were recovered from the rubble in Exampleton."),
        ("fr", "Dimanche 26 corps ont été retirés des décombres à Exempleville."),
        ("es", "El domingo 26 cadáveres fueron recuperados en Villaejemplo."),
    ],
)
def test_a_count_with_its_own_noun_after_a_weekday_and_no_other_count_is_kept(
    lang: str, text: str
) -> None:
    assert [(m, low) for m, _, low, _ in _readings(text, lang)] == [("bodies_recovered", 26)]
