"""A hospital trip for a check, not a wound (branch gvdb14), labelled before running the
extractor: a person taken to hospital "as a precaution", "for (a medical) evaluation", "to be
checked out" ("par précaution", "como precaución", "vorsorglich", "för kontroll") is no one
hurt; a trip with a wound or a state of harm still is.

Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

_CHECK = "a hospital trip as a precaution or for a check is no one hurt"

CASES: list = [
    pytest.param(
        "en",
        "A man was arrested after firing into the air outside a bar. He was taken to a hospital "
        "for a medical evaluation and then booked into jail.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "A woman who fell while running from the gunfire was taken to the hospital as a "
        "precaution.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "The driver was transported to the hospital to be checked out, police said.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "Two officers were taken to a hospital as a precaution after the crash.",
        0,
        0,
    ),
    (
        "en",
        "The driver was transported to the hospital with a gunshot wound, police said.",
        0,
        1,
    ),
    pytest.param(
        "fr",
        "Le conducteur a été transporté à l'hôpital par précaution.",
        0,
        0,
    ),
    pytest.param(
        "fr",
        "Deux passants ont été transportés à l'hôpital par précaution.",
        0,
        0,
    ),
    pytest.param(
        "es",
        "Dos vecinos fueron trasladados al hospital como medida de precaución.",
        0,
        0,
    ),
    pytest.param(
        "de",
        "Zwei Anwohner wurden vorsorglich ins Krankenhaus gebracht.",
        0,
        0,
    ),
    pytest.param(
        "sv",
        "Två personer fördes till sjukhus för kontroll.",
        0,
        0,
    ),
]


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), CASES)
def test_precaution(lang: str, text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, lang)
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
