"""A toll that grows in later reports with no day of their own, the publication day beside the
event's day, and teasers of other events under a report: what keeps one incident whole and what
keeps another out. Every sentence here is written for the test (invented figures and places)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from harmledger.link.incidents.documents import (
    DocumentInfo,
    as_of_publication,
    build_groups,
    cluster_groups,
)
from harmledger.link.incidents.sites import main_sites, site_counts, teaser_claims
from tests.incidents.test_linking_spellings import DAY, KABUL, LANGUAGES, _facts

# the first report: the scene, the day, the first toll
BLOCK = {
    "en": "A missile hit an apartment block on Saturday, killing {n} residents.",
    "ar": "أصاب صاروخ مبنى سكني يوم السبت ما أدى إلى مقتل {n} من السكان.",
    "fr": "Un missile a frappé un immeuble samedi, tuant {n} habitants.",
    "es": "Un misil impactó el sábado en un edificio residencial y mató a {n} vecinos.",
    "de": "Eine Rakete traf am Samstag ein Wohnhaus und tötete {n} Bewohner.",
    "sv": "En robot träffade ett bostadshus i lördags och dödade {n} boende.",
}
# a later report: the toll rose, the scene named, no day of its own
ROSE = {
    "en": "The toll in the apartment block rose to {n}, rescuers said.",
    "ar": "ارتفعت حصيلة القتلى في المبنى السكني إلى {n} بحسب فرق الإنقاذ.",
    "fr": "Le bilan dans l'immeuble s'est alourdi à {n} morts, selon les secours.",
    "es": "El balance en el edificio residencial ascendió a {n} muertos, según los rescatistas.",
    "de": "Die Zahl der Toten im Wohnhaus stieg auf {n}, sagten die Retter.",
    "sv": "Dödssiffran i bostadshuset steg till {n}, enligt räddningstjänsten.",
}


def _info(document_id: int, text: str, lang: str, published: dt.date | None) -> DocumentInfo:
    return DocumentInfo(
        f"key{document_id}", published, main_sites(site_counts(text, lang)), lang=lang
    )


def _undated(claim_id: int, document_id: int, n: int):  # type: ignore[no-untyped-def]
    return dataclasses.replace(_facts(claim_id, document_id, n, KABUL, None), start=None, end=None)


def _on(claim_id: int, document_id: int, n: int, day: dt.date):  # type: ignore[no-untyped-def]
    return _facts(claim_id, document_id, n, KABUL, day)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sentences_name_the_block(lang: str) -> None:
    assert main_sites(site_counts(BLOCK[lang].format(n=27), lang)) == {"apartment_block"}
    assert main_sites(site_counts(ROSE[lang].format(n=52), lang)) == {"apartment_block"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_later_reports_with_no_day_that_update_the_toll_are_one_incident(lang: str) -> None:
    """27 and 30 on the day, then 50 a week later and 52 two months later, in reports that
    state no day: one incident, whatever order the reports arrive in."""
    info = {
        1: _info(1, BLOCK[lang].format(n=27), lang, DAY),
        2: _info(2, BLOCK["en"].format(n=30), "en", DAY + dt.timedelta(days=1)),
        3: _info(3, ROSE[lang].format(n=50), lang, DAY + dt.timedelta(days=7)),
        4: _info(4, ROSE[lang].format(n=52), lang, DAY + dt.timedelta(days=60)),
    }
    facts = [_on(10, 1, 27, DAY), _on(20, 2, 30, DAY), _undated(30, 3, 50), _undated(40, 4, 52)]
    assert len(cluster_groups(build_groups(facts, info))) == 1
    for seed in range(4):  # the order of arrival changes nothing
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert len(cluster_groups(build_groups(shuffled, info))) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_strikes_on_blocks_of_one_city_on_one_day_stay_apart(lang: str) -> None:
    """Each report states the day: a toll of 25 and one of 30 are two strikes, not an update."""
    info = {
        1: _info(1, BLOCK[lang].format(n=25), lang, DAY),
        2: _info(2, BLOCK[lang].format(n=30), lang, DAY),
    }
    facts = [_on(10, 1, 25, DAY), _on(20, 2, 30, DAY)]
    assert len(cluster_groups(build_groups(facts, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_small_or_distant_tolls_are_not_an_update(lang: str) -> None:
    """A later undated report of 8 beside 5 names nothing (small strikes are many); 90 beside
    30 is not the same count grown."""
    for first, later in ((5, 8), (30, 90)):
        info = {
            1: _info(1, BLOCK[lang].format(n=first), lang, DAY),
            2: _info(2, ROSE[lang].format(n=later), lang, DAY + dt.timedelta(days=5)),
        }
        facts = [_on(10, 1, first, DAY), _undated(20, 2, later)]
        assert len(cluster_groups(build_groups(facts, info))) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_publication_day_beside_the_event_day_is_the_toll_as_of_the_report(lang: str) -> None:
    """A report published three days after the strike: 5 dead on the day, 45 dead as of the
    day it appeared (a dateline under the title). One event, dated by the strike."""
    published = DAY + dt.timedelta(days=3)
    info = {1: _info(1, BLOCK[lang].format(n=45), lang, published)}
    facts = [_on(10, 1, 5, DAY), _on(11, 1, 45, published)]
    groups = build_groups(facts, info)
    assert len(groups) == 1 and groups[0].stated == (DAY, DAY)
    read = as_of_publication(facts, info[1])
    assert read[0] == facts[0] and read[1].date_precision == "document"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_smaller_toll_on_the_publication_day_is_another_strike(lang: str) -> None:
    """Today 3 killed, and on Saturday 12: the day's own figure is a second event."""
    published = DAY + dt.timedelta(days=3)
    info = {1: _info(1, BLOCK[lang].format(n=12), lang, published)}
    facts = [_on(10, 1, 12, DAY), _on(11, 1, 3, published)]
    assert len(build_groups(facts, info)) == 2
    # and a report known only to its month has no publication day to compare
    month = dataclasses.replace(info[1], published_latest=published + dt.timedelta(days=20))
    assert as_of_publication([_on(10, 1, 5, DAY), _on(11, 1, 45, published)], month)[1].start == (
        published
    )


