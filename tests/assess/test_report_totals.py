"""Incident figures read each report's lead total: a report's later numbers are its parts and
context, competing totals come from different reports, and parts are never added. Sentences are
our own, in every supported language."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.assess.figures import FigureClaim, figures, headline
from tests.assess.helpers import figure_claims

# a total, then a part of it, then a larger figure about the war as a whole
TOTAL_THEN_PARTS = {
    "en": "At least eleven people were killed in the strike on the house on Tuesday, "
    "among them four children. Since the war began, more than 900 people have died in the town.",
    "fr": "Au moins onze personnes ont été tuées mardi dans la frappe sur la maison, "
    "dont quatre enfants. Depuis le début de la guerre, plus de 900 personnes sont mortes "
    "dans la ville.",
    "es": "Al menos once personas murieron el martes en el ataque contra la casa, "
    "entre ellas cuatro niños. Desde el inicio de la guerra, más de 900 personas han muerto "
    "en la ciudad.",
    "de": "Mindestens elf Menschen wurden am Dienstag bei dem Angriff auf das Haus getötet, "
    "darunter vier Kinder. Seit Beginn des Krieges sind in der Stadt mehr als 900 Menschen "
    "gestorben.",
    "sv": "Minst elva personer dödades i anfallet mot huset på tisdagen, bland dem fyra barn. "
    "Sedan kriget började har mer än 900 personer dött i staden.",
    "ar": "قُتل أحد عشر شخصاً على الأقل في الغارة على المنزل يوم الثلاثاء، بينهم أربعة أطفال. "
    "ومنذ بداية الحرب لقي أكثر من 900 شخص حتفهم في البلدة.",
}


def _claims(text: str, lang: str, document_id: int, first_id: int = 0) -> list[FigureClaim]:
    return figure_claims(text, lang, document_id, first_id, dt.date(2024, 3, 5))


@pytest.mark.parametrize("lang", sorted(TOTAL_THEN_PARTS))
def test_a_report_counts_with_the_total_it_leads_with(lang: str) -> None:
    claims = _claims(TOTAL_THEN_PARTS[lang], lang, document_id=1)
    assert any(c.low == 900 or c.low == 901 for c in claims), "the war's toll is read as a claim"
    found = figures(claims)
    assert headline(found) == (11, 11)  # not 11 to 900: the war's toll is context
    children = [f for f in found if f.category == "children" and f.measure == "killed"]
    assert [(f.min, f.max) for f in children] == [(4, 4)]  # a part, kept apart, never added


def _claim(
    claim_id: int, document: int, start: int, low: int | None, high: int | None, who: str
) -> FigureClaim:
    return FigureClaim(
        claim_id, "killed", who, low, high, "x", "monitor", document, start, start + 9
    )


def test_competing_totals_come_from_different_reports() -> None:
    claims = [
        _claim(1, 1, 0, 12, 12, "civilians"),
        _claim(2, 1, 300, 3, 3, "people"),  # "three members of one family", later in report 1
        _claim(3, 2, 0, 15, None, "civilians"),  # "at least 15" in report 2
    ]
    assert headline(figures(claims)) == (12, 15)


def test_up_to_takes_the_smaller_figure_stated_beside_it_else_its_own() -> None:
    beside = [_claim(1, 1, 0, None, 20, "civilians"), _claim(2, 1, 40, 14, None, "people")]
    assert headline(figures(beside)) == (14, 20)
    alone = [_claim(1, 1, 0, None, 20, "civilians")]
    assert headline(figures(alone)) == (20, 20)  # no source said fewer; not 0


def test_the_civilians_figure_wins_over_the_dead_of_unstated_status() -> None:
    claims = [_claim(1, 1, 0, 13, 13, "civilians"), _claim(2, 2, 0, 170, 170, "people")]
    assert headline(figures(claims)) == (13, 13)
    assert headline(figures(claims[1:])) == (170, 170)


def test_without_a_whole_group_figure_the_largest_civilian_part_stands() -> None:
    parts = [_claim(1, 1, 0, 1, 1, "women"), _claim(2, 1, 50, 3, 3, "children")]
    assert headline(figures(parts)) == (3, 3)  # parts are not added: not 4
    others = [
        FigureClaim(1, "bodies_recovered", "people", 5, 5, "x", "responder", 1, 0, 9),
        FigureClaim(2, "killed", "combatants", 2, 2, "x", "monitor", 1, 20, 29),
    ]
    assert headline(figures(others)) == (None, None)  # bodies, fighters: not civilians
    # a man of unstated status counts as the dead of unstated status do
    man = FigureClaim(3, "killed", "men", 1, 1, "x", "monitor", 1, 40, 49)
    assert headline(figures([*others, man])) == (1, 1)


def test_a_belligerent_total_counts_only_where_no_other_voice_gives_the_whole_group() -> None:
    admitted = FigureClaim(1, "killed", "civilians", 2, 2, "army", "belligerent", 1, 0, 9)
    local = FigureClaim(2, "killed", "people", 12, 14, "residents", "witness", 2, 0, 9)
    assert headline(figures([admitted, local])) == (12, 14)
    assert headline(figures([admitted])) == (2, 2)


def test_an_open_lead_widens_to_the_higher_totals_the_report_restates() -> None:
    claims = [
        _claim(1, 1, 0, 8, None, "people"),  # "at least eight people were killed"
        _claim(2, 1, 60, 12, 12, "children"),  # a part never widens the whole group
        _claim(3, 1, 400, 10, 10, "people"),  # "later reports put the toll at ten"
        _claim(4, 1, 900, 4000, 4000, "people"),  # the district's toll since October: context
    ]
    assert headline(figures(claims)) == (8, 10)
    exact = [_claim(1, 1, 0, 8, 8, "people"), _claim(3, 1, 400, 10, 10, "people")]
    assert headline(figures(exact)) == (8, 8)  # a lead that states its figure is not widened


def test_a_restated_total_from_a_report_we_wrote() -> None:
    text = (
        "At least eight people were killed when a strike hit a house in the camp on Monday, "
        "among them three children. By the evening the civil defence said the number of dead "
        "had risen to ten. Since the war began, more than 4,000 people have been killed in "
        "the district."
    )
    assert headline(figures(_claims(text, "en", document_id=1))) == (8, 10)


def test_the_whole_group_has_one_lead_whatever_the_report_calls_it() -> None:
    claims = [
        _claim(1, 1, 0, 16, 16, "people"),  # "16 people were killed"
        _claim(2, 1, 500, 14, 14, "civilians"),  # "the names of 14 civilians killed"
    ]
    assert headline(figures(claims)) == (16, 16)  # not 14: one report, one total


def test_an_open_lead_and_an_up_to_beside_it_are_the_reports_range() -> None:
    claims = [
        _claim(1, 1, 0, 11, None, "civilians"),  # "at least 11 civilians ..."
        _claim(2, 1, 40, 3, 3, "women"),  # "... including three women ..."
        _claim(3, 1, 70, None, 30, "civilians"),  # "... and up to 30 civilians were killed"
    ]
    assert headline(figures(claims)) == (11, 30)  # stated by the report: not capped at 22


def test_up_to_takes_a_lower_whole_count_anywhere_in_the_report_not_its_exact_parts() -> None:
    claims = [
        _claim(1, 1, 0, None, 10, "people"),  # "up to ten members of the family were killed"
        _claim(2, 1, 40, 5, 5, "children"),  # "including five children ..."
        _claim(3, 1, 60, 3, 3, "women"),  # "... and three women": how the ten are made up
        _claim(4, 1, 900, 8, 8, "people"),  # "first reports said eight were killed"
    ]
    assert headline(figures(claims)) == (8, 10)
    parts_only = claims[:3]
    assert headline(figures(parts_only)) == (10, 10)  # no lower count of everyone
    early = [_claim(1, 1, 0, None, 9, "civilians"), _claim(2, 1, 300, 2, 2, "civilians")]
    assert headline(figures(early)) == (9, 9)  # "initially two were reported": a partial toll


UP_TO_WITH_LOWER_COUNT = {
    "en": "Up to ten members of one family, including five children and three women, were "
    "killed when a strike hit their house on Monday. Relatives first said eight members of "
    "the family had been killed.",
    "es": "Hasta diez miembros de una familia, entre ellos cinco niños y tres mujeres, murieron "
    "el lunes cuando un ataque alcanzó su casa. Los familiares dijeron primero que ocho "
    "personas habían muerto.",
    "fr": "Jusqu'à dix membres d'une famille, dont cinq enfants et trois femmes, ont été tués "
    "lundi quand une frappe a touché leur maison. Des proches avaient d'abord fait état de "
    "huit personnes tuées.",
}


@pytest.mark.parametrize("lang", sorted(UP_TO_WITH_LOWER_COUNT))
def test_an_up_to_report_of_our_own_reads_the_lower_count_of_everyone(lang: str) -> None:
    claims = _claims(UP_TO_WITH_LOWER_COUNT[lang], lang, document_id=1)
    assert headline(figures(claims)) == (8, 10)


# a vague word leads the report: the range a monitor codes it as, not an open "at least 24"
VAGUE_LEAD = {
    "en": "Dozens of people were wounded when a strike hit the market on Monday.",
    "es": "Decenas de personas resultaron heridas el lunes cuando un ataque alcanzó el mercado.",
    "fr": "Des dizaines de personnes ont été blessées lundi quand une frappe a touché le marché.",
    "de": "Dutzende Menschen wurden am Montag verletzt, als ein Angriff den Markt traf.",
    "sv": "Dussintals personer skadades på måndagen när en attack träffade marknaden.",
    "ar": "أصيب عشرات الأشخاص يوم الاثنين عندما أصابت غارة السوق.",
}
# a figure in numbers, then a vague word from another voice: the word does not widen it
NUMBER_THEN_VAGUE = {
    "en": "At least 15 people were wounded when a strike hit the market on Monday. "
    "One local outlet later spoke of dozens of wounded.",
    "es": "Al menos 15 personas resultaron heridas el lunes cuando un ataque alcanzó el mercado. "
    "Un medio local habló después de decenas de heridos.",
    "fr": "Au moins 15 personnes ont été blessées lundi quand une frappe a touché le marché. "
    "Un média local a ensuite parlé de dizaines de blessés.",
}


def _injured(claims: list[FigureClaim]) -> list[tuple[int | None, int | None]]:
    return [(f.min, f.max) for f in figures(claims) if f.measure == "injured"]


@pytest.mark.parametrize("lang", sorted(VAGUE_LEAD))
def test_a_vague_lead_is_the_range_a_monitor_codes_it_as(lang: str) -> None:
    claims = _claims(VAGUE_LEAD[lang], lang, document_id=1)
    low = 20 if lang == "ar" else 24  # عشرات is "tens" in the convention table
    assert [(c.low, c.high, c.qualifier) for c in claims] == [(low, None, "vague")]
    assert _injured(claims) == [(low // 2, low)]  # "dozens": a dozen to two dozen


@pytest.mark.parametrize("lang", sorted(NUMBER_THEN_VAGUE))
def test_a_later_vague_word_does_not_widen_a_figure_in_numbers(lang: str) -> None:
    claims = _claims(NUMBER_THEN_VAGUE[lang], lang, document_id=1)
    assert any(c.qualifier == "vague" for c in claims), "the vague word is read as a claim"
    assert _injured(claims) == [(15, 15)]  # not 15 to 24


def test_hundreds_lead_as_one_to_two_of_their_unit_and_several_as_two() -> None:
    hundreds = [FigureClaim(1, "injured", "people", 200, None, "x", "monitor", 1, 0, 9, "vague")]
    assert _injured(hundreds) == [(100, 200)]
    several = [FigureClaim(1, "injured", "people", 3, None, "x", "monitor", 1, 0, 9, "vague")]
    assert _injured(several) == [(2, 2)]  # "several": a plural with no unit, the fewest it means
