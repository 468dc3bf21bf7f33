"""US local-news constructions (branch gvdb15), labelled before running the extractor.

- People found with a wound ("two brothers were found with gunshot wounds in a car", "found three people
  suffering from gunshot wounds") are hit, killed or injured as people found shot are, not
  bodies found: only "dead" or "bodies" make them dead (claim readings below).
- Whoever knows, knew or speaks for the victim ("said a cousin who knew the victim well", "a friend
  of the victim said he was a kind man") is no victim.
- One person named by a noun with a phrase of place or belonging before the verb ("a clerk at
  a gas station was shot", "the owner of the shop was wounded") is the one hurt.
- A surname alone, or a title and a name, before "suffered" a gunshot wound is the one hurt.
- Victims counted, then an aside naming them, then the verb ("Two victims, a man and a girl,
  were wounded") take that verb; two persons joined by "and" before a hospital trip ("a man and
  a woman were taken to a hospital") are both hurt.
- A couple with a word before it ("an elderly couple", "a Vernon couple") is two people.
- The subject of a clause joined by "and" to a hospital trip ("a clerk suffered a deep cut to her arm
  and was taken to a hospital") is the one hurt.

Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims
from tests.extract.victim_readings import casualty_readings

_APPOSED = "the victims named in an aside after their noun ('The victims, a man and a woman,') share the verb after it"
_PAIR_TRIP = "two persons joined by 'and' before a hospital trip are both hurt"


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES: list = [
    # --- who knows the victim is no victim ---
    pytest.param(
        '"He never hurt anybody," said a cousin who knew the victim well.',
        0,
        0,
        id="woman-who-knows-the-victim",
    ),
    pytest.param(
        "A neighbor who knew the victim said the family moved in last spring.",
        0,
        0,
        id="neighbor-who-knew-the-victim",
    ),
    pytest.param(
        "A man who has known the victim since high school said he was shocked.",
        0,
        0,
        id="man-who-has-known-the-victim",
    ),
    pytest.param(
        "A friend of the victim said he was a kind man who loved to fish.",
        0,
        0,
        id="friend-of-the-victim-kind-man",
    ),
    pytest.param(
        "A man was shot in the leg Friday. A cousin who knew him well said he is doing fine.",
        0,
        1,
        id="knows-the-victim-after-one-hurt",
    ),
    # --- a person noun and a phrase of place or belonging, then the verb ---
    pytest.param(
        "A clerk at a gas station on Main Street was shot in the arm during a robbery.",
        0,
        1,
        id="clerk-at-a-gas-station",
    ),
    pytest.param(
        "The owner of the corner store was shot twice Tuesday night, police said.",
        0,
        1,
        id="owner-of-the-store",
    ),
    pytest.param(
        "A customer inside the restaurant was wounded when the gunman opened fire.",
        0,
        1,
        id="customer-inside-the-restaurant",
    ),
    pytest.param(
        "A resident of the building was shot in the hallway early Sunday.",
        0,
        1,
        id="resident-of-the-building",
    ),
    pytest.param(
        "A man in his 30s was shot near the park and taken to a hospital.",
        0,
        1,
        id="man-in-his-30s",
    ),
    # guard: the one who died
    pytest.param(
        "The manager of the bar was shot and killed shortly after closing time.",
        1,
        0,
        id="manager-of-the-bar-killed",
    ),
    # --- the victims and an aside that names them, then the verb ---
    pytest.param(
        "The victims, a 31-year-old man and a 28-year-old woman, were wounded in the exchange.",
        0,
        2,
        id="the-victims-aside-wounded",
        marks=_xfail(_APPOSED),
    ),
    pytest.param(
        "Two victims, a man and a teenage girl, were wounded on Park Avenue.",
        0,
        2,
        id="two-victims-aside-wounded",
    ),
    pytest.param(
        "The victims, a father and his adult son, were killed outside their home.",
        2,
        0,
        id="the-victims-aside-killed",
    ),
    pytest.param(
        "The two victims, both men in their 20s, were injured, police said.",
        0,
        2,
        id="the-two-victims-both-men",
    ),
    # --- two persons joined by "and", then a hospital trip ---
    pytest.param(
        "A man and a woman were taken to a hospital after the shooting on Dale Road.",
        0,
        2,
        id="man-and-woman-taken-to-hospital",
    ),
    pytest.param(
        "A 31-year-old man and a 28-year-old woman were rushed to a local hospital.",
        0,
        2,
        id="aged-pair-rushed-to-hospital",
    ),
    pytest.param(
        "A teenager and his mother were transported to the hospital with gunshot wounds.",
        0,
        2,
        id="teen-and-mother-transported",
        marks=_xfail(
            _PAIR_TRIP + " (a member after a possessive, 'his mother', is not joined yet)"
        ),
    ),
    # --- a couple with a word before it: two ---
    pytest.param(
        "An elderly couple was killed in their home on Birch Lane, police said.",
        2,
        0,
        id="elderly-couple-killed",
    ),
    pytest.param(
        "A young couple was wounded when someone fired into their car at a stoplight.",
        0,
        2,
        id="young-couple-wounded",
    ),
    pytest.param(
        "A Vernon couple was stabbed to death inside their apartment.",
        2,
        0,
        id="town-couple-stabbed-to-death",
    ),
    pytest.param(
        "The elderly couple was injured by flying glass when the shots hit their window.",
        0,
        2,
        id="the-elderly-couple-injured",
    ),
    pytest.param(
        "A couple was wounded outside the theater.",
        0,
        2,
        id="couple-wounded-guard",
    ),
    # --- a clause joined by "and" to a hospital trip: its subject is the one hurt ---
    pytest.param(
        "A 41-year-old clerk suffered a deep cut to her arm and was taken to a hospital.",
        0,
        1,
        id="suffered-a-cut-and-taken",
    ),
    pytest.param(
        "The clerk fought back against the robber and was rushed to a local hospital.",
        0,
        1,
        id="clerk-fought-and-rushed",
    ),
    pytest.param(
        "A woman ran into a neighbor's house and was later transported to a hospital.",
        0,
        1,
        id="woman-ran-and-transported",
    ),
    # guards: the trip of someone else, a custody that is no trip
    pytest.param(
        "The suspect fled on foot and was taken into custody a block away.",
        0,
        0,
        id="fled-and-taken-into-custody",
    ),
    pytest.param(
        "Officers shot the man, and he was driven to a hospital, where he later died.",
        1,
        0,
        id="officers-shot-and-he-died",
    ),
    # --- a surname or a title and name before 'suffered' ---
    pytest.param(
        "Sergeant Lisa Marrow suffered two gunshot wounds during the standoff, the sheriff said.",
        0,
        1,
        id="officer-name-suffered-two",
    ),
    pytest.param(
        "Dunmore suffered a gunshot wound to the leg and was taken to a hospital.",
        0,
        1,
        id="surname-suffered",
    ),
    pytest.param(
        "Deputy Ana Reyes suffered a gunshot wound to the shoulder and is expected to recover.",
        0,
        1,
        id="deputy-name-suffered",
    ),
    pytest.param(
        "Police said Carl Whitby suffered three gunshot wounds but was conscious when medics arrived.",
        0,
        1,
        id="said-name-suffered-three",
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_gvdb15_local_news(text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, "en")
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )


# people found with a wound: hit (killed or injured), never bodies; (measure, low, high)
FOUND: list = [
    pytest.param(
        "Officers arrived around 2 a.m. and two brothers were found with gunshot wounds in a car near the bar.",
        [("killed_or_injured", 2, 2)],
        id="found-with-wounds-passive",
    ),
    pytest.param(
        "Deputies found three people suffering from gunshot wounds outside the apartment.",
        [("killed_or_injured", 3, 3)],
        id="found-suffering-from",
    ),
    pytest.param(
        "Police found two teenagers with gunshot wounds in a parked car on Oak Street.",
        [("killed_or_injured", 2, 2)],
        id="found-teenagers-with-wounds",
    ),
    pytest.param(
        "Responding officers found four people with gunshot wounds at the corner of 9th and Vine.",
        [("killed_or_injured", 4, 4)],
        id="found-four-with-wounds",
    ),
    pytest.param(
        "Two men were found dead with gunshot wounds in a field off Route 9.",
        [("bodies_recovered", 2, 2)],
        id="found-dead-with-wounds",
    ),
    pytest.param(
        "Police found the bodies of two men with gunshot wounds near the river.",
        [("bodies_recovered", 2, 2)],
        id="found-bodies-with-wounds",
    ),
]


@pytest.mark.parametrize(("text", "readings"), FOUND)
def test_found_with_wounds(text: str, readings: list[tuple[str, int, int]]) -> None:
    found = [(m, low, high) for m, _, low, high in casualty_readings(text, "en")]
    assert found == readings


# the same as GVDB reads a document: one of those found dead, the other hurt
FOUND_THEN_TOLD: list = [
    pytest.param(
        "Officers found two men with gunshot wounds behind the store. One man, 31, was dead. "
        "The other, 27, was taken to a hospital in critical condition.",
        1,
        1,
        id="found-two-one-dead-one-critical",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'The other, 27,' before a hospital trip is not read as one hurt (as after 'two men were shot')",
        ),
    ),
    pytest.param(
        "Deputies found three people suffering from gunshot wounds. Two of them died at the scene.",
        2,
        1,
        id="found-three-two-died",
    ),
    pytest.param(
        "Police found two women with gunshot wounds in the parking lot. Both died at the scene.",
        2,
        0,
        id="found-two-both-died",
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), FOUND_THEN_TOLD)
def test_found_then_told(text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, "en")
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
