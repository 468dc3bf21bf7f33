"""One person hurt, then dead of their own wounds (issue 11): killed, once, and not also injured,
as casualty records count the dead apart from the hurt; read at the death verb even where the
language writes no subject. Sentences are our own, in every supported language."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

HURT_THEN_DEAD = {
    "en": "A paramedic was injured in the strike on the market. He died of his wounds two days "
    "later.",
    "fr": "Un secouriste a été blessé dans la frappe sur le marché. Il est mort de ses blessures "
    "deux jours plus tard.",
    "es": "Un paramédico resultó herido en el ataque contra el mercado. Murió a causa de sus "
    "heridas dos días después.",
    "de": "Ein Sanitäter wurde bei dem Angriff auf den Markt verletzt. Er starb zwei Tage später "
    "an seinen Verletzungen.",
    "sv": "En sjukvårdare skadades i attacken mot marknaden. Han dog av sina skador två dagar "
    "senare.",
    "ar": "أصيب مسعف في الغارة على السوق. وتوفي متأثرا بجراحه بعد يومين.",
}


@pytest.mark.parametrize("lang", sorted(HURT_THEN_DEAD))
def test_one_person_hurt_then_dead_of_the_wounds_is_killed_only(lang: str) -> None:
    claims = extract_claims(HURT_THEN_DEAD[lang], lang)
    assert [(c.measure, c.low) for c in claims if c.is_casualty] == [("killed", 1)]
    assert incident_range(claims, "injured") is None
    assert incident_range(claims, "killed") == (1, 1)


def test_others_hurt_or_a_counted_death_keep_the_injured() -> None:
    counted = extract_claims(
        "A paramedic was injured in the strike. Three people were killed, one of whom died of "
        "his wounds later.",
        "en",
    )
    assert ("injured", 1) in [(c.measure, c.low) for c in counted if c.is_casualty]
    several = extract_claims(
        "Four people were injured in the strike. One of them died of his wounds later.", "en"
    )
    assert ("injured", 4) in [(c.measure, c.low) for c in several if c.is_casualty]
