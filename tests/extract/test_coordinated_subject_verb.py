"""A count joined to the subject right after it shares that subject's verb (issue 11): "five were
killed and at least two children from the family and a man were injured" injures the two
children; the verb before them ("killed") is another clause's. Sentences are our own, in every
supported language (Arabic puts the verb first: the children take it directly)."""

from __future__ import annotations

import pytest

from harmledger.extract.engine import extract_claims

KILLED_THEN_JOINED_INJURED = {
    "en": "On Sunday, five members of the family were killed and at least two children from the "
    "same family and a man were injured by a bombing.",
    "fr": "Dimanche, cinq membres de la famille ont été tués et au moins deux enfants de la même "
    "famille et un homme ont été blessés par un bombardement.",
    "es": "El domingo, cinco miembros de la familia murieron y al menos dos niños de la misma "
    "familia y un hombre resultaron heridos por un bombardeo.",
    "de": "Am Sonntag wurden fünf Mitglieder der Familie getötet und mindestens zwei Kinder "
    "derselben Familie und ein Mann wurden verletzt.",
    "sv": "I söndags dödades fem medlemmar av familjen och minst två barn från samma familj och "
    "en man skadades i en bombning.",
    "ar": "قتل خمسة أفراد من العائلة يوم الأحد وأصيب طفلان على الأقل من العائلة نفسها ورجل في "
    "القصف.",
}


@pytest.mark.parametrize("lang", sorted(KILLED_THEN_JOINED_INJURED))
def test_a_count_joined_to_the_next_subject_takes_its_verb(lang: str) -> None:
    claims = [
        (c.measure, c.who, c.low)
        for c in extract_claims(KILLED_THEN_JOINED_INJURED[lang], lang)
        if c.is_casualty
    ]
    assert ("killed", "people", 5) in claims
    assert ("injured", "children", 2) in claims
    assert ("killed", "children", 2) not in claims


def test_a_comma_keeps_the_verb_before() -> None:
    text = "Five people were killed and two children, and later a man was injured."
    claims = [(c.measure, c.low) for c in extract_claims(text, "en") if c.is_casualty]
    assert ("killed", 2) in claims
