"""Lone victims counted one by one (branch lone13), written by the labeller before running the
extractor: a victim named as one more than the one before ("a second man", "un deuxième homme",
"un segundo hombre", "ein zweiter Mann", "ytterligare en man", "رجل ثان") adds to the lone victim
of the same harm told just before, in killed as in injured; a victim with no "one more" word is
no second one. Each case gives the document's killed and injured as the GVDB score reads them
(the largest figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

CASES: list = [
    # --- a second victim dead after the first ---
    (
        "en",
        "A man was shot and killed outside a gas station late Saturday. A second man was also "
        "shot and died at the hospital.",
        2,
        0,
    ),
    (
        "en",
        "A teenager was killed in a shooting on Birch Road on Friday night. A second teenager "
        "was shot and later died, police said.",
        2,
        0,
    ),
    pytest.param(
        "en",
        "A woman was fatally shot in her car on Pine Street. A second victim, a 30-year-old man, "
        "died later at the hospital.",
        2,
        0,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an apposition after 'a second victim' hides its verb from the lone victim",
        ),
    ),
    (
        "fr",
        "Un homme a été tué par balle dans la nuit à Valmont. Un deuxième homme est mort à "
        "l'hôpital.",
        2,
        0,
    ),
    (
        "es",
        "Un hombre murió baleado en la plaza de San Lirio. Un segundo hombre murió horas después "
        "en el hospital.",
        2,
        0,
    ),
    (
        "de",
        "Ein Mann wurde bei der Schießerei in Lindental getötet. Ein zweiter Mann starb später "
        "im Krankenhaus.",
        2,
        0,
    ),
    (
        "sv",
        "En man sköts ihjäl i Norrvik under natten. Ytterligare en man avled senare på sjukhuset.",
        2,
        0,
    ),
    (
        "ar",
        "قتل رجل برصاص مسلحين في سوق البلدة. وتوفي رجل ثان متأثرا بجروحه في المستشفى.",
        2,
        0,
    ),
    # --- a second victim hurt after the first ---
    (
        "en",
        "A man was shot in the leg outside a bar on Dover Street. A second man was shot in the "
        "arm.",
        0,
        2,
    ),
    (
        "fr",
        "Un homme a été blessé par balle devant un bar. Un deuxième homme a été blessé au bras.",
        0,
        2,
    ),
    (
        "es",
        "Un hombre resultó herido de bala frente a un bar. Un segundo hombre resultó herido en "
        "el brazo.",
        0,
        2,
    ),
    (
        "de",
        "Ein Mann wurde vor einer Bar angeschossen. Ein zweiter Mann wurde am Arm verletzt.",
        0,
        2,
    ),
    # --- one more hurt told with its own verb or wound ("another man was shot and suffered",
    # "a second victim was found ... with a gunshot wound") ---
    (
        "en",
        "A 20-year-old man was shot in the chest on Oak Street. Another man was shot and "
        "suffered a wound to the hand.",
        0,
        2,
    ),
    (
        "en",
        "A woman was shot in the arm outside her home. Another woman was shot and suffered minor "
        "injuries.",
        0,
        2,
    ),
    pytest.param(
        "en",
        "One man was shot and critically wounded on Main Street. A second victim was found two "
        "blocks away with a gunshot wound to the leg.",
        0,
        2,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a place phrase between 'was found' and 'with a gunshot wound' hides the lone victim",
        ),
    ),
    pytest.param(
        "en",
        "A teenager was shot in the back near the park. A second victim was found nearby with a "
        "gunshot wound to the foot.",
        0,
        2,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a place phrase between 'was found' and 'with a gunshot wound' hides the lone victim",
        ),
    ),
    # --- "the second victim" as the subject: one more, not a rank ---
    (
        "en",
        "A 40-year-old man died after a shooting on Lake Road on Sunday. The second victim, a "
        "35-year-old man, was treated at a hospital for a wound to the arm.",
        1,
        1,
    ),
    (
        "en",
        "A woman was shot and killed at a bus stop. The second victim, a 17-year-old boy, is in "
        "stable condition.",
        1,
        1,
    ),
    (
        "fr",
        "Un homme est mort après une fusillade dimanche. La deuxième victime, un homme de 35 "
        "ans, a été blessée au bras.",
        1,
        1,
    ),
    (
        "es",
        "Un hombre murió tras el tiroteo del domingo. La segunda víctima, un hombre de 35 años, "
        "resultó herida en el brazo.",
        1,
        1,
    ),
    pytest.param(
        "de",
        "Ein Mann starb nach den Schüssen am Sonntag. Das zweite Opfer, ein 35-jähriger Mann, "
        "wurde am Arm verletzt.",
        1,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an apposition with an age before the verb ('Das zweite Opfer, ein 35-jähriger Mann,') is not read",
        ),
    ),
    pytest.param(
        "sv",
        "En man dog efter skottlossningen i söndags. Det andra offret, en 35-årig man, skadades "
        "i armen.",
        1,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an apposition with an age before the verb ('Det andra offret, en 35-årig man,') is not read",
        ),
    ),
    # --- no "one more" word: the same victim told again ---
    (
        "en",
        "A man was shot and killed on Cedar Lane on Sunday. The man was 41 and lived nearby.",
        1,
        0,
    ),
    (
        "en",
        "A man was killed in a shooting on Elm Street on Sunday. He was the second man killed "
        "on that block this year.",
        1,
        0,
    ),
    (
        "de",
        "Ein Mann wurde in Lindental erschossen. Der Mann starb noch am Tatort.",
        1,
        0,
    ),
]


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), CASES)
def test_one_more_victim(lang: str, text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, lang)
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
