"""Counted staff of a hospital, charity, company or agency ("six staff members", "3 of its
employees", "trois employés du marché", "fünf Mitarbeiter des Krankenhauses"), written and
labelled by the labeller of branch enrep13 before running the extractor on them. Conventions and
the labelled sets read the staff of a struck place (like health workers) as ``who = other``;
"workers" with no employer named stay people. Names, places and figures are invented."""

from __future__ import annotations

import pytest

from tests.extract.incident_reports import Reading, assert_readings, sentence_cases

# (lang, text, readings that must be there, readings that must not)
STAFF: list[tuple[str, str, list[Reading], list[Reading]]] = [
    (
        "en",
        "Six staff members were among those killed when the clinic was shelled, the charity said.",
        [("killed", "other", 6, 6, "exact")],
        [("killed", "people", 6, 6, "exact")],
    ),
    (
        "en",
        "The blast killed 3 of its employees, the company said.",
        [("killed", "other", 3, 3, "exact")],
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "en",
        "Two of our colleagues were wounded in the attack on the warehouse, the agency said.",
        [("injured", "other", 2, 2, "exact")],
        [("injured", "people", 2, 2, "exact")],
    ),
    (
        "en",
        "The strike killed 14 staff members and 24 patients, the hospital director said.",
        [("killed", "other", 14, 14, "exact"), ("killed", "other", 24, 24, "exact")],
        [("killed", "other", 38, 38, "exact"), ("killed", "people", 14, 14, "exact")],
    ),
    (
        "en",
        "A fire killed 2 workers at the plant.",
        [("killed", "people", 2, 2, "exact")],
        [("killed", "other", 2, 2, "exact")],
    ),
    (
        "fr",
        "Trois employés du marché ont été tués dans la frappe.",
        [("killed", "other", 3, 3, "exact")],
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "fr",
        "Deux membres du personnel de la clinique ont été blessés.",
        [("injured", "other", 2, 2, "exact")],
        [("injured", "people", 2, 2, "exact")],
    ),
    (
        "es",
        "Cuatro empleados de la fábrica murieron en el bombardeo.",
        [("killed", "other", 4, 4, "exact")],
        [("killed", "people", 4, 4, "exact")],
    ),
    (
        "de",
        "Bei dem Angriff wurden fünf Mitarbeiter des Krankenhauses getötet.",
        [("killed", "other", 5, 5, "exact")],
        [("killed", "people", 5, 5, "exact")],
    ),
    (
        "sv",
        "Fyra anställda på sjukhuset dödades i attacken.",
        [("killed", "other", 4, 4, "exact")],
        [("killed", "people", 4, 4, "exact")],
    ),
    (
        "ar",
        "قتل ثلاثة موظفين في المستشفى جراء القصف.",
        [("killed", "other", 3, 3, "exact")],
        [("killed", "people", 3, 3, "exact")],
    ),
    # a speaker after a counted trade ("six doctors, a spokesperson said") is no roster item
    (
        "en",
        "Those killed include six doctors, a spokesperson said.",
        [("killed", "other", 6, 6, "exact")],
        [],
    ),
    (
        "en",
        "The dead include two nurses, a hospital official told reporters.",
        [("killed", "other", 2, 2, "exact")],
        [],
    ),
    (
        "en",
        "Three paramedics were wounded, a civil defence spokesman said on Sunday.",
        [("injured", "other", 3, 3, "exact")],
        [],
    ),
    (
        "en",
        "Those killed include six staff members, a spokesperson said.",
        [("killed", "other", 6, 6, "exact")],
        [("killed", "people", 6, 6, "exact")],
    ),
    # a roster of trades stays no claim: "a dentist, two nurses and a guard"
    (
        "en",
        "Six staff were killed: a dentist, two nurses, a technician and a guard.",
        [("killed", "other", 6, 6, "exact")],
        [("killed", "other", 2, 2, "exact")],
    ),
]

# sentences the extractor does not read so: (lang, text) -> reason
_STAFF = (
    "the staff of a place or organisation ('six staff members', '3 of its employees', 'trois "
    "employés du marché') are read as people: reading them as other (branch enrep13 tried a "
    "[who] staff list) cost incidents_dev check a matched English claim, whose cause the "
    "tuning half does not show"
)
GAPS: dict[tuple[str, str], str] = {
    (
        "en",
        "Six staff members were among those killed when the clinic was shelled, the charity said.",
    ): _STAFF,
    ("en", "The blast killed 3 of its employees, the company said."): _STAFF,
    (
        "en",
        "Two of our colleagues were wounded in the attack on the warehouse, the agency said.",
    ): _STAFF,
    (
        "en",
        "The strike killed 14 staff members and 24 patients, the hospital director said.",
    ): _STAFF,
    ("fr", "Trois employés du marché ont été tués dans la frappe."): _STAFF,
    ("es", "Cuatro empleados de la fábrica murieron en el bombardeo."): _STAFF,
    ("de", "Bei dem Angriff wurden fünf Mitarbeiter des Krankenhauses getötet."): _STAFF,
    ("sv", "Fyra anställda på sjukhuset dödades i attacken."): _STAFF,
    ("ar", "قتل ثلاثة موظفين في المستشفى جراء القصف."): _STAFF,
    ("en", "Those killed include six staff members, a spokesperson said."): _STAFF,
    ("en", "Six staff were killed: a dentist, two nurses, a technician and a guard."): _STAFF,
}


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), sentence_cases(STAFF, GAPS))
def test_counted_staff(lang: str, text: str, must: list[Reading], must_not: list[Reading]) -> None:
    assert_readings(text, lang, must, must_not)
