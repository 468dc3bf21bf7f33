"""Events that are a count of their own (branch gvdb14), labelled before running the extractor.

- A "double shooting" / "triple shooting" (US local news) is two / three people hit: killed or
  hurt, the sentence leaves it open. Where nobody is reported dead they are the hurt (as "a man
  was shot" is one hurt); where some died, the dead are their own claims.
- A double murder is two dead in every pack language: "double meurtre", "doble homicidio",
  "Doppelmord", "dubbelmord" (English "double homicide" was read before).

Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

_HIT = "a double or triple shooting is two or three people hit, hurt when nobody died"
_REST = "one dead of a double shooting leaves the other hit: hurt"
_MURDER = "a double murder is two dead in fr/es/de/sv"

CASES: list = [
    # --- people hit in a counted shooting, nobody reported dead ---
    pytest.param(
        "en",
        "Police are investigating a double shooting that happened just after 9 p.m. Friday on "
        "Walnut Street. No arrests have been made.",
        0,
        2,
    ),
    pytest.param(
        "en",
        "Detectives are searching for the gunman in a triple shooting early Sunday near Lincoln "
        "Park. Police have not released a motive.",
        0,
        3,
    ),
    pytest.param(
        "en",
        "A double shooting outside a convenience store on Route 9 drew a large police response "
        "Monday night, officers said.",
        0,
        2,
    ),
    pytest.param(
        "en",
        "Police arrested a suspect in last week's double shooting on Oak Street. Both victims "
        "have since been released from the hospital.",
        0,
        2,
    ),
    # --- the dead are their own claim ---
    (
        "en",
        "A double shooting on Elm Street left two men dead, police said.",
        2,
        0,
    ),
    pytest.param(
        "en",
        "One man died in a double shooting on Harbor Road early Saturday, police said.",
        1,
        1,
    ),
    pytest.param(
        "en",
        "A teenager was killed in a triple shooting near the park on Sunday, police said.",
        1,
        2,
    ),
    pytest.param(
        "en",
        "Two men died after a triple shooting at a party on Fifth Street.",
        2,
        1,
    ),
    pytest.param(
        "en",
        "A woman was killed and a man was wounded in a double shooting on Pine Street.",
        1,
        1,
    ),
    # --- a double murder: two dead ---
    pytest.param(
        "fr",
        "Un double meurtre a été commis dans la nuit de samedi à dimanche à Valmont, selon le "
        "parquet.",
        2,
        0,
    ),
    pytest.param(
        "es",
        "La policía investiga un doble homicidio ocurrido el sábado en San Lirio.",
        2,
        0,
    ),
    pytest.param(
        "es",
        "Detuvieron a dos hombres por el triple homicidio de la calle Mayor.",
        3,
        0,
    ),
    pytest.param(
        "de",
        "Die Polizei ermittelt nach einem Doppelmord in Lindental.",
        2,
        0,
    ),
    pytest.param(
        "sv",
        "Polisen utreder ett dubbelmord i Norrvik under natten.",
        2,
        0,
    ),
    pytest.param(
        "sv",
        "Två män har gripits för dubbelmordet i Norrvik.",
        2,
        0,
    ),
    # --- no event count: an attempt, or a plain shooting ---
    (
        "en",
        "Police are investigating a shooting on Walnut Street. No one was hurt.",
        0,
        0,
    ),
]


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), CASES)
def test_event_counts(lang: str, text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, lang)
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
