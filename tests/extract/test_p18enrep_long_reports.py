"""Classes found on long English incident reports (branch p18enrep's probe of human-rights and
monitoring reports, its explore half read only), each written again in invented sentences and
labelled before the extractor ran on them. Names, places and figures are invented. Conventions:
/work/shared/eval/CONVENTIONS.md (the speaker is whoever the text attributes the figure to; a
finding that people were killed counts the killed, bodies only where bodies are found; "no
victims identified" says nobody is named yet, not that nobody was harmed)."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import assert_claims_are_gold, gold_cases

# --- a source that indicates or alleges a toll speaks for it ------------------------------------
# name, lang, text, low, a word the speaker must hold
SPEAKERS = [
    (
        "indicated_1",
        "en",
        "The border monitors indicated that 47 civilians were killed in the valley during May.",
        47,
        "monitors",
    ),
    (
        "indicated_2",
        "en",
        "Local officials indicated 31 villagers had been wounded by the shelling of Darel.",
        31,
        "officials",
    ),
    (
        "indicates_3",
        "en",
        "The Lakeside Peace Institute indicates that 66 civilians died in the shelling last year.",
        66,
        "lakeside peace institute",
    ),
    (
        "alleged_1",
        "en",
        "The army alleged that 8 insurgents were killed in the raid on the farm near Tolo.",
        8,
        "army",
    ),
    (
        "alleges_2",
        "en",
        "A rebel spokesman alleges 14 soldiers died when its fighters overran the outpost.",
        14,
        "spokesman",
    ),
    # figures recorded or documented by a source, after "according to"
    (
        "recorded_by_1",
        "en",
        "Some 187 civilians died during March, according to casualty numbers recorded "
        "by the Northern Monitoring Office.",
        187,
        "northern monitoring office",
    ),
    (
        "documented_by_2",
        "en",
        "Some 95 people were wounded in the port city, according to cases documented by the "
        "Harbour Rights Centre.",
        95,
        "harbour rights centre",
    ),
    # one emergency or rescue worker speaks as the plural does (p18enrep)
    (
        "emergency_worker_1",
        "en",
        "At least 23 children were among the dead inside a clinic, said an emergency worker near "
        "the rubble.",
        23,
        "emergency worker",
    ),
    (
        "rescue_worker_2",
        "en",
        "Eleven people were pulled dead from the collapsed shop, a rescue worker told reporters "
        "in Vuna.",
        11,
        "rescue worker",
    ),
    (
        "emergency_worker_3",
        "en",
        "Nine fishermen were killed when the shell hit the jetty, one emergency worker said.",
        9,
        "emergency worker",
    ),
    (
        "information_from_3",
        "en",
        "Preliminary information from the Kesta rights office indicated that at least 23 "
        "civilians were killed on Monday.",
        23,
        "rights office",
    ),
]
SPEAKER_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "low", "word"), gold_cases(SPEAKERS, SPEAKER_GAPS))
def test_a_source_that_indicates_or_alleges(lang: str, text: str, low: int, word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty and c.low == low]
    assert claims
    assert all(c.speaker and word in c.speaker.lower() for c in claims), [c.speaker for c in claims]


# --- a finding that people were killed counts the killed, not bodies found ----------------------
# name, lang, text, gold [(measure, low, high, who)]
FINDINGS = [
    (
        "found_had_died",
        "en",
        "The inquiry found six civilians had died in the strike on the ferry at Oss.",
        [("killed", 6, 6, "civilians")],
    ),
    (
        "found_were_killed",
        "en",
        "Field researchers found four farmers were killed by the drone, not militants.",
        [("killed", 4, 4, None)],
    ),
    (
        "found_have_been_killed",
        "en",
        "The panel found 17 villagers have been killed since the troops arrived in Mova.",
        [("killed", 17, 17, None)],
    ),
    # guards: bodies found stay bodies
    (
        "found_bodies",
        "en",
        "Rescuers found 12 bodies under the rubble of the school in Ketu.",
        [("bodies_recovered", 12, 12, None)],
    ),
    (
        "found_dead",
        "en",
        "Police found five men dead in a car on the road to Bira.",
        [("bodies_recovered", 5, 5, None)],
    ),
    (
        "found_who_had",
        "fr",
        "Les secouristes ont retrouvé huit personnes mortes dans les décombres.",
        [("bodies_recovered", 8, 8, None)],
    ),
]
FINDING_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(FINDINGS, FINDING_GAPS))
def test_a_finding_counts_the_killed(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- nobody named yet is no zero -------------------------------------------------------------------
UNNAMED = [
    ("no_victims_identified", "en", "No victims identified", []),
    (
        "no_victims_named",
        "en",
        "Five people died in the blast at the depot. No victims have been named so far.",
        [("killed", 5, 5, None)],
    ),
    (
        "no_victims_identified_yet",
        "en",
        "The strike hit a house in Weli on Friday; no victims have been identified yet.",
        [],
    ),
    # guards: a real zero stays
    (
        "nobody_hurt",
        "en",
        "Nobody was hurt when the shell hit the empty school.",
        [("injured", 0, 0, None)],
    ),
    (
        "no_victims",
        "en",
        "There were no victims in the attack on the empty barracks.",
        [("killed", 0, 0, None)],
    ),
]
UNNAMED_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(UNNAMED, UNNAMED_GAPS))
def test_nobody_named_is_no_zero(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- one of a group's own members, dead: one killed of the group's kind --------------------------
ONE_OF_ITS = [
    (
        "one_of_its_fighters",
        "en",
        "The militia reported on Tuesday that one of its fighters had been killed, giving no "
        "further details.",
        [("killed", 1, 1, "combatants")],
    ),
    (
        "one_of_their_commanders",
        "en",
        "The rebels said one of their commanders died in the clashes near Tamar on Sunday.",
        [("killed", 1, 1, "combatants")],
    ),
    (
        "one_of_its_medics",
        "en",
        "The aid group said one of its medics was wounded when the convoy came under fire.",
        [("injured", 1, 1, None)],
    ),
]
ONE_OF_ITS_GAPS: dict[str, str] = {
    n: "'one of its/their <plural noun>' is neither a singular victim nor a share of a group "
    "counted before (singular.py, one_of_them.py): no claim"
    for n in ("one_of_its_fighters", "one_of_their_commanders", "one_of_its_medics")
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(ONE_OF_ITS, ONE_OF_ITS_GAPS))
def test_one_of_its_own_members(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- a cue word inside a name: "the Abu Said family" -------------------------------------------------
NAME_CUES = [
    (
        "abu_said_family",
        "en",
        "The Abu Said family lost 23 members during the strike on the tower.",
        23,
        "",
    ),
    (
        "port_said_alone",
        "en",
        "The Abu Hamdan family lost 6 members in the shelling, according to the Port Said clinic "
        "staff.",
        6,
        "clinic",
    ),
]
NAME_CUE_GAPS: dict[str, str] = {
    "abu_said_family": "'Said' after a name particle reads as the verb: 'Abu' speaks (a guard on "
    "the capitalised cue broke 'Abu Said told reporters', so it was left out)",
    "port_said_alone": "'Said' inside 'Port Said' reads as the verb of saying",
}


@pytest.mark.parametrize(("lang", "text", "low", "word"), gold_cases(NAME_CUES, NAME_CUE_GAPS))
def test_a_cue_word_inside_a_name(lang: str, text: str, low: int, word: str) -> None:
    """``word`` empty: no one is named as the source."""
    claims = [c for c in extract_claims(text, lang) if c.is_casualty and c.low == low]
    assert claims
    if not word:
        assert all(c.speaker is None for c in claims), [c.speaker for c in claims]
        return
    assert all(c.speaker and word in c.speaker.lower() for c in claims), [c.speaker for c in claims]
