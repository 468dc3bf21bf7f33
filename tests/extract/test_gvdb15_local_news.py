"""US local-news constructions (branch gvdb15), labelled before running the extractor.

- People found with a wound ("two men were found with gunshot wounds", "found three people
  suffering from gunshot wounds") are hurt, not bodies found: only "dead" or "bodies" make
  them dead.
- Whoever knows, knew or speaks for the victim ("said a woman who knows the victim", "a friend
  of the victim said he was a kind man") is no victim.
- One person named by a noun with a phrase of place or belonging before the verb ("a clerk at
  a gas station was shot", "the owner of the shop was wounded") is the one hurt.
- A surname alone, or a title and a name, before "suffered" a gunshot wound is the one hurt.

Each case gives the document's killed and injured as the GVDB score reads them (the largest
figure, incident_count). Names, places and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims

_FOUND = "people found with a wound are hurt, not bodies"
_KNOWS = "whoever knows the victim, or is a friend or kin of the victim, is no victim"
_PLACE = "a person noun with a phrase of place or belonging before the verb is the one hurt"
_NAME = "a surname or a title and a name before 'suffered' a gunshot wound is the one hurt"


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES: list = [
    # --- found with a wound: hurt, not bodies ---
    pytest.param(
        "Officers arrived around 2 a.m. and two men were found with gunshot wounds near the bar.",
        0,
        2,
        id="found-with-wounds-passive",
        marks=_xfail(_FOUND),
    ),
    pytest.param(
        "Deputies found three people suffering from gunshot wounds outside the apartment.",
        0,
        3,
        id="found-suffering-from",
        marks=_xfail(_FOUND),
    ),
    pytest.param(
        "Police found two teenagers with gunshot wounds in a parked car on Oak Street; both were taken to Mercy Hospital.",
        0,
        2,
        id="found-teenagers-with-wounds",
        marks=_xfail(_FOUND),
    ),
    pytest.param(
        "Responding officers found four people with gunshot wounds at the corner of 9th and Vine.",
        0,
        4,
        id="found-four-with-wounds",
        marks=_xfail(_FOUND),
    ),
    # guards: the dead and bodies found stay dead
    pytest.param(
        "Two men were found dead with gunshot wounds in a field off Route 9.",
        2,
        0,
        id="found-dead-with-wounds",
    ),
    pytest.param(
        "Police found the bodies of two men with gunshot wounds near the river.",
        2,
        0,
        id="found-bodies-with-wounds",
    ),
    # --- who knows the victim is no victim ---
    pytest.param(
        '"He never hurt anybody," said a woman who knows the victim.',
        0,
        0,
        id="woman-who-knows-the-victim",
        marks=_xfail(_KNOWS),
    ),
    pytest.param(
        "A neighbor who knew the victim said the family moved in last spring.",
        0,
        0,
        id="neighbor-who-knew-the-victim",
        marks=_xfail(_KNOWS),
    ),
    pytest.param(
        "A man who has known the victim since high school said he was shocked.",
        0,
        0,
        id="man-who-has-known-the-victim",
        marks=_xfail(_KNOWS),
    ),
    pytest.param(
        "A friend of the victim said he was a kind man who loved to fish.",
        0,
        0,
        id="friend-of-the-victim-kind-man",
        marks=_xfail(_KNOWS),
    ),
    pytest.param(
        "A man was shot in the leg Friday. A woman who knows the victim said he is doing well.",
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
        marks=_xfail(_PLACE),
    ),
    pytest.param(
        "A customer inside the restaurant was wounded when the gunman opened fire.",
        0,
        1,
        id="customer-inside-the-restaurant",
        marks=_xfail(_PLACE),
    ),
    pytest.param(
        "A resident of the building was shot in the hallway early Sunday.",
        0,
        1,
        id="resident-of-the-building",
        marks=_xfail(_PLACE),
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
        marks=_xfail(_PLACE),
    ),
    # --- a surname or a title and name before 'suffered' ---
    pytest.param(
        "Officer Tom Sample suffered two gunshot wounds in the exchange, the chief said.",
        0,
        1,
        id="officer-name-suffered-two",
        marks=_xfail(_NAME),
    ),
    pytest.param(
        "Dunmore suffered a gunshot wound to the leg and was taken to a hospital.",
        0,
        1,
        id="surname-suffered",
        marks=_xfail(_NAME),
    ),
    pytest.param(
        "Deputy Ana Reyes suffered a gunshot wound to the shoulder and is expected to recover.",
        0,
        1,
        id="deputy-name-suffered",
        marks=_xfail(_NAME),
    ),
    pytest.param(
        "Police said Carl Whitby suffered three gunshot wounds but was conscious when medics arrived.",
        0,
        1,
        id="said-name-suffered-three",
        marks=_xfail(_NAME),
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_gvdb15_local_news(text: str, killed: int, injured: int) -> None:
    claims = extract_claims(text, "en")
    assert (incident_count(claims, "killed"), incident_count(claims, "injured")) == (
        killed,
        injured,
    )
