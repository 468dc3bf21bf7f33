"""Linking by class, in the six languages: a mass grave found over days in one named town is
one event; a report of two events on two days is two groups; a date known only to its month
makes no campaign claim. Every sentence is written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from harmledger.link.incidents.documents import build_groups, cluster_groups, split_by_day
from harmledger.link.incidents.facts import is_calendar_month, is_campaign_claim
from tests.incidents.test_linking_spellings import (
    AIRPORT,
    CHEMICAL,
    DAY,
    IDLIB,
    KABUL,
    LANGUAGES,
    TOWN,
    _facts,
    _info,
)

# a mass grave in the town, as each language writes the town
GRAVE = {
    "en": "A mass grave with {n} bodies was found in Khan Sheikhoun after the withdrawal.",
    "ar": "عثر على مقبرة جماعية تضم {n} جثة في مدينة خان شيخون بعد الانسحاب.",
    "fr": "Un charnier de {n} corps a été découvert à Khan Cheikhoun après le retrait.",
    "es": "Se halló una fosa común con {n} cuerpos en Jan Sheijun tras la retirada.",
    "de": "In Chan Scheichun wurde nach dem Abzug ein Massengrab mit {n} Leichen gefunden.",
    "sv": "En massgrav med {n} kroppar hittades i Khan Shejkhun efter reträtten.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_mass_grave_in_one_named_town_joins_reports_days_apart(lang: str) -> None:
    """Graves are found and counted over days after a withdrawal; the town names the event."""
    later = DAY + dt.timedelta(days=10)
    info = {
        1: _info(1, GRAVE["en"].format(n=58), "en", DAY),
        2: _info(2, GRAVE[lang].format(n=280), lang, later),
    }
    facts = [_facts(10, 1, 58, TOWN, DAY), _facts(20, 2, 280, IDLIB, later)]
    assert len(cluster_groups(build_groups(facts, info))) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_attack_in_the_same_town_days_apart_stays_apart(lang: str) -> None:
    later = DAY + dt.timedelta(days=10)
    info = {
        1: _info(1, CHEMICAL["en"].format(n=58), "en", DAY),
        2: _info(2, CHEMICAL[lang].format(n=86), lang, later),
    }
    facts = [_facts(10, 1, 58, TOWN, DAY), _facts(20, 2, 86, IDLIB, later)]
    assert len(cluster_groups(build_groups(facts, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_of_two_events_on_two_days_splits(lang: str) -> None:
    """A report of an attack that recalls the airport bombing three days before: the recalled
    figure joins the airport's own report, the attack's figures stay with the report's event."""
    before = DAY - dt.timedelta(days=3)
    text = f"{AIRPORT[lang].format(n=170)} {AIRPORT[lang].format(n=12)}"
    info = {1: _info(1, text, lang, DAY), 2: _info(2, AIRPORT[lang].format(n=170), lang, before)}
    facts = [
        _facts(10, 1, 12, KABUL, DAY),
        _facts(11, 1, 9, KABUL, DAY),
        _facts(12, 1, 170, KABUL, before),
        _facts(20, 2, 170, KABUL, before),
    ]
    parts = split_by_day(facts[:3])
    assert [[f.claim_id for f in part] for part in parts] == [[10, 11], [12]]
    clusters = cluster_groups(build_groups(facts, info))
    together = {frozenset(f.claim_id for g in c.groups for f in g.claims) for c in clusters}
    assert together == {frozenset({10, 11}), frozenset({12, 20})}


def test_claims_stating_no_day_stay_with_the_report_s_main_event() -> None:
    undated = dataclasses.replace(_facts(13, 1, 4, KABUL, None), start=None, end=None)
    facts = [_facts(10, 1, 12, KABUL, DAY), undated, _facts(12, 1, 7, KABUL, DAY)]
    assert split_by_day(facts) == [facts]
    before = _facts(14, 1, 170, KABUL, DAY - dt.timedelta(days=3))
    assert split_by_day([*facts, before]) == [facts, [before]]


def test_a_date_known_to_its_month_is_no_campaign() -> None:
    october = (dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    assert is_calendar_month(*october) and not is_calendar_month(DAY, DAY)
    assert not is_calendar_month(dt.date(2023, 10, 1), dt.date(2023, 10, 30))

    def claim(low: int, start: dt.date, end: dt.date):  # type: ignore[no-untyped-def]
        facts = _facts(1, 1, low, TOWN, None)
        return dataclasses.replace(facts, start=start, end=end, date_precision="period")

    assert not is_campaign_claim(claim(25, *october))
    assert is_campaign_claim(claim(2500, *october))  # a campaign-scale figure still is
    assert is_campaign_claim(claim(25, dt.date(2023, 10, 7), dt.date(2023, 11, 20)))


# the same massacre counted at a school: another scene, the same town
SCHOOL = {
    "en": "The bodies of {n} residents were found in a school in Khan Sheikhoun.",
    "ar": "عثر على جثث {n} من السكان في مدرسة في مدينة خان شيخون.",
    "fr": "Les corps de {n} habitants ont été retrouvés dans une école de Khan Cheikhoun.",
    "es": "Se hallaron los cuerpos de {n} vecinos en una escuela de Jan Sheijun.",
    "de": "In einer Schule in Chan Scheichun wurden die Leichen von {n} Bewohnern gefunden.",
    "sv": "Kropparna efter {n} invånare hittades i en skola i Khan Shejkhun.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_toll_of_hundreds_in_one_named_town_is_one_event(lang: str) -> None:
    """A massacre counted over weeks: one report counts a grave, another a school; the town and
    a toll of hundreds in both name the event. A toll of a dozen does not."""
    later = DAY + dt.timedelta(days=9)
    info = {
        1: _info(1, GRAVE["en"].format(n=280), "en", DAY),
        2: _info(2, SCHOOL[lang].format(n=410), lang, later),
    }
    facts = [_facts(10, 1, 280, TOWN, None), _facts(20, 2, 410, IDLIB, None)]
    assert len(cluster_groups(build_groups(facts, info))) == 1
    small = [_facts(10, 1, 12, TOWN, None), _facts(20, 2, 14, IDLIB, None)]
    assert len(cluster_groups(build_groups(small, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_town_s_toll_of_hundreds_counted_weeks_apart_is_one_event(lang: str) -> None:
    """A massacre is counted over weeks: a grave's 280 on one day and a school's 410 stated
    eighteen days later, in one named town, are one event; a dozen each days apart are not."""
    later = DAY + dt.timedelta(days=18)
    info = {
        1: _info(1, GRAVE["en"].format(n=280), "en", DAY),
        2: _info(2, SCHOOL[lang].format(n=410), lang, later),
    }
    facts = [_facts(10, 1, 280, TOWN, DAY), _facts(20, 2, 410, IDLIB, later)]
    assert len(cluster_groups(build_groups(facts, info))) == 1
    small = [_facts(10, 1, 12, TOWN, DAY), _facts(20, 2, 14, IDLIB, later)]
    assert len(cluster_groups(build_groups(small, info))) == 2
