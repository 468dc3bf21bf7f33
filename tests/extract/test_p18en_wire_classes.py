"""English regional-press and wire classes found on real unseen news (branch p18en's probe of
South Asian, African and Middle Eastern English-language papers, its explore half read only),
each written again in the helper's own invented sentences before the fix. Names, places and
figures are invented. Conventions: /work/shared/eval/CONVENTIONS.md (proportions are not
counts; a figure's speaker is whoever the text attributes it to, none when no one is named;
"at least N killed and M wounded" leaves M exact, as the development sets label it)."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import assert_claims_are_gold, gold_cases

# name, text, [(measure, low, high, who or None)]
ROWS = [
    # "N <plural noun> were among the dead": a count of the dead, whatever noun the pack lists
    (
        "among_the_dead",
        "Three local councillors were among the dead, a police officer said.",
        [("killed", 3, 3, None)],
    ),
    ("among_the_dead", "Four tribal elders were among the dead.", [("killed", 4, 4, None)]),
    (
        "among_the_dead",
        "Two district commissioners were among those killed when the depot was shelled.",
        [("killed", 2, 2, None)],
    ),
    # a ratio written "N out of M" is a share, not a count, also when joined by "and" to
    # a figure of the dead before it
    (
        "out_of_ratio",
        "The agency says 4,000 people have died in the conflict, and two out of three residents "
        "and 9 million children need food aid.",
        [("killed", 4000, 4000, None)],
    ),
    (
        "out_of_guard",
        "Four out of five clinics in the valley have closed since the raid that killed 14 farmers.",
        [("killed", 14, 14, None)],
    ),
    (
        "out_of_guard",
        "Officials said 31 people were killed, and nine out of ten homes in the village were "
        "burnt.",
        [("killed", 31, 31, None)],
    ),
    (
        "out_of_ratio",
        "Officials say 350 people were killed, and three out of four villagers and 2 million "
        "herders need aid.",
        [("killed", 350, 350, None)],
    ),
    (
        "out_of_ratio",
        "The report says 120 people died, and nine out of ten pupils and their teachers need "
        "support.",
        [("killed", 120, 120, None)],
    ),
    # a part of a counted group stays a count ("13 out of 15 passengers")
    (
        "out_of_guard",
        "Thirteen out of 15 passengers on the minibus were killed.",
        [("killed", 13, 13, None)],
    ),
    # "at least N" stays with its own figure when that figure has its verb before "and"
    (
        "own_verb_qualifier",
        "Gunmen stormed the checkpoint before dawn, leaving at least 14 cops martyred and four "
        "others injured.",
        [("killed", 14, None, None), ("injured", 4, 4, None)],
    ),
    (
        "own_verb_qualifier",
        "The blast left at least 8 constables martyred and 17 others hurt.",
        [("killed", 8, None, None), ("injured", 17, 17, None)],
    ),
    (
        "own_verb_qualifier",
        "The ambush left at least 5 jawans martyred and 3 others wounded, officials said.",
        [("killed", 5, None, None), ("injured", 3, 3, None)],
    ),
    # "jawans" (Indian and Pakistani English) are soldiers; "cops" are police
    (
        "jawans_cops",
        "Six jawans and a driver were killed after their truck struck a landmine.",
        [("killed", 6, 6, "combatants"), ("killed", 1, 1, None)],
    ),
    (
        "jawans_cops",
        "Two CRPF jawans were injured in the exchange of fire.",
        [("injured", 2, 2, "combatants")],
    ),
    (
        "jawans_cops",
        "Militants opened fire on a checkpoint, leaving 4 cops dead.",
        [("killed", 4, 4, "other")],
    ),
]

GAPS: dict[str, str] = {
    "among_the_dead": "a count of a noun the pack does not list as persons before 'were among "
    "the dead' is not read (the known nouns are: 'Two teachers were among the dead')",
}


@pytest.mark.parametrize(("text", "gold"), gold_cases(ROWS, GAPS))
def test_p18en_wire_claims(text: str, gold: list) -> None:
    assert_claims_are_gold(text, "en", gold)


# name, text, measure, low, expected speaker (casefolded substring), None for no speaker, or
# "-word" for any speaker without that word
SPEAKERS = [
    # "claims N lives" is a death, not speech: the headline's subject is no speaker
    ("claims_lives", "Market Bomb Claims 12 Lives in Border Town", "killed", 12, None),
    (
        "claims_lives",
        "Renewed Shelling Claims at Least 9 Lives in Eastern Villages",
        "killed",
        9,
        None,
    ),
    ("claims_lives_guard", "Ambush on Convoy Claims 7 Lives, Police Say", "killed", 7, "police"),
    # "X was quoted as saying": X speaks
    (
        "quoted_as_saying",
        "Seven farmers were shot dead near the river, a local official was quoted as saying.",
        "killed",
        7,
        "official",
    ),
    (
        "quoted_as_saying",
        "Gunmen killed 11 traders at the market, the district governor was quoted as saying by "
        "state radio.",
        "killed",
        11,
        "governor",
    ),
    (
        "quoted_as_saying",
        "At least 5 people died in the blast, police were quoted as saying.",
        "killed",
        5,
        "police",
    ),
    # a passive "were reported killed" names no one: the counted people are no speaker
    (
        "reported_killed",
        "No fewer than nine herders have been reported killed by raiders near the wells.",
        "killed",
        9,
        None,
    ),
    (
        "reported_killed",
        "At least 20 residents were reported killed in the shelling of the old town.",
        "killed",
        20,
        None,
    ),
    (
        "reported_killed",
        "Nine witnesses had been reported missing after the raid on the market.",
        "missing",
        9,
        None,
    ),
    # a count after "said" is what was said, not who said it (the speaker before it may be no
    # noun the pack knows: then no one, rather than the victims)
    (
        "count_after_said",
        "The imam said 8 villagers were killed in the night raid.",
        "killed",
        8,
        "-villagers",
    ),
    (
        "count_after_said",
        "A shopkeeper says 12 residents died when the shell hit the bakery.",
        "killed",
        12,
        "-residents",
    ),
    (
        "count_after_said",
        "A trader said 5 residents were wounded in the blast.",
        "injured",
        5,
        "-residents",
    ),
    # one leader, chief or administrator speaks as "leaders" and "elders" do
    (
        "leader_chief",
        "The local militia leader also reported that a separate raid had killed six herders.",
        "killed",
        6,
        "leader",
    ),
    (
        "leader_chief",
        "A community chief said 8 villagers were killed in the night raid.",
        "killed",
        8,
        "chief",
    ),
    (
        "leader_chief",
        "Fourteen people were killed, the district administrator told reporters.",
        "killed",
        14,
        "administrator",
    ),
]

SPEAKER_GAPS: dict[str, str] = {}


def _speaker_cases() -> list:
    out = []
    for name, text, measure, low, speaker in SPEAKERS:
        reason = SPEAKER_GAPS.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(text, measure, low, speaker, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("text", "measure", "low", "speaker"), _speaker_cases())
def test_p18en_wire_speakers(text: str, measure: str, low: int, speaker: str | None) -> None:
    claims = [
        c
        for c in extract_claims(text, "en")
        if c.is_casualty and c.measure == measure and c.low == low
    ]
    assert claims, (measure, low)
    if speaker is None:
        assert claims[0].speaker is None, claims[0].speaker
    elif speaker.startswith("-"):  # any speaker but this one
        assert speaker[1:] not in (claims[0].speaker or "").casefold(), claims[0].speaker
    else:
        assert speaker in (claims[0].speaker or "").casefold(), claims[0].speaker
