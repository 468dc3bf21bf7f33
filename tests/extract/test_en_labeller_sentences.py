"""English news sentences we wrote ourselves as labellers, before reading the rules that read
them: wire copy (agency style), NGO incident reports and local news, with the claims each should
give under the labelling conventions, and numbers in them that must never become casualty claims.
Names and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, str, int | None, int | None, str]


def _readings(text: str) -> list[Reading]:
    return sorted(
        (c.measure, c.who or "", c.low, c.high, c.qualifier)
        for c in extract_claims(text, "en")
        if c.is_casualty
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An airstrike on a house in Bani Suhaila killed at least 14 people, including six "
            "children, health officials said.",
            [("killed", "children", 6, 6, "exact"), ("killed", "people", 14, None, "at_least")],
        ),
        (
            "The death toll from Sunday's bombing rose to 57, the Health Ministry said in a "
            "statement.",
            [("killed", "people", 57, 57, "exact")],
        ),
        (
            "The blast left 12 dead and 40 wounded.",
            [("injured", "people", 40, 40, "exact"), ("killed", "people", 12, 12, "exact")],
        ),
        (
            "Five people were killed in the strike, two of them children.",
            [("killed", "children", 2, 2, "exact"), ("killed", "people", 5, 5, "exact")],
        ),
        (
            "A further 30 people were wounded in the second blast.",
            [("injured", "people", 30, 30, "exact")],
        ),
        (
            "Hundreds of people were injured in the stampede at the aid site.",
            [("injured", "people", 200, None, "vague")],
        ),
        (
            "More than a dozen soldiers were killed in the ambush.",
            [("killed", "combatants", 13, None, "more_than")],
        ),
        (
            "Between 10 and 15 people are believed to have died in the shelling.",
            [("killed", "people", 10, 15, "range")],
        ),
        (
            "About 40 people remain missing under the rubble, civil defence officials said.",
            [("missing", "people", 40, 40, "about")],
        ),
        (
            "Rescuers recovered the bodies of 19 people from the collapsed building.",
            [("bodies_recovered", "people", 19, 19, "exact")],
        ),
        (
            "Some 300,000 people have been displaced by the fighting, according to OCHA.",
            [("displaced", "people", 300000, 300000, "about")],
        ),
        (
            "Strikes across the enclave killed 42 Palestinians overnight, including 11 women, the "
            "civil defence agency said.",
            [("killed", "people", 42, 42, "exact"), ("killed", "women", 11, 11, "exact")],
        ),
        (
            "Nearly 100 people were injured, some of them seriously.",
            [("injured", "people", 100, 100, "about")],
        ),
        (
            "As many as 60 migrants are feared drowned after the boat capsized.",
            [("killed", "people", None, 60, "up_to")],
        ),
        (
            "Thirty-one soldiers and nine civilians died in the fighting.",
            [("killed", "civilians", 9, 9, "exact"), ("killed", "combatants", 31, 31, "exact")],
        ),
        (
            "Fifteen police officers were among those killed.",
            [("killed", "other", 15, 15, "exact")],
        ),
        (
            "The suicide bomber blew himself up at the checkpoint, killing 22 others.",
            [("killed", "people", 22, 22, "exact")],
        ),
        (
            "Gunmen stormed the school, killing 132 children and nine teachers.",
            [("killed", "children", 132, 132, "exact"), ("killed", "people", 9, 9, "exact")],
        ),
        (
            "The UN said 1.7 million people had fled their homes since April.",
            [("displaced", "people", 1700000, 1700000, "exact")],
        ),
        (
            "Four children remain unaccounted for.",
            [("missing", "children", 4, 4, "exact")],
        ),
        (
            "More than 2,000 people have been killed since the fighting began in April, according "
            "to the World Health Organization.",
            [("killed", "people", 2001, None, "more_than")],
        ),
        (
            "The bodies of six men were found dumped near the village of Kafr Amin.",
            [("bodies_recovered", "men", 6, 6, "exact")],
        ),
        (
            '"Thirty people were killed and 70 were wounded," the hospital director told Reuters.',
            [("injured", "people", 70, 70, "exact"), ("killed", "people", 30, 30, "exact")],
        ),
        (
            "Five Palestinians were shot dead by Israeli forces in Jenin on Tuesday.",
            [("killed", "people", 5, 5, "exact")],
        ),
        (
            "The attack killed 3 and wounded 17.",
            [("injured", "people", 17, 17, "exact"), ("killed", "people", 3, 3, "exact")],
        ),
        (
            "At least 48 people were killed and more than 100 injured when the market was hit.",
            [
                ("injured", "people", 101, None, "more_than"),
                ("killed", "people", 48, None, "at_least"),
            ],
        ),
        (
            "The explosion injured a dozen people.",
            [("injured", "people", 12, 12, "exact")],
        ),
        (
            "Several people were wounded in the crossfire.",
            [("injured", "people", 3, None, "vague")],
        ),
        (
            "Two soldiers were lightly injured, the military said.",
            [("injured", "combatants", 2, 2, "exact")],
        ),
        (
            "Three militants who were killed in the clash had planted the bombs, the army said.",
            [("killed", "combatants", 3, 3, "exact")],
        ),
        (
            "The militants, 40 of whom were killed in the counter-offensive, had held the town "
            "since 2014.",
            [("killed", "combatants", 40, 40, "exact")],
        ),
        (
            "Airstrikes killed 25 Houthi fighters, the coalition said in a statement.",
            [("killed", "combatants", 25, 25, "exact")],
        ),
        (
            "Eleven members of one family were killed when a missile struck their home.",
            [("killed", "people", 11, 11, "exact")],
        ),
        (
            "The number of people killed in the offensive climbed past 5,000 on Thursday.",
            [("killed", "people", 5001, None, "more_than")],
        ),
        (
            "Local sources reported between 5 and 8 civilians killed, including two children.",
            [("killed", "children", 2, 2, "exact"), ("killed", "civilians", 5, 8, "range")],
        ),
        (
            "Human Rights Watch documented the deaths of at least 97 civilians in 11 attacks.",
            [("killed", "civilians", 97, None, "at_least")],
        ),
        (
            "Between 7 and 9 October, 1,500 residents of the camp were displaced.",
            [("displaced", "people", 1500, 1500, "exact")],
        ),
        (
            "Dozens of civilians were killed in the raid on the village.",
            [("killed", "civilians", 24, None, "vague")],
        ),
        (
            "Two of the wounded later succumbed to their injuries in hospital.",
            [("killed", "people", 2, 2, "exact")],
        ),
        (
            "Casualties included nine dead and 31 injured.",
            [("injured", "people", 31, 31, "exact"), ("killed", "people", 9, 9, "exact")],
        ),
        (
            "The shelling claimed the lives of 23 civilians, among them four women.",
            [("killed", "civilians", 23, 23, "exact"), ("killed", "women", 4, 4, "exact")],
        ),
        (
            "No civilians were hurt in the attack, the army said.",
            [("injured", "civilians", 0, 0, "exact")],
        ),
        (
            "Police said a 17-year-old and two women were wounded in the shooting on Route 9.",
            [("injured", "women", 2, 2, "exact")],
        ),
        (
            "The ministry's toll of 34,183 dead includes at least 14,000 children.",
            [
                ("killed", "children", 14000, None, "at_least"),
                ("killed", "people", 34183, 34183, "exact"),
            ],
        ),
        (
            "More than 30 people were wounded, 12 of them critically, when the drone struck the "
            "bus station at 8:30 a.m.",
            [("injured", "people", 12, 12, "exact"), ("injured", "people", 31, None, "more_than")],
        ),
    ],
)
def test_the_labeller_reading(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Troops from Brigade 55 advanced along Route 6 on 3 March.", 55),
        ("Troops from Brigade 55 advanced along Route 6 on 3 March.", 6),
        ("Troops from Brigade 55 advanced along Route 6 on 3 March.", 3),
        ("The army said it had arrested 27 suspects and seized 50 rifles.", 27),
        ("The strike destroyed 1,200 homes and damaged 14 schools.", 1200),
        ("The strike destroyed 1,200 homes and damaged 14 schools.", 14),
        ("A convoy of 50 trucks of aid entered the enclave at 9:15 a.m.", 50),
        ("A convoy of 50 trucks of aid entered the enclave at 9:15 a.m.", 9),
        ("The jets dropped a 500-pound bomb on the building, witnesses said.", 500),
        ("Two F-16 fighters fired two missiles at the compound.", 16),
        ("Two F-16 fighters fired two missiles at the compound.", 2),
        ("The Security Council adopted Resolution 2334 by 14 votes to none.", 2334),
        ("The Security Council adopted Resolution 2334 by 14 votes to none.", 14),
        ("Unemployment in the territory reached 45 percent after the war.", 45),
        ("The 12-member delegation arrived in Cairo for 24 hours of talks.", 12),
        ("The 12-member delegation arrived in Cairo for 24 hours of talks.", 24),
        ("Police said 14 survivors were pulled from the wreckage alive.", 14),
        ("The town, home to 80,000 people, has been without power for 10 days.", 80000),
        ("Israeli forces killed a 16-year-old boy in the West Bank on 12 June.", 16),
        ("Israeli forces killed a 16-year-old boy in the West Bank on 12 June.", 12),
        ("The warplanes flew 40 sorties over southern Lebanon, the army said.", 40),
        ("More than 30 rockets were fired at Sderot, the army said.", 31),
        ("At least 72 mass graves have been found in the region.", 72),
        ("About 2,000 police officers were deployed for the funeral.", 2000),
        ("Aid agencies said 1.1 million people face catastrophic hunger.", 1100000),
        ("He was sentenced to 15 years in prison over the killing of three protesters.", 15),
        ("The ceasefire brokered on 19 January held for 42 days.", 42),
        ("Damage from the war was estimated at $18.5 billion.", 18),
        ("Hezbollah fired 320 rockets and drones at 11 military bases.", 320),
        ("Hezbollah fired 320 rockets and drones at 11 military bases.", 11),
        ("The 82nd Airborne Division deployed 3,000 troops to the region.", 3000),
        ("At 11:40 p.m. a second explosion hit the crowded market.", 40),
        ("Nearly 70 percent of those killed were women and children, the UN said.", 70),
        ("The wounded were taken to hospitals 30 km away.", 30),
        ("The army said 400 targets had been struck in 24 hours.", 400),
        ("Amnesty documented 19 strikes on homes that killed civilians.", 19),
        ("Unit 8200 intercepted the calls, a 2023 report said.", 8200),
        ("Of the 35 passengers on board, 20 survived unhurt.", 20),
        ("Gunmen abducted 25 people from the village, a local official said.", 25),
    ],
)
def test_a_number_that_is_no_casualty_claim(text: str, number: int) -> None:
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    assert all(number not in (c.low, c.high) for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At least 14 people were killed, the Health Ministry said in a statement.", "Ministry"),
        (
            "Twelve people died, according to the Syrian Observatory for Human Rights.",
            "Observatory",
        ),
        ("A police spokesman told Reuters that nine people had been wounded.", "police"),
        ('"Thirty people were killed," the hospital director told AFP.', "director"),
        (
            "The Palestinian Red Crescent said its medics had recovered 16 bodies.",
            "Red Crescent",
        ),
        (
            "The civil defence agency said in a statement that 27 people had been killed, "
            "including a paramedic.",
            "civil defence",
        ),
    ],
)
def test_the_speaker(text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    assert claims
    assert all(c.speaker and speaker.lower() in c.speaker.lower() for c in claims)
