"""A lone victim taken to a hospital named by its own name (branch lone13), written by the
labeller before running the extractor: "was taken to Lakeside Memorial Hospital", "was rushed
to Northgate Medical Center", "fördes till Sankt Eriks sjukhus" say the person was hurt, as
"taken to the hospital" does; where someone died, the hospital trip of the dead is no one hurt.
Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

CASES: list = [
    ("en", "A 23-year-old man was taken to Lakeside Memorial Hospital after the fight.", 0, 1),
    (
        "en",
        "Police said a woman was rushed to Northgate Medical Center with a cut to her arm.",
        0,
        1,
    ),
    ("en", "The victim was transported to St. Agnes Hospital, police said.", 0, 1),
    (
        "en",
        "A man was shot and killed on Ash Street. Another man was taken to Riverside General "
        "Hospital.",
        1,
        1,
    ),
    # the dead taken to hospital: no one hurt
    (
        "en",
        "A man was shot on Fir Avenue and taken to Lakeside Memorial Hospital, where he died.",
        1,
        0,
    ),
    # a hospital named as a place, not a trip of a victim
    ("en", "The shooting happened near Lakeside Memorial Hospital on Tuesday.", 0, 0),
    ("sv", "En 19-årig man fördes till Sankt Eriks sjukhus efter bråket.", 0, 1),
    ("sv", "En kvinna fördes med ambulans till Norrlands universitetssjukhus.", 0, 1),
    ("fr", "Un homme a été transporté à l'hôpital Saint-Lucien après la rixe.", 0, 1),
    ("es", "Un joven fue trasladado al Hospital General de San Lirio tras la pelea.", 0, 1),
]


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), CASES)
def test_named_hospital(lang: str, text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, lang)
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
