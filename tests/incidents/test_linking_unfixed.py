"""A report known only to its month that dates a figure by a day or week counted from itself
("last week", "on Tuesday"): extraction fixes no day for it, yet it is at a time of its own,
apart from a day the report writes out for its other figures. Every sentence is written for
the test (invented figures)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from harmledger.link.incidents.documents import build_groups, cluster_groups, split_by_day
from harmledger.link.incidents.sites import unfixed_claims
from tests.incidents.test_linking_spellings import AIRPORT, DAY, KABUL, LANGUAGES, _facts, _info

LAST_WEEK = {
    "en": "Last week a bomb at the airport killed {n} people.",
    "ar": "قتل {n} شخصا في تفجير عند المطار الأسبوع الماضي.",
    "fr": "La semaine dernière, une bombe à l'aéroport a tué {n} personnes.",
    "es": "La semana pasada, una bomba en el aeropuerto mató a {n} personas.",
    "de": "Letzte Woche tötete eine Bombe am Flughafen {n} Menschen.",
    "sv": "Förra veckan dödade en bomb vid flygplatsen {n} människor.",
}
# a month or a year the report's month fixes: no unfixed day
LAST_YEAR = {
    "en": "Last year a bomb at the airport killed {n} people.",
    "ar": "قتل {n} شخصا في تفجير عند المطار العام الماضي.",
    "fr": "L'année dernière, une bombe à l'aéroport a tué {n} personnes.",
    "es": "El año pasado, una bomba en el aeropuerto mató a {n} personas.",
    "de": "Im vergangenen Jahr tötete eine Bombe am Flughafen {n} Menschen.",
    "sv": "I fjol dödade en bomb vid flygplatsen {n} människor.",
}


def _span(text: str, claim_id: int, n: int) -> tuple[int, int, int]:
    start = text.index(str(n))
    return claim_id, start, start + len(str(n))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_week_counted_from_a_month_dated_report_is_unfixed(lang: str) -> None:
    text = LAST_WEEK[lang].format(n=120)
    assert unfixed_claims(text, [_span(text, 7, 120)], lang, "month") == {7}
    # a report dated to the day fixes it (extraction dates the claim)
    assert unfixed_claims(text, [_span(text, 7, 120)], lang, "day") == frozenset()
    other = LAST_YEAR[lang].format(n=120)
    assert unfixed_claims(other, [_span(other, 8, 120)], lang, "month") == frozenset()


def _undated(claim_id: int, document_id: int, n: int):  # type: ignore[no-untyped-def]
    facts = _facts(claim_id, document_id, n, KABUL, None)
    return dataclasses.replace(facts, start=None, end=None, date_precision="document")


def test_unfixed_figures_are_a_group_apart_from_a_written_day() -> None:
    after = DAY + dt.timedelta(days=3)
    facts = [_facts(10, 1, 10, KABUL, after), _undated(11, 1, 120)]
    assert split_by_day(facts) == [facts]  # without the cue: one event, the written day's
    parts = split_by_day(facts, unfixed=frozenset({11}))
    assert [[f.claim_id for f in part] for part in parts] == [[10], [11]]
    # a report all of whose figures are unfixed stays one group
    assert split_by_day([_undated(11, 1, 120)], unfixed=frozenset({11})) == [[_undated(11, 1, 120)]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_month_dated_report_joins_each_event(lang: str) -> None:
    """A report of the month after two strikes: a drone strike it dates by its day, and an
    airport bombing it dates "last week". The week's toll joins the bombing's report (three
    days before the drone strike), not the drone strike it would join by the written day."""
    after = DAY + dt.timedelta(days=3)
    month = after.replace(day=1) + dt.timedelta(days=31)
    drone = "A drone strike on a car killed 10 people on the day."
    text = f"{drone} {LAST_WEEK[lang].format(n=120)}"
    info = {
        1: dataclasses.replace(_info(1, text, lang, month.replace(day=1)), unfixed=frozenset({12})),
        2: _info(2, "A drone strike on a car in the city killed 10 people.", "en", after),
        3: _info(3, AIRPORT[lang].format(n=150), lang, DAY),
    }
    facts = [_facts(10, 1, 10, KABUL, after), _undated(12, 1, 120)]
    facts += [_facts(20, 2, 10, KABUL, after), _facts(30, 3, 150, KABUL, DAY)]
    clusters = cluster_groups(build_groups(facts, info))
    together = {frozenset(f.claim_id for g in c.groups for f in g.claims) for c in clusters}
    assert frozenset({12, 30}) in together
    assert not any({10, 12} <= group for group in together)
