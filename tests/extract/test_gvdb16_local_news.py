"""US local-news constructions (branch gvdb16), labelled before running the extractor.

Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count): victims killed, and victims hurt and not killed. Classes:

- pistol-whipped: a person beaten with a gun is hurt (GVDB marks such victims injured);
- a titled name, or a counted person and an aside, before "suffered" a wound or a cut;
- a suspect shot by police and taken to hospital, or a headline "shoot, wound": one hurt;
- a victim dying later: the group counted first, then one of it dead (the rest hurt);
- "both", "the pair", "two others", "a second man": counts told without a numeral before the verb;
- victims told one by one, without numerals;
- taken to hospital, treated and released: hurt;
- ordinal counts of shootings ("the city's 12th homicide"): no victims;
- explicit zeros alone: none.

Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


_WHIPPED = "'pistol-whipped' is no harm verb yet"
_SUSPECT = "a suspect shot by police is not read as one hurt"
_LATER = "the rest of a group hit, once one is named dead ('The man died'), is not read as hurt"
_PAIR = (
    "a pair or group noun without a numeral is not counted; and a group 'shot' stays hit"
    " (killed_or_injured), which the GVDB score reads as neither"
)
_PARTICIPLE = (
    "a participle phrase after the person ('sitting on her porch', 'struck by a stray round')"
    " hides the subject"
)
# cases the extractor failed when first run (labels unchanged): id -> reason
XFAILS = {
    "robber-pistol-whipped-a-driver": _WHIPPED
    + " as an active verb with its object (only a lone victim's 'was pistol-whipped' is read)",
    "headline-shoot-wound-man": _SUSPECT,
    "suspect-taken-with-critical-injuries": _SUSPECT,
    "deputies-shot-the-suspect-flown": _SUSPECT,
    "headline-shoot-injure-man": _SUSPECT,
    "man-and-woman-shot-the-man-died": _LATER,
    "the-pair-were-shot": _PAIR,
    "the-pair-were-wounded": "'the pair' is not counted as two (tried as a number phrase of two:"
    " no change on the tuning half, one article fewer right on the checking half, so left out)",
    "the-brothers-both-shot": _PAIR + " ('both' after the verb's subject)",
    "man-shot-woman-also-shot": "the first lone 'was shot' is dropped where a cue of the hurt"
    " ('in stable condition') reads the second, so 'also' has no one before it",
    "eight-rounds-hitting-the-driver": "an active 'hitting' with its object is not read as one hurt",
    "the-victims-ages-19-and-24": "the victims counted by their ages ('ages 19 and 24') are not two",
    "woman-on-porch-hit-in-the-arm": _PARTICIPLE,
    "woman-in-good-condition": _PARTICIPLE,
    "twelfth-homicide-of-the-year": "an ordinal count of homicides is read as one killed"
    " (the label may be wrong: the sentence says this event was a homicide, one dead at least)",
}

CASES: list = [
    # --- pistol-whipped: hurt ---
    pytest.param(
        "A 34-year-old clerk was pistol-whipped during a holdup at a liquor store on Grand Avenue late Friday.",
        0,
        1,
        id="clerk-was-pistol-whipped",
    ),
    pytest.param(
        "Police said the robber pistol-whipped a delivery driver and took his wallet before running off.",
        0,
        1,
        id="robber-pistol-whipped-a-driver",
    ),
    pytest.param(
        "The homeowner was pistol-whipped and tied up while the intruders searched the house, deputies said.",
        0,
        1,
        id="homeowner-pistol-whipped-and-tied",
    ),
    pytest.param(
        "The masked man threatened to pistol-whip the cashier but fled with the cash drawer.",
        0,
        0,
        id="threatened-to-pistol-whip",
    ),
    # --- a titled name or a counted person before "suffered" ---
    pytest.param(
        "Deputy Carla Mendez suffered two gunshot wounds to the leg and is expected to recover.",
        0,
        1,
        id="deputy-name-suffered-two-wounds",
    ),
    pytest.param(
        "One person, a 40-year-old woman, suffered a graze wound to her shoulder.",
        0,
        1,
        id="one-person-aside-suffered-graze",
    ),
    pytest.param(
        "Sgt. Tom Becker suffered a gunshot wound to the hand during the exchange of fire.",
        0,
        1,
        id="sgt-name-suffered-a-wound",
    ),
    pytest.param(
        "One man, a 52-year-old bus driver, suffered a cut to his forehead and was treated at the scene.",
        0,
        1,
        id="one-man-aside-suffered-a-cut",
    ),
    # --- a suspect shot by police ---
    pytest.param(
        "Troopers shoot, wound armed man after chase on Route 9",
        0,
        1,
        id="headline-shoot-wound-man",
    ),
    pytest.param(
        "An officer fired once, striking the man in the chest. The suspect was taken to Mercy Hospital with critical injuries.",
        0,
        1,
        id="suspect-taken-with-critical-injuries",
    ),
    pytest.param(
        "Deputies shot the suspect, who was flown to a trauma center in serious condition.",
        0,
        1,
        id="deputies-shot-the-suspect-flown",
    ),
    pytest.param(
        "Police shoot, injure knife-wielding man in Eastgate",
        0,
        1,
        id="headline-shoot-injure-man",
    ),
    # --- a victim dying later ---
    pytest.param(
        "Two men were shot outside a bar on Fifth Street early Sunday. One of them died at the hospital.",
        1,
        1,
        id="two-shot-one-of-them-died",
    ),
    pytest.param(
        "A man and a woman were shot Tuesday night. The man died later at the hospital, police said.",
        1,
        1,
        id="man-and-woman-shot-the-man-died",
    ),
    pytest.param(
        "Two teenagers were shot near the school. The 16-year-old died Wednesday; the other is in stable condition.",
        1,
        1,
        id="two-teens-shot-the-16-year-old-died",
    ),
    pytest.param(
        "A father and son were shot outside their home. The father died Tuesday.",
        1,
        1,
        id="father-and-son-shot-the-father-died",
    ),
    pytest.param(
        "A mother and daughter were shot in their car; the daughter died at the hospital.",
        1,
        1,
        id="mother-and-daughter-shot-the-daughter-died",
    ),
    pytest.param(
        "Three people were shot at the party. One of the victims died Friday.",
        1,
        2,
        id="three-shot-one-of-the-victims-died",
    ),
    pytest.param(
        "Two men were shot in a parking lot on Vine Street. The 24-year-old died at the scene.",
        1,
        1,
        id="two-shot-the-24-year-old-died",
    ),
    pytest.param(
        "Four people were shot at the block party. The woman died Sunday, police said.",
        1,
        3,
        id="four-shot-the-woman-died",
    ),
    pytest.param(
        "Three people were shot outside the club. The victims were all taken to Regional Medical Center.",
        0,
        0,
        id="three-shot-the-victims-taken-guard",
    ),
    # --- a group shot, a part of it told by how badly ---
    pytest.param(
        "Five people were shot, two of them critically, at a block party on Saturday.",
        0,
        5,
        id="five-shot-two-of-them-critically",
    ),
    pytest.param(
        "Three teenagers were shot, one of them seriously, near the skate park.",
        0,
        3,
        id="three-shot-one-of-them-seriously",
    ),
    pytest.param(
        "Four men were shot, two critically, outside the lounge early Sunday.",
        0,
        4,
        id="four-shot-two-critically",
    ),
    pytest.param(
        "Three people were shot, one fatally, outside a bar on Fifth Street.",
        1,
        2,
        id="three-shot-one-fatally-guard",
    ),
    # --- both, the pair, two others, a second man ---
    pytest.param(
        "A man was killed and two others were wounded in a shooting on Elm Street.",
        1,
        2,
        id="killed-and-two-others-wounded",
    ),
    pytest.param(
        "Both victims were taken to a hospital with gunshot wounds.",
        0,
        2,
        id="both-victims-taken-to-hospital",
    ),
    pytest.param(
        "The pair were shot while sitting in a parked car, police said.",
        0,
        2,
        id="the-pair-were-shot",
    ),
    pytest.param(
        "The pair were wounded when a car pulled up and someone inside opened fire.",
        0,
        2,
        id="the-pair-were-wounded",
    ),
    pytest.param(
        "The pair was taken to Methodist Hospital, where both are listed in stable condition.",
        0,
        2,
        id="the-pair-taken-to-hospital",
    ),
    pytest.param(
        "Police arrested the pair at a motel on Route 1 two days after the shooting.",
        0,
        0,
        id="police-arrested-the-pair-guard",
    ),
    pytest.param(
        "Police found a woman dead inside the home; two others were hurt.",
        1,
        2,
        id="woman-dead-two-others-hurt",
    ),
    pytest.param(
        "The brothers were both shot in the legs and are expected to survive.",
        0,
        2,
        id="the-brothers-both-shot",
    ),
    pytest.param(
        "Arriving deputies found a man shot in the chest. A second man had been shot in the hand.",
        0,
        2,
        id="a-second-man-was-shot",
    ),
    # --- victims told one by one ---
    pytest.param(
        "A 23-year-old was shot and killed near the corner of 5th and Pine. A woman was wounded in the arm.",
        1,
        1,
        id="man-killed-woman-wounded",
    ),
    pytest.param(
        "A 30-year-old man got shot in the leg. A 27-year-old woman was also shot and is in stable condition.",
        0,
        2,
        id="man-shot-woman-also-shot",
    ),
    pytest.param(
        "A woman was wounded in the shoulder. A teenage boy was also wounded, police said.",
        0,
        2,
        id="woman-wounded-boy-also-wounded",
    ),
    pytest.param(
        "A man was killed in the crossfire on Ash Street, and a bystander was also killed.",
        2,
        0,
        id="man-killed-bystander-also-killed",
    ),
    pytest.param(
        "A man was shot in the leg. The man was also shot in the arm.",
        0,
        1,
        id="the-man-also-shot-same-person-guard",
    ),
    pytest.param(
        "A teenager was killed and a man was wounded in a drive-by shooting on Oak Street.",
        1,
        1,
        id="teen-killed-and-man-wounded",
    ),
    # --- hospital, treated and released ---
    pytest.param(
        "After the shooting a man was rushed to the hospital in critical condition, police said.",
        0,
        1,
        id="man-taken-in-critical-condition",
    ),
    pytest.param(
        "Two people were hospitalized after gunfire erupted at a house party on Maple Drive.",
        0,
        2,
        id="two-people-hospitalized",
    ),
    pytest.param(
        "A woman was treated for a graze wound and released, police said.",
        0,
        1,
        id="woman-treated-and-released",
    ),
    # --- ordinal counts of shootings: no victims ---
    pytest.param(
        "The shooting was the third in the neighborhood this month.",
        0,
        0,
        id="third-shooting-this-month",
    ),
    pytest.param(
        "It was Springfield's 12th homicide of the year, police said.",
        0,
        0,
        id="twelfth-homicide-of-the-year",
    ),
    pytest.param(
        "Police have responded to four shootings on the block since June.",
        0,
        0,
        id="four-shootings-since-june",
    ),
    # --- headlines and leads of local news ---
    pytest.param(
        "Man dies after being shot on Eastside, police say",
        1,
        0,
        id="headline-man-dies-after-being-shot",
    ),
    pytest.param(
        "Shooting at birthday party leaves 1 dead, 3 hurt",
        1,
        3,
        id="headline-leaves-1-dead-3-hurt",
    ),
    pytest.param(
        "Gunfire outside a nightclub killed one man and wounded two others early Saturday.",
        1,
        2,
        id="killed-one-and-wounded-two-others",
    ),
    pytest.param(
        "Teen wounded in drive-by shooting on Maple Street",
        0,
        1,
        id="headline-teen-wounded-in-drive-by",
    ),
    # --- shots counted, not people ---
    pytest.param(
        "A man aged 29 was shot three times in the back and is in serious condition.",
        0,
        1,
        id="shot-three-times",
    ),
    pytest.param(
        "Police said the woman was struck twice and taken to a trauma center.",
        0,
        1,
        id="struck-twice-taken",
    ),
    pytest.param(
        "A 19-year-old was struck in the neck as he walked home from a bus stop.",
        0,
        1,
        id="struck-in-the-neck",
    ),
    pytest.param(
        "Officers said the cashier was struck once in the abdomen and is expected to recover.",
        0,
        1,
        id="struck-once-in-the-abdomen",
    ),
    pytest.param(
        "The gunman fired at least eight rounds into the car, hitting the driver once in the shoulder.",
        0,
        1,
        id="eight-rounds-hitting-the-driver",
    ),
    # --- a person found "shot" and where: the one hurt ---
    pytest.param(
        "Officers arrived to find a 31-year-old man shot in the stomach outside a laundromat.",
        0,
        1,
        id="find-a-man-shot-in-the-stomach",
    ),
    pytest.param(
        "Deputies found a woman shot multiple times in the front seat of a pickup.",
        0,
        1,
        id="found-a-woman-shot-multiple-times",
    ),
    pytest.param(
        "A teenager shot in the leg walked into the emergency room at St. Mary's.",
        0,
        1,
        id="a-teenager-shot-in-the-leg-walked",
    ),
    pytest.param(
        "A man was killed outside the store. His brother watched his cousin shot in the back.",
        1,
        0,
        id="watched-his-cousin-shot-guard",
    ),
    pytest.param(
        "The woman was shot and killed. Neighbors said the woman shot in the driveway was a nurse.",
        1,
        0,
        id="the-woman-shot-in-the-driveway-guard",
    ),
    pytest.param(
        "He told reporters he saw his brother shot in the head by the gang.",
        0,
        0,
        id="saw-his-brother-shot-in-the-head-guard",
    ),
    pytest.param(
        "As a girl, she watched her father shot in the chest outside their shop.",
        0,
        0,
        id="watched-her-father-shot-guard",
    ),
    pytest.param(
        "A man shot in the air to scare off the crowd, witnesses said.",
        0,
        0,
        id="a-man-shot-in-the-air-guard",
    ),
    # --- suffering from wounds told by how many ---
    pytest.param(
        "Near the alley, officers discovered a man of 23 suffering from multiple gunshot wounds.",
        0,
        1,
        id="suffering-from-multiple-gunshot-wounds",
    ),
    pytest.param(
        "The victim was found suffering from several gunshot wounds in a stairwell.",
        0,
        1,
        id="suffering-from-several-gunshot-wounds",
    ),
    pytest.param(
        "Deputies located a driver suffering from at least one gunshot wound behind the gym.",
        0,
        1,
        id="suffering-from-at-least-one-gunshot-wound",
    ),
    pytest.param(
        "A woman was found suffering from an apparent gunshot wound to the head.",
        0,
        1,
        id="suffering-from-an-apparent-gunshot-wound",
    ),
    # --- "hit" told by how often or where ---
    pytest.param(
        "A 40-year-old bystander was hit in the thigh as the two groups traded fire.",
        0,
        1,
        id="bystander-hit-in-the-thigh",
    ),
    pytest.param(
        "Police said the clerk was hit twice but managed to call 911.",
        0,
        1,
        id="clerk-hit-twice",
    ),
    pytest.param(
        "A woman sitting on her porch was hit in the arm by a round fired from a passing car.",
        0,
        1,
        id="woman-on-porch-hit-in-the-arm",
    ),
    # --- wounds that are not life-threatening ---
    pytest.param(
        "The 26-year-old suffered a non-life-threatening gunshot wound, to the hip.",
        0,
        1,
        id="suffered-a-non-life-threatening-wound",
    ),
    pytest.param(
        "A delivery driver suffered non-life-threatening injuries in the robbery.",
        0,
        1,
        id="suffered-non-life-threatening-injuries",
    ),
    pytest.param(
        "A man was treated for a non-life-threatening gunshot wound at Baptist Hospital.",
        0,
        1,
        id="treated-for-a-non-life-threatening-wound",
    ),
    # --- victims who got themselves to a hospital ---
    pytest.param(
        "Early Monday a man showed up at a hospital with two bullet wounds in his hand.",
        0,
        1,
        id="showed-up-at-a-hospital-with",
    ),
    pytest.param(
        "A 33-year-old man drove himself to the hospital after he was shot in the parking lot.",
        0,
        1,
        id="drove-himself-to-the-hospital",
    ),
    pytest.param(
        "A teenager arrived at a hospital with a bullet wound to the leg, police said.",
        0,
        1,
        id="arrived-at-a-hospital-with",
    ),
    pytest.param(
        "An officer arrived at the hospital to speak with the family.",
        0,
        0,
        id="officer-arrived-at-hospital-guard",
    ),
    # --- listed in good condition ---
    pytest.param(
        "The victim, a 52-year-old man, was listed in good condition Tuesday.",
        0,
        1,
        id="victim-listed-in-good-condition",
    ),
    pytest.param(
        "A woman struck by a stray round is in good condition, her family said.",
        0,
        1,
        id="woman-in-good-condition",
    ),
    pytest.param(
        "A 12-year-old girl was reported in good condition at Riley Hospital.",
        0,
        1,
        id="girl-reported-in-good-condition",
    ),
    # --- the dead told by their state ---
    pytest.param(
        "The victim, identified as Marcus Reed, 34, was pronounced dead at the scene.",
        1,
        0,
        id="victim-identified-pronounced-dead",
    ),
    pytest.param(
        "A 5-year-old girl was struck by a stray bullet while playing in her yard.",
        0,
        1,
        id="girl-struck-by-stray-bullet",
    ),
    # --- counted groups with their members ---
    pytest.param(
        "Three people, including a 12-year-old boy, were wounded in the shooting.",
        0,
        3,
        id="three-including-a-boy-wounded",
    ),
    pytest.param(
        "Two men suffered gunshot wounds and were taken to Grady Memorial Hospital.",
        0,
        2,
        id="two-men-suffered-gunshot-wounds",
    ),
    pytest.param(
        "Three teenagers sustained gunshot wounds in the attack, none of them life-threatening.",
        0,
        3,
        id="three-teens-sustained-gunshot-wounds",
    ),
    pytest.param(
        "Police found that two customers had suffered bullet wounds to their legs.",
        0,
        2,
        id="two-customers-suffered-bullet-wounds",
    ),
    pytest.param(
        "The victims, ages 19 and 24, were taken to a hospital; their injuries are not life-threatening.",
        0,
        2,
        id="the-victims-ages-19-and-24",
    ),
    # --- people there, unhurt ---
    pytest.param(
        "A man was shot in the arm. A child who was in the car with him was not hurt.",
        0,
        1,
        id="child-in-the-car-not-hurt",
    ),
    pytest.param(
        "Four people were inside the home when the shots were fired, but none were injured.",
        0,
        0,
        id="four-inside-none-injured",
    ),
    pytest.param(
        "The clerk was unharmed, and the robber fled with about $200.",
        0,
        0,
        id="clerk-unharmed",
    ),
    # --- the dead, told the ways local news tells them ---
    pytest.param(
        "A 45-year-old man died after being shot in the head Saturday, police said.",
        1,
        0,
        id="died-after-being-shot",
    ),
    pytest.param(
        "Police said the victim succumbed to his injuries at the hospital late Sunday.",
        1,
        0,
        id="victim-succumbed-to-his-injuries",
    ),
    pytest.param(
        "The shooting claimed the life of a 17-year-old honor student.",
        1,
        0,
        id="claimed-the-life-of-a-student",
    ),
    pytest.param(
        "Two men were fatally shot outside a convenience store on Route 4.",
        2,
        0,
        id="two-men-fatally-shot",
    ),
    pytest.param(
        "A man is dead after a shooting on the South Side overnight.",
        1,
        0,
        id="a-man-is-dead-after",
    ),
    pytest.param(
        "A shooting Friday night left a man dead and his brother wounded.",
        1,
        1,
        id="left-a-man-dead-and-his-brother-wounded",
    ),
    pytest.param(
        "The coroner identified the man killed as Darnell Price, 28, of Eastport.",
        1,
        0,
        id="coroner-identified-the-man-killed",
    ),
    pytest.param(
        "Two people are dead and one is injured after a shooting at an apartment complex.",
        2,
        1,
        id="two-dead-one-injured",
    ),
    pytest.param(
        "A man has died from injuries he suffered in a shooting last week.",
        1,
        0,
        id="died-from-injuries-he-suffered",
    ),
    pytest.param(
        "An off-duty corrections officer was shot and killed outside his home.",
        1,
        0,
        id="off-duty-officer-killed",
    ),
    pytest.param(
        "Both men died at the scene, according to the medical examiner.",
        2,
        0,
        id="both-men-died-at-the-scene",
    ),
    pytest.param(
        "The boy was shot in the chest and later died at Children's Hospital.",
        1,
        0,
        id="boy-shot-later-died",
    ),
    # --- the office that takes tips about deaths names none ---
    pytest.param(
        "People with information should call the homicide tip line at 555-0199.",
        0,
        0,
        id="homicide-tip-line",
    ),
    pytest.param(
        "Tips can be left anonymously on the homicide hotline.",
        0,
        0,
        id="homicide-hotline",
    ),
    pytest.param(
        "A man was shot in the foot on Elm Street. Witnesses may call the homicide tips line.",
        0,
        1,
        id="shot-in-the-foot-homicide-tips-line",
    ),
    # --- explicit zeros alone ---
    pytest.param(
        "Several rounds struck the front of the house, but no one was hurt.",
        0,
        0,
        id="rounds-struck-no-one-hurt",
    ),
    pytest.param(
        "Shots were fired into an apartment on Clay Street; no injuries were reported.",
        0,
        0,
        id="shots-fired-no-injuries",
    ),
    pytest.param(
        "Nobody was injured when a bullet went through the kitchen window.",
        0,
        0,
        id="nobody-injured-bullet-window",
    ),
]

CASES = [
    pytest.param(*p.values, id=p.id, marks=_xfail(XFAILS[p.id])) if p.id in XFAILS else p
    for p in CASES
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_gvdb16_local_news(text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, "en")
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )


# who the one hurt is: a girlfriend is a woman, never a girl (child); (text, measure, who)
WHO: list = [
    pytest.param(
        "A man was killed and his girlfriend critically wounded.",
        "injured",
        "women",
        id="girlfriend-critically-wounded",
    ),
    pytest.param(
        "His girlfriend was shot in the arm as she sat in the car.",
        "injured",
        "women",
        id="his-girlfriend-shot",
    ),
    pytest.param(
        "Police said the gunman killed his ex-girlfriend outside her workplace.",
        "killed",
        "women",
        id="killed-his-ex-girlfriend",
    ),
    pytest.param(
        "Two girls were wounded by stray bullets on the playground.",
        "injured",
        "children",
        id="two-girls-wounded-guard",
    ),
]


@pytest.mark.parametrize(("text", "measure", "who"), WHO)
def test_gvdb16_who(text: str, measure: str, who: str) -> None:
    found = [(c.measure, c.who) for c in extract_claims(text, "en") if c.is_casualty]
    assert (measure, who) in found
