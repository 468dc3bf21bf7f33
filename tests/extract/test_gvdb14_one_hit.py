"""One person and the shots that hit them; killers who are no victims (branch gvdb14), labelled
before running the extractor.

- One person hit by several bullets or shots, or with several wounds, is one hurt: the count is
  of wounds, not people ("suffered three gunshot wounds", "a reçu trois balles", "recibió tres
  disparos", "von drei Kugeln getroffen", "träffades av tre skott").
- The subject of an active killing verb with people of no count as its object is the killer,
  no victim ("he killed people before"); a verb in the present of habit names no event
  ("both gangs kill").

Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

_SUFFERED = "the subject of 'suffered' / 'sustained' a wound is one hurt"
_KILLER = "the subject of an active killing verb, or a verb of habit, is no victim"

CASES: list = [
    # --- the person who suffered a wound is hurt ---
    pytest.param(
        "en",
        "A 25-year-old man suffered a gunshot wound to the arm early Sunday, police said.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "Police said the woman suffered a gunshot wound to the hip.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "He suffered a gunshot wound to the shoulder and drove himself to a fire station.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "The driver sustained a gunshot wound to the neck.",
        0,
        1,
    ),
    (
        "en",
        "A man died from a gunshot wound he suffered Saturday, police said.",
        1,
        0,
    ),
    # --- one bullet, one person ---
    pytest.param(
        "fr",
        "Un homme a reçu une balle dans le ventre devant un bar.",
        0,
        1,
    ),
    pytest.param(
        "fr",
        "Un passant a été touché par une balle perdue.",
        0,
        1,
    ),
    pytest.param(
        "es",
        "Un hombre recibió un disparo en el pecho frente a un bar.",
        0,
        1,
    ),
    pytest.param(
        "es",
        "Un joven recibió un balazo en la pierna.",
        0,
        1,
    ),
    pytest.param(
        "sv",
        "En man träffades av ett skott i benet.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "A 10-year-old girl was hit by a stray bullet while sleeping, police said.",
        0,
        1,
    ),
    ("de", "Ein Passant wurde von einer Kugel getroffen.", 0, 1),
    # --- several wounds, one person ---
    pytest.param(
        "en",
        "Officer Tom Sample suffered two gunshot wounds in the exchange, the chief said.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "A 19-year-old man suffered three gunshot wounds to the legs, police said.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "The store clerk was shot four times but managed to call 911.",
        0,
        1,
    ),
    pytest.param(
        "fr",
        "Le commerçant a reçu trois balles dans le ventre, selon la police.",
        0,
        1,
    ),
    pytest.param(
        "es",
        "Un hombre recibió tres disparos en el pecho en la colonia Centro.",
        0,
        1,
    ),
    pytest.param(
        "de",
        "Ein Mann wurde in Lindental von drei Kugeln getroffen.",
        0,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="de: a count of bullets between 'von' and 'getroffen' hides the one hurt",
        ),
    ),
    pytest.param(
        "sv",
        "En man träffades av tre skott i Norrvik under natten.",
        0,
        1,
    ),
    pytest.param(
        "en",
        "The gunman told officers he killed people before and would do it again.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "In the video, the man boasts that he killed people in the past.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "Both gangs kill, both gangs sell drugs, the pastor said.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "They both kill, they both steal, a reader wrote under the article.",
        0,
        0,
    ),
    pytest.param(
        "en",
        "Police say the two brothers kill for money and both carry guns.",
        0,
        0,
    ),
    ("en", "They both died at the scene, police said.", 2, 0),
    # --- guards: a count after a present-tense verb, a pronoun that died or was hurt ---
    ("en", "Gunman kills 3 at a bar on Elm Street.", 3, 0),
    ("en", "Police said he killed two men outside the bar.", 2, 0),
    ("en", "Officers found the man in the street. He died at the scene.", 1, 0),
    ("en", "A woman was hit by a stray bullet. She was wounded in the arm.", 0, 1),
]


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), CASES)
def test_one_hit(lang: str, text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, lang)
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
