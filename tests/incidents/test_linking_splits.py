"""What splits one strike, and what keeps two apart, in the six languages: a report days later
with a grown figure or a period counted back from itself joins the strike; a report naming a
second, earlier strike in another town is placed at its lead; bodies found count toward a
massacre's toll; two strikes on unnamed blocks of one city on one day stay two. Every sentence
is written for the test (invented figures and names)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from harmledger.link.incidents.documents import DocumentInfo, Group, build_groups, cluster_groups
from harmledger.link.incidents.places import place_info
from harmledger.link.incidents.sites import named_sites
from tests.incidents.test_linking_spellings import DAY, IDLIB, LANGUAGES, TOWN, _facts
from tests.incidents.test_linking_spellings import _info as _plain_info

# a named hospital, first report and a later one with a grown toll
FIRST = {
    "en": "An airstrike on the Al-Rahma hospital killed {n} people on Tuesday.",
    "ar": "قتل {n} شخصا في غارة على مستشفى الرحمة يوم الثلاثاء.",
    "fr": "Une frappe sur l'hôpital Al-Rahma a tué {n} personnes mardi.",
    "es": "Un bombardeo contra el hospital Al-Rahma mató a {n} personas el martes.",
    "de": "Ein Luftangriff auf das Al-Rahma-Krankenhaus tötete am Dienstag {n} Menschen.",
    "sv": "Ett flyganfall mot sjukhuset Al-Rahma dödade {n} människor i tisdags.",
}
GROWN = {
    "en": "The toll of the strike on the Al-Rahma hospital has risen to {n} dead.",
    "ar": "ارتفع عدد قتلى الغارة على مستشفى الرحمة إلى {n} قتيلا.",
    "fr": "Le bilan de la frappe contre l'hôpital Al-Rahma s'élève désormais à {n} morts.",
    "es": "El balance del bombardeo del hospital Al-Rahma ha subido a {n} muertos.",
    "de": "Die Zahl der Toten nach dem Angriff auf das Al-Rahma-Krankenhaus stieg auf {n}.",
    "sv": "Dödssiffran efter anfallet mot sjukhuset Al-Rahma har stigit till {n}.",
}
RECENT = {
    "en": "Strikes on the Al-Rahma hospital have killed {n} people over the past six days.",
    "ar": "قتل {n} شخصا في غارات على مستشفى الرحمة خلال الأيام الستة الماضية.",
    "fr": "Les frappes sur l'hôpital Al-Rahma ont tué {n} personnes au cours des six derniers jours.",
    "es": "Los bombardeos del hospital Al-Rahma mataron a {n} personas en los últimos seis días.",
    "de": "Angriffe auf das Al-Rahma-Krankenhaus töteten in den vergangenen sechs Tagen {n} Menschen.",
    "sv": "Anfallen mot sjukhuset Al-Rahma har dödat {n} människor under de senaste sex dagarna.",
}
# a strike on an unnamed residential block of a city
BLOCK = {
    "en": "A missile hit a residential building in the city, killing {n} people.",
    "ar": "قتل {n} شخصا في سقوط صاروخ على مبنى سكني في المدينة.",
    "fr": "Un missile a frappé un immeuble de la ville, tuant {n} personnes.",
    "es": "Un misil alcanzó un edificio residencial de la ciudad y mató a {n} personas.",
    "de": "Eine Rakete traf ein Wohnhaus in der Stadt und tötete {n} Menschen.",
    "sv": "En missil träffade ett bostadshus i staden och dödade {n} människor.",
}
# a massacre counted in a town: bodies in a grave, the dead of a school
GRAVE = {
    "en": "Investigators found {n} bodies in a mass grave in Khan Sheikhoun.",
    "ar": "عثر المحققون على {n} جثة في مقبرة جماعية في مدينة خان شيخون.",
    "fr": "Les enquêteurs ont découvert {n} corps dans un charnier à Khan Cheikhoun.",
    "es": "Los investigadores hallaron {n} cuerpos en una fosa común en Jan Sheijun.",
    "de": "Ermittler fanden in Chan Scheichun {n} Leichen in einem Massengrab.",
    "sv": "Utredarna hittade {n} kroppar i en massgrav i Khan Shejkhun.",
}
SCHOOL = {
    "en": "The mayor said {n} residents of Khan Sheikhoun were killed, some in a school basement.",
    "ar": "قال رئيس البلدية إن {n} من سكان مدينة خان شيخون قتلوا، بعضهم في قبو مدرسة.",
    "fr": "Le maire a dit que {n} habitants de Khan Cheikhoun ont été tués, dont certains dans "
    "la cave d'une école.",
    "es": "El alcalde dijo que {n} vecinos de Jan Sheijun murieron, algunos en el sótano de "
    "una escuela.",
    "de": "Der Bürgermeister sagte, {n} Einwohner von Chan Scheichun seien getötet worden, "
    "manche im Keller einer Schule.",
    "sv": "Borgmästaren sade att {n} invånare i Khan Shejkhun dödades, några i en skolas källare.",
}
CITY = place_info("geonames:170063", "Aleppo", 36.20124, 37.16117)
FAR_VILLAGE = place_info("user:example-village", "Example Village", 36.13, 36.83)  # 30 km west


def _info(document_id: int, text: str, lang: str, published: dt.date | None) -> DocumentInfo:
    """What linking reads of a report, with the scenes it names by their own name."""
    info = _plain_info(document_id, text, lang, published)
    named = frozenset(n for n in named_sites(text, lang) if n[0] in info.sites)
    return dataclasses.replace(info, named_sites=named)


def _clusters(info: dict[int, object], facts: list[object]) -> list[frozenset[int]]:
    clusters = cluster_groups(build_groups(facts, info))  # type: ignore[arg-type]
    return sorted(
        (frozenset(f.claim_id for g in c.groups for f in g.claims) for c in clusters), key=min
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_strike_reported_three_days_apart_with_a_grown_figure_is_one(lang: str) -> None:
    """27 on the day, 50 three days later: a toll grows; the later report states no day."""
    later = DAY + dt.timedelta(days=3)
    info = {
        1: _info(1, FIRST["en"].format(n=27), "en", DAY),
        2: _info(2, GROWN[lang].format(n=50), lang, later),
    }
    facts = [_facts(10, 1, 27, CITY, DAY), _facts(20, 2, 50, CITY, None)]
    assert _clusters(info, facts) == [frozenset({10, 20})]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_period_counted_back_from_a_later_report_joins_the_strike(lang: str) -> None:
    """ "Over the past six days" in a report three days on covers the strike's day; read as
    one day (six days before the report) it would lie three days before the strike and split
    it."""
    later = DAY + dt.timedelta(days=3)
    info = {
        1: _info(1, FIRST["en"].format(n=14), "en", DAY),
        2: _info(2, RECENT[lang].format(n=55), lang, later),
    }
    recent = dataclasses.replace(
        _facts(20, 2, 55, CITY, None),
        start=later - dt.timedelta(days=6),
        end=later,
        date_precision="period",
    )
    assert _clusters(info, [_facts(10, 1, 14, CITY, DAY), recent]) == [frozenset({10, 20})]
    one_day = dataclasses.replace(recent, end=recent.start, date_precision="day")
    assert len(_clusters(info, [_facts(10, 1, 14, CITY, DAY), one_day])) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_strikes_on_unnamed_blocks_of_one_city_on_one_day_stay_apart(lang: str) -> None:
    info = {
        1: _info(1, BLOCK["en"].format(n=12), "en", DAY),
        2: _info(2, BLOCK[lang].format(n=30), lang, DAY),
    }
    facts = [_facts(10, 1, 12, CITY, DAY), _facts(20, 2, 30, CITY, DAY)]
    assert len(_clusters(info, facts)) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bodies_found_count_toward_a_town_s_toll(lang: str) -> None:
    """One report counts bodies in a grave, another the dead of the town (a school named in
    passing): hundreds in one named town are one massacre, whatever scene each names."""
    later = DAY + dt.timedelta(days=12)
    info = {
        1: _info(1, GRAVE["en"].format(n=280), "en", DAY),
        2: _info(2, SCHOOL[lang].format(n=410), lang, later),
    }
    bodies = dataclasses.replace(_facts(10, 1, 280, TOWN, None), measure="bodies_recovered")
    killed = _facts(20, 2, 410, IDLIB, None)
    assert _clusters(info, [bodies, killed]) == [frozenset({10, 20})]
    fewer = dataclasses.replace(bodies, low=28, high=28)  # a grave of 28: no toll of hundreds
    assert len(_clusters(info, [fewer, killed])) == 2


def test_a_report_naming_an_earlier_strike_in_another_town_is_placed_at_its_lead() -> None:
    """One claim at the city (the report's lead, its strike), one at a town 30 km away (an
    earlier strike recalled at the end), a day apart: the report is placed and dated by its
    lead, not by the finer place or the earlier day."""
    day_before = DAY - dt.timedelta(days=1)
    lead = _facts(10, 1, 50, CITY, DAY)
    recalled = _facts(11, 1, 5, FAR_VILLAGE, day_before)
    info = {1: _info(1, FIRST["en"].format(n=50), "en", DAY)}
    (group,) = build_groups([lead, recalled], info)  # type: ignore[arg-type]
    assert isinstance(group, Group)
    assert group.place == CITY and group.stated == (DAY, DAY)
    (group,) = build_groups([recalled, lead], info)  # type: ignore[arg-type]
    assert group.place == FAR_VILLAGE and group.stated == (day_before, day_before)


def test_a_district_and_its_city_named_equally_place_the_report_at_the_district() -> None:
    district = place_info(None, "Example District", 36.205, 37.165)  # 0.6 km from the centre
    facts = [_facts(10, 1, 50, CITY, DAY), _facts(11, 1, 20, district, DAY)]
    info = {1: _info(1, FIRST["en"].format(n=50), "en", DAY)}
    (group,) = build_groups(facts, info)  # type: ignore[arg-type]
    assert group.place.name == "Example District"


def test_a_report_s_key_is_its_text_not_its_line_in_the_file(
    sqlite_template: Path, tmp_path: Path
) -> None:
    """One file of reports ingested in two orders: the reports' keys sort them the same way
    (keys order groups and break ties between equal evidence), so linking gives one result."""
    import json

    from harmledger.config import load_settings
    from harmledger.extract.runner import extract_documents
    from harmledger.ingestion.pipeline import IngestOptions, ingest_items
    from harmledger.link.incidents.service import document_context
    from harmledger.store.ledger import open_ledger
    from tests.ledgers import home_from_template

    records = [
        {"text": FIRST["en"].format(n=14), "lang": "en", "published": "2017-04-04"},
        {"text": GROWN["fr"].format(n=30), "lang": "fr", "published": "2017-04-06"},
        {"text": BLOCK["de"].format(n=9), "lang": "de", "published": "2017-04-05"},
    ]
    keys: list[list[str]] = []
    for name, order in (("forward", records), ("backward", records[::-1])):
        home = home_from_template(sqlite_template, tmp_path / name)
        corpus = tmp_path / f"{name}.jsonl"
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in order))
        with open_ledger(load_settings(home=home, actor="tester")) as ledger:
            ingest_items(ledger, [str(corpus)], IngestOptions())
            extract_documents(ledger)
            with ledger.reader() as session:
                from harmledger.store.tables import Document

                info, _ = document_context(session)
                texts = {d.id: d.text for d in session.query(Document)}
        by_key = sorted(info.items(), key=lambda item: item[1].key)
        keys.append([texts[document_id] for document_id, _ in by_key])
    assert len(keys[0]) == 3 and keys[0] == keys[1]
