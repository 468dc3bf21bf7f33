"""Issue #12 classes in Arabic, German, French and Swedish (with the shared ones in all six
languages): small counts of separate victims, and constructions unseen reporting uses.
Sentences are our own; names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A child was killed in Northtown. In Southtown, a woman was killed by a drone."),
        ("es", "Un niño murió en Norteville. En Surville, una mujer murió por un dron."),
        ("fr", "Un enfant a été tué à Nordville. À Sudville, une femme a été tuée par un drone."),
        (
            "de",
            "Ein Kind wurde in Nordstadt getötet. In Südstadt wurde eine Frau bei einem Drohnenangriff getötet.",
        ),
        ("sv", "Ett barn dödades i Norrby. I Söderby dödades en kvinna av en drönare."),
        ("ar", "استشهد طفل في القرية الشمالية. وفي القرية الجنوبية استشهدت سيدة في غارة."),
    ],
)
def test_lone_victims_named_by_different_nouns_are_different_people(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استشهد شاب في القصف. وفي حادث آخر، استشهد آخر متأثرا بإصابته."),
        ("ar", "استشهد طفلان وعنصر في الدفاع المدني. وأدى القصف الثاني إلى استشهاد شخصين."),
    ],
)
def test_another_lone_victim_is_no_repeat(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert len(readings) == 2 and readings[0] == readings[1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Child killed in Northtown strike\n\nA child was killed in a strike on Northtown."),
        ("ar", "استشهاد طفل في قصف على القرية\n\nاستشهد طفل في قصف على القرية صباح اليوم."),
    ],
)
def test_a_lone_victim_repeated_under_the_same_noun_is_one_claim(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, 1)]


def test_an_arabic_dual_repeated_in_another_case_is_one_claim() -> None:
    text = "لقي شخصان مصرعهما في انفجار سيارة مفخخة. وأدى الانفجار إلى مصرع شخصين وجرح 5 آخرين."
    assert _readings(text, "ar").count(("killed", 2, 2)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Victims: 30, among them 4 children. At least 30 people were killed and dozens were injured in the attack.",
        ),
        (
            "es",
            "Las víctimas son 30, entre ellas 4 niños. Al menos 30 personas murieron y decenas resultaron heridas.",
        ),
        (
            "fr",
            "30 victimes, dont 4 enfants. Au moins 30 personnes ont été tuées et des dizaines blessées.",
        ),
        (
            "de",
            "30 Opfer, darunter 4 Kinder. Mindestens 30 Menschen wurden getötet und Dutzende verletzt.",
        ),
        ("sv", "30 offer, varav 4 barn. Minst 30 personer dödades och dussintals skadades."),
        ("ar", "عدد الضحايا 30 بينهم 4 أطفال. قتل 30 شخصا على الأقل وأصيب العشرات."),
    ],
)
def test_victims_restating_the_number_killed_are_the_dead(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert ("killed", 30, None) in readings and ("killed", 4, 4) in readings
    assert not [r for r in readings if r[0] == "killed_or_injured"]


def test_victims_of_another_number_stay_killed_or_injured() -> None:
    text = "The attack left 12 victims. Five people were killed and seven were injured."
    assert _readings(text, "en") == [
        ("injured", 7, 7),
        ("killed", 5, 5),
        ("killed_or_injured", 12, 12),
    ]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("قتل 11 مدنيا بينهم امرأة في الغارة.", [("killed", 1, 1), ("killed", 11, 11)]),
        (
            "قتل 11 مدنيا بينهم طفل وامرأة.",
            [("killed", 1, 1), ("killed", 1, 1), ("killed", 11, 11)],
        ),
        ("أصيب 9 أشخاص بينهم طفلة.", [("injured", 1, 1), ("injured", 9, 9)]),
        # a definite noun after "among them" is someone named, not a count
        ("قتل 11 مدنيا بينهم الصحفي سامي المثال.", [("killed", 11, 11)]),
    ],
)
def test_arabic_bare_nouns_among_them_count_one_each(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "ar") == readings


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "en",
            "Eleven civilians were killed, among them a woman and a child.",
            ["children", "civilians", "women"],
        ),
        (
            "fr",
            "Onze civils ont été tués, dont une femme et un enfant.",
            ["children", "civilians", "women"],
        ),
        (
            "de",
            "Elf Zivilisten wurden getötet, darunter eine Frau und ein Kind.",
            ["children", "civilians", "women"],
        ),
        (
            "sv",
            "Elva civila dödades, bland dem en kvinna och ett barn.",
            ["children", "civilians", "women"],
        ),
        ("ar", "قتل 11 مدنيا بينهم امرأة وطفل في الغارة.", ["children", "civilians", "women"]),
    ],
)
def test_one_member_of_a_category_in_a_subset_keeps_its_category(
    lang: str, text: str, who: list[str]
) -> None:
    assert sorted(c.who for c in extract_claims(text, lang) if c.is_casualty) == who


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("هناك حوالي 300 حالة حرجة في المستشفيات.", [("injured", 300, 300)]),
        ("وسجلت عشرات حالات الاختناق بعد القصف.", [("injured", 20, None)]),
        ("وصلت إلى المستشفى 12 حالة تسمم.", [("injured", 12, 12)]),
    ],
)
def test_arabic_cases_counted_by_their_condition_are_injured(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "ar") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("شردت الحرب ما يربو على مليوني شخص.", [("displaced", 2000001, None)]),
        ("نزح أكثر من ألفي شخص من القرية.", [("displaced", 2001, None)]),
        ("قتل مائتي شخص في المعارك.", [("killed", 200, 200)]),
    ],
)
def test_arabic_duals_of_number_words_in_construct_state(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "ar") == readings


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "A man was found dead in his car.", 1),
        ("es", "Tres hombres fueron hallados muertos cerca del pueblo.", 3),
        ("fr", "Un homme a été retrouvé mort près du village.", 1),
        ("de", "Drei Männer wurden tot aufgefunden.", 3),
        ("de", "Drei Männer wurden tot in einem Keller gefunden.", 3),
        (
            "de",
            "Der Gouverneur sagte, ein Mitarbeiter eines Zentrums sei nach dem Beschuss tot aufgefunden worden.",
            1,
        ),
        ("sv", "En man hittades död i sin bil.", 1),
        ("ar", "عثر على ثلاثة رجال مقتولين قرب القرية.", 3),
    ],
)
def test_found_dead_is_one_body_count_and_no_death_besides(
    lang: str, text: str, count: int
) -> None:
    assert _readings(text, lang) == [("bodies_recovered", count, count)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 20 to 30 people were killed."),
        ("fr", "Le nombre de morts varie d'au moins 20 à 30."),
        ("de", "Nach Schätzungen wurden mindestens 20 bis 30 Menschen getötet."),
        ("sv", "Minst 20 till 30 personer dödades i attacken."),
        ("ar", "قتل ما لا يقل عن 20 إلى 30 شخصا."),
    ],
)
def test_a_lower_bound_joined_to_an_upper_one_is_a_range(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 20, 30)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le bilan est passé d'au moins 20 morts à 30 morts."),
        ("de", "Die Zahl der Toten stieg von mindestens 20 bis 30."),
    ],
)
def test_a_toll_that_changes_from_a_lower_bound_states_two_figures(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 20, None), ("killed", 30, 30)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Quelques dizaines de personnes ont été tuées."),
        ("de", "Bei dem Angriff wurden ein paar Dutzend Menschen getötet."),
        ("sv", "Några dussin människor dödades i attacken."),
        ("en", "A few dozen people were killed in the attack."),
    ],
)
def test_a_few_dozen_are_dozens(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 24, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Klockan 10.16 dödades tre personer i Exempelby."),
        ("sv", "Kl. 10.16 dödades tre personer i Exempelby."),
        ("de", "Um 10.16 Uhr wurden drei Menschen in Beispieldorf getötet."),
        ("fr", "À 10h16, trois personnes ont été tuées à Exempleville."),
        ("ar", "في الساعة 10:16 قتل ثلاثة أشخاص في القرية."),
    ],
)
def test_the_minutes_of_a_clock_time_are_no_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 3, 3)]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Minst 20 personer dödades och ett 30-tal skadades.", ("injured", 30, 30, "about")),
        ("Ett 100-tal civila dödades i Exempelby.", ("killed", 100, 100, "about")),
        ("Minst ett 20-tal personer dödades.", ("killed", 20, None, "at_least")),
    ],
)
def test_swedish_digit_tal_is_about_the_number(
    text: str, reading: tuple[str, int, int | None, str]
) -> None:
    claims = [c for c in extract_claims(text, "sv") if c.is_casualty]
    assert reading in [(c.measure, c.low, c.high, c.qualifier) for c in claims]
    assert all(c.low != 1 for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "About 20 men dug up bodies in the cemetery."),
        ("fr", "Une vingtaine d'hommes exhument des corps dans le cimetière."),
        ("de", "Rund 20 Helfer bargen Leichen aus den Trümmern."),
        ("sv", "Tjugo män grävde fram kroppar ur rasmassorna."),
    ],
)
def test_people_counted_before_finding_bodies_are_the_finders(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("fr", "Vingt personnes ont été retrouvées mortes.", 20),
        ("fr", "Une équipe a exhumé les corps de 12 personnes.", 12),
        ("de", "Rettungskräfte bargen 20 Leichen.", 20),
    ],
)
def test_bodies_counted_after_the_finding_verb_stay_bodies(
    lang: str, text: str, count: int
) -> None:
    assert _readings(text, lang) == [("bodies_recovered", count, count)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Drei UN-Mitarbeiter wurden getötet.", "other"),
        ("Zwei Mitarbeiter der UNO wurden bei dem Angriff getötet.", "other"),
        ("Zwei Mitarbeiter eines Kulturzentrums wurden getötet.", "people"),
    ],
)
def test_german_staff_are_people_unless_of_the_un_or_an_aid_group(text: str, who: str) -> None:
    assert [c.who for c in extract_claims(text, "de") if c.is_casualty] == [who]
