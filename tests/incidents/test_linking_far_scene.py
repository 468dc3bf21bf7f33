"""A later report (a toll updated weeks on, an anniversary) that gives its figures first and
names the scene (the hospital) only paragraphs later still names that scene; a report of the
day does not (a scene far from its figures is as often where the wounded went). Every sentence
is written for the test (invented figures)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from harmledger.link.incidents.documents import build_groups, cluster_groups
from harmledger.link.incidents.sites import far_scenes, main_sites, named_sites, site_counts
from tests.incidents.test_linking_spellings import DAY, KABUL, _facts, _info

# (intro with no scene, the figure, text in between with no scene, the scene far off)
PARTS = {
    "en": (
        "The city has been under siege for months. " * 6,
        "At least 42 people were killed, the charity said. ",
        "Officials promised an inquiry and said they would talk to the families. " * 3,
        "The strike hit the hospital run by the charity.",
    ),
    "fr": (
        "La ville est assiégée depuis des mois. " * 6,
        "Au moins 42 personnes ont été tuées, selon l'ONG. ",
        "Les autorités ont promis une enquête et de parler aux familles des victimes. " * 3,
        "La frappe a touché l'hôpital géré par l'ONG.",
    ),
    "es": (
        "La ciudad lleva meses bajo asedio. " * 6,
        "Al menos 42 personas murieron, según la ONG. ",
        "Las autoridades prometieron una investigación y hablar con las familias. " * 3,
        "El bombardeo alcanzó el hospital de la ONG.",
    ),
    "de": (
        "Die Stadt wird seit Monaten belagert. " * 6,
        "Mindestens 42 Menschen wurden getötet, teilte die Organisation mit. ",
        "Die Behörden versprachen eine Untersuchung und Gespräche mit den Familien. " * 3,
        "Der Angriff traf das Krankenhaus der Organisation.",
    ),
    "sv": (
        "Staden har varit belägrad i flera månader. " * 6,
        "Minst 42 personer dödades, uppger organisationen. ",
        "Myndigheterna lovade en utredning och samtal med de anhöriga familjerna. " * 3,
        "Attacken träffade organisationens sjukhus.",
    ),
    "ar": (
        "تخضع المدينة للحصار منذ أشهر طويلة. " * 6,
        "قتل 42 شخصا على الأقل بحسب المنظمة. ",
        "ووعدت السلطات بإجراء تحقيق والتحدث مع عائلات الضحايا في المدينة. " * 3,
        "وأصابت الغارة المستشفى التابع للمنظمة.",
    ),
}


def _far_text(lang: str, scene: bool = True) -> str:
    intro, figure, between, far = PARTS[lang]
    return intro + figure + between + (far if scene else "")


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_a_scene_named_far_from_the_figures_is_the_reports_far_scene(lang: str) -> None:
    text = _far_text(lang)
    start = text.index("42")
    assert start > 200 and len(text) - (start + 2) > 200  # beyond the lead and the window
    assert "hospital" in far_scenes(text, None, lang)
    assert far_scenes(_far_text(lang, scene=False), None, lang) == frozenset()


def _groups(lang: str, later_days: int, far: bool = True):  # type: ignore[no-untyped-def]
    """A report of the day naming the hospital beside its toll of 42, and a report of 55 that
    names the hospital far from its figure, ``later_days`` after."""
    day_text = "An airstrike on the MSF hospital killed 42 people."
    text = _far_text(lang)
    info = {
        1: _info(1, day_text, "en", DAY),
        2: dataclasses.replace(
            _info(2, "", lang, DAY + dt.timedelta(days=later_days)),
            far_sites=far_scenes(text, None, lang) if far else frozenset(),
        ),
    }
    info[1] = dataclasses.replace(
        info[1],
        sites=main_sites(site_counts(day_text, "en")),
        named_sites=named_sites(day_text, "en"),
    )
    undated = dataclasses.replace(  # the toll updated: no figure in common
        _facts(20, 2, 55, KABUL, None), start=None, end=None, date_precision="document"
    )
    facts = [_facts(10, 1, 42, KABUL, DAY), undated]
    return cluster_groups(build_groups(facts, info))


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_a_later_report_joins_by_the_scene_it_names_far_off(lang: str) -> None:
    assert len(_groups(lang, 60)) == 1
    assert len(_groups(lang, 60, far=False)) == 2  # control: without the far scene, apart
    # a report of the day after: a scene far from its figures names nothing
    assert len(_groups(lang, 1)) == 2


# a later report naming no scene at all: the event by its place and toll
ANNIVERSARY = {
    "en": "A year on, families still mourn the 42 people killed in the city.",
    "fr": "Un an après, les familles pleurent toujours les 42 personnes tuées dans la ville.",
    "es": "Un año después, las familias siguen llorando a las 42 personas muertas en la ciudad.",
    "de": "Ein Jahr danach trauern die Familien noch um die 42 in der Stadt getöteten Menschen.",
    "sv": "Ett år senare sörjer familjerna fortfarande de 42 personer som dödades i staden.",
    "ar": "بعد عام، ما زالت العائلات تبكي 42 شخصا قتلوا في المدينة.",
}


def _anniversary(lang: str, later_days: int, n: int = 42):  # type: ignore[no-untyped-def]
    day_text = "An airstrike on the MSF hospital killed 42 people."
    info = {
        1: dataclasses.replace(
            _info(1, day_text, "en", DAY),
            sites=main_sites(site_counts(day_text, "en")),
            named_sites=named_sites(day_text, "en"),
        ),
        2: _info(2, ANNIVERSARY[lang], lang, DAY + dt.timedelta(days=later_days)),
    }
    assert info[2].sites == frozenset()
    undated = dataclasses.replace(
        _facts(20, 2, n, KABUL, None), start=None, end=None, date_precision="document"
    )
    return cluster_groups(build_groups([_facts(10, 1, 42, KABUL, DAY), undated], info))


@pytest.mark.parametrize("lang", sorted(ANNIVERSARY))
def test_a_later_report_naming_no_scene_joins_by_its_place_and_toll(lang: str) -> None:
    assert len(_anniversary(lang, 365)) == 1
    assert len(_anniversary(lang, 365, n=41)) == 2  # another toll: another event
    assert len(_anniversary(lang, 1)) == 2  # a report of the next day: not a later report
