"""English local shooting news (branch gvdb12): invented articles in the style of US local TV
and newspaper crime reports, each labelled with the number killed and injured in its incident
(the largest figure read, harmledger.evaluation.incidents.incident_count, as the GVDB score
reads it). Lone victims never given a number, victims named one by one, updates ("has died"),
earlier incidents as background, suspects, ages, addresses, times, calibers and casings.
Names, places and figures are our own. A person shot dead by police counts as killed (as in
gvdb11's file); a suspect arrested unhurt is nobody; earlier incidents are not this one."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

ARTICLES = [
    # 1 lone victim, never a number
    (
        "A man was shot and killed Tuesday night on the city's north side, police said. Officers were called to the 2400 block of Pinecrest Drive shortly before 10 p.m. The victim, identified as Darnell Example, 31, died at the hospital. No arrests have been made.",
        1,
        0,
    ),
    (
        "Police are investigating a fatal shooting that happened early Saturday outside a convenience store on Route 14. The victim, a 24-year-old Milltown man, was pronounced dead at the scene. Detectives recovered several shell casings from the parking lot.",
        1,
        0,
    ),
    (
        "A woman was shot multiple times Sunday afternoon in her driveway on Walnut Court. She was taken to County General Hospital, where she died a short time later. Police said the shooter fled in a dark sedan.",
        1,
        0,
    ),
    (
        "A 19-year-old was shot in the leg late Wednesday near the corner of 5th and Grant streets, police said. He was taken to the hospital with injuries that are not considered life-threatening.",
        0,
        1,
    ),
    (
        "A man is in critical condition after being shot early Monday morning in the 800 block of East Lincoln Avenue. Police said the victim, 42, was shot in the chest during an argument. The suspect ran from the scene before officers arrived.",
        0,
        1,
    ),
    (
        "Police say a man was found shot to death inside an apartment on Garden Lane on Thursday. Officers doing a welfare check found the man, who had been shot several times. The medical examiner's office has not released his name.",
        1,
        0,
    ),
    (
        "A teenager was shot and wounded Friday evening while walking home from a basketball game, police said. The 15-year-old boy was struck in the shoulder and is expected to recover. Investigators found eight .40-caliber shell casings in the street.",
        0,
        1,
    ),
    (
        "A Centerville man died Saturday after being shot outside a bar on Highway 30, the sheriff's office said. Deputies found Thomas Sample, 37, lying in the parking lot with a gunshot wound to the abdomen. He was flown to a trauma center, where he was pronounced dead.",
        1,
        0,
    ),
    (
        "A woman was hurt when a bullet came through the wall of her home on Cedar Street late Tuesday, police said. She suffered a graze wound to the arm and was treated at the scene. Police believe the shots were fired from a passing car.",
        0,
        1,
    ),
    (
        "A man was killed in a shooting early Sunday at a gas station on Broad Street. Police responded around 3:40 a.m. to reports of shots fired and found the man unresponsive near a pump. He was pronounced dead at the scene. Police have not identified a suspect.",
        1,
        0,
    ),
    # 2 victims named separately
    (
        "Two men were shot, one fatally, Saturday night on Bay Street, police said. Marcus Example, 26, died at the scene. A second man, 30, was taken to Regional Medical Center in stable condition.",
        1,
        1,
    ),
    (
        "A man was killed and a woman was injured in a shooting Friday night in the 1500 block of Hill Avenue. Police said the man, 33, died at the scene. The woman, 29, was shot in the hand and is expected to survive.",
        1,
        1,
    ),
    (
        "A shooting Sunday morning left a man dead and a teenager wounded, police said. The man, identified as Leon Sample, 45, was shot in the head. The 17-year-old was shot in the foot and is in good condition.",
        1,
        1,
    ),
    (
        "Police identified the two people killed in Tuesday's shooting on Orchard Road as Kevin Example, 22, and Tasha Sample, 20. Both were found inside a parked car with gunshot wounds.",
        2,
        0,
    ),
    (
        "A father and his son were shot Wednesday night outside their home on Fox Run, police said. The father, 48, died at the hospital. His son, 21, was treated for a gunshot wound to the leg and released.",
        1,
        1,
    ),
    (
        "A woman was shot to death and her boyfriend was wounded early Friday in an apartment on Dover Street. Police said the woman, 27, was pronounced dead at the scene. The man, 31, was shot in the arm. A suspect was arrested a few blocks away.",
        1,
        1,
    ),
    (
        "Two brothers were wounded in a drive-by shooting Monday evening, police said. One was shot in the back and the other in the hip. Both are expected to survive.",
        0,
        2,
    ),
    (
        "A man and a woman were found shot to death inside a home on Ridge Road on Saturday, the sheriff's office said. Deputies identified them as Paul Example, 58, and Anne Example, 55. Investigators believe it was a murder-suicide.",
        2,
        0,
    ),
    # shooter killed by police
    (
        "A man who opened fire on officers was shot and killed by police Thursday afternoon, authorities said. No officers were hurt. The man, 35, had barricaded himself inside a home on Mill Street for three hours.",
        1,
        0,
    ),
    (
        "A gunman shot and wounded a store clerk Saturday before he was fatally shot by a police officer, officials said. The clerk, 23, was hospitalized in serious condition. The gunman's name has not been released.",
        1,
        1,
    ),
    (
        "Police shot and killed a man who was armed with a rifle outside an apartment complex on Lake Drive on Monday night, the police chief said. The officer involved has been placed on paid leave, as is standard.",
        1,
        0,
    ),
    (
        "A state trooper was shot in the leg during a traffic stop on Interstate 70 late Tuesday. The trooper is in stable condition. The suspect, a 40-year-old man, was later found dead of a self-inflicted gunshot wound.",
        1,
        1,
    ),
    # critical condition, updates
    (
        "A 12-year-old girl is in critical condition after she was struck by a stray bullet while sitting on her front porch Sunday night, police said. Investigators believe the shots were meant for someone else.",
        0,
        1,
    ),
    pytest.param(
        "A man who was shot last Friday on Elm Avenue has died, police said Wednesday. The man, 50, had been in critical condition at Memorial Hospital since the shooting. His death has been ruled a homicide.",
        1,
        0,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a relative clause between the man and 'has died': the street name before the verb is read as the one who died, so the man's earlier state counts one hurt",
        ),
    ),
    (
        "The victim of a weekend shooting in Westfield has died, police said. Jamal Sample, 28, was shot outside a nightclub early Sunday and died Monday. Police are searching for a suspect.",
        1,
        0,
    ),
    (
        "A man remains hospitalized in serious but stable condition after he was shot during a robbery on Oak Street on Thursday, police said. Two suspects were arrested Friday and charged with aggravated robbery.",
        0,
        1,
    ),
    (
        "A woman shot in the face during a road rage incident last week is recovering, her family said. She was shot once through the driver's side window on Highway 9. The shooter has not been found.",
        0,
        1,
    ),
    pytest.param(
        "A second victim has died following a shooting at a party on Pine Street early Saturday, police said. A 20-year-old man died at the scene and a 19-year-old woman died Sunday at the hospital. Three other people were wounded.",
        2,
        3,
        marks=pytest.mark.xfail(
            strict=True,
            reason="two deaths told one by one ('a 20-year-old man died ... a 19-year-old woman died') are not summed",
        ),
    ),
    # earlier incidents as background
    pytest.param(
        "A man was shot and killed Wednesday at the same intersection where two people were wounded last month, police said. The victim, 39, was pronounced dead at the scene.",
        1,
        0,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an earlier incident in a relative clause ('where two people were wounded last month') is read as this one's",
        ),
    ),
    pytest.param(
        "A 25-year-old woman was wounded in a shooting Sunday on Market Street. It was the third shooting in the neighborhood this week. On Friday, a man was killed a few blocks away.",
        0,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an earlier incident told as background ('On Friday, a man was killed a few blocks away') is read as this one's",
        ),
    ),
    (
        "A man was shot to death early Tuesday in Riverside. His death marks the city's 18th homicide of the year, compared with 11 at this time last year.",
        1,
        0,
    ),
    (
        "A 16-year-old boy was shot and killed Saturday night on Grove Street. In 2019, his older brother was also shot and killed in the same neighborhood. Police have made no arrests.",
        1,
        0,
    ),
    pytest.param(
        "A shooting outside a high school football game on Friday wounded a 17-year-old. The shooting comes two years after four people were shot at the same stadium.",
        0,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an active wounding verb whose object is an age written as a person ('wounded a 17-year-old') is not read",
        ),
    ),
    # suspects arrested, charges
    (
        "Police arrested a 22-year-old man Thursday in connection with the shooting death of a convenience store clerk last month. The clerk, 61, was shot during a robbery on Sept. 3 and died at the scene. The suspect faces charges of first-degree murder.",
        1,
        0,
    ),
    (
        "A 30-year-old man was charged with attempted murder after he shot his neighbor during an argument over a parking space, police said. The neighbor, 44, was shot twice in the stomach and underwent surgery. He is expected to survive.",
        0,
        1,
    ),
    (
        "Two men have been charged with murder in the killing of a 19-year-old man whose body was found in a vacant lot on Ash Street in May. The victim had been shot multiple times.",
        1,
        0,
    ),
    (
        "A woman was arrested Saturday after she shot her husband in the leg at their home on Birch Lane, the sheriff's office said. The husband, 52, was taken to the hospital with non-life-threatening injuries. The woman was booked into the county jail.",
        0,
        1,
    ),
    # numbers given
    (
        "Three people were shot, one of them fatally, in a shooting early Sunday near a nightclub on Front Street, police said. A 27-year-old man died at the hospital. The other two victims, both men in their 20s, are expected to recover.",
        1,
        2,
    ),
    (
        "Four people were wounded when gunfire erupted at a park on Saturday evening, police said. The victims, ages 15 to 34, were taken to area hospitals. One is in critical condition.",
        0,
        4,
    ),
    (
        "Police say five people were shot, two fatally, at a house party on Sunset Avenue early Saturday. The three survivors were taken to hospitals with injuries ranging from minor to serious.",
        2,
        3,
    ),
    (
        "A shooting at a birthday party left one person dead and six others injured late Saturday, police said. Officers found more than 50 shell casings at the scene.",
        1,
        6,
    ),
    # calibers, casings, shots, times, addresses as distractors
    (
        "A 45-year-old man was shot once in the back with a 9mm handgun Friday at 11:30 p.m. in the 3100 block of West 12th Street. He was taken to the hospital in fair condition. Police recovered 7 shell casings.",
        0,
        1,
    ),
    (
        "A man was shot and killed outside his home at 1425 Cherry Street on Monday. Witnesses reported hearing about 10 gunshots around 8 p.m. The man, 33, was pronounced dead at 8:45 p.m.",
        1,
        0,
    ),
    (
        "Police said a gunman fired at least 15 rounds from a .223-caliber rifle into a crowd on Saturday night, killing a 21-year-old man. No one else was hit.",
        1,
        0,
    ),
    (
        "A 14-year-old was wounded Tuesday when someone fired 20 shots at a group of teens on Vine Street. Police found casings from two different guns. The boy is expected to survive.",
        0,
        1,
    ),
    # no one hurt
    (
        "Shots were fired at a home on Maple Court early Sunday, but no one was hurt, police said. Bullets struck the front door and a parked car. Police found 12 shell casings in the road.",
        0,
        0,
    ),
    (
        "A man fired several shots into the air outside a bar on Main Street late Friday, police said. No one was injured. The 26-year-old was arrested and charged with reckless endangerment.",
        0,
        0,
    ),
    # more lone-victim phrasing
    (
        "Officers responding to a report of shots fired found a man suffering from a gunshot wound on Lowell Avenue on Sunday night. He was transported to St. Mary's Hospital, where he later died.",
        1,
        0,
    ),
    (
        "A 70-year-old woman was killed when a bullet struck her as she slept in her bedroom early Wednesday, police said. The gunfire came from a fight outside the building.",
        1,
        0,
    ),
    (
        "A pizza delivery driver was shot during an attempted robbery Thursday night, police said. The driver, 34, suffered a gunshot wound to the arm. Two teens were taken into custody.",
        0,
        1,
    ),
    (
        "Police are looking for the person who shot and killed a 29-year-old man Tuesday afternoon in a shopping center parking lot. Detectives said the victim and the shooter knew each other.",
        1,
        0,
    ),
    (
        "A man was shot in the head Saturday night in the 600 block of Spring Street and is not expected to survive, police said.",
        0,
        1,
    ),
    (
        "A man accidentally shot himself in the thigh while cleaning his gun Sunday, the sheriff's office said. He was airlifted to a hospital in stable condition.",
        0,
        1,
    ),
    (
        "A homeowner shot and killed an intruder who broke into his house on Juniper Way early Thursday, police said. The intruder, 24, was pronounced dead at the scene. The homeowner was not injured.",
        1,
        0,
    ),
    (
        "A woman was killed and her 4-year-old daughter was wounded when someone opened fire on their car Sunday night, police said. The girl was shot in the leg and is in stable condition.",
        1,
        1,
    ),
    (
        "A man was fatally shot Friday during a dispute in the parking lot of an apartment complex on Forest Drive, police said. He was identified as Andre Example, 23.",
        1,
        0,
    ),
    pytest.param(
        "An off-duty officer was shot and wounded Saturday while trying to stop a robbery at a grocery store, police said. The officer was hit in the shoulder. One suspect was shot and killed by the officer; a second suspect was arrested.",
        1,
        1,
        marks=pytest.mark.xfail(
            strict=True, reason="a suspect shot and killed by the officer is no claim"
        ),
    ),
    (
        "A 31-year-old man was gunned down outside a barbershop on Central Avenue on Wednesday afternoon. He died at the scene. Police said they have a person of interest.",
        1,
        0,
    ),
    (
        "A shooting at an apartment on Lark Street left a 22-year-old man dead early Monday. A 25-year-old woman who was in the apartment was not hurt.",
        1,
        0,
    ),
    (
        "Police said a 17-year-old boy was shot in the hand Friday night while standing outside a corner store. His injuries are not life-threatening. Another teen was grazed by a bullet.",
        0,
        2,
    ),
    (
        "A man was shot and critically wounded Sunday, and another was shot in the leg, during a fight outside a hookah lounge, police said.",
        0,
        2,
    ),
    (
        "A woman died and a man was wounded in a shooting inside a home on Poplar Street on Thursday. Police said the man, 38, was in serious condition. The woman's name has not been released.",
        1,
        1,
    ),
    (
        "A 65-year-old man was killed in what police are calling a targeted shooting Saturday. Officers found the man slumped over in his truck with multiple gunshot wounds.",
        1,
        0,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), ARTICLES)
def test_incident_counts(text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, "en")
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )


def _casualties(text: str) -> list[tuple[str, str, int | None]]:
    return sorted((c.measure, c.who, c.low) for c in extract_claims(text, "en") if c.is_casualty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "remains" right after a person is the verb, not a body noun
        ("A man remains hospitalized.", [("injured", "men", 1)]),
        ("One woman remains in critical condition.", [("injured", "women", 1)]),
        ("The remains of a man were found in a field.", [("bodies_recovered", "men", 1)]),
        # a state trooper is police (other), not troops
        ("A state trooper was shot in the leg.", [("injured", "other", 1)]),
        ("Three troopers were wounded.", [("injured", "other", 3)]),
        ("Two troops were killed.", [("killed", "combatants", 2)]),
        # a number set off by commas after "the/a <noun>" is an age, whatever the noun
        ("The intruder, 24, was pronounced dead at the scene.", []),
        ("A burglar, 41, died at the scene.", []),
        ("In the attack, 24 people were killed.", [("killed", "people", 24)]),
        # "expected to survive" tells the hurt, counted or not
        ("Police say both victims are expected to survive.", [("injured", "people", 2)]),
        # "victims" with a phrase of the hurt right after it are the hurt, not the dead
        ("Both victims were taken to a nearby hospital.", [("injured", "people", 2)]),
        ("The two victims were shot dead.", [("killed", "people", 2)]),
        # an animal in a family list is no one; a list may go on after commas
        (
            "A woman, her daughter, the couple's toddler and their dog were found dead.",
            [("killed", "people", 3)],
        ),
        ("A woman, her daughter and their dog were killed.", [("killed", "people", 2)]),
        ("A woman, her daughter, her son and her mother were killed.", [("killed", "people", 4)]),
        # "another" hurt right after one lone victim hurt: two
        (
            "A man was shot in the leg. Another man was shot in the arm.",
            [("injured", "men", 1), ("injured", "men", 2)],
        ),
        # "another" alone is one more of the kind before (en15): two men
        (
            "A man was shot and critically wounded, and another was shot in the leg.",
            [("injured", "men", 1), ("injured", "men", 2)],
        ),
        # ... but not after a count of more than one, nor as an active verb's object
        (
            "Two soldiers were wounded in the north. Another soldier was wounded in the south.",
            [("injured", "combatants", 1), ("injured", "combatants", 2)],
        ),
        ("Police say he shot and killed another man.", [("killed", "men", 1)]),
        # a lone victim opening the sentence after one ending on a casualty word is read
        (
            "The man ran and was shot. He was transported to the hospital.",
            [("injured", "people", 1)],
        ),
        # a definite noun hurt after one person of that noun read dead: his state before death
        (
            "A man has died after a shooting last Friday. The man, 50, had been in critical "
            "condition since the shooting.",
            [("killed", "men", 1)],
        ),
        (
            "A man was killed. The woman was wounded.",
            [("injured", "women", 1), ("killed", "men", 1)],
        ),
    ],
)
def test_classes(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert _casualties(text) == expected
