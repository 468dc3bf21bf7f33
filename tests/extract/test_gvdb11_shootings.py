"""English local shooting news (branch gvdb11): articles in the style of US local TV and
newspaper reports, each labelled with the number killed and injured in its incident (the
largest figure read, harmledger.evaluation.incidents.incident_count, as the GVDB score reads it).
Articles, names and figures are our own; a suspect shot dead by police counts as killed."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

ARTICLES = [
    (
        "A 34-year-old man was shot and killed early Sunday on the city's east side, police said. Officers responded to the 1200 block of Maple Avenue around 2:15 a.m. and found John Example suffering from a gunshot wound. He was pronounced dead at the scene. No arrests have been made.",
        1,
        0,
    ),
    (
        "Two people were shot, one fatally, outside a bar in Riverton late Friday. Police said a 28-year-old man died at the hospital, while a 31-year-old woman was shot in the leg and is expected to survive. Anyone with information is asked to call 555-1234.",
        1,
        1,
    ),
    (
        "A man was found dead inside a car on Elm Street Tuesday morning with multiple gunshot wounds, police said. Investigators believe at least 12 shots were fired. It was the city's 40th homicide this year.",
        1,
        0,
    ),
    (
        "Three people were injured in a drive-by shooting Saturday night in Lakewood. Police said two men and a woman were standing on a porch when someone in a passing SUV opened fire. All three were taken to Mercy Hospital with non-life-threatening injuries.",
        0,
        3,
    ),
    (
        "A teenager was wounded in a shooting near Central High School on Monday afternoon. The 16-year-old boy was shot in the arm and taken to Children's Hospital in stable condition. Police are offering a $5,000 reward for information.",
        0,
        1,
    ),
    (
        "A woman who was shot last week in Dayton has succumbed to her injuries, police said Thursday. Maria Sample, 45, died Wednesday at Miami Valley Hospital. Her death is now being investigated as a homicide.",
        1,
        0,
    ),
    (
        "Police say a man shot and killed his wife and then turned the gun on himself Sunday in a home on Oak Lane. Officers found the bodies of Robert Doe, 52, and Linda Doe, 49, after a neighbor called 911. Both died of gunshot wounds.",
        2,
        0,
    ),
    (
        "A suspect was shot and killed by police after he fired at officers during a traffic stop Wednesday night, authorities said. No officers were injured. The man, 29, was pronounced dead at the scene. Two officers have been placed on administrative leave.",
        1,
        0,
    ),
    (
        "One person was killed and four others were wounded in a shooting at a house party early Saturday, police said. The victims range in age from 17 to 22. Police said more than 30 rounds were fired from at least two guns.",
        1,
        4,
    ),
    pytest.param(
        "A 22-year-old man was shot multiple times Thursday night in the 300 block of North Street. He was taken to University Hospital in critical condition. A second victim, a 19-year-old man, was grazed by a bullet and treated at the scene.",
        0,
        2,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a second victim named after the first: the count is the sum of lone victims, not read",
        ),
    ),
    pytest.param(
        "Shots were fired into a home on Birch Road late Monday, but no one was injured, police said. Officers found several shell casings in the street. Last year, three people were killed at the same address.",
        0,
        0,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an earlier incident at the same place ('Last year, three people were killed') is read as a claim",
        ),
    ),
    (
        "Two men were killed in a shooting Friday night in a parking lot on Route 9. Police identified the victims as James Roe, 27, and Michael Poe, 30. Both men were pronounced dead at the scene. Police said a 9mm handgun was recovered.",
        2,
        0,
    ),
    (
        "A 5-year-old girl was accidentally shot by her brother Tuesday at their home in Greenville, police said. The girl was airlifted to a hospital in Columbia, where she is listed in serious condition. The 7-year-old found the loaded gun in a closet.",
        0,
        1,
    ),
    (
        "Police are investigating a double shooting that left one man dead and another injured Sunday. Officers found the men just after midnight near the corner of 5th and Vine. One of the men died at the scene, police said. The other was taken to the hospital with a gunshot wound to the chest.",
        1,
        1,
    ),
    (
        "A store clerk was shot during an armed robbery at a gas station on Highway 61 early Thursday, deputies said. The clerk, 58, was hit in the shoulder and is expected to recover. The suspect fled with about $200 in cash.",
        0,
        1,
    ),
    (
        "A man died after being shot in the head outside an apartment complex Saturday evening, police said. The victim, identified as Tyrell Sample, 24, was found lying in the parking lot. He was rushed to the hospital, where he later died.",
        1,
        0,
    ),
    (
        "Four people were shot, two of them fatally, at a birthday party in the West End early Sunday. Police said the two men who died were 21 and 23 years old. Two women were wounded and are in stable condition. It was the second mass shooting in the city this month.",
        2,
        2,
    ),
    (
        "A 41-year-old woman was killed and her 15-year-old son was injured when gunfire erupted outside their home Monday night. Police said the woman was struck in the chest and died at the scene. Her son was shot in the hand.",
        1,
        1,
    ),
    (
        "The body of a man with a gunshot wound was discovered in a wooded area off Mill Road on Friday, the sheriff's office said. Deputies said the man had been dead for several days. The death has been ruled a homicide.",
        1,
        0,
    ),
    (
        "A gunman opened fire at a restaurant Tuesday, killing two employees and wounding three customers before he was fatally shot by a police officer, authorities said. About 50 people were inside at the time. Police Chief Ann Smith said 15 officers responded within minutes.",
        2,
        3,
    ),
    (
        "A man was shot in the leg during an argument outside a convenience store Wednesday afternoon. The victim, 33, was treated and released from the hospital. The shooter, 35, was arrested and charged with aggravated assault.",
        0,
        1,
    ),
    pytest.param(
        "Police said a 19-year-old man was shot and killed Saturday night, the third fatal shooting in the neighborhood in a week. The victim was found on the sidewalk on Pine Street. Last month, two teens were killed two blocks away.",
        1,
        0,
        marks=pytest.mark.xfail(
            strict=True,
            reason="an earlier incident ('Last month, two teens were killed') is read as a claim",
        ),
    ),
    (
        "A shooting at a nightclub early Sunday left six people injured, police said. One of the victims is in critical condition. Witnesses said a fight broke out before a man pulled out a gun and fired several shots.",
        0,
        6,
    ),
    (
        "An off-duty officer shot and wounded a man who tried to rob him at gunpoint Thursday night, police said. The suspect, 20, was hospitalized in stable condition. The officer was not hurt.",
        0,
        1,
    ),
    (
        "Two brothers, ages 14 and 17, were shot while walking home from school Wednesday. The older boy died at the hospital Thursday morning, police said. His brother remains in fair condition.",
        1,
        1,
    ),
    (
        "Authorities have identified the man killed in Sunday's shooting on Grant Avenue as Derek Example, 38. Police said Example was shot several times following an argument. A 25-year-old man has been charged with murder.",
        1,
        0,
    ),
    (
        "A woman was shot and killed and a man was critically injured in what police believe was a domestic dispute Tuesday. The woman, 36, was pronounced dead at the scene. The man, 40, who police say fired the shots before turning the gun on himself, was taken to the hospital in critical condition.",
        1,
        1,
    ),
    (
        "A 70-year-old homeowner shot and killed an intruder early Wednesday, the sheriff said. The intruder, 31, broke through a back window around 3 a.m. The homeowner will not face charges, the prosecutor said.",
        1,
        0,
    ),
    pytest.param(
        "Five people were shot Saturday in separate incidents across the city, police said. In the first shooting, a 23-year-old man was shot in the back. Later, two women were wounded near a park. None of the injuries were life-threatening.",
        0,
        5,
        marks=pytest.mark.xfail(
            strict=True,
            reason="people 'shot' (killed_or_injured) with nobody killed do not count as injured",
        ),
    ),
    (
        "A man was killed Thursday in a shooting at a home on Walnut Street. Police said officers found the 29-year-old victim dead in the living room. A woman inside the house was not hurt.",
        1,
        0,
    ),
    (
        "A Memphis man has died from injuries he suffered in a shooting on Jan. 3, police said. Carl Demo, 44, was shot in the abdomen and spent two weeks in the hospital. He died Monday.",
        1,
        0,
    ),
    (
        "Police say three people were shot and killed inside a home on Cedar Street late Friday. The victims were a 60-year-old man, his 58-year-old wife and their 30-year-old son. A 12-year-old girl hid in a closet and was not harmed.",
        3,
        0,
    ),
    (
        "A bullet struck a 9-year-old boy sitting in his family's living room Sunday night, police said. The boy was hit in the foot and taken to the hospital. Police believe the shots were fired from the street during a dispute between two groups.",
        0,
        1,
    ),
    (
        "A man was shot and killed by a state trooper after a chase on Interstate 70, state police said. The man, 45, pointed a rifle at the trooper, police said. He died at the scene.",
        1,
        0,
    ),
    (
        "Two people were killed and one was wounded when a gunman opened fire in a supermarket parking lot Monday, police said. The gunman remains at large. The wounded woman, 52, is in serious but stable condition.",
        2,
        1,
    ),
    (
        "A 17-year-old was charged Friday in connection with the shooting death of a 16-year-old last month. Police said the teen shot Jordan Sample, 16, during a dispute over a video game. Sample died at the scene.",
        1,
        0,
    ),
    (
        "A man wounded two people in a shooting at a car dealership Wednesday, police said. A salesman was hit in the arm and a customer suffered a graze wound to the head. Both were taken to General Hospital.",
        0,
        2,
    ),
    (
        "A 27-year-old mother of three was fatally shot Saturday night while sitting in her car, police said. Investigators said someone walked up to the car and fired at least six times. She was pronounced dead at the hospital. Her three children were not in the car.",
        1,
        0,
    ),
    (
        "Police responded to reports of shots fired at the apartment complex at 7:30 p.m. Tuesday and found two men with gunshot wounds. One man, 26, was dead. The other, 24, was taken to a hospital, where he is listed in critical condition.",
        1,
        1,
    ),
    (
        "A man and a woman were found shot to death inside a home Thursday, police said. Officers went to the house after relatives said they had not heard from the couple in days. Police do not believe there is a threat to the public.",
        2,
        0,
    ),
    (
        "A 13-year-old boy was killed and two other boys were hurt in a shooting at a basketball court Sunday, police said. The two injured boys, 12 and 14, are expected to survive. The city has seen 18 children shot this year.",
        1,
        2,
    ),
    (
        "No one was hurt when someone fired shots at a school bus Monday morning, police said. Twenty students were on board. The bus driver, a 20-year veteran, drove to a nearby fire station.",
        0,
        0,
    ),
    (
        "Three men were wounded early Sunday in a shooting outside a hookah lounge, police said. One man was shot in the stomach, one in the leg and one in the hand. Police said about 20 shots were fired.",
        0,
        3,
    ),
    (
        "A woman was shot and killed Tuesday night and police are searching for her ex-boyfriend. Keisha Doe, 30, was shot several times in the driveway of her home, officers said. She died at the scene.",
        1,
        0,
    ),
    (
        "Police are investigating a double homicide on the South Side. Two men were found shot to death inside a car early Tuesday, police said. Their names have not been released.",
        2,
        0,
    ),
    (
        "A triple shooting early Saturday left one man dead and two others hurt, police said. The man who died was 25. The two injured men were taken to Regional Medical Center.",
        1,
        2,
    ),
    (
        "A man was shot and killed Monday afternoon outside a barbershop. A second man was also shot and later died at the hospital, police said. A third man was shot in the hand.",
        2,
        1,
    ),
    (
        "A shooting at a park Sunday evening left two people dead. The victims, a 19-year-old man and a 17-year-old girl, were pronounced dead at the scene.",
        2,
        0,
    ),
    (
        "Both men died at the scene, police said. The men, ages 31 and 35, were shot during a dispute over a parking space Friday night.",
        2,
        0,
    ),
    (
        "A woman was wounded and her boyfriend was killed in a shooting Sunday morning, police said. The boyfriend, 30, died at the scene. The woman, 28, was shot twice in the arm.",
        1,
        1,
    ),
    (
        "A 15-year-old boy was shot in the back while riding his bike Thursday, police said. He is in critical condition. It was the fifth shooting involving a teenager in the city this month.",
        0,
        1,
    ),
    pytest.param(
        "A man shot his estranged wife and her new boyfriend before killing himself Tuesday, police said. The wife, 42, and the boyfriend, 45, both died at the scene.",
        3,
        0,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a shooter who killed himself after the victims 'both died' is not added",
        ),
    ),
    (
        "A gunman shot three people at an office building Wednesday, killing one of them, police said. The two survivors are in stable condition.",
        1,
        2,
    ),
    (
        "Two people were hospitalized after a shooting outside a nightclub early Sunday, police said. Both victims are expected to survive. Officers found 14 shell casings in the parking lot.",
        0,
        2,
    ),
    (
        "An 8-year-old girl was killed by a stray bullet while she slept in her bedroom Friday night, police said. Police said at least 20 shots were fired outside the home. A $10,000 reward is being offered.",
        1,
        0,
    ),
    (
        "A man was shot to death and a second man was wounded early Sunday in the 4000 block of West Avenue, police said.",
        1,
        1,
    ),
    (
        "One man is dead and another is in critical condition after a shooting Saturday night, police said.",
        1,
        1,
    ),
    pytest.param(
        "Police shot and wounded a man who stabbed two people outside a bar Friday. The two stabbing victims were treated at a hospital. The man was shot in the leg by an officer.",
        0,
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="(gvdb12) the two stabbing victims treated at a hospital are read as 2 injured, as a claim they are; the shooting's count is 1",
        ),
    ),
    (
        "A shootout between two groups of men left three people wounded Sunday afternoon, police said. One of the wounded was a 10-year-old girl who was walking nearby.",
        0,
        3,
    ),
    (
        "2 dead, 3 hurt in overnight shooting on East Side. Two people were killed and three others were wounded when gunfire broke out at a party, police said.",
        2,
        3,
    ),
    (
        "A 23-year-old man was gunned down outside his home Tuesday night, police said. He was dead on arrival at the hospital.",
        1,
        0,
    ),
    (
        "A man was fatally wounded during a robbery at a pizza shop Friday. The employee who was shot did not survive, police said.",
        1,
        0,
    ),
    (
        "A man killed his wife and then himself Saturday in what police are calling a murder-suicide.",
        2,
        0,
    ),
    (
        "A 30-year-old man was mortally wounded in a shooting on Lincoln Street and died hours later, police said.",
        1,
        0,
    ),
    (
        "A teenager lost his life in a shooting near a playground Sunday. The 16-year-old was shot once in the chest.",
        1,
        0,
    ),
    (
        "Police said a gunman shot dead a 20-year-old man and wounded his friend outside a store Thursday.",
        1,
        1,
    ),
    (
        "A man was killed instantly when he was shot in the head during a road rage incident on Interstate 95, troopers said.",
        1,
        0,
    ),
    (
        "The shooting was the city's third homicide in as many days. A 35-year-old man was killed Monday in the same neighborhood.",
        1,
        0,
    ),
    (
        "Services will be held Saturday for the four victims of last week's shooting. Police said the gunman killed four people at a warehouse before he was arrested.",
        4,
        0,
    ),
    pytest.param(
        "A woman's body was found in a field off County Road 12 on Wednesday. Investigators said she had been shot twice. She was 27.",
        1,
        0,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a lone body ('A woman's body was found') is no count; 'she had been shot' reads one injured",
        ),
    ),
    pytest.param(
        "A deputy was shot in the arm while serving a warrant Tuesday, the sheriff's office said. The suspect was killed when deputies returned fire.",
        1,
        1,
        marks=pytest.mark.xfail(
            strict=True, reason="a suspect killed when deputies returned fire is no claim"
        ),
    ),
    (
        "Officers found a man with a gunshot wound to the head inside a car on Park Avenue early Monday. He was pronounced dead a short time later.",
        1,
        0,
    ),
    (
        "A 6-year-old boy was critically injured after he found his father's gun and shot himself Saturday, police said.",
        0,
        1,
    ),
    (
        "A gunman fired more than 40 rounds at a crowded block party, killing a 14-year-old girl and wounding nine others, police said.",
        1,
        9,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), ARTICLES)
def test_incident_counts(text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, "en")
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )


def _casualties(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.measure, c.low) for c in extract_claims(text, "en") if c.is_casualty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive casualty noun names an owner, not what befell the people counted
        (
            "A man was shot dead. Two young girls, the victim's daughters, were not hurt.",
            [("killed", 1)],
        ),
        (
            "A man was shot dead. Two boys, who police believe are the victim’s nephews, "
            "were not hurt.",
            [("killed", 1)],
        ),
        # an owner noun with 's is no count ("the couple" alone is two)
        ("The couple's son was shot in the arm.", [("injured", 1)]),
        ("The couple were shot dead in their home.", [("killed", 2)]),
        # ... and opens a relative as "their" does; a describing word before a relative noun
        ("A woman, her daughter and the couple's toddler were killed.", [("killed", 3)]),
        ("A woman, her teenage son and her daughter were killed.", [("killed", 3)]),
        ("A man and his baby son were shot dead.", [("killed", 2)]),
        # "the most ... since YEAR, when N were killed": the earlier event's figure
        (
            "It was the most homicides the county has recorded in a month since 2011, "
            "when 14 were killed.",
            [],
        ),
        # a bare number after "was" whose subject is one person is an age
        ("A shooting left one man dead. The man who died was 25.", [("killed", 1)]),
        ("A man was shot dead. The victim was 19.", [("killed", 1)]),
        ("The death toll was 25.", [("killed", 25)]),
        ("A man was mortally wounded and died hours later.", [("killed", 1)]),
        # a subject pronoun after a casualty word opens a clause: no one hurt
        ("A woman died Monday of injuries she received in a shooting.", [("killed", 1)]),
        ("The number of people who died was 25.", [("killed", 25)]),
    ],
)
def test_classes(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _casualties(text) == expected
