"""One place spelled the way each language spells it, month-dated reports, and publishers: what
joins reports of one event across languages and what keeps other events apart. Every sentence
here is written for the test (invented figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.link.incidents.documents import (
    DocumentInfo,
    build_groups,
    cluster_groups,
    pair_score,
)
from harmledger.link.incidents.facts import ClaimFacts
from harmledger.link.incidents.places import PlaceInfo, place_info
from harmledger.link.incidents.service import latest_publication, mentioned_keys
from harmledger.link.incidents.sites import main_sites, site_counts
from harmledger.link.incidents.translit import key

LANGUAGES = ("en", "ar", "fr", "es", "de", "sv")
DAY = dt.date(2017, 4, 4)
TOWN = place_info("geonames:168325", "Khān Shaykhūn", 35.44208, 36.65095)
IDLIB = place_info("geonames:169389", "Idlib", 35.93062, 36.63393)
DAMASCUS = place_info("geonames:170654", "Damascus", 33.5102, 36.29128)
KABUL = place_info("geonames:1138958", "Kabul", 34.52813, 69.17233)
# the town as each language writes it, in a report of a chemical attack
CHEMICAL = {
    "en": "The chemical attack on Khan Sheikhoun killed {n} people, doctors said.",
    "ar": "قتل {n} شخصا في الهجوم الكيماوي على مدينة خان شيخون صباح اليوم.",
    "fr": "Selon les médecins, l'attaque chimique contre Khan Cheikhoun a fait {n} morts.",
    "es": "Según los médicos, el ataque químico en Jan Sheijun dejó {n} muertos.",
    "de": "Nach Angaben von Ärzten tötete der Giftgasangriff auf Chan Scheichun {n} Menschen.",
    "sv": "Enligt läkare dödade den kemiska attacken mot Khan Shejkhun {n} människor.",
}
AIRPORT = {
    "en": "A bomb at the airport killed {n} people.",
    "ar": "قتل {n} أشخاص في تفجير عند المطار.",
    "fr": "Une bombe à l'aéroport a tué {n} personnes.",
    "es": "Una bomba en el aeropuerto mató a {n} personas.",
    "de": "Eine Bombe am Flughafen tötete {n} Menschen.",
    "sv": "En bomb vid flygplatsen dödade {n} människor.",
}


def _facts(
    claim_id: int, document_id: int, n: int, place: PlaceInfo, day: dt.date | None
) -> ClaimFacts:
    return ClaimFacts(
        claim_id=claim_id,
        document_id=document_id,
        measure="killed",
        who=None,
        low=n,
        high=n,
        start=day,
        end=day,
        date_precision="day" if day else "unknown",
        place=place,
        perpetrator=None,
        weapon=None,
        origin=f"document:{document_id}",
        is_aggregate=False,
    )


def _info(document_id: int, text: str, lang: str, published: dt.date | None) -> DocumentInfo:
    return DocumentInfo(
        f"key{document_id}",
        published,
        main_sites(site_counts(text, lang)),
        lang=lang,
        mentions=mentioned_keys(text, lang),
    )


def test_one_name_in_six_spellings_has_one_key() -> None:
    keys = {key(word) for word in ("Shaykhun", "Sheikhoun", "Cheikhoun", "Sheijun", "شيخون")}
    keys |= {key(word) for word in ("Scheichun", "Shejkhun")}
    assert len(keys) == 1 and "" not in keys
    assert len({key(w) for w in ("Bucha", "Butscha", "Boutcha", "Butja", "بوشا")}) == 1
    assert key("Bucha") != key("Baghdad") and key("Kyiv") == ""  # too short to tell apart


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_naming_the_town_in_its_own_spelling_mentions_it(lang: str) -> None:
    assert key("Shaykhun") in mentioned_keys(CHEMICAL[lang].format(n=58), lang)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_reports_placed_at_other_cities_that_name_the_town_join_it(lang: str) -> None:
    """One report is placed at the town; two others, whose claims were read at the provincial
    capital and at the national capital, name the town in their own spelling."""
    reports = [
        (1, "en", TOWN, DAY, DAY, 58),
        (2, lang, IDLIB, None, DAY + dt.timedelta(days=1), 72),
        (3, lang, DAMASCUS, None, DAY + dt.timedelta(days=2), 86),
    ]
    info, facts = {}, []
    for document_id, language, place, day, published, n in reports:
        info[document_id] = _info(document_id, CHEMICAL[language].format(n=n), language, published)
        facts.append(_facts(document_id * 10, document_id, n, place, day))
    clusters = cluster_groups(build_groups(facts, info))
    assert len(clusters) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_naming_no_town_of_the_batch_stays_apart(lang: str) -> None:
    info = {
        1: _info(1, CHEMICAL["en"].format(n=58), "en", DAY),
        2: _info(2, AIRPORT[lang].format(n=9), lang, DAY + dt.timedelta(days=1)),
    }
    facts = [_facts(10, 1, 58, TOWN, DAY), _facts(20, 2, 9, DAMASCUS, None)]
    assert len(cluster_groups(build_groups(facts, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_another_years_attack_at_the_same_site_stays_apart(lang: str) -> None:
    earlier, later = dt.date(2018, 1, 27), dt.date(2021, 8, 26)
    info = {
        1: _info(1, AIRPORT[lang].format(n=23), lang, earlier),
        2: _info(2, AIRPORT[lang].format(n=170), lang, later),
    }
    facts = [_facts(10, 1, 23, KABUL, earlier), _facts(20, 2, 170, KABUL, later)]
    assert len(cluster_groups(build_groups(facts, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_dated_only_by_its_month_may_follow_the_event(lang: str) -> None:
    """A page dated "April 2017" is stored as 1 April; the attack of 4 April can be in it."""
    month = dt.date(2017, 4, 1)
    stated = _info(1, CHEMICAL[lang].format(n=58), lang, DAY)
    dated_by_month = DocumentInfo(
        "key2",
        month,
        stated.sites,
        lang=lang,
        mentions=stated.mentions,
        published_latest=latest_publication(month, "month"),
    )
    facts = [_facts(10, 1, 58, TOWN, DAY), _facts(20, 2, 86, TOWN, None)]
    assert len(cluster_groups(build_groups(facts, {1: stated, 2: dated_by_month}))) == 1
    assert latest_publication(month, "month") == dt.date(2017, 4, 30)
    assert latest_publication(dt.date(2017, 12, 1), "month") == dt.date(2017, 12, 31)
    assert latest_publication(month, "day") is None


def test_a_publisher_is_no_origin_two_of_its_reports_share() -> None:
    def group(document_id: int, origin: str, publisher: str | None):  # type: ignore[no-untyped-def]
        info = DocumentInfo(f"key{document_id}", DAY, frozenset({"chemical"}), publisher=publisher)
        facts = [_facts(document_id, document_id, 58, TOWN, DAY)]
        facts = [ClaimFacts(**{**f.__dict__, "origin": origin}) for f in facts]
        [built] = build_groups(facts, {document_id: info})
        return built

    quoted = pair_score(group(1, "civil defence", "outlet"), group(2, "civil defence", "outlet"))
    own = pair_score(group(1, "outlet", "outlet"), group(2, "outlet", "outlet"))
    assert quoted and own
    assert any(r.startswith("same origin") for r in quoted[1])
    assert not any(r.startswith("same origin") for r in own[1])
    assert quoted[0] > own[0]
