"""Names joined by "and", each after its role ("paramedic Sami Khoury and volunteer Nabil Aoun
were injured"), and perhaps their employer after the last ("... from the Al-Amal Clinic"): one
person per name, as with bare names (issue 11). A role noun before a name is a title, not
another person. Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

TITLED = [
    ("en", "Paramedic Sami Khoury and volunteer Nabil Aoun were injured by shrapnel.", "injured"),
    (
        "en",
        "The journalist Rami Saleh and the photographer Ziad Nasser were killed when the shell "
        "hit their car.",
        "killed",
    ),
    (
        "en",
        "Nurse Huda Karam and doctor Fadi Issa from the Al-Amal Clinic were wounded in the strike.",
        "injured",
    ),
    (
        "fr",
        "L'infirmière Huda Karam et le médecin Fadi Issa ont été blessés dans la frappe.",
        "injured",
    ),
    (
        "es",
        "El paramédico Samuel Ortega y el voluntario Nabil Aoun resultaron heridos en el ataque.",
        "injured",
    ),
]


@pytest.mark.parametrize(("lang", "text", "measure"), TITLED)
def test_titled_names_joined_by_and_count_one_each(lang: str, text: str, measure: str) -> None:
    claims = extract_claims(text, lang)
    assert incident_range(claims, measure) == (2, 2)


def test_initials_of_the_employer_before_each_role() -> None:
    claims = extract_claims(
        "On Monday, UNRWA teacher Lina Haddad and UNRWA guard Omar Saleh of the Beach Camp "
        "School were killed when the school was shelled.",
        "en",
    )
    assert incident_range(claims, "killed") == (2, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Nurse Huda Al-Masri and driver Karim Abu-Salem were wounded when the ambulance was hit.",
        "Rana Al-Sayed and Yousef El-Hajj were killed in the strike on their street.",
    ],
)
def test_hyphened_names_joined_by_and_count_one_each(text: str) -> None:
    claims = extract_claims(text, "en")
    measure = "injured" if "wounded" in text else "killed"
    assert incident_range(claims, measure) == (2, 2)


def test_a_count_before_the_titled_names_stays_the_count() -> None:
    claims = extract_claims(
        "Three paramedics were injured, among them paramedic Sami Khoury and volunteer Nabil Aoun.",
        "en",
    )
    assert incident_range(claims, "injured") == (3, 3)
