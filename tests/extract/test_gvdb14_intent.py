"""An intent or an attempt to kill is no death (branch gvdb14), labelled before running the
extractor: charges and accusations name a killing tried or meant ("assault with intent to
kill", "attempted murder", "tentative de meurtre", "tentativa de homicidio", "versuchter Mord",
"mordförsök"), not one done.

Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

_INTENT = "an intent or an attempt to kill is no death"
_TO_KILL = "a verb of killing in the infinitive ('to kill', 'de tuer', 'matar', 'zu töten', 'att döda') reports no death"

CASES: list = [
    pytest.param(
        "en",
        "He is charged with assault with intent to kill after a man was shot in the leg.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "The suspect faces a charge of assault with intent to kill.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "Prosecutors charged him with attempting to kill a police officer.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "She was charged with attempted murder; the clerk survived.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "The man threatened to kill his neighbor, police said.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "He tried to kill a woman outside the bar but the gun jammed.",
        0,
        0,
    ),
    pytest.param(
        "fr",
        "Il a tenté de tuer un policier devant la gare.",
        0,
        0,
    ),
    pytest.param(
        "es",
        "Intentó matar a un policía frente a la estación.",
        0,
        0,
    ),
    pytest.param(
        "de",
        "Er versuchte, einen Polizisten vor dem Bahnhof zu töten.",
        0,
        0,
    ),
    pytest.param(
        "sv",
        "Han försökte döda en polis utanför stationen.",
        0,
        0,
    ),
    pytest.param(
        "fr",
        "Il a été mis en examen pour tentative de meurtre.",
        0,
        0,
    ),
    pytest.param(
        "es",
        "Fue detenido por tentativa de homicidio.",
        0,
        0,
    ),
    pytest.param(
        "de",
        "Gegen den Mann wird wegen versuchten Mordes ermittelt.",
        0,
        0,
    ),
    pytest.param(
        "sv",
        "Mannen är misstänkt för mordförsök.",
        0,
        0,
    ),
]


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), CASES)
def test_intent(lang: str, text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, lang)
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