# a block of links to other articles at a report's end: a marker line, a date, a headline
MARKER = {
    "en": "Read more",
    "ar": "اقرأ أيضا",
    "fr": "Lire aussi",
    "es": "Lee también",
    "de": "Lesen Sie auch:",
    "sv": "Läs också",
}
HEADLINE = {
    "en": "{n} dead, 40 injured in a strike on the port",
    "ar": "{n} قتيلا و40 جريحا في غارة على الميناء",
    "fr": "{n} morts, 40 blessés dans une frappe sur le port",
    "es": "{n} muertos y 40 heridos en un ataque contra el puerto",
    "de": "{n} Tote, 40 Verletzte bei einem Angriff auf den Hafen",
    "sv": "{n} döda, 40 skadade i en attack mot hamnen",
}


def _span(text: str, claim_id: int, n: int) -> tuple[int, int, int]:
    start = text.index(str(n))
    return claim_id, start, start + len(str(n))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_figure_in_a_block_of_related_links_is_a_teaser(lang: str) -> None:
    body = BLOCK[lang].format(n=27)
    text = f"{body}\n{MARKER[lang]}\n03/02/2022\n{HEADLINE[lang].format(n=11)}\n"
    assert teaser_claims(text, [_span(text, 1, 27), _span(text, 2, 11)], lang) == {2}
    # without the marker line the figure is the report's
    plain = f"{body}\n{HEADLINE[lang].format(n=11)}\n"
    assert teaser_claims(plain, [_span(plain, 2, 11)], lang) == frozenset()
    # a long line after the block is the article again
    again = f"{text}{' '.join([body] * 4)} 19\n"
    assert teaser_claims(again, [_span(again, 3, 19)], lang) == frozenset()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_teasers_figure_is_not_merged_into_the_reports_incident(lang: str) -> None:
    """The report of the block strike ends with a teaser of a strike on a port: the teaser's
    figure is a group of its own, and another report of the block joins only the report."""
    info = {
        1: dataclasses.replace(
            _info(1, BLOCK[lang].format(n=45), lang, DAY), teasers=frozenset({11})
        ),
        2: _info(2, ROSE[lang].format(n=45), lang, DAY + dt.timedelta(days=2)),
    }
    facts = [_on(10, 1, 45, DAY), _undated(11, 1, 11), _undated(20, 2, 45)]
    clusters = cluster_groups(build_groups(facts, info))
    held = sorted(sorted(f.claim_id for g in c.groups for f in g.claims) for c in clusters)
    assert held == [[10, 20], [11]]
