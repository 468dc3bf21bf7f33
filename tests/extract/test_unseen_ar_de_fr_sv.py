"""Classes of construction from unseen reporting (issue #12) in Arabic, German, French and
Swedish, with the shared ones in every language they apply to. Sentences are our own; names and
places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استشهد مواطن وأصيب آخر في قصف على القرية."),
        ("de", "Ein Zivilist wurde getötet, ein weiterer wurde verletzt."),
        ("de", "Eine Frau wurde getötet, eine weitere verletzt."),
        ("fr", "Un civil a été tué et un autre a été blessé."),
        ("fr", "Une femme a été tuée, une autre blessée."),
        ("sv", "En kvinna dödades och en annan skadades."),
        ("en", "One man was killed and another was injured."),
        ("es", "Un hombre murió y otro resultó herido."),
    ],
)
def test_another_after_a_lone_victim_is_one_more(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("de", "Ein Mann starb, weitere wurden verletzt.", [("killed", 1, 1)]),
        ("fr", "Un enfant a été tué et d'autres blessés.", [("killed", 1, 1)]),
        ("sv", "En man dödades och andra skadades.", [("killed", 1, 1)]),
        ("fr", "Une autre frappe a tué deux personnes.", [("killed", 2, 2)]),
        ("sv", "En annan attack dödade två personer.", [("killed", 2, 2)]),
        ("de", "Ein weiterer Angriff tötete zwei Menschen.", [("killed", 2, 2)]),
    ],
)
def test_others_without_an_article_are_no_count_of_one(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    "text",
    [
        "قال مصدر طبي إن أحد المواطنين استشهد وأصيب آخر إثر قصف على المخيم.",
        "أحد المدنيين قتل وأصيب آخر.",
    ],
)
def test_arabic_one_of_them_then_another_are_two_people(text: str) -> None:
    assert _readings(text, "ar") == [("injured", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "قتل أحد المدنيين في القصف.",
        "قتل أحد المدنيين إثر غارة على البلدة.",
        "استشهد أحد المواطنين جراء القصف.",
    ],
)
def test_arabic_one_of_the_civilians_before_a_preposition(text: str) -> None:
    assert _readings(text, "ar") == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("قتل ثلاثة وأصيب خمسة في الانفجار.", [("injured", 5, 5), ("killed", 3, 3)]),
        ("قتل اثنان وأصيب أربعة.", [("injured", 4, 4), ("killed", 2, 2)]),
        (
            "أسفرت الغارة عن مقتل مدنيين اثنين وإصابة خمسة آخرين.",
            [("injured", 5, 5), ("killed", 2, 2)],
        ),
        ("سجلت المستشفيات 5 وفيات.", [("killed", 5, 5)]),
        ("سقط 3 قتلى و5 جرحى.", [("injured", 5, 5), ("killed", 3, 3)]),
    ],
)
def test_arabic_a_verb_with_and_written_on_opens_the_next_clause(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "ar") == readings


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("en", "Two dozen people were injured in the blast.", ("injured", 24, 24)),
        ("de", "Etwa zwei Dutzend Menschen wurden verletzt.", ("injured", 24, 24)),
        ("fr", "Deux douzaines de personnes ont été blessées.", ("injured", 24, 24)),
        ("es", "Dos docenas de personas resultaron heridas.", ("injured", 24, 24)),
        ("sv", "Tre dussin människor skadades.", ("injured", 36, 36)),
        ("de", "Ein Dutzend Menschen starb.", ("killed", 12, 12)),
        ("fr", "Des douzaines de personnes ont été tuées.", ("killed", 24, None)),
    ],
)
def test_dozens_multiply_the_number_before_them(
    lang: str, text: str, reading: tuple[str, int, int | None]
) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("قتل نحو مئة شخص في المعارك.", ("killed", 100, 100)),
        ("قتل ألف مدني في الحصار.", ("killed", 1000, 1000)),
        ("قتل أكثر من 64 ألف مدني.", ("killed", 64001, None)),
        ("قتل ألف وخمسمئة شخص.", ("killed", 1500, 1500)),
    ],
)
def test_arabic_a_lone_hundred_or_thousand_is_a_number(
    text: str, reading: tuple[str, int, int | None]
) -> None:
    assert _readings(text, "ar") == [reading]


@pytest.mark.parametrize(
    "text",
    [
        "قتل أحد عناصر الشرطة في الهجوم.",
        "قتل أحد أفراد الأسرة في القصف.",
        "قتل أحد المدنيين الفلسطينيين.",
    ],
)
def test_arabic_one_of_a_construct_chain_is_one(text: str) -> None:
    assert _readings(text, "ar") == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("أعدم التنظيم 25 رجلا في القرية.", ("killed", 25, 25)),
        ("قتل المسلحون ثلاثة صيادين قرب الشاطئ.", ("killed", 3, 3)),
        ("قتل 4 مزارعين في قصف على الحقول.", ("killed", 4, 4)),
    ],
)
def test_arabic_accusative_and_broken_plural_person_nouns(
    text: str, reading: tuple[str, int, int]
) -> None:
    assert _readings(text, "ar") == [reading]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("de", "Bei dem Beschuss kamen 5 Zivilisten um.", ("killed", 5, 5)),
        ("de", "Der Anschlag kostete 17 Menschen das Leben.", ("killed", 17, 17)),
        ("de", "Bei dem Angriff verloren mindestens 20 Menschen ihr Leben.", ("killed", 20, None)),
        ("de", "Die Soldaten richteten 25 Männer hin.", ("killed", 25, 25)),
        ("de", "Mindestens 14 Menschen kamen zu Tode.", ("killed", 14, None)),
        ("sv", "I attacken miste sju personer livet.", ("killed", 7, 7)),
        ("sv", "Vid olyckan förlorade tre barn livet.", ("killed", 3, 3)),
        ("ar", "فارق 3 أشخاص الحياة بعد إصابتهم في القصف.", ("killed", 3, 3)),
    ],
)
def test_a_verb_split_around_its_count(
    lang: str, text: str, reading: tuple[str, int, int | None]
) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bei dem Beschuss kamen 5 Zivilisten um 14 Uhr an."),
        ("de", "Er kam vor 3 Jahren nach Berlin um zu arbeiten."),
    ],
)
def test_a_split_verb_needs_its_closing_words_at_the_clause_end(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un père de trois enfants a été tué dans la frappe."),
        ("de", "Eine Mutter von fünf Kindern wurde getötet."),
        ("es", "Un padre de tres hijos murió en el ataque."),
        ("sv", "En pappa till tre barn dödades i attacken."),
    ],
)
def test_a_parent_of_n_children_is_one_victim_not_n(lang: str, text: str) -> None:
    assert ("killed", 3, 3) not in _readings(text, lang)
    assert ("killed", 5, 5) not in _readings(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Sur les 120 passagers, 30 ont été blessés."),
        ("fr", "Parmi les 120 passagers, 30 ont été blessés."),
        ("de", "Von den 120 Passagieren wurden 30 verletzt."),
        ("sv", "Av de 120 passagerarna skadades 30."),
        ("en", "Of the 120 passengers, 30 were injured."),
    ],
)
def test_the_whole_a_part_is_taken_from_is_no_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 30, 30)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Une centaine de jihadistes ont attaqué le camp, tuant 12 soldats."),
        ("de", "Rund 100 Kämpfer griffen das Lager an, dabei wurden 12 Soldaten getötet."),
        ("sv", "Omkring 100 krigare attackerade lägret och dödade 12 soldater."),
        ("ar", "هاجم نحو 100 مسلح المعسكر ما أدى إلى مقتل 12 جنديا."),
        ("en", "About 100 militants attacked the camp, killing 12 soldiers."),
    ],
)
def test_attackers_are_no_victims(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 12, 12)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Drei Menschen starben eines natürlichen Todes."),
        ("de", "Drei der Opfer seien an natürlichen Ursachen gestorben."),
        ("fr", "Trois détenus sont morts de causes naturelles."),
        ("sv", "Tre fångar dog av naturliga orsaker."),
        ("ar", "توفي 3 أشخاص لأسباب طبيعية."),
        ("en", "Three prisoners died of natural causes."),
        ("es", "Tres presos murieron por causas naturales."),
    ],
)
def test_a_death_of_natural_causes_is_no_casualty(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


def test_a_natural_death_in_another_clause_negates_nothing() -> None:
    text = "Drei Menschen starben an natürlichen Ursachen, zwölf wurden getötet."
    assert _readings(text, "de") == [("killed", 12, 12)]


def test_swedish_a_toll_raised_to_over_a_hundred() -> None:
    assert _readings("Attacken höjer dödssiffran till över hundra.", "sv") == [
        ("killed", 101, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قتل خلال الأيام الثلاثة الماضية 20 شخصا في القصف.",
        "قتل خلال الأشهر الستة الماضية 20 شخصا في القصف.",
    ],
)
def test_arabic_a_definite_number_after_a_time_noun_counts_time(text: str) -> None:
    assert _readings(text, "ar") == [("killed", 20, 20)]
