"""People a blast or a crash "sent to hospital" are the hurt: a verb of sending whose object is
a count of people and whose destination is a hospital counts them injured ("Explosionen
skickade 30 personer till sjukhus"). A verb of sending is no sign that the people sent are
there unharmed (``distractors.present``), or the hurt would be lost; Swedish and German read
the class, English, French and Spanish not yet. Sentences our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

_NOT_READ = (
    "a verb of sending with a hospital for destination is no cue of the hurt in this language"
)

CASES = [
    ("sv", "Explosionen skickade 30 personer till sjukhus.", 30),
    ("sv", "Bussolyckan skickade tolv personer till sjukhus i natt.", 12),
    ("sv", "Branden har skickat fyra personer till sjukhus, uppger räddningstjänsten.", 4),
    ("de", "Die Explosion schickte 30 Menschen ins Krankenhaus.", 30),
    pytest.param(
        "en",
        "The blast sent 30 people to hospital.",
        30,
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    pytest.param(
        "fr",
        "L'explosion a envoyé 30 personnes à l'hôpital.",
        30,
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
    pytest.param(
        "es",
        "La explosión envió a 30 personas al hospital.",
        30,
        marks=pytest.mark.xfail(strict=True, reason=_NOT_READ),
    ),
]


@pytest.mark.parametrize(("lang", "text", "injured"), CASES)
def test_people_sent_to_hospital_are_hurt(lang: str, text: str, injured: int) -> None:
    claims = [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]
    assert claims == [("injured", injured, injured)]
