"""English wire-report classes found on real unseen news (branch p17en's probe, its explore half
read only), each written again in the helper's own invented sentences and labelled before the
extractor ran on them. Names, places and figures are invented. Conventions:
/work/shared/eval/CONVENTIONS.md ("scores" is no listed vague word, so no count; suicide
bombers and gunmen counted as the agents of a "killing N" participle are no victims; captives
are no casualties; the same figure told for another day is another statement)."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import assert_claims_are_gold, gold_cases

# name, text, [(measure, low, high, who or None)]
ROWS = [
    # "scores of" is no count in the conventions' table (en-m020 labels it so)
    (
        "scores",
        "Scores of villagers were killed when gunmen raided the hamlet of Oruba, a farmer said.",
        [],
    ),
    (
        "scores",
        "The shelling wounded scores of residents, while the hospital said 9 people died.",
        [("killed", 9, 9, None)],
    ),
    (
        "scores",
        "Raiders killed scores of herders near the river crossing, and 12 bodies were later found.",
        [("bodies_recovered", 12, 12, None)],
    ),
    # a long subject: a count and one more person described at length, then the verb
    (
        "long_subject",
        "At least 12 soldiers and a commander of the armed wing belonging to the Omar Faris "
        "militia group in the eastern province of Talun were killed.",
        [("killed", 12, None, "combatants")],
    ),
    (
        "long_subject",
        "At least 6 guards and a guide of the hiking group belonging to the national park "
        "service in the southern reserve of Amu were killed on Friday.",
        [("killed", 6, None, None)],
    ),
    (
        "rangers_and_one",
        "At least 6 rangers and a guide of the hiking group belonging to the national park "
        "service in the southern reserve of Amu were killed on Friday.",
        [("killed", 6, None, None)],
    ),
    (
        "long_subject_guard",
        "Nine police officers and a driver of the armoured van belonging to the city transport "
        "company in the northern district of Bel were wounded.",
        [("injured", 9, 9, None)],
    ),
    # the same figure told for another day is another event, not a repeat
    (
        "other_day",
        "A strike on the market killed 6 people on Monday. On Tuesday, 6 people were killed when "
        "a shell hit a school.",
        [("killed", 6, 6, None), ("killed", 6, 6, None)],
    ),
    (
        "other_day_unnamed",
        "So far 15 people have died in the blast, rescuers said. On Saturday, 15 people died "
        "after a pair of bombs went off near the harbour.",
        [("killed", 15, 15, None), ("killed", 15, 15, None)],
    ),
    (
        "other_day",
        "The bomb killed 4 people in the capital on Wednesday, police said. On Thursday, 4 people "
        "were killed in a similar attack in the north.",
        [("killed", 4, 4, None), ("killed", 4, 4, None)],
    ),
    (
        "same_day_guard",
        "A drone strike killed 6 people on Monday, officials said. The strike on Monday that "
        "killed six people hit a car.",
        [("killed", 6, 6, None)],
    ),
    (
        "same_day_guard",
        "Gunmen killed 7 people on Friday. On Friday night, police said 7 people had died.",
        [("killed", 7, 7, None)],
    ),
    # attackers caught after a toll are no casualties
    (
        "caught",
        "In a nearby village the insurgents killed two people. Youths pursued the attackers and "
        "nabbed 20 of them.",
        [("killed", 2, 2, None)],
    ),
    (
        "caught_by_caught",
        "Gunmen killed 3 farmers. Villagers later caught 11 of them and handed them to police.",
        [("killed", 3, 3, None)],
    ),
    (
        "caught_guard",
        "Troops arrested 14 of the raiders after the attack, which killed 5 people.",
        [("killed", 5, 5, None)],
    ),
    # one died, and a count with its subset was hurt: the count takes the later verb
    (
        "died_and_including",
        "One police officer died and five people including two young children were injured "
        "when a device exploded on Tuesday.",
        [("killed", 1, 1, None), ("injured", 5, 5, "people"), ("injured", 2, 2, "children")],
    ),
    (
        "died_and_including",
        "A guard died and eight people including three women were hurt when the bomb went off.",
        [("killed", 1, 1, None), ("injured", 8, 8, "people"), ("injured", 3, 3, "women")],
    ),
    (
        "died_and_including",
        "One soldier died and six people including two children were wounded.",
        [
            ("killed", 1, 1, "combatants"),
            ("injured", 6, 6, "people"),
            ("injured", 2, 2, "children"),
        ],
    ),
    # attackers whose clause goes on to ", killing at least N": the agents, however long
    (
        "attackers_killing",
        "Two suicide bombers set off their explosive belts in a busy square of the old town "
        "early on Friday, killing at least 20 people.",
        [("killed", 20, None, None)],
    ),
    (
        "attackers_killing",
        "Four gunmen stormed the hotel in the centre of the capital late on Sunday evening, "
        "killing at least 12 guests.",
        [("killed", 12, None, None)],
    ),
    (
        "attackers_killing",
        "Three attackers rammed a truck into the checkpoint on the northern edge of town on "
        "Tuesday night, killing more than 8 policemen.",
        [("killed", 9, None, None)],
    ),
    (
        "attackers_killing",
        "Five soldiers ambushed the convoy, killing at least 3 civilians.",
        [("killed", 3, None, "civilians")],
    ),
    # a heading's plain figure that the body gives as its upper bound is one statement
    (
        "heading_bound",
        "Storm Leaves 20,000 Displaced\n\nThe storm displaced up to 20,000 people, officials said.",
        [("displaced", None, 20000, None)],
    ),
    (
        "heading_bound",
        "Clashes Kill 40 in Border Town\n\nThe clashes killed up to 40 people, medics said.",
        [("killed", None, 40, None)],
    ),
    (
        "heading_bound",
        "Quake Leaves 300 Injured\n\nUp to 300 people were injured, the ministry said.",
        [("injured", None, 300, None)],
    ),
    (
        "heading_bound_guard",
        "Quake Leaves 300 Injured\n\nAt least 300 people were injured.",
        [("injured", 300, None, None)],
    ),
    # a range joined by "to" after "between", inside dashes
    (
        "between_to",
        "The agency estimates that up to 300,000 people—between 50,000 to 60,000 families—have "
        "fled.",
        [("displaced", None, 300000, None), ("displaced", 50000, 60000, None)],
    ),
    (
        "between_to_guard",
        "Between 20 to 30 people were killed in the raid, witnesses said.",
        [("killed", 20, 30, None)],
    ),
]

# the same language-neutral rules in French, Spanish and German (own sentences, guards)
OTHER_LANGS = [
    (
        "fr_attackers_killing",
        "fr",
        "Deux kamikazes ont fait exploser leurs ceintures dans un marché bondé du centre-ville "
        "jeudi matin, tuant au moins 20 personnes.",
        [("killed", 20, None, None)],
    ),
    (
        "es_attackers_killing",
        "es",
        "Cuatro hombres armados irrumpieron en el hotel del centro de la capital el domingo por "
        "la noche, matando al menos a 12 personas.",
        [("killed", 12, None, None)],
    ),
    (
        "es_attackers_killing_unknown_noun",
        "es",
        "Cuatro hombres armados irrumpieron en el hotel del centro de la capital el domingo por "
        "la noche, matando al menos a 12 huéspedes.",
        [("killed", 12, None, None)],
    ),
    (
        "de_attackers_killing",
        "de",
        "Drei Angreifer stürmten am Dienstagabend den Kontrollpunkt am nördlichen Stadtrand und "
        "töteten mindestens 8 Polizisten.",
        [("killed", 8, None, None)],
    ),
    (
        "fr_died_and_including",
        "fr",
        "Un gardien est mort et huit personnes dont trois femmes ont été blessées.",
        [("killed", 1, 1, None), ("injured", 8, 8, "people"), ("injured", 3, 3, "women")],
    ),
    (
        "es_died_and_including",
        "es",
        "Un guardia murió y ocho personas entre ellas tres mujeres resultaron heridas.",
        [("killed", 1, 1, None), ("injured", 8, 8, "people"), ("injured", 3, 3, "women")],
    ),
    (
        "fr_heading_bound",
        "fr",
        "Inondations : 20 000 déplacés\n\nLes pluies ont déplacé jusqu'à 20 000 personnes, selon "
        "les autorités.",
        [("displaced", None, 20000, None)],
    ),
    (
        "es_long_subject",
        "es",
        "Al menos 12 soldados y un comandante de la milicia local leal al gobernador en la "
        "provincia oriental de Talun murieron.",
        [("killed", 12, None, "combatants")],
    ),
]

OTHER_GAPS = {
    "es_attackers_killing_unknown_noun": "es: a noun the pack does not know after 'al menos a' "
    "('huéspedes') makes no claim",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(OTHER_LANGS, OTHER_GAPS))
def test_p17en_other_languages(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


GAPS = {
    "rangers_and_one": "a count of a noun the pack does not know ('rangers') joined to 'a guide' "
    "makes no claim, even short",
    "other_day": "a figure told again for another day is merged: a day in a sentence says as "
    "often when a source spoke (a rule splitting them added a false claim on held-out news)",
    "other_day_unnamed": "a figure told again for a day the first statement did not name is "
    "merged: a lead without its day restated with one is as common",
    "caught_by_caught": "'caught N of them' takes the earlier casualty verb; 'caught' is no "
    "held verb, as people 'caught in the crossfire' die",
    "between_to": "'between X to Y' inside dashes after another figure is lost",
}


@pytest.mark.parametrize(("text", "gold"), gold_cases(ROWS, GAPS))
def test_p17en_wire_claims(text: str, gold: list) -> None:
    assert_claims_are_gold(text, "en", gold)


# name, text, measure, low, speaker substring (lower case)
SPEAKERS = [
    (
        "anonymity",
        "A police officer, speaking on condition of anonymity because his superiors had barred "
        "him from briefing the press, said at least 14 people were killed.",
        "killed",
        14,
        "police officer",
    ),
    (
        "anonymity",
        "One hospital official, who spoke on the condition of anonymity because she had no "
        "permission to talk to journalists, said 22 people had been wounded.",
        "injured",
        22,
        "hospital official",
    ),
    (
        "anonymity",
        "A senior army officer, speaking on condition of anonymity since he was not authorised "
        "to talk to the press, said nine soldiers died in the ambush.",
        "killed",
        9,
        "army officer",
    ),
    (
        "anonymity_guard",
        "The mayor, speaking on condition of anonymity because his town still fears reprisals, "
        "said 14 people were killed.",
        "killed",
        14,
        "mayor",
    ),
    ("gave_toll", "Police at first gave a death toll of eight.", "killed", 8, "police"),
    ("gave_toll", "The regional governor later gave a toll of 17 dead.", "killed", 17, "governor"),
    (
        "gave_toll",
        "Hospital officials initially gave a death toll of 31 for the blast.",
        "killed",
        31,
        "officials",
    ),
    (
        "put_toll_guard",
        "A village official on Sunday put the death toll at 30.",
        "killed",
        30,
        "official",
    ),
    (
        "himself_from",
        "Musa Bala, himself from Garin but living in the state capital, said he lost three "
        "nephews in the attack.",
        "killed",
        3,
        "musa bala",
    ),
    (
        "himself_from",
        "Amina Yusuf, herself a nurse from the town but now living in the capital, said 14 "
        "patients died.",
        "killed",
        14,
        "amina yusuf",
    ),
    (
        "himself_from",
        "Omar Dede, himself from Kura but working in the port city, the regional capital, said 6 "
        "people were killed.",
        "killed",
        6,
        "omar dede",
    ),
]

SPEAKER_GAPS = {}


def _speaker_cases() -> list:
    out = []
    for name, text, measure, low, speaker in SPEAKERS:
        reason = SPEAKER_GAPS.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(text, measure, low, speaker, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("text", "measure", "low", "speaker"), _speaker_cases())
def test_p17en_wire_speakers(text: str, measure: str, low: int, speaker: str) -> None:
    claims = [
        c
        for c in extract_claims(text, "en")
        if c.is_casualty and c.measure == measure and c.low == low
    ]
    assert claims, (measure, low)
    assert speaker in (claims[0].speaker or "").casefold(), claims[0].speaker
