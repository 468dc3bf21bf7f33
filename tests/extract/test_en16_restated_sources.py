"""How many claims a figure told twice makes (branch en16), written and labelled by the helper
of branch en16 before running the extractor on them. Conventions: the same figure repeated
(headline, lead, quote) makes one claim, and a figure told again by another speaker makes one more.
Each label is a reading and the speaker it is told with (a substring, None for none): the
extractor must give as many claims of each reading as are labelled. Names, places and figures
are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Told = tuple[str, int | None, int | None, str | None]  # measure, low, high, speaker

ROWS: list[tuple[str, str, list[Told]]] = [
    # two sources, each named in its own sentence, give the same figure: two statements
    (
        "two_sources",
        "The Valley Times reported 12 deaths from the strike. A rebel spokesman told Reuters 12 "
        "people were killed.",
        [("killed", 12, 12, "valley times"), ("killed", 12, 12, "spokesman")],
    ),
    (
        "two_sources",
        "The health ministry said 31 people were killed in the raid.\n\nDr. Hana Idris, head of "
        "the city's main hospital, said 31 people had died.",
        [("killed", 31, 31, "ministry"), ("killed", 31, 31, "idris")],
    ),
    (
        "two_sources",
        "Police said eight people died in the blast. The Red Crescent, in a separate statement, "
        "said eight people were killed.",
        [("killed", 8, 8, "police"), ("killed", 8, 8, "red crescent")],
    ),
    (
        "two_sources",
        "Local activists said 17 civilians were killed. The UN human rights office said it had "
        "verified 17 civilian deaths.",
        [("killed", 17, 17, "activists"), ("killed", 17, 17, "un human rights office")],
    ),
    # one source, or none, telling its figure again: one statement
    (
        "one_source",
        'An airstrike killed 9 people in the village, the governor said. "Nine people died, and '
        'our hearts are broken," the governor said.',
        [("killed", 9, 9, "governor")],
    ),
    (
        "one_source",
        "Twenty people were killed in the attack, police said. The 20 dead included four "
        "children, police said.",
        [("killed", 20, 20, "police"), ("killed", 4, 4, "police")],
    ),
    (
        "one_source",
        "A drone strike killed 6 people on Monday, officials said. The strike that killed six "
        "people hit a car near the market.",
        [("killed", 6, 6, "officials")],
    ),
    (
        "one_source",
        'The ministry said 14 people were killed. "We have 14 dead so far," ministry spokesman '
        "Ali Nouri said.",
        [("killed", 14, 14, "ministry")],
    ),
    # an earlier figure a source changed ("from 11 to 9") is the one told before by another:
    # one statement ("" stands for any speaker)
    (
        "changed_from",
        "Prosecutors lowered the number of dead from 11 to 9 on Monday. The governor had put the "
        "toll at 11 on Sunday.",
        [("killed", 11, 11, ""), ("killed", 9, 9, "prosecutors")],
    ),
    (
        "changed_from",
        "Police revised the toll from 15 to 12. Hospital officials had earlier said 15 people "
        "were killed.",
        [("killed", 15, 15, ""), ("killed", 12, 12, "police")],
    ),
    (
        "changed_from",
        "The army raised its count of soldiers killed from 4 to 6. A local commander had told "
        "reporters 4 soldiers died.",
        [("killed", 4, 4, ""), ("killed", 6, 6, "army")],
    ),
]

# row index -> why the extractor does not give the labelled claims
TWO = (
    "the same figure from two sources each named in its own sentence is merged into one claim "
    "unless the later sentence says its source counted too ('also'); a rule keeping them apart "
    "(en16) lowered the checking halves of multilingual_more (speakers misread), so it was "
    "taken out"
)
GAPS: dict[int, str] = {
    0: TWO,
    1: TWO,
    3: TWO,
    2: "a source whose verb comes after an aside ('The Red Crescent, in a separate statement, "
    "said') is not read as the speaker, so its figure is merged with the police's",
    8: "a source that changes a toll ('Prosecutors lowered the number of dead') is not read as "
    "the speaker of the new figure",
    9: "a source that changes a toll ('Police revised the toll') is not read as the speaker of "
    "the new figure",
    10: "the new figure of 'raised its count of soldiers killed from 4 to 6' is not read",
}


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param(
            text,
            labels,
            id=f"{cls}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=GAPS[i])] if i in GAPS else [],
        )
        for i, (cls, text, labels) in enumerate(ROWS)
    ],
)
def test_as_many_claims_as_statements(text: str, labels: list[Told]) -> None:
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    for reading in {label[:3] for label in labels}:
        told = [c for c in claims if (c.measure, c.low, c.high) == reading]
        wanted = [label[3] for label in labels if label[:3] == reading]
        assert len(told) == len(wanted), (reading, [(c.quote, c.speaker) for c in told])
        for speaker in wanted:
            assert any(
                (c.speaker is None) if speaker is None else speaker in (c.speaker or "").lower()
                for c in told
            ), (speaker, [c.speaker for c in told])


# a heading's few dead of one category that the body tells only as bodies found are those
# bodies: one statement (labelled before running); every casualty reading, with its number
HEADED: list[tuple[str, list[tuple[str, int | None, int | None]]]] = [
    (
        "Toll of strike on apartment block rises to 20, two children among those killed\n\n"
        "Rescuers pulled two children's bodies out of the rubble overnight, the governor "
        "said.",
        [("killed", 20, 20), ("bodies_recovered", 2, 2)],
    ),
    (
        "Two women among the dead in market shelling\n\nThe bodies of two women were pulled "
        "from the ruins of a shop, police said.",
        [("bodies_recovered", 2, 2)],
    ),
    (
        "Strike on shelter kills 9, two children among them\n\nThe bodies of two children were "
        "found under the collapsed roof, rescuers said.",
        [("killed", 9, 9), ("bodies_recovered", 2, 2)],
    ),
]

HEADED_GAPS: dict[int, str] = {}


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            text,
            told,
            id=f"headed-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=HEADED_GAPS[i])]
            if i in HEADED_GAPS
            else [],
        )
        for i, (text, told) in enumerate(HEADED)
    ],
)
def test_heading_dead_told_as_bodies_found(
    text: str, told: list[tuple[str, int | None, int | None]]
) -> None:
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    assert sorted((c.measure, c.low, c.high) for c in claims) == sorted(told)
