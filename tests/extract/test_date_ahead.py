"""A day and month with no year, just after the report's date, is this year's: a report dated a
day early (by its time zone, or by the incident it is filed under) or one that looks ahead does
not move the event a year back. A day and month well after it is last year's, as before. Every
sentence is written for the test (invented figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims

PUBLISHED = dt.date(2023, 10, 23)

NEXT_DAY = [
    ("en", "Seven people were killed in an airstrike in Rafah on 24 October."),
    ("fr", "Sept personnes ont été tuées dans une frappe à Rafah le 24 octobre."),
    ("es", "Siete personas murieron en un bombardeo en Rafah el 24 de octubre."),
    ("de", "Sieben Menschen starben am 24. Oktober bei einem Luftangriff in Rafah."),
    ("sv", "Sju personer dödades i en flygattack i Rafah den 24 oktober."),
    ("ar", "قتل 7 أشخاص في غارة جوية على رفح يوم 24 أكتوبر."),
]
LAST_YEAR = [
    ("en", "Seven people were killed in an airstrike in Rafah on 28 December."),
    ("fr", "Sept personnes ont été tuées dans une frappe à Rafah le 28 décembre."),
    ("es", "Siete personas murieron en un bombardeo en Rafah el 28 de diciembre."),
    ("de", "Sieben Menschen starben am 28. Dezember bei einem Luftangriff in Rafah."),
    ("sv", "Sju personer dödades i en flygattack i Rafah den 28 december."),
    ("ar", "قتل 7 أشخاص في غارة جوية على رفح يوم 28 ديسمبر."),
]


def _day(text: str, lang: str, published: dt.date) -> dt.date | None:
    claims = [c for c in extract_claims(text, lang, published) if c.is_casualty]
    assert claims, text
    return claims[0].period_start


@pytest.mark.parametrize(("lang", "text"), NEXT_DAY)
def test_the_day_after_the_report_is_this_year(lang: str, text: str) -> None:
    assert _day(text, lang, PUBLISHED) == dt.date(2023, 10, 24)


@pytest.mark.parametrize(("lang", "text"), LAST_YEAR)
def test_a_day_months_ahead_is_last_year(lang: str, text: str) -> None:
    """Control: late December in an October report, and in an early January one, is the
    December before."""
    assert _day(text, lang, PUBLISHED) == dt.date(2022, 12, 28)
    assert _day(text, lang, dt.date(2024, 1, 5)) == dt.date(2023, 12, 28)
