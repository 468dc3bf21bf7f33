"""A report known only to its month: a weekday or "yesterday" names a day only the exact
publication date fixes, so the claim takes no day from it (the report's month dates it); a day
and month it writes out ("on 12 April") still date the claim. Every sentence is written for the
test (invented figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims

FIRST, LAST = dt.date(2022, 4, 1), dt.date(2022, 4, 30)
WEEKDAY = {
    "en": "An airstrike killed 12 people in the town on Tuesday.",
    "fr": "Une frappe a tué 12 personnes dans la ville mardi.",
    "es": "Un bombardeo mató el martes a 12 personas en la ciudad.",
    "de": "Ein Luftangriff tötete am Dienstag 12 Menschen in der Stadt.",
    "sv": "En flygattack dödade 12 personer i staden i tisdags.",
    "ar": "قتل 12 شخصا في غارة على المدينة يوم الثلاثاء.",
}
YESTERDAY = {
    "en": "An airstrike killed 12 people in the town yesterday.",
    "fr": "Une frappe a tué 12 personnes dans la ville hier.",
    "es": "Un bombardeo mató ayer a 12 personas en la ciudad.",
    "de": "Ein Luftangriff tötete gestern 12 Menschen in der Stadt.",
    "sv": "En flygattack dödade 12 personer i staden i går.",
    "ar": "قتل 12 شخصا أمس في غارة على المدينة.",
}
WRITTEN = {
    "en": "An airstrike killed 12 people in the town on 12 April.",
    "fr": "Une frappe a tué 12 personnes dans la ville le 12 avril.",
    "es": "Un bombardeo mató a 12 personas en la ciudad el 12 de abril.",
    "de": "Zwölf Menschen starben am 12. April bei einem Luftangriff auf die Stadt.",
    "sv": "En flygattack dödade 12 personer i staden den 12 april.",
    "ar": "قتل 12 شخصا في غارة على المدينة يوم 12 أبريل.",
}


def _days(text: str, lang: str, published_from: dt.date | None) -> list[dt.date | None]:
    claims = [
        c for c in extract_claims(text, lang, LAST, published_from=published_from) if c.is_casualty
    ]
    assert claims, text
    return [c.period_start for c in claims]


@pytest.mark.parametrize("lang", sorted(WEEKDAY))
def test_a_weekday_in_a_month_dated_report_dates_nothing(lang: str) -> None:
    assert _days(WEEKDAY[lang], lang, FIRST) == [None]
    assert _days(YESTERDAY[lang], lang, FIRST) == [None]
    # control: with the exact publication date both are days
    assert _days(WEEKDAY[lang], lang, None) == [dt.date(2022, 4, 26)]
    assert _days(YESTERDAY[lang], lang, None) == [dt.date(2022, 4, 29)]


@pytest.mark.parametrize("lang", sorted(WRITTEN))
def test_a_written_day_in_a_month_dated_report_still_dates_the_claim(lang: str) -> None:
    assert _days(WRITTEN[lang], lang, FIRST) == [dt.date(2022, 4, 12)]


LAST_WEEK = {
    "en": "An airstrike killed 12 people in the town last week.",
    "fr": "Une frappe a tué 12 personnes dans la ville la semaine dernière.",
    "es": "Un bombardeo mató a 12 personas en la ciudad la semana pasada.",
    "de": "Ein Luftangriff tötete letzte Woche 12 Menschen in der Stadt.",
    "sv": "En flygattack dödade 12 personer i staden förra veckan.",
    "ar": "قتل 12 شخصا في غارة على المدينة الأسبوع الماضي.",
}
PAST_WEEKS = {
    "en": "Airstrikes killed 40 people in the town over the past three weeks.",
    "fr": "Des frappes ont tué 40 personnes dans la ville au cours des trois dernières semaines.",
    "es": "Los bombardeos mataron a 40 personas en la ciudad en las últimas tres semanas.",
    "de": "Luftangriffe töteten in den vergangenen drei Wochen 40 Menschen in der Stadt.",
    "sv": "Flygattacker dödade 40 personer i staden under de senaste tre veckorna.",
    "ar": "قتل 40 شخصا في غارات على المدينة خلال الأسابيع الثلاثة الماضية.",
}


def _window(text: str, lang: str, published_from: dt.date | None) -> list[tuple[object, object]]:
    claims = [
        c for c in extract_claims(text, lang, LAST, published_from=published_from) if c.is_casualty
    ]
    assert claims, text
    return [(c.period_start, c.period_end) for c in claims]


@pytest.mark.parametrize("lang", sorted(LAST_WEEK))
def test_last_week_in_a_month_dated_report_dates_nothing(lang: str) -> None:
    """Read from the month's last day, "last week" would put a strike of the month's first
    days in its last week."""
    assert _window(LAST_WEEK[lang], lang, FIRST) == [(None, None)]
    assert _window(LAST_WEEK[lang], lang, None) == [(dt.date(2022, 4, 23), LAST)]


@pytest.mark.parametrize("lang", sorted(PAST_WEEKS))
def test_weeks_counted_back_from_a_month_dated_report_reach_before_its_first_day(
    lang: str,
) -> None:
    assert _window(PAST_WEEKS[lang], lang, FIRST) == [(dt.date(2022, 3, 11), LAST)]
    assert _window(PAST_WEEKS[lang], lang, None) == [(dt.date(2022, 4, 9), LAST)]
