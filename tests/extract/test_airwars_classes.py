"""Classes of reading that decide an incident's civilians-killed figures in long monitor
narratives (the kind Airwars writes): sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract.claim import Claim
from harmledger.extract.engine import extract_claims


def _casualties(text: str, lang: str = "en") -> list[Claim]:
    return [c for c in extract_claims(text, lang) if c.is_casualty]


def _read(text: str, lang: str = "en") -> list[tuple[str, str | None, int | None, int | None]]:
    return [(c.measure, c.who, c.low, c.high) for c in _casualties(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, May 3rd 2024, the family, including up to nine children, were killed.",
        "In 2024, the family, including up to nine children, were killed in a strike.",
    ],
)
def test_a_date_before_a_subset_is_not_the_figure_it_belongs_to(text: str) -> None:
    # "20 gunshot wounds, including six in the back" counts nobody; a date is no such figure
    assert ("killed", "children", None, 9) in _read(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Residents reported deaths, but no further information was made available."),
        ("en", "There was no official comment on the death of the commander."),
        ("en", "Two outlets reported one death; no other source referenced deaths."),
        ("es", "Hubo muertos, pero ninguna otra fuente dio más información."),
        ("fr", "Il y a eu des morts, mais aucune autre source n'a donné d'information."),
        ("de", "Es gab Tote, aber keine weiteren Informationen über die Opfer."),
        ("sv", "Det fanns döda, men inga ytterligare uppgifter om offren."),
    ],
)
def test_no_followed_by_a_noun_that_counts_nobody_is_no_zero(lang: str, text: str) -> None:
    assert not [c for c in _casualties(text, lang) if c.low == 0 and c.high == 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No civilians were killed in the strike.", ("killed", "civilians", 0, 0)),
        ("No one was killed.", ("killed", "people", 0, 0)),
        ("Two other family members were killed.", ("killed", "people", 2, 2)),
        ("Two other students were killed in the strike.", ("killed", "people", 2, 2)),
    ],
)
def test_zeros_and_other_people_still_count(text: str, expected: tuple[object, ...]) -> None:
    assert expected in _read(text)


def test_several_other_accounts_are_sources_not_victims() -> None:
    text = "Several other social media accounts said that people had been killed in the camp."
    assert not _casualties(text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Between one and three civilians were killed when a shell hit the market.", (1, 3)),
        ("en", "Relatives put the number of children killed between ten and eleven.", (10, 11)),
        ("en", "Between ten and twelve people were killed in the raid.", (10, 12)),
        ("es", "Entre uno y tres civiles murieron en el ataque.", (1, 3)),
        ("fr", "Entre un et trois civils ont été tués dans la frappe.", (1, 3)),
        ("fr", "Entre dix et douze personnes ont été tuées.", (10, 12)),
        ("sv", "Mellan en och tre civila dödades.", (1, 3)),
    ],
)
def test_a_range_of_number_words_is_a_range_not_a_sum(
    lang: str, text: str, expected: tuple[int, int]
) -> None:
    assert [(c.low, c.high) for c in _casualties(text, lang) if c.measure == "killed"] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "One hundred and ten people were killed.", 110),
        ("fr", "Soixante et onze personnes ont été tuées.", 71),
        ("fr", "Vingt et un civils ont été tués.", 21),
        ("es", "Treinta y un civiles murieron.", 31),
    ],
)
def test_compound_number_words_still_join(lang: str, text: str, value: int) -> None:
    assert [c.low for c in _casualties(text, lang)] == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Monday, a well-known poet, 36-year-old Karim Haddad, was killed in the camp."),
        ("en", "At least one man, 43-year-old Karim Haddad, was killed when the mosque was hit."),
        ("es", "Un poeta conocido, Karim Haddad, murió en el ataque."),
        ("fr", "Un poète connu, Karim Haddad, a été tué dans la frappe."),
        ("sv", "En känd poet, Karim Haddad, dödades i attacken."),
    ],
)
def test_a_victim_named_in_an_aside_before_the_verb_is_one_killed(lang: str, text: str) -> None:
    assert _read(text, lang) == [("killed", "people", 1, 1)]


def test_a_name_inside_a_count_is_no_second_victim() -> None:
    assert _read("Three people, including Karim Haddad, were killed.") == [
        ("killed", "people", 3, 3)
    ]


def test_a_range_opener_before_an_article_is_no_range() -> None:
    # Spanish "de ... a" opens ranges, but "el de un menor" is "that of a minor"
    text = "Se hallaron ocho cadáveres, entre ellos el de un menor de edad."
    assert _read(text, "es") == [("bodies_recovered", "people", 8, 8)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "At least 15 people were killed and dozens of civilians, including five "
            "children seen in photographs, were injured in the strike.",
        ),
        (
            "es",
            "Al menos 15 personas murieron y decenas de civiles, entre ellos cinco niños, "
            "resultaron heridos.",
        ),
        (
            "fr",
            "Au moins 15 personnes ont été tuées et des dizaines de civils, dont cinq enfants, "
            "ont été blessés.",
        ),
        (
            "de",
            "Mindestens 15 Menschen wurden getötet und Dutzende Zivilisten, darunter fünf "
            "Kinder, wurden verletzt.",
        ),
        ("sv", "Minst 15 personer dödades och dussintals civila, bland dem fem barn, skadades."),
    ],
)
def test_a_subject_resumes_its_own_verb_after_its_parts(lang: str, text: str) -> None:
    # the injured are not read as killed by the verb before them
    found = {(c.measure, c.low) for c in _casualties(text, lang)}
    assert ("killed", 15) in found and ("injured", 24) in found and ("killed", 24) not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "One journalist put the number of killed at 12."),
        ("en", "Local officials put the death toll at 12, including four children."),
        ("es", "Un periodista cifró el número de muertos en 12."),
        ("fr", "Un journaliste a chiffré le nombre de morts à 12."),
        ("de", "Ein Journalist bezifferte die Zahl der Toten auf 12."),
        ("sv", "En journalist uppgav antalet döda till 12."),
        ("ar", "وقدر صحفي عدد القتلى بـ 12."),
    ],
)
def test_a_source_putting_the_toll_at_a_number_states_a_toll(lang: str, text: str) -> None:
    assert ("killed", 12, 12) in {(c.measure, c.low, c.high) for c in _casualties(text, lang)}


def test_a_clock_time_after_at_is_still_no_toll() -> None:
    assert _read("Eight people were killed at 9 pm on Monday.") == [("killed", "people", 8, 8)]


def test_a_list_of_towns_is_no_named_victim() -> None:
    text = "News and weather for Waco, Temple, Killeen | A boy was hurt at home on Sunday."
    assert ("killed", "people", 1, 1) not in _read(text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The imam and 33 other members of his family died in the strike.", (34, 34)),
        ("en", "Karim Haddad and at least three others were killed in the strike.", (4, None)),
        ("de", "Der Imam und 33 weitere Menschen wurden bei dem Angriff getötet.", (34, 34)),
        ("sv", "Imamen och 33 andra personer dödades i attacken.", (34, 34)),
    ],
)
def test_one_and_n_others_is_n_plus_one(
    lang: str, text: str, expected: tuple[int, int | None]
) -> None:
    assert [(c.low, c.high) for c in _casualties(text, lang)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed and 3 others injured.",
        "Two men and 3 others were killed.",
    ],
)
def test_others_beside_a_count_stay_as_counted(text: str) -> None:
    assert {c.low for c in _casualties(text)} <= {5, 3, 2}


# a figure, its parts, then another figure with its own verb: a range keeps its own verb across
# the "and" inside it, and a bare count after the parts is of the whole group, not the last part
PARTS_THEN_INJURED = {
    "en": "Five people were killed, including two children, and between 12 and 20 were wounded.",
    "es": "Cinco personas murieron, entre ellas dos niños, y entre 12 y 20 resultaron heridas.",
    "fr": "Cinq personnes ont été tuées, dont deux enfants, et entre 12 et 20 ont été blessées.",
    "de": "Fünf Menschen wurden getötet, darunter zwei Kinder, und zwischen 12 und 20 wurden "
    "verletzt.",
    "sv": "Fem personer dödades, bland dem två barn, och mellan 12 och 20 skadades.",
    "ar": "قتل خمسة أشخاص بينهم طفلان، وأصيب ما بين 12 و20 آخرين.",
}


@pytest.mark.parametrize("lang", sorted(PARTS_THEN_INJURED))
def test_a_range_after_a_list_of_parts_takes_its_own_verb_and_the_whole_group(
    lang: str,
) -> None:
    assert _read(PARTS_THEN_INJURED[lang], lang) == [
        ("killed", "people", 5, 5),
        ("killed", "children", 2, 2),
        ("injured", "people", 12, 20),
    ]


def test_a_bare_count_after_a_list_of_parts_is_of_the_whole_group() -> None:
    text = "Five people were killed, including two children, and 12 were wounded."
    assert ("injured", "people", 12, 12) in _read(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strike killed an elderly woman near the market."),
        ("en", "The strike killed a Palestinian woman near the market."),
        ("de", "Der Angriff tötete eine ältere Frau in der Nähe des Marktes."),
        ("fr", "La frappe a tué une vieille femme près du marché."),
        ("es", "El ataque mató a una mujer mayor cerca del mercado."),
        ("sv", "Attacken dödade en äldre kvinna nära torget."),
    ],
)
def test_a_people_word_describing_the_object_does_not_hide_it(lang: str, text: str) -> None:
    # "elderly", "Palestinian" name a kind of person; before a noun they only describe it
    assert _read(text, lang) == [("killed", "women", 1, 1)]


def test_a_people_word_alone_as_object_is_still_no_lone_victim() -> None:
    assert _read("The strike killed elderly people near the market.") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sam Example (aged 40), from the eastern district, was killed in the strike."),
        ("en", "Sam Example, from the eastern district, was reportedly killed in the strike."),
        ("en", "Sam Example, aged 40, was killed in the strike."),
        ("fr", "Sam Exemple, originaire du quartier oriental, a été tué dans la frappe."),
        ("es", "Sam Ejemplo (40), del barrio este, murió en el ataque."),
        ("de", "Sam Beispiel (40), aus dem Ostviertel, starb bei dem Angriff."),
        ("sv", "Sam Exempel (40), från östra stadsdelen, dödades i attacken."),
    ],
)
def test_a_name_then_asides_before_the_verb_is_one_killed(lang: str, text: str) -> None:
    # the age in brackets and the phrase after a comma describe the named victim
    assert _read(text, lang) == [("killed", "people", 1, 1)]


def test_a_comma_aside_in_capitals_is_a_second_name_not_an_aside() -> None:
    # ", Kim Example," names someone: the aside rule does not reach back past it to "Sam"
    assert _read("Sam Example, Kim Example, was killed.") == [("killed", "people", 1, 1)]
