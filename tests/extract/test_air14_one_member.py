"""One member of a family or a team, hurt alone ("wounded a further member of the
household", "a member of the rescue team was wounded"): one person, as "a man" is (issue 11).
Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

ONE_MEMBER = [
    ("en", "The strike injured at least one member of the family.", "injured"),
    ("en", "A member of the rescue team was wounded when the second shell landed.", "injured"),
    ("en", "One member of the family was killed when the roof collapsed.", "killed"),
]


@pytest.mark.parametrize(("lang", "text", "measure"), ONE_MEMBER)
def test_one_member_hurt_alone_is_one_person(lang: str, text: str, measure: str) -> None:
    claims = extract_claims(text, lang)
    assert incident_range(claims, measure) == (1, 1)


def test_members_counted_keep_their_count() -> None:
    claims = extract_claims("The strike injured four members of the family.", "en")
    assert incident_range(claims, "injured") == (4, 4)
