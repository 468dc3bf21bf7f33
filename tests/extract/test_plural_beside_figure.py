"""A plural with no figure beside a figure (issue 11): it corrects only what a figure cannot be.
A report that counts one and speaks of the harm in the plural states one to two; a report that
counts only a part ("a child was injured") and says others were hurt counts the group as the
larger of the two. Plural nouns alone ("martyrs", "injuries") beside a figure are no plural.
The same rule runs in the evaluation's lead reading and in stored incident figures. Sentences
are our own, in every supported language."""

from __future__ import annotations

import pytest

from harmledger.assess.figures import FigureClaim, figures, headline
from harmledger.evaluation.incidents import incident_range
from harmledger.extract.claim import Claim
from harmledger.extract.engine import extract_claims

# one injured, then a quantified plural of the injured
ONE_THEN_PLURAL = {
    "en": "One person was injured in the strike on the market. Another outlet said that a "
    "number of people were wounded.",
    "es": "Una persona resultó herida en el ataque contra el mercado. Otro medio dijo que un "
    "número indeterminado de personas resultaron heridas.",
    "fr": "Une personne a été blessée dans la frappe sur le marché. Un autre média a indiqué "
    "qu'un certain nombre de personnes avaient été blessées.",
    "de": "Ein Mensch wurde bei dem Angriff auf den Markt verletzt. Ein anderer Sender "
    "berichtete, eine unbekannte Zahl von Menschen sei verletzt worden.",
    "sv": "En person skadades i attacken mot marknaden. En annan kanal uppgav att ett okänt "
    "antal personer skadades.",
    "ar": "أصيب شخص واحد في الغارة على السوق. وقالت وسيلة إعلام أخرى إنه أصيب عدد من المدنيين.",
}
# only a part is counted, and others were hurt
PART_THEN_OTHERS = {
    "en": "A child was injured in the strike on the school, and a number of others were wounded.",
    "es": "Un niño resultó herido en el ataque contra la escuela, y otros resultaron heridos.",
    "fr": "Un enfant a été blessé dans la frappe sur l'école, et d'autres ont été blessés.",
    "de": "Ein Kind wurde bei dem Angriff auf die Schule verletzt, weitere wurden verletzt.",
    "sv": "Ett barn skadades i attacken mot skolan och andra skadades.",
    "ar": "أصيب طفل في الغارة على المدرسة وأصيب آخرون.",
}
# a plural noun beside a figure of one, and a plural beside a figure above one: no plural
NOT_BESIDE = {
    "en": [
        "One man was killed in the strike. His relatives said he had joined the martyrs.",
        "Three people were injured in the strike. A number of others were injured too.",
    ],
    "es": ["Tres personas resultaron heridas en el ataque. Otras resultaron heridas también."],
    "fr": ["Trois personnes ont été blessées dans la frappe. D'autres ont été blessées aussi."],
    "de": ["Drei Menschen wurden bei dem Angriff verletzt. Weitere wurden ebenfalls verletzt."],
    "sv": ["Tre personer skadades i attacken. Andra skadades också."],
    "ar": ["أصيب ثلاثة أشخاص في الغارة. وأصيب آخرون أيضاً."],
}


def _figure_claims(claims: list[Claim]) -> list[FigureClaim]:
    """The claims as one stored report's, plurals included."""
    return [
        FigureClaim(
            i,
            c.measure,
            c.who,
            c.low,
            c.high,
            "x",
            "monitor",
            1,
            c.start,
            c.end,
            c.qualifier,
            c.kind,
        )
        for i, c in enumerate(claims)
        if c.kind in ("casualty", "uncounted")
    ]


@pytest.mark.parametrize("lang", sorted(ONE_THEN_PLURAL))
def test_a_count_of_one_beside_a_plural_is_one_to_two(lang: str) -> None:
    claims = extract_claims(ONE_THEN_PLURAL[lang], lang)
    assert [(c.low, c.high) for c in claims if c.is_casualty] == [(1, 1)]
    assert [c.measure for c in claims if c.kind == "uncounted"] == ["injured"]
    assert incident_range(claims, "injured") == (1, 2)
    assert headline(figures(_figure_claims(claims)), "injured") == (1, 2)


@pytest.mark.parametrize("lang", sorted(PART_THEN_OTHERS))
def test_a_part_beside_a_plural_of_the_group_counts_the_plural(lang: str) -> None:
    claims = extract_claims(PART_THEN_OTHERS[lang], lang)
    assert [(c.who, c.low) for c in claims if c.is_casualty] == [("children", 1)]
    assert incident_range(claims, "injured") == (2, 2)
    assert headline(figures(_figure_claims(claims)), "injured") == (2, 2)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in NOT_BESIDE.items() for text in texts]
)
def test_a_plural_noun_or_a_figure_above_one_keeps_the_figure(lang: str, text: str) -> None:
    claims = extract_claims(text, lang)
    assert not [c for c in claims if c.kind == "uncounted"]
    stated = next(c for c in claims if c.is_casualty)
    assert incident_range(claims, stated.measure) == (stated.low, stated.high)


def test_a_larger_part_stays_the_group_s_least() -> None:
    five = FigureClaim(1, "injured", "children", 5, 5, "x", "monitor", 1, 0, 9)
    others = FigureClaim(
        2, "injured", "people", 2, None, "x", "monitor", 1, 40, 49, "vague", "uncounted"
    )
    assert headline(figures([five, others]), "injured") == (5, 5)


# one killed, then others injured by a verb of their own: the plural is the injured's only
ONE_KILLED_OTHERS_INJURED = {
    "en": "A paramedic was killed and a number of others were injured in the strike.",
    "es": "Un paramédico murió y otros resultaron heridos en el ataque.",
    "fr": "Un secouriste a été tué et d'autres ont été blessés dans la frappe.",
    "de": "Ein Sanitäter wurde getötet und weitere wurden verletzt.",
    "sv": "En sjukvårdare dödades och andra skadades i attacken.",
    "ar": "قتل مسعف وأصيب آخرون في الغارة.",
}


@pytest.mark.parametrize("lang", sorted(ONE_KILLED_OTHERS_INJURED))
def test_a_plural_with_a_harm_of_its_own_is_not_the_harm_before_it(lang: str) -> None:
    claims = extract_claims(ONE_KILLED_OTHERS_INJURED[lang], lang)
    assert [c.measure for c in claims if c.kind == "uncounted"] == ["injured"]
    assert incident_range(claims, "killed") == (1, 1)  # not one to two
    assert incident_range(claims, "injured") == (2, 2)
