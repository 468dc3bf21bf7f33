"""Events linked report by report, in the six languages: what joins two reports and what keeps
them apart. Every sentence here is written for the test (an invented town, invented figures)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import select

from harmledger.link.incidents.documents import DocumentInfo, build_groups, cluster_groups
from harmledger.link.incidents.facts import ClaimFacts
from harmledger.link.incidents.places import place_info
from harmledger.link.incidents.service import link_incidents
from harmledger.link.incidents.sites import main_sites, named_sites, site_counts
from harmledger.store.incident_tables import IncidentClaim
from harmledger.store.ledger import Ledger
from tests.incidents.builders import MOSUL, RAQQA, add_document

DAY = dt.date(2019, 3, 10)
LANGUAGES = ("en", "ar", "fr", "es", "de", "sv")
# per language: a strike on a market, a strike on a hospital (figure first), a later toll update
MARKET = {
    "en": "{n} civilians were killed when a strike hit the crowded Al-Hamra market",
    "ar": "قتل {n} مدنيا عندما أصابت غارة سوق الحمراء المزدحم",
    "fr": "{n} civils ont été tués quand une frappe a touché le marché Al-Hamra",
    "es": "{n} civiles murieron cuando un ataque alcanzó el mercado Al-Hamra",
    "de": "{n} Zivilisten wurden getötet, als ein Angriff den Al-Hamra-Markt traf",
    "sv": "{n} civila dödades när ett anfall träffade Al-Hamra-marknaden",
}
HOSPITAL = {
    "en": "{n} people died when the Al-Karama hospital was struck",
    "ar": "لقي {n} أشخاص حتفهم عندما قصف مستشفى الكرامة",
    "fr": "{n} personnes sont mortes dans la frappe contre l'hôpital Al-Karama",
    "es": "{n} personas murieron en el ataque contra el hospital Al-Karama",
    "de": "{n} Menschen starben beim Angriff auf das Al-Karama-Krankenhaus",
    "sv": "{n} personer dog i anfallet mot Al-Karama-sjukhuset",
}
# two other markets of the same city: one unnamed, one with another name
UNNAMED_MARKET = {
    "en": "{n} civilians were killed when a strike hit a market",
    "ar": "قتل {n} مدنيا عندما أصابت غارة سوقا شعبيا",
    "fr": "{n} civils ont été tués quand une frappe a touché un marché",
    "es": "{n} civiles murieron cuando un ataque alcanzó un mercado",
    "de": "{n} Zivilisten wurden getötet, als ein Angriff einen Markt traf",
    "sv": "{n} civila dödades när ett anfall träffade en marknad",
}
OTHER_MARKET = {
    "en": "{n} civilians were killed when a strike hit the Bab Tuma market",
    "ar": "قتل {n} مدنيا عندما أصابت غارة سوق البرامكة",
    "fr": "{n} civils ont été tués quand une frappe a touché le marché Bab-Touma",
    "es": "{n} civiles murieron cuando un ataque alcanzó el mercado Bab-Tuma",
    "de": "{n} Zivilisten wurden getötet, als ein Angriff den Bab-Tuma-Markt traf",
    "sv": "{n} civila dödades när ett anfall träffade Bab-Tuma-marknaden",
}
UPDATE = {
    "en": "the toll from the strike on the Al-Hamra market rose to {n} dead",
    "ar": "ارتفعت حصيلة قتلى قصف سوق الحمراء إلى {n}",
    "fr": "le bilan de la frappe sur le marché Al-Hamra s'est alourdi à {n} morts",
    "es": "el balance del ataque al mercado Al-Hamra subió a {n} muertos",
    "de": "die Zahl der Toten nach dem Angriff auf den Al-Hamra-Markt stieg auf {n}",
    "sv": "dödssiffran efter anfallet mot Al-Hamra-marknaden steg till {n}",
}


def _report(
    ledger: Ledger,
    lang: str,
    sentence: str,
    n: int,
    place: dict[str, Any],
    *,
    day: dt.date | None = None,
    published: dt.date | None = None,
) -> int:
    stated = {"period_start": day, "period_end": day} if day else {}
    _, [claim] = add_document(
        ledger,
        [{"low": n, "high": n, "quote": sentence.format(n=n), **stated, **place}],
        published=published,
        lang=lang,
    )
    return claim


def _incident(ledger: Ledger, claim_id: int) -> int:
    with ledger.reader() as session:
        return session.scalars(
            select(IncidentClaim.incident_id).where(
                IncidentClaim.claim_id == claim_id, IncidentClaim.removed_at.is_(None)
            )
        ).one()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_scene_is_read_in_every_language(lang: str) -> None:
    assert main_sites(site_counts(MARKET[lang].format(n=7), lang)) == {"market"}
    assert main_sites(site_counts(HOSPITAL[lang].format(n=7), lang)) == {"hospital"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_strikes_in_one_city_on_one_day_stay_apart(ledger: Ledger, lang: str) -> None:
    market = _report(ledger, lang, MARKET[lang], 12, RAQQA, day=DAY)
    hospital = _report(ledger, lang, HOSPITAL[lang], 5, RAQQA, day=DAY)
    bare = _report(ledger, lang, "{n}", 3, RAQQA, day=DAY)  # nothing but city and day
    link_incidents(ledger)
    assert len({_incident(ledger, c) for c in (market, hospital, bare)}) == 3


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_scene_s_own_name_is_read_in_every_language(lang: str) -> None:
    named = {kind for kind, _ in named_sites(MARKET[lang].format(n=7), lang)}
    assert named == {"market"}
    assert not named_sites(UNNAMED_MARKET[lang].format(n=7), lang)
    assert named_sites(OTHER_MARKET[lang].format(n=7), lang) != named_sites(
        MARKET[lang].format(n=7), lang
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_strikes_on_other_markets_of_one_city_on_one_day_stay_apart(
    ledger: Ledger, lang: str
) -> None:
    """A city under bombardment has many markets: the same kind of scene names one event only
    when the site is named alike (or pinned to a neighbourhood, or has the same figure)."""
    named = _report(ledger, lang, MARKET[lang], 12, RAQQA, day=DAY)
    other = _report(ledger, lang, OTHER_MARKET[lang], 7, RAQQA, day=DAY)
    unnamed_too = _report(ledger, lang, UNNAMED_MARKET[lang], 6, MOSUL, day=DAY)
    unnamed_here = _report(ledger, lang, UNNAMED_MARKET[lang], 6, MOSUL, day=DAY)
    link_incidents(ledger)
    assert _incident(ledger, named) != _incident(ledger, other)
    assert _incident(ledger, unnamed_too) != _incident(ledger, unnamed_here)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_strike_reported_three_days_later_joins(ledger: Ledger, lang: str) -> None:
    first = _report(ledger, lang, MARKET[lang], 12, RAQQA, day=DAY, published=DAY)
    later = _report(ledger, lang, MARKET[lang], 12, RAQQA, published=DAY + dt.timedelta(days=3))
    link_incidents(ledger)
    assert _incident(ledger, first) == _incident(ledger, later)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_growing_figures_stay_one_incident(ledger: Ledger, lang: str) -> None:
    claims = [_report(ledger, lang, MARKET[lang], 27, RAQQA, day=DAY, published=DAY)]
    for n, days in ((30, 1), (50, 4), (52, 30)):
        published = DAY + dt.timedelta(days=days)
        claims.append(_report(ledger, lang, UPDATE[lang], n, RAQQA, published=published))
    other = _report(ledger, lang, HOSPITAL[lang], 4, RAQQA, day=DAY, published=DAY)
    link_incidents(ledger)
    assert len({_incident(ledger, c) for c in claims}) == 1
    assert _incident(ledger, other) != _incident(ledger, claims[0])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_of_a_strike_in_another_city_is_not_merged_in(ledger: Ledger, lang: str) -> None:
    here = _report(ledger, lang, MARKET[lang], 12, RAQQA, day=DAY)
    there = _report(ledger, lang, MARKET[lang], 12, MOSUL, day=DAY)
    link_incidents(ledger)
    assert _incident(ledger, here) != _incident(ledger, there)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_later_reports_join_an_existing_incident(ledger: Ledger, lang: str) -> None:
    first = _report(ledger, lang, MARKET[lang], 12, RAQQA, day=DAY, published=DAY)
    link_incidents(ledger)
    later = _report(ledger, lang, UPDATE[lang], 15, RAQQA, published=DAY + dt.timedelta(days=2))
    elsewhere = _report(ledger, lang, HOSPITAL[lang], 2, RAQQA, day=DAY)
    report = link_incidents(ledger)
    assert _incident(ledger, later) == _incident(ledger, first)
    assert report.incidents_created == 1 and _incident(ledger, elsewhere) != _incident(
        ledger, first
    )


def _facts(claim_id: int, document_id: int, n: int, place: dict[str, Any], day: dt.date | None):
    return ClaimFacts(
        claim_id=claim_id,
        document_id=document_id,
        measure="killed",
        who="civilians",
        low=n,
        high=n,
        start=day,
        end=day,
        date_precision="day" if day else "unknown",
        place=place_info(
            place["place"], place["place_name"], place["latitude"], place["longitude"]
        ),
        perpetrator=None,
        weapon=None,
        origin=f"document:{document_id}",
        is_aggregate=False,
    )


def test_the_partition_does_not_depend_on_the_order_reports_arrive_in() -> None:
    reports = []  # (text, lang, figure, place, stated day, published)
    for i, lang in enumerate(LANGUAGES):
        reports.append((MARKET[lang], lang, 10 + i, RAQQA, DAY, DAY))
        reports.append((HOSPITAL[lang], lang, 3 + i, RAQQA, None, DAY + dt.timedelta(days=i)))
        reports.append((MARKET[lang], lang, 20 + i, MOSUL, DAY, DAY))
    partitions = set()
    for seed in range(5):
        order = list(range(len(reports)))
        random.Random(seed).shuffle(order)
        info, facts = {}, []
        for document_id, index in enumerate(order, start=1):
            text, lang, n, place, day, published = reports[index]
            sentence = text.format(n=n)
            sites = main_sites(site_counts(sentence, lang))
            info[document_id] = DocumentInfo(
                f"{index:03d}",
                published,
                sites,
                lang=lang,
                named_sites=frozenset(n for n in named_sites(sentence, lang) if n[0] in sites),
            )
            facts.append(_facts(document_id * 10, document_id, n, place, day))
        clusters = cluster_groups(build_groups(facts, info))
        partitions.add(frozenset(frozenset(group.info.key for group in c.groups) for c in clusters))
    assert len(partitions) == 1
    [partition] = partitions
    # every Raqqa market report is one event, every hospital report another, Mosul a third
    assert sorted(len(events) for events in partition) == [6, 6, 6]
