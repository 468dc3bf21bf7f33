"""A count of others adds to the report's lead (sentences are our own)."""

from __future__ import annotations

import pytest

from harmledger.assess.figures import FigureClaim, figures, headline
from harmledger.assess.others import counts_others
from harmledger.evaluation.incidents import incident_range
from harmledger.extract import extract_claims

# one victim, then the others killed with them: thirteen dead
ONE_AND_OTHERS = [
    ("en", "A strike killed a teacher. It also killed 12 other members of his family."),
    ("de", "Ein Lehrer wurde getötet. Zwölf weitere Menschen starben bei dem Angriff."),
    ("fr", "Un enseignant a été tué. Douze autres personnes sont mortes dans la frappe."),
    ("sv", "En lärare dödades. Tolv andra personer dog i attacken."),
    ("es", "Un maestro murió en el ataque. Murieron otras 12 personas de su familia."),
    ("ar", "قتل معلم في غارة على منزله. وقتل 12 آخرون من عائلته."),
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
    ("ar", "استشهد المعلم سامي في قصف على منزله، وقتل 12 آخرون من أفراد عائلته."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_AND_OTHERS)
def test_one_victim_and_a_count_of_others_add_up(lang: str, text: str) -> None:
    assert incident_range(extract_claims(text, lang), "killed") == (13, 13)


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


@pytest.mark.parametrize(("lang", "text"), ONE_AND_OTHERS + NAMED_AND_OTHERS)
def test_stored_figures_add_the_others_too(lang: str, text: str) -> None:
    found = [c for c in extract_claims(text, lang) if c.is_casualty]
    claims = [
        FigureClaim(
            i,
            c.measure,
            c.who,
            c.low,
            c.high,
            "monitor",
            "monitor",
            1,
            c.start,
            c.end,
            c.qualifier,
            quote=c.quote,
        )
        for i, c in enumerate(found)
    ]
    assert headline(figures(claims)) == (13, 13)
