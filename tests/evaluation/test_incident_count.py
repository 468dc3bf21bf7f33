"""The GVDB article count from several claims (sentences are our own)."""

from __future__ import annotations

from harmledger.evaluation.incidents import incident_count
from harmledger.extract import extract_claims


def test_a_zero_of_everyone_else_does_not_hide_the_one_hurt() -> None:
    claims = extract_claims(
        "A man was taken to a local hospital with a gunshot wound. No one else was hurt.", "en"
    )
    assert incident_count(claims, "injured") == 1


def test_the_largest_figure_is_the_count() -> None:
    claims = extract_claims("Two people were killed and five were hurt. One died later.", "en")
    assert incident_count(claims, "killed") == 2
    assert incident_count(claims, "injured") == 5
