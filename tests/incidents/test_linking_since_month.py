"""A figure an undated report counts since a month ("since mid-November, 500 civilians were
killed"): no year dates it, yet it is a campaign's figure over weeks, not an undated event.
Every sentence is written for the test (invented figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.link.incidents.sites import since_month_claims

SINCE = {
    "en": "Since mid-November, air strikes have killed 500 civilians in the city.",
    "fr": "Depuis la mi-novembre, les frappes ont tué 500 civils dans la ville.",
    "es": "Desde mediados de noviembre, los bombardeos han matado a 500 civiles en la ciudad.",
    "de": "Seit Mitte November wurden in der Stadt 500 Zivilisten getötet.",
    "sv": "Sedan mitten av november har flygattacker dödat 500 civila i staden.",
    "ar": "قتل 500 مدني في غارات على المدينة منذ منتصف تشرين الثاني.",
}
# a month with its day is a date, not a count since the month
DAY = {
    "en": "The toll from the November 27 strike has risen to 500.",
    "fr": "Le bilan de la frappe du 27 novembre s'élève à 500 morts.",
    "es": "El balance del ataque del 27 de noviembre asciende a 500 muertos.",
    "de": "Die Zahl der Toten des Angriffs vom 27. November stieg auf 500.",
    "sv": "Dödssiffran efter attacken den 27 november har stigit till 500.",
    "ar": "ارتفعت حصيلة قتلى غارة 27 تشرين الثاني إلى 500.",
}


def _span(text: str) -> list[tuple[int, int, int]]:
    start = text.index("500")
    return [(7, start, start + 3)]


@pytest.mark.parametrize("lang", sorted(SINCE))
def test_a_figure_since_a_month_in_an_undated_report_is_marked(lang: str) -> None:
    assert since_month_claims(SINCE[lang], _span(SINCE[lang]), lang) == {7}
    # with a publication date, extraction reads the period itself
    dated = since_month_claims(SINCE[lang], _span(SINCE[lang]), lang, dt.date(2016, 12, 14))
    assert dated == frozenset()
    assert since_month_claims(DAY[lang], _span(DAY[lang]), lang) == frozenset()
