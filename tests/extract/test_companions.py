"""A victim and the relatives hurt with them is one more claim of their total
(:mod:`harmledger.extract.companions`). Sentences are our own. Arabic writes the relatives
with a possessive suffix and the number after the noun ("وأطفالها الثلاثة"): not this
construction, and not read by it."""

from __future__ import annotations

import pytest

from harmledger.extract import Claim, extract_claims

# a victim, then "and her / his" and a counted group of relatives
MOTHER_AND_CHILDREN = {
    "en": "A mother and her three children were killed when the shell hit their flat.",
    "fr": "Une mère et ses trois enfants ont été tués lorsque l'obus a frappé leur appartement.",
    "es": "Una madre y sus tres hijos murieron cuando el proyectil alcanzó su piso.",
    "de": "Eine Mutter und ihre drei Kinder wurden getötet, als die Granate ihre Wohnung traf.",
    "sv": "En mamma och hennes tre barn dödades när granaten träffade deras lägenhet.",
}
# a victim, a verb, then "together with his wife and their four children"
WITH_WIFE_AND_CHILDREN = {
    "en": "A farmer was killed together with his wife and their four children in the raid.",
    "fr": "Un agriculteur a été tué avec sa femme et leurs quatre enfants lors du raid.",
    "es": "Un agricultor fue asesinado junto con su esposa y sus cuatro hijos durante el ataque.",
    "de": "Ein Bauer wurde zusammen mit seiner Frau und ihren vier Kindern bei dem Angriff "
    "getötet.",
    "sv": "En bonde dödades tillsammans med sin fru och deras fyra barn under räden.",
}
# the same group inside a count the sentence states: a part, not a total
INSIDE_A_COUNT = {
    "en": "At least nine people were killed, among them a mother and her two daughters.",
    "fr": "Au moins neuf personnes ont été tuées, dont une mère et ses deux filles.",
    "es": "Al menos nueve personas murieron, entre ellas una madre y sus dos hijas.",
    "de": "Mindestens neun Menschen wurden getötet, darunter eine Mutter und ihre zwei Töchter.",
    "sv": "Minst nio personer dödades, bland dem en mamma och hennes två döttrar.",
}


def _people_killed(claims: list[Claim]) -> list[tuple[int | None, int | None]]:
    return [
        (c.low, c.high)
        for c in claims
        if c.is_casualty and c.measure == "killed" and c.who == "people"
    ]


@pytest.mark.parametrize("lang", sorted(MOTHER_AND_CHILDREN))
def test_a_victim_and_her_counted_relatives_make_one_total(lang: str) -> None:
    claims = extract_claims(MOTHER_AND_CHILDREN[lang], lang)
    assert _people_killed(claims) == [(4, 4)]
    children = [(c.low, c.high) for c in claims if c.who == "children"]
    assert children == [(3, 3)]  # the part stays


@pytest.mark.parametrize("lang", sorted(WITH_WIFE_AND_CHILDREN))
def test_a_relative_named_alone_and_a_counted_group_add_up(lang: str) -> None:
    claims = extract_claims(WITH_WIFE_AND_CHILDREN[lang], lang)
    assert _people_killed(claims) == [(6, 6)]


@pytest.mark.parametrize("lang", sorted(INSIDE_A_COUNT))
def test_a_family_inside_a_stated_count_is_a_part_of_it(lang: str) -> None:
    assert _people_killed(extract_claims(INSIDE_A_COUNT[lang], lang)) == [(9, None)]


def test_a_lone_victim_with_a_relative_is_two() -> None:
    claims = extract_claims("A farmer was killed with his wife in the raid on Tuesday.", "en")
    assert _people_killed(claims) == [(2, 2)]  # not 1 and 2


def test_relatives_without_a_number_state_no_total() -> None:
    claims = extract_claims("The driver was killed with his wife and children.", "en")
    assert (3, 3) not in _people_killed(claims)
    assert all(c.low in (None, 1) for c in claims if c.is_casualty)


def test_a_name_inside_a_list_is_no_victim_of_its_own() -> None:
    text = (
        "The family was hit on the road: a daughter named Lea, her father Tom and his "
        "brother were hurt."
    )
    assert not [c for c in extract_claims(text, "en") if c.low == 2 and c.who == "people"]


# the victim as the object of the verb ("killed a farmer"), then the relatives
OBJECT_WITH_RELATIVES = {
    "en": "The shell killed a farmer along with his wife and their three children.",
    "fr": "L'obus a tué un agriculteur avec sa femme et leurs trois enfants.",
    "es": "El proyectil mató a un agricultor junto con su esposa y sus tres hijos.",
    "de": "Die Granate tötete einen Bauern zusammen mit seiner Frau und ihren drei Kindern.",
    "sv": "Granaten dödade en bonde tillsammans med hans fru och deras tre barn.",
}


@pytest.mark.parametrize("lang", sorted(OBJECT_WITH_RELATIVES))
def test_a_victim_the_verb_governs_and_relatives_add_up(lang: str) -> None:
    claims = extract_claims(OBJECT_WITH_RELATIVES[lang], lang)
    assert _people_killed(claims) == [(5, 5)]


def test_a_victim_object_with_a_name_set_off_counts_with_the_relatives() -> None:
    text = "The raid killed a teacher, Sam Example, alongside her son and two daughters."
    assert _people_killed(extract_claims(text, "en")) == [(4, 4)]


def test_an_object_inside_a_stated_count_is_a_part_of_it() -> None:
    text = "The shell killed nine people, among them a farmer along with his wife and two sons."
    assert _people_killed(extract_claims(text, "en")) == [(9, 9)]


# an age before the relative noun (English, German, Swedish put it there; French and Spanish
# after it, which the construction already reads)
WITH_AGED_RELATIVE = {
    "en": "A farmer was killed along with his 12-year-old son in the strike.",
    "de": "Ein Bauer wurde zusammen mit seinem zwölfjährigen Sohn getötet.",
    "sv": "En bonde dödades tillsammans med sin tolvårige son.",
    "fr": "Un agriculteur a été tué avec son fils de douze ans.",
    "es": "Un agricultor murió junto a su hijo de doce años.",
}


@pytest.mark.parametrize("lang", sorted(WITH_AGED_RELATIVE))
def test_an_age_before_the_relative_is_no_count(lang: str) -> None:
    claims = extract_claims(WITH_AGED_RELATIVE[lang], lang)
    assert max(c.low or 0 for c in claims if c.is_casualty and c.measure == "killed") == 2
    assert not any(c.low == 12 for c in claims if c.is_casualty)


def test_an_age_in_words_before_a_grandchild() -> None:
    text = "The strike killed an elderly woman alongside her three-year-old grandchild."
    claims = extract_claims(text, "en")
    assert max(c.low or 0 for c in claims if c.is_casualty) == 2
