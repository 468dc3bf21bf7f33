"""English sentences written by the labeller of branch en5 before reading the rules: wire,
US local-crime and war-reporting styles, with the claims the conventions give, and sentences whose
numbers are no casualty claims (times, years, ages, historical comparisons, shots, rounds,
explosions, mourners, survivors, houses, teams, patients admitted, suspects' charges). Names,
places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, str | None, int | None, int | None, str]


def _readings(text: str) -> list[Reading]:
    return sorted(
        (c.measure, c.who, c.low, c.high, c.qualifier)
        for c in extract_claims(text, "en")
        if c.is_casualty
    )


CLAIMS: list[tuple[str, list[Reading]]] = [
    ("The gunman opened fire on 5 people, killing 2.", [("killed", "people", 2, 2, "exact")]),
    (
        "Two 17-year-old boys were killed and a 15-year-old girl was wounded.",
        [("injured", "children", 1, 1, "exact"), ("killed", "children", 2, 2, "exact")],
    ),
    (
        "Four off-duty soldiers and 6 Iran-backed militiamen were killed in the strike.",
        [("killed", "combatants", 4, 4, "exact"), ("killed", "combatants", 6, 6, "exact")],
    ),
    (
        "A woman in her 40s and a man were wounded by shrapnel.",
        [("injured", "people", 2, 2, "exact"), ("injured", "women", 1, 1, "exact")],
    ),
    (
        "The suspect, 22, was arrested hours after 3 people were shot dead.",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "At least 105 people were killed on March 17, 2017, when an air strike hit a house in the old city.",
        [("killed", "people", 105, None, "at_least")],
    ),
    (
        "On March 17, 2017, an air strike killed at least 105 people in the old city.",
        [("killed", "people", 105, None, "at_least")],
    ),
    (
        "Twenty-one people were killed and 43 wounded in the attack, the health ministry said.",
        [("injured", "people", 43, 43, "exact"), ("killed", "people", 21, 21, "exact")],
    ),
    (
        "The 12 people, mostly civilians, killed in Tuesday's strike were buried on Wednesday.",
        [("killed", "people", 12, 12, "exact")],
    ),
    (
        "The 30 people, most of them women and children, killed in the raid were buried in a mass funeral.",
        [("killed", "people", 30, 30, "exact")],
    ),
    (
        "The nine civilians killed in Friday's shelling were buried on Saturday.",
        [("killed", "civilians", 9, 9, "exact")],
    ),
    (
        "A strike on a school killed 22 people, including 9 children, the civil defence said.",
        [("killed", "children", 9, 9, "exact"), ("killed", "people", 22, 22, "exact")],
    ),
    (
        "Rescuers pulled 11 bodies from the rubble of the building overnight.",
        [("bodies_recovered", "people", 11, 11, "exact")],
    ),
    (
        "Seven civilians were wounded when a shell hit a bus station, the governor said.",
        [("injured", "civilians", 7, 7, "exact")],
    ),
    (
        "Twelve fighters and 3 civilians died in the clashes, the monitor said.",
        [("killed", "civilians", 3, 3, "exact"), ("killed", "combatants", 12, 12, "exact")],
    ),
    (
        "The death toll rose to 47 on Tuesday, according to the health ministry.",
        [("killed", "people", 47, 47, "exact")],
    ),
    (
        "The attack left 3 dead and 10 wounded.",
        [("injured", "people", 10, 10, "exact"), ("killed", "people", 3, 3, "exact")],
    ),
    (
        "Police said four people were killed in the blast. The four victims were all from the same family.",
        [("killed", "people", 4, 4, "exact")],
    ),
    (
        "An air strike killed six people on Monday. The six, all members of one family, were asleep when the missile struck.",
        [("killed", "people", 6, 6, "exact")],
    ),
    (
        "Nearly 4,000 people fled their homes after the fighting reached the town.",
        [("displaced", "people", 4000, 4000, "about")],
    ),
    (
        "The explosion killed 18 people, officials said, the deadliest attack in the province since 2016.",
        [("killed", "people", 18, 18, "exact")],
    ),
    (
        "A car bomb killed 25 people in the capital, the deadliest attack there since 2011, when 40 people died in a similar blast.",
        [("killed", "people", 25, 25, "exact")],
    ),
    (
        "Two soldiers were killed and five wounded when their convoy hit a mine, the army said.",
        [("injured", "combatants", 5, 5, "exact"), ("killed", "combatants", 2, 2, "exact")],
    ),
    ("Dozens of people were wounded in the shelling.", [("injured", "people", 24, None, "vague")]),
    (
        "The strike killed eight members of one family, neighbours said.",
        [("killed", "people", 8, 8, "exact")],
    ),
    (
        "Three shot, one dead in overnight gunfire on the east side",
        [("injured", "people", 2, 2, "exact"), ("killed", "people", 1, 1, "exact")],
    ),
    (
        "Police said three people were shot, one fatally, outside a bar early Sunday.",
        [("injured", "people", 2, 2, "exact"), ("killed", "people", 1, 1, "exact")],
    ),
    (
        "Five people were shot, two of them fatally, at a house party on Saturday night.",
        [("injured", "people", 3, 3, "exact"), ("killed", "people", 2, 2, "exact")],
    ),
    (
        "Four people shot, two killed in drive-by shooting",
        [("injured", "people", 2, 2, "exact"), ("killed", "people", 2, 2, "exact")],
    ),
    (
        "A man in his 30s and a woman were killed when gunmen opened fire on their car.",
        [("killed", "people", 2, 2, "exact"), ("killed", "women", 1, 1, "exact")],
    ),
    (
        "A man in his 20s was shot dead on Friday night, police said.",
        [("killed", "men", 1, 1, "exact")],
    ),
    (
        "A 45-year-old man died after he was shot in the chest on Oak Street.",
        [("killed", "men", 1, 1, "exact")],
    ),
    (
        "A second victim died at the hospital on Monday, police said.",
        [("killed", "people", 1, 1, "exact")],
    ),
    (
        "Two people were killed and five injured in a shooting at a party early Sunday, the sheriff's office said.",
        [("injured", "people", 5, 5, "exact"), ("killed", "people", 2, 2, "exact")],
    ),
    (
        "One person died and two others were taken to the hospital with gunshot wounds.",
        [("injured", "people", 2, 2, "exact"), ("killed", "people", 1, 1, "exact")],
    ),
    (
        "Shooting leaves 1 dead, 3 hurt near downtown park",
        [("injured", "people", 3, 3, "exact"), ("killed", "people", 1, 1, "exact")],
    ),
    (
        "A woman was killed and two men were wounded in a shooting on the 2400 block of Pine Street at about 10:30 p.m. Saturday.",
        [("injured", "men", 2, 2, "exact"), ("killed", "women", 1, 1, "exact")],
    ),
    (  # the shot whose outcome was open are, once one of them died, the hurt rest
        "Police said 2 men were shot. One of them died at the scene.",
        [("injured", "men", 1, 1, "exact"), ("killed", "men", 1, 1, "exact")],
    ),
    (
        "Two people were wounded in a shooting Tuesday afternoon. Both are expected to survive, police said.",
        [("injured", "people", 2, 2, "exact")],
    ),
    (
        "Gunfire at a graduation party killed 2 and wounded 7, police said.",
        [("injured", "people", 7, 7, "exact"), ("killed", "people", 2, 2, "exact")],
    ),
    (
        "Israeli strikes killed at least 40 Palestinians overnight, the civil defence agency said.",
        [("killed", "people", 40, None, "at_least")],
    ),
    (
        "More than 200 civilians have been killed since the offensive began on 3 October, the UN said.",
        [("killed", "civilians", 201, None, "more_than")],
    ),
    (
        "Shelling killed 14 people and wounded 30 others in the eastern district.",
        [("injured", "people", 30, 30, "exact"), ("killed", "people", 14, 14, "exact")],
    ),
    (
        "About 60 people remain missing under the rubble, rescuers said.",
        [("missing", "people", 60, 60, "about")],
    ),
    (
        "The monitor said 19 pro-government fighters and 11 jihadists were killed.",
        [("killed", "combatants", 11, 11, "exact"), ("killed", "combatants", 19, 19, "exact")],
    ),
    (
        "Hundreds of thousands of people have fled the region since the fighting began.",
        [("displaced", "people", 200000, None, "vague")],
    ),
    (
        "The victim, a 27-year-old father of three, was pronounced dead at the scene.",
        [("killed", "men", 1, 1, "exact")],
    ),
    ("Both attackers were killed by police, officials said.", [("killed", "other", 2, 2, "exact")]),
]

NOT_CLAIMS: list[str] = [
    "Ten ambulances took the wounded to 3 hospitals.",
    "Police shot and killed the suspect after he opened fire on 3 officers.",
    "He shot at 4 men outside the store, then fled in a stolen car.",
    "Soldiers fired on 20 protesters near the bridge, witnesses said.",
    "The gunman fired more than 30 rounds from a rifle, police said.",
    "Witnesses heard at least 10 shots shortly after 2 a.m.",
    "A total of 14 explosions were heard across the city overnight.",
    "Police recovered 40 shell casings at the scene.",
    "About 300 people attended the funeral on Sunday.",
    "More than 2,000 mourners attended the funeral of the slain officer.",
    "The hospital admitted 56 patients with breathing difficulties after the chemical leak.",
    "Doctors said 23 people were admitted with symptoms of poisoning.",
    "A 12-member rescue team arrived from the capital on Thursday.",
    "More than 200 houses were damaged by the shelling.",
    "The 23 survivors were taken to a shelter run by the Red Cross.",
    "Four people were pulled alive from the rubble.",
    "The 34-year-old gunman was arrested at 11:30 p.m.",
    "The suspect, 19, faces two counts of first-degree murder.",
    "The brigade's 300 soldiers withdrew from the town on Tuesday.",
    "Police deployed 150 officers to the neighbourhood after the shooting.",
    "The town of 40,000 people lies 25 km south of the border.",
    "Over the past 24 hours, the army said it carried out 45 air strikes.",
    "Five drones were shot down over the region overnight, the ministry said.",
    "He was sentenced to 25 years in prison for the 2019 shooting.",
    "The call came in at 9:47 p.m., and officers arrived within 4 minutes.",
    "Some 60 rockets were fired from the south, the military said.",
    "The shooting happened in the 1400 block of Maple Avenue around 1 a.m.",
    "About 1,500 people have been sheltering in the school since the fighting began.",
    "Six men were arrested in connection with the attack.",
    "Police said 20 to 30 shots were fired into the house.",
    "The march drew about 5,000 protesters.",
    "The plane was carrying 180 passengers and 6 crew.",
    "Officers found 3 handguns and 200 rounds of ammunition in the car.",
    "He was one of 40 people hiding in the basement during the raid.",
    "At least 72 homes were destroyed and 15 cars burned.",
    "The gunman fired three bursts of automatic fire into the crowd.",
    "It was the deadliest attack in the city since 2007, when 28 people were killed in a market bombing.",
    "The bombing was the worst since 1998, when a truck bomb killed 213 people.",
    "The 2 children in the car were not hurt, police said.",
    "The unit of 8 investigators will report within 30 days.",
    "Key facts: 1. The strike hit at dawn. 2. The school was empty. 3. Rescue teams arrived.",
    "Residents said 3 gunmen arrived on motorcycles at about 6 p.m.",
    "The ceasefire ended 48 days of fighting in the region.",
    "Firefighters battled the blaze for 12 hours; 30 apartments were gutted.",
    "A 9-member team of forensic experts began exhuming the site on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claims_of_our_sentences(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_numbers_that_are_no_claims(text: str) -> None:
    assert _readings(text) == []
