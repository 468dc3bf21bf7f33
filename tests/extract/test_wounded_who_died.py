"""Wounded people counted with the verb that says they died are counted as dead, in every
language, also where the verb comes first before an Arabic dual ("استشهد جريحان")."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    # a counted plural after its verb is read where the wounds they died of follow (para16)
    ("ar", "توفي 4 جرحى متأثرين بجراحهم في مستشفى المدينة.", 4),
    ("ar", "استشهد جريحان متأثرين بجراحهما صباح اليوم.", 2),
    ("ar", "توفي خمسة من الجرحى في المستشفى الميداني.", 5),
    ("en", "Four of the wounded died overnight in the city hospital.", 4),
    ("fr", "Deux blessés ont succombé dans la nuit à l'hôpital de la ville.", 2),
    ("es", "Dos heridos fallecieron durante la noche en el hospital.", 2),
    ("de", "Zwei Verletzte erlagen in der Nacht ihren Verletzungen.", 2),
    ("sv", "Två av de skadade avled under natten på sjukhuset.", 2),
]


@pytest.mark.parametrize(("lang", "text", "dead"), CASES)
def test_wounded_who_died_are_dead(lang: str, text: str, dead: int) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [(c.measure, c.low, c.high) for c in claims] == [("killed", dead, dead)]


def test_wounded_counted_after_a_killing_clause_stay_wounded() -> None:
    text = "أصيب 45 جريحا بعد الهجوم الذي قتل فيه 3 أشخاص."
    got = sorted((c.measure, c.low) for c in extract_claims(text, "ar") if c.is_casualty)
    assert got == [("injured", 45), ("killed", 3)]
