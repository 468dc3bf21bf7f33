"""A subject and the list of its parts share the verb after the list (issue 11): "twenty members
of the family, including eight women, two of whom were pregnant, and four men were killed" kills
twenty, however far the parts and their asides push the verb from the number; the aside's own
number ("two of whom") is a part, never the toll. Sentences are our own, in every supported
language (German and Swedish put the verb first, Arabic too: the list then needs no reach)."""

from __future__ import annotations

import pytest

from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims

LIST_THEN_VERB = {
    "en": "On Tuesday afternoon, twenty members of the Omar Hassan family, including at least "
    "eight women, two of whom were pregnant, and at least eight children and four men were "
    "reportedly killed when aircraft struck the homes.",
    "fr": "Mardi après-midi, vingt membres de la famille Omar Hassan, dont au moins huit femmes, "
    "parmi lesquelles deux étaient enceintes, et au moins huit enfants et quatre hommes ont été "
    "tués lorsque des avions ont frappé les maisons.",
    "es": "El martes por la tarde, veinte miembros de la familia Omar Hassan, entre ellos al menos "
    "ocho mujeres, dos de las cuales estaban embarazadas, y al menos ocho niños y cuatro hombres "
    "murieron cuando aviones atacaron las casas.",
    "de": "Am Dienstagnachmittag wurden zwanzig Mitglieder der Familie Omar Hassan, darunter "
    "mindestens acht Frauen, von denen zwei schwanger waren, und mindestens acht Kinder und vier "
    "Männer getötet, als Flugzeuge die Häuser trafen.",
    "sv": "På tisdagseftermiddagen dödades tjugo medlemmar av familjen Omar Hassan, bland dem minst "
    "åtta kvinnor, varav två var gravida, och minst åtta barn och fyra män, när flygplan träffade "
    "husen.",
    "ar": "قتل عشرون فردا من عائلة عمر حسن، بينهم ثماني نساء على الأقل، اثنتان منهن حاملان، "
    "وثمانية أطفال وأربعة رجال، عندما قصفت الطائرات المنازل.",
}


@pytest.mark.parametrize("lang", sorted(LIST_THEN_VERB))
def test_a_subject_shares_the_verb_after_its_list_of_parts(lang: str) -> None:
    claims = extract_claims(LIST_THEN_VERB[lang], lang)
    assert (20, 20, "people") in [(c.low, c.high, c.who) for c in claims if c.is_casualty]
    assert incident_range(claims, "killed") == (20, 20)  # not the aside's two


def test_a_clause_of_its_own_inside_the_list_keeps_the_verb_from_the_subject() -> None:
    text = (
        "Twenty members of the Omar family, including eight children, two of whom were "
        "pregnant, and four men were killed. Thirty residents of the street, including six "
        "children, fled the fighting and four men were wounded."
    )
    claims = [(c.measure, c.low) for c in extract_claims(text, "en") if c.is_casualty]
    assert ("killed", 20) in claims
    assert ("injured", 30) not in claims  # "fled the fighting": the thirty are not the wounded
