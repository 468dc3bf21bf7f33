"""Classes seen in long English incident reports (human-rights and monitoring reports, features
that tell one incident with several sources), on sentences of our own, labelled before running
(branch p17rep). Each class is checked in English and, where the reading is language-neutral, in
the other packs."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import assert_claims_are_gold, gold_cases

K, HURT, B = "killed", "injured", "bodies_recovered"

# --- a floor and a ceiling of one count: "at least 12 and as many as 57" is one range ---------
RANGES = [
    (
        "R1",
        "en",
        "Villagers said at least 9 and as many as 30 people were killed when the shells hit "
        "the market.",
        [(K, 9, 30, "people")],
    ),
    (
        "R2",
        "en",
        "Rescuers believe at least 6 and up to 15 civilians died in the raid on the depot.",
        [(K, 6, 15, "civilians")],
    ),
    (
        "R3",
        "en",
        "Residents counted at least 21 and as many as 35 bodies in the ravine after the "
        "militia left.",
        [(B, 21, 35, None)],
    ),
    (
        "R4",
        "fr",
        "Selon des habitants, au moins 9 et jusqu'à 30 villageois ont été tués sur le marché.",
        [(K, 9, 30, "people")],
    ),
    (
        "R5",
        "es",
        "Según vecinos, al menos 9 y hasta 30 aldeanos murieron en el mercado del pueblo.",
        [(K, 9, 30, "people")],
    ),
    (
        "R6",
        "de",
        "Nach Angaben von Anwohnern wurden mindestens 9 und bis zu 30 Dorfbewohner getötet.",
        [(K, 9, 30, "people")],
    ),
    (
        "R7",
        "sv",
        "Enligt invånare dödades minst 9 och upp till 30 bybor på marknaden i går.",
        [(K, 9, 30, "people")],
    ),
    # guards: a floor of one count and a ceiling of another stay two claims
    (
        "R8",
        "en",
        "At least 9 people were killed and up to 30 were injured in the shelling.",
        [(K, 9, None, None), (HURT, None, 30, None)],
    ),
    (
        "R9",
        "en",
        "The blast killed at least 5 soldiers, and as many as 40 bystanders were hurt.",
        [(K, 5, None, "combatants"), (HURT, None, 40, None)],
    ),
]
RANGE_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(RANGES, RANGE_GAPS))
def test_a_floor_and_a_ceiling_make_one_range(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- "N other / further <thing>": the count is of the thing, not of other people ------------------
OTHER_THINGS = [
    (
        "O1",
        "en",
        "Investigators looked into the bombing of a school together with three other attacks "
        "near the river.",
        [],
    ),
    (
        "O2",
        "en",
        "Drones kept circling the town, although there have been no further strikes since "
        "dawn, the governor said.",
        [],
    ),
    (
        "O3",
        "en",
        "Two other raids on the camp killed 5 people, the monitor said.",
        [(K, 5, 5, None)],
    ),
    (
        "O4",
        "en",
        "Officials reported no further shelling overnight, and 3 civilians were killed on Sunday.",
        [(K, 3, 3, "civilians")],
    ),
    (
        "O5",
        "fr",
        "Deux autres frappes ont touché le quartier, tuant 7 civils selon la défense civile.",
        [(K, 7, 7, "civilians")],
    ),
    (
        "O6",
        "fr",
        "Les autorités n'ont signalé aucune autre frappe depuis lundi, mais 3 civils ont été "
        "tués dimanche.",
        [(K, 3, 3, "civilians")],
    ),
    (
        "O7",
        "de",
        "Zwei weitere Angriffe trafen das Viertel, dabei wurden 7 Zivilisten getötet.",
        [(K, 7, 7, "civilians")],
    ),
    (
        "O8",
        "sv",
        "Två andra attacker träffade stadsdelen och dödade 7 civila.",
        [(K, 7, 7, "civilians")],
    ),
    # guards: other people stay counted
    ("O9", "en", "Three others were injured in the blast.", [(HURT, 3, 3, "people")]),
    (
        "O10",
        "en",
        "The strike killed four people and two other passengers were hurt.",
        [(K, 4, 4, "people"), (HURT, 2, 2, None)],
    ),
    (
        "O11",
        "en",
        "The shell killed two people and wounded three other residents.",
        [(K, 2, 2, "people"), (HURT, 3, 3, "people")],
    ),
    ("O12", "en", "There were no further deaths overnight, the hospital said.", [(K, 0, 0, None)]),
]
OTHER_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(OTHER_THINGS, OTHER_GAPS))
def test_other_things_are_no_other_people(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- speakers of long reports ------------------------------------------------------------------
SPEAKERS = [
    (
        "S1",
        "en",
        "The interior ministry issued a statement saying that 52 gunmen were killed in the "
        "operation.",
        52,
        "ministry",
    ),
    (
        "S2",
        "en",
        "The army released a statement saying 12 soldiers died in the ambush near the pass.",
        12,
        "army",
    ),
    (
        "S3",
        "en",
        "On Friday the health office put out a statement saying that 19 people had been wounded.",
        19,
        "health office",
    ),
    (
        "S4",
        "en",
        "According to members of the household who lived through the raid, 21 civilians were "
        "killed.",
        21,
        "members",
    ),
    (
        "S5",
        "en",
        "According to members of the clan, 9 villagers were killed in the night raid.",
        9,
        "members",
    ),
    (
        "S6",
        "en",
        "According to relatives of the victims who reached the morgue, 14 people died there.",
        14,
        "relatives",
    ),
    # guards
    (
        "S7",
        "en",
        "According to residents who fled the town, 40 villagers were killed.",
        40,
        "residents",
    ),
    ("S8", "en", "The army said in a statement that 12 soldiers died in the ambush.", 12, "army"),
]
SPEAKER_GAPS: dict[str, str] = {
    "S3": "'the health office' is no source noun of the pack (before a cue, only known nouns or "
    "names speak)",
}


@pytest.mark.parametrize(("lang", "text", "low", "word"), gold_cases(SPEAKERS, SPEAKER_GAPS))
def test_the_speaker_of_a_report(lang: str, text: str, low: int, word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty and c.low == low]
    assert claims
    assert all(c.speaker and word in c.speaker.lower() for c in claims), [c.speaker for c in claims]


def test_members_counted_before_a_verb_of_harm_are_victims() -> None:
    """A bare 'members' names a source after 'according to' only: counted before a verb of
    harm, members of a family are the victims."""
    text = "The ministry said 5 members of a family were killed and 3 members were hurt."
    assert_claims_are_gold(text, "en", [(K, 5, 5, None), (HURT, 3, 3, None)])


# --- what a cue reveals is no speaker: "the report reveals how Syrian army units ..." -----------
CONTENT = [
    (
        "C1",
        "en",
        "The new report reveals how Syrian army units shelled the market, killing 12 people.",
        12,
    ),
    (
        "C2",
        "en",
        "New footage shows how Kenyan police officers shot dead 14 protesters in the square.",
        14,
    ),
    (
        "C3",
        "en",
        "The inquiry explains why Nigerian troops opened fire on the crowd, killing 9 villagers.",
        9,
    ),
]
CONTENT_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "low"), gold_cases(CONTENT, CONTENT_GAPS))
def test_what_a_cue_reveals_is_no_speaker(lang: str, text: str, low: int) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty and c.low == low]
    assert claims
    for c in claims:
        assert not (c.speaker or "").lower().startswith(("how ", "why ", "what ")), c.speaker


# --- security force members are fighters of a side ---------------------------------------------
FORCES = [
    (
        "F1",
        "en",
        "Insurgents have killed hundreds of Burkinabe security force members this year, "
        "including 27 soldiers at one outpost.",
        [(K, 200, None, "combatants"), (K, 27, 27, "combatants")],
    ),
    (
        "F2",
        "en",
        "Since the war began, armed groups have killed hundreds of civilians. They have also "
        "killed hundreds of security force members.",
        [(K, 200, None, "civilians"), (K, 200, None, "combatants")],
    ),
    (
        "F3",
        "en",
        "Gunmen killed 12 security force personnel at the checkpoint.",
        [(K, 12, 12, "combatants")],
    ),
]
FORCES_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(FORCES, FORCES_GAPS))
def test_security_force_members_are_fighters(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- people at a funeral who were themselves killed or hurt -------------------------------------
FUNERALS = [
    (
        "G1",
        "en",
        "Dozens of villagers walking in the funeral procession were killed when the attackers "
        "came back.",
        [(K, 24, None, "people")],
    ),
    (
        "G2",
        "en",
        "Eleven villagers at the burial were killed when a second shell struck.",
        [(K, 11, 11, "people")],
    ),
    (
        "G3",
        "en",
        "Several people at the funeral were wounded by the blast.",
        [(HURT, 3, None, None)],
    ),
    ("G4", "en", "Two grave-diggers were killed in the cemetery on Wednesday.", [(K, 2, 2, None)]),
    (
        "G5",
        "fr",
        "Onze villageois du cortège funèbre ont été tués par un second obus.",
        [(K, 11, 11, "people")],
    ),
    # guards: mourners of the dead are no victims
    (
        "G6",
        "en",
        "Thousands took part in the funeral of the 12 people killed in the raid.",
        [(K, 12, 12, "people")],
    ),
    (
        "G7",
        "en",
        "Hundreds of mourners attended the funeral of the five soldiers killed on Monday.",
        [(K, 5, 5, "combatants")],
    ),
    (
        "G8",
        "en",
        "Thousands of people at the funeral of the 9 victims were in tears.",
        [(K, 9, 9, None)],
    ),
]
FUNERAL_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(FUNERALS, FUNERAL_GAPS))
def test_people_harmed_at_a_funeral(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- classes seen in the probe and left ---------------------------------------------------------
LEFT = [
    (
        "L1",
        "en",
        "\u00e2Fifteen bodies had been buried by families by the time the troops arrived.",
        [(B, 15, 15, None)],
    ),
    (
        "L2",
        "en",
        "Civilian harm reported\nYes\nCivilians reported killed\n3 \u2013 5\n"
        "Civilians reported injured\n2\nAirwars civilian harm grading\nFair",
        [(K, 3, 5, "civilians"), (HURT, 2, 2, "civilians")],
    ),
    (
        "L3",
        "en",
        "Dozens of people marching with the funeral cortege as well as two drivers were killed.",
        [(K, 24, None, "people"), (K, 2, 2, None)],
    ),
]
LEFT_GAPS = {
    "L1": "a mojibake character glued to a number word (a curly quote read as 'â') hides the "
    "number: 'âFifteen' is no number",
    "L2": "the figure fields of an Airwars incident summary ('Civilians reported killed' on one "
    "line, '3 – 5' on the next) are read as no count",
    "L3": "a funeral phrase and a coordinated subject ('as well as two drivers') before the "
    "passive verb: the first count is read as mourners",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(LEFT, LEFT_GAPS))
def test_classes_left(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)
