"""The day a report's opening sentence gives its event dates the figures that follow undated
("On Friday, 27 October, a house was bombed. Medics said 3 were hurt."), when that day is the
publication day or one of the two before; a lead day further back is background. Every sentence
is written for the test (invented figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims

PUBLISHED = dt.date(2023, 10, 27)
LEAD = {
    "en": "On Friday, 27 October, an airstrike hit a house in the town. Medics said 3 people were injured.",
    "fr": "Le vendredi 27 octobre, une frappe a touché une maison de la ville. Selon les secours, 3 personnes ont été blessées.",
    "es": "El viernes 27 de octubre, un bombardeo alcanzó una casa de la ciudad. Según los médicos, 3 personas resultaron heridas.",
    "de": "Ein Luftangriff traf am Freitag, dem 27. Oktober, ein Haus in der Stadt. Sanitäter zufolge wurden 3 Menschen verletzt.",
    "sv": "Fredagen den 27 oktober träffade en flygattack ett hus i staden. Enligt sjukvårdare skadades 3 personer.",
    "ar": "استهدفت غارة جوية منزلا في المدينة يوم الجمعة 27 أكتوبر. وقال مسعفون إن 3 أشخاص أصيبوا.",
}


def _days(text: str, lang: str, published: dt.date) -> list[dt.date | None]:
    claims = [c for c in extract_claims(text, lang, published) if c.is_casualty]
    assert claims, text
    return [c.period_start for c in claims]


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_the_lead_day_dates_the_figures_after_it(lang: str) -> None:
    assert _days(LEAD[lang], lang, PUBLISHED) == [dt.date(2023, 10, 27)]


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_a_lead_day_long_before_the_report_is_background(lang: str) -> None:
    """Control: the same text published ten days later leaves the figure undated."""
    assert _days(LEAD[lang], lang, PUBLISHED + dt.timedelta(days=10)) == [None]
