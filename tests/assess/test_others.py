"""A count of others adds to the report's lead (sentences are our own)."""

from __future__ import annotations

import pytest

from harmledger.assess.figures import figures, headline
from harmledger.assess.others import counts_others
from harmledger.evaluation.incidents import incident_range
from harmledger.extract import extract_claims
from tests.assess.helpers import figure_claims

# an open toll, then a later count of "the imam and N others": the later count states N + 1
OPEN_THEN_OTHERS = [
    (
        "en",
        "At least 20 people were killed in the strike. A relative said that the imam of the"
        " mosque in the old town and 30 other members of his family had died.",
    ),
    (
        "de",
        "Mindestens 20 Menschen wurden getötet. Ein Verwandter sagte, 30 weitere Angehörige"
        " des Imams seien gestorben.",
    ),
    (
        "fr",
        "Au moins 20 personnes ont été tuées. Un proche a dit que l'imam et 30 autres"
        " membres de sa famille sont morts.",
    ),
    (
        "sv",
        "Minst 20 personer dödades. En släkting sa att imamen och 30 andra familjemedlemmar dog.",
    ),
    (
        "es",
        "Al menos 20 personas murieron. Un familiar dijo que murieron otras 30 personas"
        " de su familia.",
    ),
    ("ar", "قتل 20 شخصا على الأقل. وقال قريب إن الإمام و30 آخرين من عائلته قتلوا."),
]

# a named victim the text counts no number for, then "N others": N + 1
NAMED_AND_OTHERS = [
    ("en", "The teacher Sam Example died when a shell hit his home. It killed 12 other members."),
    (
        "de",
        "Der Lehrer Max Beispiel starb, als eine Granate sein Haus traf. Zwölf weitere starben.",
    ),
    ("fr", "L'enseignant Paul Exemple est mort sous un obus. Douze autres personnes sont mortes."),
    ("sv", "Läraren Sven Exempel dog när en granat träffade huset. Tolv andra personer dog."),
    (
        "es",
        "El maestro Juan Ejemplo murió cuando un obús cayó sobre su casa. Murieron otras 12"
        " personas.",
    ),
    ("ar", "استشهد المعلم سامي في قصف على منزله، وقتل 12 آخرون من أفراد عائلته."),
]


@pytest.mark.parametrize(("lang", "text"), OPEN_THEN_OTHERS)
def test_a_later_count_of_others_counts_the_one_beside_them(lang: str, text: str) -> None:
    assert incident_range(extract_claims(text, lang), "killed") == (20, 31)


def test_a_count_that_already_holds_the_one_named_is_not_raised() -> None:
    text = "At least 20 people were killed. A relative said the imam and 30 other members died."
    claims = extract_claims(text, "en")
    assert incident_range(claims, "killed") == (20, 31)


@pytest.mark.parametrize(("lang", "text"), NAMED_AND_OTHERS)
def test_others_after_a_named_victim_count_one_more(lang: str, text: str) -> None:
    assert incident_range(extract_claims(text, lang), "killed") == (13, 13)


def test_injured_others_are_others_than_the_dead() -> None:
    text = "A couple was killed in the strike and four others were injured."
    assert incident_range(extract_claims(text, "en"), "injured") == (4, 4)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "More than 20 people were killed. Another source said 12 were killed."),
        ("es", "Más de 20 personas murieron. Otra fuente habló de 12 muertos."),
        ("en", "At least three were injured, while others reported eight injured."),
    ],
)
def test_a_comparative_or_another_source_is_no_count_of_others(lang: str, text: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert claims
    assert not any(counts_others(c) for c in claims)


def test_a_count_of_others_of_another_measure_adds_nothing() -> None:
    text = "Five people were killed and ten others were injured in the attack."
    claims = extract_claims(text, "en")
    assert incident_range(claims, "killed") == (5, 5)
    assert incident_range(claims, "injured") == (10, 10)


@pytest.mark.parametrize(("lang", "text"), NAMED_AND_OTHERS)
def test_stored_figures_count_the_named_victim_too(lang: str, text: str) -> None:
    claims = figure_claims(text, lang)
    assert headline(figures(claims)) == (13, 13)


@pytest.mark.parametrize(("lang", "text"), OPEN_THEN_OTHERS)
def test_stored_figures_widen_to_the_others_and_the_one_named(lang: str, text: str) -> None:
    claims = figure_claims(text, lang)
    assert headline(figures(claims)) == (20, 31)


# an open toll, then "up to" a vague word: the vague word never widens a toll stated in numbers
UP_TO_VAGUE = [
    ("en", "The strike injured at least six civilians and up to dozens of others."),
    ("de", "Der Angriff verletzte mindestens sechs Zivilisten und bis zu Dutzende weitere."),
    ("fr", "La frappe a blessé au moins six civils et jusqu'à des dizaines d'autres."),
    ("es", "El ataque hirió al menos a seis civiles y hasta decenas de otros."),
    ("sv", "Attacken skadade minst sex civila och upp till dussintals andra."),
    ("ar", "أصيب ستة مدنيين على الأقل وما يصل إلى عشرات آخرين."),
]


@pytest.mark.parametrize(("lang", "text"), UP_TO_VAGUE)
def test_up_to_a_vague_word_does_not_widen_a_toll_in_numbers(lang: str, text: str) -> None:
    assert incident_range(extract_claims(text, lang), "injured") == (6, 6)


def test_up_to_a_number_still_widens_an_open_toll() -> None:
    text = "At least 11 people were injured, and up to twenty."
    assert incident_range(extract_claims(text, "en"), "injured") == (11, 20)
