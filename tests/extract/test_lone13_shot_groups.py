"""A group shot, with no outcome told ("two men were shot"), and one of them who died told
next (branch lone13), written by the labeller before running the extractor: being shot is
killed or injured; "one of them died" leaves the rest hurt. Swedish "sköts" and German "von
Schüssen / Kugeln getroffen" as the English "shot"; "sköts" of a thing run by someone and
"getroffen" of people who met are no claims. "Were shot at a house party" is hit at a place;
"were shot at during", "shot at a passing car" fired at. Names, places and figures are invented."""

from __future__ import annotations

import pytest

from tests.extract.victim_readings import Reading, casualty_readings, has

CLAIMS: list = [
    (
        "en",
        "Four people were shot at a party on Ridge Road. One of them died.",
        [("killed", None, 1, 1), ("injured", None, 3, 3)],
    ),
    (
        "sv",
        "Tre personer sköts i Västerby i går kväll. En av dem avled på sjukhuset.",
        [("killed", None, 1, 1), ("injured", None, 2, 2)],
    ),
    ("sv", "Två unga män sköts utanför en pizzeria.", [("killed_or_injured", None, 2, 2)]),
    ("sv", "Sju personer sköts ihjäl i byn.", [("killed", None, 7, 7)]),
    (
        "de",
        "Drei Männer wurden von Schüssen getroffen. Einer von ihnen starb noch am Tatort.",
        [("killed", None, 1, 1), ("injured", None, 2, 2)],
    ),
    ("de", "Zwei Passanten wurden von Kugeln getroffen.", [("killed_or_injured", None, 2, 2)]),
]

# "N of them died" in the next sentence: the rest of those shot or hurt were hurt
SOME_OF_THEM: list = [
    (
        "en",
        "Four men were shot outside a bar on Lime Street. Two of them died at the scene.",
        [("killed", None, 2, 2), ("injured", None, 2, 2)],
    ),
    pytest.param(
        "fr",
        "Cinq personnes ont été touchées par balles samedi soir. Deux d'entre elles sont mortes.",
        [("killed", None, 2, 2), ("injured", None, 3, 3)],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a group counted as hurt ('touchées par balles', 'heridas de bala', 'أصيب') keeps its figure; only a group shot (killed or injured) leaves the rest hurt",
        ),
    ),
    pytest.param(
        "es",
        "Cinco personas fueron heridas de bala en la feria. Dos de ellas murieron en el hospital.",
        [("killed", None, 2, 2), ("injured", None, 3, 3)],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a group counted as hurt ('touchées par balles', 'heridas de bala', 'أصيب') keeps its figure; only a group shot (killed or injured) leaves the rest hurt",
        ),
    ),
    (
        "de",
        "Vier Männer wurden von Schüssen getroffen. Zwei von ihnen starben im Krankenhaus.",
        [("killed", None, 2, 2), ("injured", None, 2, 2)],
    ),
    (
        "sv",
        "Fyra män sköts utanför en restaurang i Åby. Två av dem avled senare.",
        [("killed", None, 2, 2), ("injured", None, 2, 2)],
    ),
    pytest.param(
        "ar",
        "أصيب خمسة أشخاص بالرصاص في السوق. وتوفي اثنان منهم في المستشفى.",
        [("killed", None, 2, 2), ("injured", None, 3, 3)],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a group counted as hurt ('touchées par balles', 'heridas de bala', 'أصيب') keeps its figure; only a group shot (killed or injured) leaves the rest hurt",
        ),
    ),
]

# "were shot at" and a place: hit there, not fired at (English only)
SHOT_AT_PLACE: list = [
    (
        "en",
        "Three teenagers were shot at a house party in Brookfield early Sunday.",
        [("killed_or_injured", None, 3, 3)],
    ),
    (
        "en",
        "Two women were shot at an apartment complex on Birch Lane.",
        [("killed_or_injured", None, 2, 2)],
    ),
    (
        "en",
        "Five people were shot at the corner of 5th and Main on Saturday night. Two of them died.",
        [("killed", None, 2, 2), ("injured", None, 3, 3)],
    ),
]

# fired at, maybe missed: no one counted as hit
NOT_READINGS: list = [
    (
        "en",
        "Two deputies were shot at during a traffic stop, but neither was hit.",
        ("killed_or_injured", None, 2, 2),
    ),
    ("en", "Four men shot at a passing car on Oak Street.", ("killed_or_injured", None, 4, 4)),
]

NOT_CLAIMS: list = [
    ("sv", "Verksamheten sköts av kommunen sedan tre år."),
    ("sv", "Två av butikerna sköts av samma familj."),
    ("de", "Die beiden Politiker haben sich am Montag getroffen."),
    ("de", "Drei Minister wurden am Montag vom Kanzler getroffen."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIMS + SHOT_AT_PLACE + SOME_OF_THEM)
def test_shot_groups(lang: str, text: str, expected: list[Reading]) -> None:
    readings = casualty_readings(text, lang)
    for want in expected:
        assert has(readings, want), (want, readings)


@pytest.mark.parametrize(("lang", "text"), NOT_CLAIMS)
def test_not_shot(lang: str, text: str) -> None:
    assert casualty_readings(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "unwanted"), NOT_READINGS)
def test_fired_at_hits_no_one(lang: str, text: str, unwanted: Reading) -> None:
    assert not has(casualty_readings(text, lang), unwanted)
