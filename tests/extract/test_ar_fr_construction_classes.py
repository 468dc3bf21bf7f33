"""Classes of construction in Arabic and French (issue #12), with the shared ones in every
language they apply to: verbs in every tense and person, number words as range bounds, number
words joined by "and" that are two numbers, an article before digits. Sentences are our own;
names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted(
        ((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty),
        key=lambda r: (r[0], r[1] or 0, r[2] or 0),
    )


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        (
            "fr",
            "Douze personnes perdent la vie chaque semaine dans la région.",
            [("killed", 12, 12)],
        ),
        (
            "fr",
            "Une frappe coûtant la vie à douze personnes a visé le marché.",
            [("killed", 12, 12)],
        ),
        ("fr", "Huit villageois y trouvent la mort chaque mois.", [("killed", 8, 8)]),
        ("fr", "Quatre personnes succombent à leurs blessures dans la nuit.", [("killed", 4, 4)]),
        ("fr", "Six hommes ont été fusillés au bord de la route.", [("killed", 6, 6)]),
        ("fr", "Neuf bergers ont été égorgés près du puits.", [("killed", 9, 9)]),
        ("fr", "Cinq captifs ont été décapités.", [("killed", 5, 5)]),
        ("fr", "Quarante habitants ont été intoxiqués par le gaz.", [("injured", 40, 40)]),
        ("fr", "Plus de 300 personnes ont été soignées après l'attaque.", [("injured", 301, None)]),
        ("fr", "Sept enfants sont dans un état critique.", [("injured", 7, 7)]),
        ("fr", "Quinze pêcheurs manquent toujours à l'appel.", [("missing", 15, 15)]),
        ("fr", "On est toujours sans nouvelles de quinze pêcheurs.", [("missing", 15, 15)]),
        ("ar", "توفيت ثلاث نساء في القصف.", [("killed", 3, 3)]),
        ("ar", "توفوا خمسة أشخاص بعد الانفجار.", [("killed", 5, 5)]),
        ("ar", "ذبح مسلحون 15 مدنيا في القرية.", [("killed", 15, 15)]),
        ("ar", "عولج 30 شخصا من الاختناق.", [("injured", 30, 30)]),
        ("ar", "هجر 500 شخص من القرية.", [("displaced", 500, 500)]),
        ("ar", "ارتقى 5 مواطنين في القصف.", [("killed", 5, 5)]),
        ("fr", "Le ministère annonce cinq martyrs.", [("killed", 5, 5)]),
    ],
)
def test_casualty_verbs_in_every_tense_and_person(
    lang: str, text: str, readings: list[tuple[str, int, int | None]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("fr", "Entre cinquante et cent personnes ont été tuées.", 50, 100),
        ("fr", "L'attaque aurait fait entre cinquante et cent morts.", 50, 100),
        ("fr", "Entre deux cents et trois cents personnes ont été tuées.", 200, 300),
        ("es", "Entre cincuenta y cien personas murieron.", 50, 100),
        ("de", "Zwischen fünfzig und hundert Menschen wurden getötet.", 50, 100),
        ("sv", "Mellan femtio och hundra personer dödades.", 50, 100),
        ("ar", "قتل ما بين ثلاثة وخمسة أشخاص.", 3, 5),
        ("ar", "قتل بين خمسين ومئة شخص.", 50, 100),
        ("ar", "قتل من خمسين إلى مئة شخص.", 50, 100),
    ],
)
def test_number_words_bound_a_range(lang: str, text: str, low: int, high: int) -> None:
    assert _readings(text, lang) == [("killed", low, high)]


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        # "and" between two numbers of one order makes two numbers, never their sum
        ("ar", "قتل ثلاثة وأصيب خمسة.", [("injured", 5, 5), ("killed", 3, 3)]),
        ("ar", "قتل ثلاثة وعشرون شخصا.", [("killed", 23, 23)]),
        ("ar", "قتل مئة وخمسون شخصا.", [("killed", 150, 150)]),
        ("fr", "Deux cent cinquante personnes ont été tuées.", [("killed", 250, 250)]),
        ("fr", "Soixante et onze soldats ont été tués.", [("killed", 71, 71)]),
    ],
)
def test_and_inside_one_number_or_between_two(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("قتل أكثر من الـ100 شخص في الغارات.", [("killed", 101, None)]),
        ("تجاوز عدد القتلى الـ50 منذ الصباح.", [("killed", 51, None)]),
        ("قتل قرابة الـ20 مدنيا.", [("killed", 20, 20)]),
        ("قتل عشرات آلاف المدنيين خلال الحرب.", [("killed", 20000, None)]),
        ("نزح مئات آلاف السكان من المدينة.", [("displaced", 200000, None)]),
    ],
)
def test_arabic_article_before_digits_and_construct_thousands(
    text: str, readings: list[tuple[str, int, int | None]]
) -> None:
    assert _readings(text, "ar") == readings


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        (
            "fr",
            "Sept personnes ont été tuées. Parmi elles, quatre enfants.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        (
            "fr",
            "Sept personnes ont été blessées. Parmi elles, quatre enfants.",
            [("injured", 4, 4), ("injured", 7, 7)],
        ),
        (
            "en",
            "Seven people were killed. Among them, four children.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        (
            "es",
            "Siete personas murieron. Entre ellas, cuatro niños.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        (
            "de",
            "Sieben Menschen wurden getötet. Darunter sind vier Kinder.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        ("sv", "Sju personer dödades. Bland dem fyra barn.", [("killed", 4, 4), ("killed", 7, 7)]),
        ("ar", "قتل سبعة أشخاص. وبينهم أربعة أطفال.", [("killed", 4, 4), ("killed", 7, 7)]),
        (
            "fr",
            "Sept personnes ont été tuées. Parmi elles figurent quatre enfants.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        (
            "sv",
            "Sju personer dödades. Bland dem fanns fyra barn.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        (
            "es",
            "Siete personas murieron. Entre ellas hay cuatro niños.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        (
            "de",
            "Sieben Menschen wurden getötet. Unter ihnen befinden sich vier Kinder.",
            [("killed", 4, 4), ("killed", 7, 7)],
        ),
        # a verb of its own in the next sentence is another statement
        ("en", "Seven people were killed. Among them, four children survived.", [("killed", 7, 7)]),
        ("fr", "Sept personnes ont été tuées. Quatre enfants jouaient dehors.", [("killed", 7, 7)]),
    ],
)
def test_a_sentence_opening_on_among_them_is_part_of_the_figure_before(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("ar", "انتشلت فرق الإنقاذ جثامين 12 شهيدا.", [("bodies_recovered", 12, 12)]),
        ("ar", "وصلت جثامين 12 شهيدا إلى المستشفى.", [("bodies_recovered", 12, 12)]),
        ("ar", "انتشلت فرق الإنقاذ جثث 5 قتلى.", [("bodies_recovered", 5, 5)]),
        ("en", "Rescuers recovered the bodies of 12 dead.", [("bodies_recovered", 12, 12)]),
        (
            "fr",
            "Les secouristes ont retrouvé les corps de 12 tués.",
            [("bodies_recovered", 12, 12)],
        ),
        ("ar", "قتل 12 شخصا وانتشلت جثثهم.", [("killed", 12, 12)]),
    ],
)
def test_a_body_noun_before_a_count_of_dead_counts_bodies(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le raid a tué 42 personnes. Quatorze des 42 morts étaient des enfants."),
        ("en", "The raid killed 42 people. Fourteen of the 42 dead were children."),
        ("es", "El ataque mató a 42 personas. Catorce de los 42 muertos eran niños."),
    ],
)
def test_a_part_of_a_counted_whole_has_the_whole_measure(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 14, 14), ("killed", 42, 42)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le dernier bilan fait état de 42 morts, contre 30 auparavant."),
        ("en", "The latest toll is 42 dead, up from 30 earlier."),
        ("es", "El último balance es de 42 muertos, frente a 30 anteriormente."),
        ("de", "Die Zahl der Toten stieg auf 42, nach zuvor 30."),
        ("sv", "Dödssiffran är nu 42, mot tidigare 30."),
        ("ar", "ارتفعت الحصيلة إلى 42 قتيلا، مقابل 30 في حصيلة سابقة."),
    ],
)
def test_an_earlier_toll_beside_the_new_one(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 30, 30), ("killed", 42, 42)]


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        (
            "fr",
            "Douze civils ont été tués lors d'une attaque contre 3 bases.",
            [("killed", 12, 12)],
        ),
        ("ar", "شارك الآلاف في تشييع جثامين 3 أشخاص قتلوا في القصف.", [("killed", 3, 3)]),
    ],
)
def test_against_and_funerals_are_no_tolls_of_their_own(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings
