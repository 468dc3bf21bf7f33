"""A vague count of the dead and the wounded together ("dozens of dead and wounded") stands for
each measure a report gives no figure of, as monitors code such a report; a plural with no unit
("several were killed and injured") and a figure in numbers of one measure do not. Sentences are
our own, in every supported language."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.assess.figures import FigureClaim, figures, headline
from tests.assess.helpers import figure_claims

# one report: a vague count of both together, and no figure of either
DEAD_AND_WOUNDED = {
    "en": "A strike hit a family home in the camp on Tuesday. A neighbour wrote that rescuers "
    "pulled dozens of dead and wounded from the rubble. No names have been published.",
    "fr": "Une frappe a touché mardi une maison familiale du camp. Un voisin a écrit que les "
    "secouristes ont sorti des dizaines de morts et de blessés des décombres.",
    "es": "Un ataque alcanzó el martes una casa familiar del campo. Un vecino escribió que los "
    "rescatistas sacaron decenas de muertos y heridos de los escombros.",
    "de": "Ein Angriff traf am Dienstag ein Familienhaus im Lager. Ein Nachbar schrieb, die Helfer "
    "hätten Dutzende Tote und Verletzte aus den Trümmern geborgen.",
    "sv": "En attack träffade på tisdagen ett familjehus i lägret. En granne skrev att räddarna "
    "drog fram dussintals döda och skadade ur spillrorna.",
    "ar": "أصابت غارة منزلا عائليا في المخيم يوم الثلاثاء. وكتب أحد الجيران أن المسعفين انتشلوا "
    "عشرات الشهداء والجرحى من تحت الأنقاض.",
}
# the same report with a figure of the dead: it stands, only the wounded take the vague range
WITH_DEAD_COUNTED = {
    "en": "Three people were killed when a strike hit a family home in the camp on Tuesday. "
    "A neighbour wrote that rescuers pulled dozens of dead and wounded from the rubble.",
    "fr": "Trois personnes ont été tuées mardi quand une frappe a touché une maison du camp. "
    "Un voisin a écrit que les secouristes ont sorti des dizaines de morts et de blessés.",
    "ar": "قُتل ثلاثة أشخاص يوم الثلاثاء عندما أصابت غارة منزلا في المخيم. وكتب أحد الجيران أن "
    "المسعفين انتشلوا عشرات الشهداء والجرحى من تحت الأنقاض.",
}
# two reports of one strike: the second gives only the vague count of both together
FIRST_REPORT = {
    "en": "Four people were killed and two were wounded when a strike hit the house on Monday.",
    "fr": "Quatre personnes ont été tuées et deux blessées lundi quand une frappe a touché la "
    "maison.",
    "ar": "قُتل أربعة أشخاص وأصيب شخصان يوم الاثنين عندما أصابت غارة المنزل.",
}
SECOND_REPORT = {
    "en": "Local journalists spoke of dozens of dead and wounded after the strike on the house.",
    "fr": "Des journalistes locaux ont parlé de dizaines de morts et de blessés après la frappe "
    "sur la maison.",
    "ar": "وتحدث صحفيون محليون عن عشرات الشهداء والجرحى بعد الغارة على المنزل.",
}
SEVERAL = {
    "en": "Several people were killed and injured when a strike hit the house on Monday.",
    "fr": "Plusieurs personnes ont été tuées et blessées lundi quand une frappe a touché la "
    "maison.",
}


def _claims(text: str, lang: str, document_id: int, first_id: int = 0) -> list[FigureClaim]:
    return figure_claims(text, lang, document_id, first_id, dt.date(2024, 3, 5), uncounted=True)


def _unit(lang: str) -> tuple[int, int]:
    return (10, 20) if lang == "ar" else (12, 24)  # عشرات is "tens" in the convention table


@pytest.mark.parametrize("lang", sorted(DEAD_AND_WOUNDED))
def test_dozens_of_dead_and_wounded_is_the_vague_range_of_each(lang: str) -> None:
    claims = _claims(DEAD_AND_WOUNDED[lang], lang, document_id=1)
    assert any(c.measure == "killed_or_injured" for c in claims), "read as one combined claim"
    found = figures(claims)
    assert headline(found) == _unit(lang)
    assert headline(found, "injured") == _unit(lang)


@pytest.mark.parametrize("lang", sorted(WITH_DEAD_COUNTED))
def test_a_figure_of_one_measure_stands_the_vague_count_fills_the_other(lang: str) -> None:
    found = figures(_claims(WITH_DEAD_COUNTED[lang], lang, document_id=1))
    assert headline(found) == (3, 3)
    assert headline(found, "injured") == _unit(lang)


@pytest.mark.parametrize("lang", sorted(FIRST_REPORT))
def test_competing_reports_give_the_lowest_and_highest(lang: str) -> None:
    first = _claims(FIRST_REPORT[lang], lang, document_id=1)
    second = _claims(SECOND_REPORT[lang], lang, document_id=2, first_id=100)
    found = figures([*first, *second])
    assert headline(found) == (4, _unit(lang)[1])
    assert headline(found, "injured") == (2, _unit(lang)[1])


@pytest.mark.parametrize("lang", sorted(SEVERAL))
def test_several_killed_and_injured_is_no_count_of_either(lang: str) -> None:
    found = figures(_claims(SEVERAL[lang], lang, document_id=1))
    assert headline(found) != _unit(lang) and headline(found, "injured") != _unit(lang)
