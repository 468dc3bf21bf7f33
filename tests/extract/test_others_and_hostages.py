"""Two classes, with sentences of our own in every language where they exist: "N others" with a
casualty word ("21 autres blessés", "21 others wounded") takes the category of the count before
it; hostages or captives killed or hurt by their clause's own verb are casualties (who = other),
not a count of people taken. French police nouns in the singular are police (who = other)."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

OTHERS_WITH_A_MEASURE = {
    "fr": "Neuf militaires ont été tués et 21 autres blessés dans l'attaque.",
    "en": "Nine soldiers were killed and 21 others wounded.",
    "de": "Neun Soldaten wurden getötet und 21 weitere verletzt.",
    "sv": "Nio soldater dödades och 21 andra skadades.",
    "ar": "قتل تسعة جنود وأصيب 21 آخرون.",
}
HOSTAGES_HARMED = {
    "fr": ("Les trois otages ont été exécutés par leurs ravisseurs.", ("killed", "other", 3)),
    "en": ("Two hostages were killed during the rescue operation.", ("killed", "other", 2)),
    "es": ("Dos rehenes murieron durante el rescate.", ("killed", "other", 2)),
    "de": ("Zwei Geiseln wurden getötet.", ("killed", "other", 2)),
    "sv": ("Två gisslan dödades.", ("killed", "other", 2)),
    "ar": ("قتل ثلاثة رهائن.", ("killed", "other", 3)),
}
HOSTAGES_TAKEN = {  # taken, not harmed: no casualty
    "fr": "Les ravisseurs ont tué deux personnes et enlevé 12 otages.",
    "en": "Gunmen killed two people and took 12 hostages.",
}
HOSTAGES_OF_A_SELF_KILLING = {  # the verb has its own object before the hostages
    "fr": "Le forcené s'est tué après avoir pris deux otages.",
    "en": "The gunman killed himself after taking two hostages.",
}


def _claims(text: str, lang: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(c.measure, c.who, c.low) for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize("lang", sorted(OTHERS_WITH_A_MEASURE))
def test_others_with_a_casualty_word_take_the_category_before(lang: str) -> None:
    assert _claims(OTHERS_WITH_A_MEASURE[lang], lang) == [
        ("killed", "combatants", 9),
        ("injured", "combatants", 21),
    ]


def test_others_named_by_their_own_noun_keep_it() -> None:
    text = "Deux soldats ont été tués et 21 autres civils blessés."
    assert _claims(text, "fr") == [("killed", "combatants", 2), ("injured", "civilians", 21)]


@pytest.mark.parametrize("lang", sorted(HOSTAGES_HARMED))
def test_hostages_killed_are_casualties(lang: str) -> None:
    text, expected = HOSTAGES_HARMED[lang]
    assert _claims(text, lang) == [expected]


@pytest.mark.parametrize("lang", sorted(HOSTAGES_TAKEN))
def test_hostages_taken_are_no_casualties(lang: str) -> None:
    assert _claims(HOSTAGES_TAKEN[lang], lang) == [("killed", "people", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Un policier a été tué et deux autres ont été blessés lors d'une fusillade.",
        "Une policière a été tuée et deux autres ont été blessées.",
    ],
)
def test_a_french_police_officer_is_other(text: str) -> None:
    assert [who for _, who, _ in _claims(text, "fr")] == ["other", "other"]


@pytest.mark.parametrize("lang", sorted(HOSTAGES_OF_A_SELF_KILLING))
def test_hostages_taken_by_one_who_killed_himself_are_alive(lang: str) -> None:
    assert all(low != 2 for _, _, low in _claims(HOSTAGES_OF_A_SELF_KILLING[lang], lang))
