"""A capitalised name inside a sentence that starts with a unit's stem ("day*", "mile*") is read
as a place: "in Dayton, Ohio" is Dayton, not a number of days; the unit still counts nothing at
the start of a sentence ("Days later ...")."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("en", "Two people were killed in a shooting in Dayton, Ohio, on Sunday.", "Dayton"),
    ("en", "Two people were killed in Daytona Beach late on Friday.", "Daytona Beach"),
    ("en", "Two people were killed in Miles City, Montana.", "Miles City"),
    ("es", "Dos personas murieron en un tiroteo en Dayton, Ohio.", "Dayton"),
    ("de", "Zwei Menschen wurden in Dayton im US-Bundesstaat Ohio erschossen.", "Dayton"),
    ("fr", "Deux personnes ont été tuées par balle à Dayton, dans l'Ohio.", "Dayton"),
    ("sv", "Två personer sköts ihjäl i Dayton i Ohio.", "Dayton"),
    ("ar", "قتل شخصان في إطلاق نار في دايتون بولاية أوهايو.", "Dayton"),
]


@pytest.mark.parametrize(("lang", "text", "place"), CASES)
def test_a_name_starting_with_a_unit_stem_is_a_place(lang: str, text: str, place: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.place_name for c in claims] == [place]


def test_a_unit_opening_a_sentence_is_no_place() -> None:
    claims = [
        c for c in extract_claims("Days later, two people were killed.", "en") if c.is_casualty
    ]
    assert [(c.low, c.place_name) for c in claims] == [(2, None)]
