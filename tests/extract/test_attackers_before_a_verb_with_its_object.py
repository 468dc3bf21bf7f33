"""Perpetrators are no victims (issue #12): the counted subject of a clause that a comma closes
before a casualty verb with its own count ("five soldiers ambushed the convoy, killing 3
civilians") did the killing. Sentences are our own; places invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _lows(text: str, lang: str) -> list[int | None]:
    return sorted(c.low for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five soldiers ambushed the convoy, killing 3 civilians."),
        ("es", "Cinco soldados emboscaron el convoy, matando a 3 civiles."),
        ("fr", "Cinq soldats ont attaqué le convoi, tuant 3 civils."),
        ("de", "Fünf Soldaten griffen den Konvoi an, wobei sie 3 Zivilisten töteten."),
        ("sv", "Fem soldater angrep konvojen och dödade 3 civila."),
        ("ar", "هاجم خمسة جنود القافلة، ما أدى إلى مقتل 3 مدنيين."),
    ],
)
def test_attackers_before_a_verb_with_its_own_count_are_no_victims(lang: str, text: str) -> None:
    assert _lows(text, lang) == [3]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 9 people, including 2 children, have been killed and 30 more wounded."),
        ("es", "Al menos 9 personas, entre ellas 2 niños, murieron y otras 30 resultaron heridas."),
    ],
)
def test_a_count_joined_by_and_after_the_verb_is_no_object(lang: str, text: str) -> None:
    assert 9 in _lows(text, lang)
