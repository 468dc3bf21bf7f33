"""Constructions the extractor must read in every language: toll-rise verbs, "claimed N lives"
idioms, the Arabic dual, a lone victim next to other counts, and people nouns that look like
units. Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The death toll from the Example bombing rose overnight from 12 to 31."),
        ("es", "El balance del ataque en Ejemplo ascendió de 12 a 31."),
        ("fr", "Le bilan de l'attaque d'Exemple est passé de 12 à 31."),
        ("de", "Die Zahl der Toten in Beispielstadt stieg von 12 auf 31."),
        ("sv", "Dödstalet i Exempelstad steg från 12 till 31."),
        ("ar", "ارتفعت حصيلة القتلى في القرية من 12 إلى 31."),
    ],
)
def test_a_toll_rise_from_x_to_y_is_two_tolls(lang: str, text: str) -> None:
    assert sorted(_readings(text, lang)) == [("killed", 12, 12), ("killed", 31, 31)]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "The toll at the Example clinic, which was shelled twice, has now risen to 44.", 44),
        (
            "es",
            "El balance del ataque contra la clínica de Ejemplo, que fue bombardeada dos veces, "
            "ascendió a 44.",
            44,
        ),
        (
            "fr",
            "Le bilan de la frappe sur la clinique d'Exemple, bombardée deux fois, a grimpé à 44.",
            44,
        ),
        (
            "de",
            "Die Opferzahl des Angriffs auf die Klinik in Beispielstadt, die zweimal beschossen "
            "wurde, ist auf 44 gestiegen.",
            44,
        ),
        (
            "sv",
            "Dödstalet efter attacken mot kliniken i Exempelstad, som besköts två gånger, har "
            "stigit till 44.",
            44,
        ),
    ],
)
def test_a_rise_verb_carries_the_toll_far_back_in_the_sentence(
    lang: str, text: str, low: int
) -> None:
    assert _readings(text, lang) == [("killed", low, low)]


def test_a_rise_verb_does_not_reach_past_another_number() -> None:
    text = "The toll jumped to 40 with 75 people wounded."
    assert sorted(_readings(text, "en")) == [("injured", 75, 75), ("killed", 40, 40)]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("en", "The fighting has claimed 17 lives in Example Valley.", ("killed", 17, 17)),
        ("en", "The shelling claimed thousands of lives.", ("killed", 2000, None)),
        ("es", "El ataque se cobró 17 vidas en el valle de Ejemplo.", ("killed", 17, 17)),
        ("es", "El bombardeo le costó la vida a 17 civiles.", ("killed", 17, 17)),
        ("fr", "La frappe a coûté la vie à 17 civils.", ("killed", 17, 17)),
        ("de", "Der Angriff forderte 17 Menschenleben.", ("killed", 17, 17)),
        ("sv", "Attacken har tagit minst 17 liv.", ("killed", 17, None)),
        ("ar", "أودى القصف بأرواح 17 مدنيا.", ("killed", 17, 17)),
    ],
)
def test_lives_idioms_are_deaths(lang: str, text: str, reading: tuple) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Volunteers saved 40 lives during the flood."),
        ("es", "Los rescatistas lograron salvar 40 vidas."),
        ("fr", "Les secouristes ont sauvé 40 vies."),
        ("de", "Die Helfer retteten 40 Menschenleben."),
        ("sv", "Räddningstjänsten har räddat 40 liv."),
    ],
)
def test_saved_lives_are_not_deaths(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("استشهد فلسطينيان في غارة على المخيم.", ("killed", 2, 2)),
        ("أصيبت طفلتان بجروح في القصف.", ("injured", 2, 2)),
        ("قتل شخصان في انفجار سيارة.", ("killed", 2, 2)),
        ("قتل جنديان في الهجوم.", ("killed", 2, 2)),
    ],
)
def test_the_arabic_dual_counts_two(text: str, reading: tuple) -> None:
    assert _readings(text, "ar") == [reading]


def test_a_plural_that_looks_like_a_dual_is_not_two() -> None:
    assert ("injured", 2, 2) not in _readings("نقل المصابين إلى المستشفى بعد القصف.", "ar")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nine people were killed in the market. In another strike, a baby was killed."),
        ("es", "Nueve personas murieron en el mercado. En otro ataque, murió un bebé."),
        ("fr", "Neuf personnes ont été tuées au marché. Dans une autre frappe, un bébé a été tué."),
        (
            "de",
            "Neun Menschen wurden auf dem Markt getötet. Bei einem anderen Angriff wurde ein "
            "Baby getötet.",
        ),
        ("sv", "Nio personer dödades på marknaden. I en annan attack dödades en bebis."),
        ("ar", "قتل تسعة أشخاص في السوق. وفي غارة أخرى استشهد طفل رضيع."),
    ],
)
def test_a_lone_victim_beside_other_counts_is_a_claim(lang: str, text: str) -> None:
    assert sorted(_readings(text, lang)) == [("killed", 1, 1), ("killed", 9, 9)]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "Seven villagers were killed in the raid.", 7),
        ("es", "Siete aldeanos murieron en la incursión.", 7),
        ("fr", "Sept villageois ont été tués lors du raid.", 7),
        ("en", "Twenty citizens were killed in the shelling.", 20),
    ],
)
def test_people_nouns_that_start_like_units_are_people(lang: str, text: str, low: int) -> None:
    assert _readings(text, lang) == [("killed", low, low)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El ataque dejó de 12 a 31 muertos."),
        ("fr", "L'attaque a fait de 12 à 31 morts."),
    ],
)
def test_a_spaced_ordinal_letter_is_a_range_word(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 12, 31)]
