"""A lone victim written as an age, the object of an active verb (branch lone13), written by the
labeller before running the extractor: "wounded a 17-year-old", "killed a 15-year-old", "skadade
en 9-åring", "verletzte einen 17-Jährigen" count the one person; the shooter who did it is no
victim. Each case gives the document's killed and injured as the GVDB score reads them (the
largest figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

CASES: list = [
    pytest.param(
        "en",
        "A stray bullet wounded a 9-year-old inside her home on Maple Court.",
        0,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an age written as a person after an active verb ('wounded a 9-year-old', 'skadade en 9-åring') is no lone object the verb governs",
        ),
    ),
    pytest.param(
        "en",
        "Gunfire outside a nightclub early Sunday wounded a 24-year-old, police said.",
        0,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an age written as a person after an active verb ('wounded a 9-year-old', 'skadade en 9-åring') is no lone object the verb governs",
        ),
    ),
    ("en", "A gunman killed a 15-year-old near the basketball courts on Friday.", 1, 0),
    ("en", "A 30-year-old man shot and wounded a 19-year-old on Pine Street.", 0, 1),
    pytest.param(
        "sv",
        "En förlupen kula skadade en 9-åring i hennes hem.",
        0,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an age written as a person after an active verb ('wounded a 9-year-old', 'skadade en 9-åring') is no lone object the verb governs",
        ),
    ),
    ("de", "Ein Schütze verletzte einen 17-Jährigen vor der Schule.", 0, 1),
]


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), CASES)
def test_age_objects(lang: str, text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, lang)
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
