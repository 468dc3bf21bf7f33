"""A date or a time of day right after a casualty verb ("ont été tuées le 12 mai", "murieron el
12 de mayo") is no object of the verb: the number before the verb still counts the victims and
is not read as the killers of a second number. Sentences of our own in every language where a
date can follow the verb."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

DATE_AFTER_VERB = {
    "fr": [
        ("Cinq personnes ont été tuées le 12 mai.", ("killed", 5)),
        ("Des dizaines de personnes ont été blessées le 3 mars dernier.", ("injured", 24)),
        ("Sept civils sont morts le 2 juin 2022 à 6 heures du matin.", ("killed", 7)),
        ("Cinq personnes ont été tuées à 14 heures.", ("killed", 5)),
    ],
    "es": [
        ("Cinco personas murieron el 12 de mayo.", ("killed", 5)),
        ("Siete civiles fueron asesinados el 2 de junio de 2022.", ("killed", 7)),
    ],
    "en": [
        ("Five people were killed on May 12.", ("killed", 5)),
        ("Seven civilians died 2 June 2022.", ("killed", 7)),
    ],
    "de": [("Fünf Menschen wurden am 12. Mai getötet.", ("killed", 5))],
    "sv": [("Fem personer dödades den 12 maj.", ("killed", 5))],
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [(lang, text, exp) for lang, cases in DATE_AFTER_VERB.items() for text, exp in cases],
)
def test_a_date_after_the_verb_keeps_the_count_before_it(
    lang: str, text: str, expected: tuple[str, int]
) -> None:
    claims = [(c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty]
    assert claims == [expected]
