"""A day or month followed by a year told from the report ("29 August last year", "le 29 août
de l'année dernière", "den 29 augusti i fjol"): the phrase is the date's year, read from the
pack's ``dates.year_phrases``, and never a date of its own. A later report restating an event
of the year before would otherwise date it to the wrong year, or to a first of the month, and
split it from the event's own reports. Every sentence is written for the test (invented
figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims

PUBLISHED = dt.date(2022, 8, 27)  # a year and two days after the strike

DAY_LAST_YEAR = [
    ("en", "On 29 August last year, a strike on a house killed ten civilians."),
    ("fr", "Le 29 août de l'année dernière, une frappe sur une maison a tué dix civils."),
    ("es", "El 29 de agosto del año pasado, un ataque contra una casa mató a diez civiles."),
    ("de", "Am 29. August letzten Jahres tötete ein Angriff auf ein Haus zehn Zivilisten."),
    ("sv", "Den 29 augusti i fjol dödade en attack mot ett hus tio civila."),
    ("ar", "في 29 أغسطس من العام الماضي قتلت غارة على منزل عشرة مدنيين."),
]
MONTH_LAST_YEAR = [
    ("en", "In August last year, a strike on a house killed ten civilians."),
    ("fr", "En août l'an dernier, une frappe sur une maison a tué dix civils."),
    ("es", "En agosto del año pasado, un ataque contra una casa mató a diez civiles."),
    ("de", "Im August vergangenen Jahres tötete ein Angriff auf ein Haus zehn Zivilisten."),
    ("sv", "I augusti förra året dödade en attack mot ett hus tio civila."),
    ("ar", "في أغسطس من العام الماضي قتلت غارة على منزل عشرة مدنيين."),
]


def _window(text: str, lang: str) -> tuple[dt.date | None, dt.date | None]:
    claims = [c for c in extract_claims(text, lang, PUBLISHED) if c.is_casualty]
    assert claims, text
    return claims[0].period_start, claims[0].period_end


@pytest.mark.parametrize(("lang", "text"), DAY_LAST_YEAR)
def test_a_day_of_last_year_is_that_day(lang: str, text: str) -> None:
    day = dt.date(2021, 8, 29)
    assert _window(text, lang) == (day, day)


@pytest.mark.parametrize(("lang", "text"), MONTH_LAST_YEAR)
def test_a_month_of_last_year_is_that_month(lang: str, text: str) -> None:
    assert _window(text, lang) == (dt.date(2021, 8, 1), dt.date(2021, 8, 31))


YEAR_ALONE = [
    ("en", "A strike on a house killed ten civilians last year."),
    ("fr", "L'an dernier, une frappe sur une maison a tué dix civils."),
    ("es", "El año pasado, un ataque contra una casa mató a diez civiles."),
    ("de", "Im vergangenen Jahr tötete ein Angriff auf ein Haus zehn Zivilisten."),
    ("sv", "En attack mot ett hus dödade tio civila i fjol."),
    ("ar", "قتلت غارة على منزل عشرة مدنيين العام الماضي."),
]


@pytest.mark.parametrize(("lang", "text"), YEAR_ALONE)
def test_last_year_alone_names_no_day(lang: str, text: str) -> None:
    """Not the first of some month of last year: no day, so the report's own dating stands."""
    assert _window(text, lang) == (None, None)
