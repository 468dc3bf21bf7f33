"""A report of one event that recalls another with its day and toll ("days after the airport
bombing of 26 August, when 180 were killed"): the recalled day is that event's, and the
report's own undated figures do not take it. Every sentence is written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from harmledger.link.incidents.documents import build_groups, cluster_groups, split_by_day
from harmledger.link.incidents.sites import recalled_claims
from tests.incidents.test_linking_spellings import AIRPORT, DAY, KABUL, LANGUAGES, _facts, _info

RECALL = {
    "en": "The drone strike on the car came three days after the bombing at the airport on "
    "26 August, when {n} people were killed.",
    "ar": "جاءت الغارة بطائرة مسيرة على السيارة بعد أيام من التفجير عند المطار في 26 آب، حين "
    "قتل {n} شخصا.",
    "fr": "La frappe de drone contre la voiture a eu lieu trois jours après l'attentat à "
    "l'aéroport le 26 août, qui a tué {n} personnes.",
    "es": "El ataque con dron contra el coche llegó tres días después del atentado en el "
    "aeropuerto el 26 de agosto, que mató a {n} personas.",
    "de": "Der Drohnenangriff auf das Auto kam drei Tage nach dem Anschlag am Flughafen am "
    "26. August, bei dem {n} Menschen starben.",
    "sv": "Drönarattacken mot bilen kom tre dagar efter bombdådet vid flygplatsen den 26 "
    "augusti, då {n} människor dödades.",
}
# the report's own event, dated by "after": no other event recalled
OWN = {
    "en": "After the strike on Saturday, {n} people were dead.",
    "ar": "بعد الغارة يوم السبت، قتل {n} شخصا.",
    "fr": "Après la frappe de samedi, {n} personnes étaient mortes.",
    "es": "Tras el ataque del sábado, {n} personas habían muerto.",
    "de": "Nach dem Angriff am Samstag waren {n} Menschen tot.",
    "sv": "Efter attacken i lördags var {n} människor döda.",
}


def _span(text: str, claim_id: int, n: int) -> tuple[int, int, int]:
    start = text.index(str(n))
    return claim_id, start, start + len(str(n))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_figure_set_in_a_recalled_event_is_marked(lang: str) -> None:
    text = RECALL[lang].format(n=180)
    assert recalled_claims(text, [_span(text, 7, 180)], lang) == {7}
    own = OWN[lang].format(n=12)
    assert recalled_claims(own, [_span(own, 8, 12)], lang) == frozenset()


def test_a_cue_in_an_earlier_sentence_marks_nothing() -> None:
    text = "The strike came days after the talks. It killed 14 people."
    assert recalled_claims(text, [_span(text, 9, 14)], "en") == frozenset()


def _undated(claim_id: int, document_id: int, n: int):  # type: ignore[no-untyped-def]
    return dataclasses.replace(_facts(claim_id, document_id, n, KABUL, None), start=None, end=None)


def test_undated_figures_do_not_take_a_recalled_day() -> None:
    before = DAY - dt.timedelta(days=3)
    facts = [_undated(10, 1, 10), _undated(11, 1, 7), _facts(12, 1, 180, KABUL, before)]
    assert split_by_day(facts) == [facts]  # without the cue: one event, dated by the recall
    parts = split_by_day(facts, frozenset({12}))
    assert [[f.claim_id for f in part] for part in parts] == [[10, 11], [12]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_recalling_an_earlier_bombing_joins_each_event(lang: str) -> None:
    """The report's undated drone figures join the drone strike's report (dated three days
    after the bombing); its recalled toll joins the airport bombing's report."""
    before = DAY - dt.timedelta(days=3)
    text = f"A drone strike on a car killed 10 people, 7 of them children. {RECALL[lang]}"
    info = {
        1: dataclasses.replace(
            _info(1, text.format(n=180), lang, DAY + dt.timedelta(days=20)),
            recalled=frozenset({12}),
        ),
        2: _info(2, "A drone strike on a car in the city killed 10 people.", "en", DAY),
        3: _info(3, AIRPORT[lang].format(n=170), lang, before),
    }
    facts = [_undated(10, 1, 10), _undated(11, 1, 7), _facts(12, 1, 180, KABUL, before)]
    facts += [_facts(20, 2, 10, KABUL, DAY), _facts(30, 3, 170, KABUL, before)]
    clusters = cluster_groups(build_groups(facts, info))
    together = {frozenset(f.claim_id for g in c.groups for f in g.claims) for c in clusters}
    assert together == {frozenset({10, 11, 20}), frozenset({12, 30})}
