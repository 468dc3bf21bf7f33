"""Dates as a reader takes them: a weekday in a paper of the same weekday is that day, a number
word is no month, a day beside a month is no year, "Month day, year" is one date, and "since the
battle began in June" runs from June to the report. Sentences are our own."""

import datetime as dt

import pytest

from harmledger.extract.engine import extract_claims

FRIDAY = dt.date(2017, 8, 18)
SAME_WEEKDAY = {
    "en": "An airstrike on Friday killed 12 civilians.",
    "fr": "Une frappe vendredi a tué 12 civils.",
    "es": "Un ataque el viernes mató a 12 civiles.",
    "de": "Ein Luftangriff am Freitag tötete 12 Zivilisten.",
    "sv": "Ett flyganfall på fredagen dödade 12 civila.",
    "ar": "قتل 12 مدنيا في غارة يوم الجمعة.",
}
EARLIER_WEEKDAY = {
    "en": "An airstrike on Tuesday killed 12 civilians.",
    "fr": "Une frappe mardi a tué 12 civils.",
    "es": "Un ataque el martes mató a 12 civiles.",
    "de": "Ein Luftangriff am Dienstag tötete 12 Zivilisten.",
    "sv": "Ett flyganfall på tisdagen dödade 12 civila.",
    "ar": "قتل 12 مدنيا في غارة يوم الثلاثاء.",
}
ONE_DATE = {
    "en": "The strike on March 17, 2017 killed at least 105 civilians.",
    "fr": "La frappe du 17 mars 2017 a tué au moins 105 civils.",
    "es": "El ataque del 17 de marzo de 2017 mató al menos a 105 civiles.",
    "de": "Der Angriff am 17 März 2017 tötete mindestens 105 Zivilisten.",
    "sv": "Anfallet den 17 mars 2017 dödade minst 105 civila.",
    "ar": "قتل 105 مدنيين على الأقل في الغارة في 17 مارس 2017.",
}
SINCE_CAMPAIGN = {
    "en": "More than 1,600 civilians have been killed since the battle began in June.",
    "fr": "Plus de 1600 civils ont été tués depuis le début de la bataille en juin.",
    "es": "Más de 1600 civiles murieron desde que comenzó la batalla en junio.",
    "de": "Seit Beginn der Schlacht im Juni wurden mehr als 1600 Zivilisten getötet.",
    "sv": "Mer än 1600 civila har dödats sedan striderna började i juni.",
    "ar": "قتل أكثر من 1600 مدني منذ بدء المعركة في يونيو.",
}
DAY_AND_MONTH = {
    "en": "On 28 Jan an airstrike killed 5 civilians.",
    "fr": "Le 28 janvier une frappe a tué 5 civils.",
    "es": "El 28 enero murieron 5 civiles.",
    "de": "Am 28 Januar wurden 5 Zivilisten getötet.",
    "sv": "Den 28 jan dödades 5 civila.",
    "ar": "في 28 يناير قتل 5 مدنيين.",
}


def _periods(
    text: str, lang: str, published: dt.date | None
) -> list[tuple[int | None, object, object]]:
    return [
        (c.low, c.period_start, c.period_end)
        for c in extract_claims(text, lang, published)
        if c.is_casualty
    ]


@pytest.mark.parametrize("lang", sorted(SAME_WEEKDAY))
def test_the_publications_own_weekday_is_the_same_day(lang: str) -> None:
    assert _periods(SAME_WEEKDAY[lang], lang, FRIDAY) == [(12, FRIDAY, FRIDAY)]
    tuesday = dt.date(2017, 8, 15)
    assert _periods(EARLIER_WEEKDAY[lang], lang, FRIDAY) == [(12, tuesday, tuesday)]


@pytest.mark.parametrize("lang", sorted(ONE_DATE))
def test_a_full_date_is_one_date_not_a_count(lang: str) -> None:
    day = dt.date(2017, 3, 17)
    assert _periods(ONE_DATE[lang], lang, FRIDAY) == [(105, day, day)]


@pytest.mark.parametrize("lang", sorted(SINCE_CAMPAIGN))
def test_a_campaign_figure_runs_from_the_campaigns_start_to_the_report(lang: str) -> None:
    assert _periods(SINCE_CAMPAIGN[lang], lang, FRIDAY) == [(1601, dt.date(2017, 6, 1), FRIDAY)]


@pytest.mark.parametrize("lang", sorted(DAY_AND_MONTH))
def test_a_day_beside_a_month_is_no_year(lang: str) -> None:
    day = dt.date(2026, 1, 28)
    assert _periods(DAY_AND_MONTH[lang], lang, dt.date(2026, 2, 3)) == [(5, day, day)]


def test_a_number_word_ending_in_a_month_abbreviation_is_a_number() -> None:
    tuesday = dt.date(2017, 8, 15)
    assert _periods("Vingt-sept civils ont été tués mardi.", "fr", FRIDAY) == [
        (27, tuesday, tuesday)
    ]
    assert _periods("Sept civils ont été tués mardi.", "fr", FRIDAY) == [(7, tuesday, tuesday)]
    # beside a day and a year it is still the month
    day = dt.date(2017, 9, 12)
    assert _periods("Sept civils ont été tués le 12 sept 2017.", "fr", FRIDAY) == [(7, day, day)]


# a period counted back from the report: its count is no casualty figure, and the period ends
# on the publication day
PAST_DAYS = {
    "en": "Airstrikes killed 84 civilians in the city over the past six days.",
    "fr": "Les frappes ont tué 84 civils dans la ville au cours des six derniers jours.",
    "es": "Los bombardeos mataron a 84 civiles en la ciudad en los últimos seis días.",
    "de": "Luftangriffe töteten in den vergangenen sechs Tagen 84 Zivilisten in der Stadt.",
    "sv": "Flyganfall har dödat 84 civila i staden under de senaste sex dagarna.",
    "ar": "قتل 84 مدنيا في غارات على المدينة خلال الأيام الستة الماضية.",
}
PAST_WEEK = {
    "en": "Over the last week, five rescue workers were killed.",
    "fr": "Au cours de la semaine dernière, cinq secouristes ont été tués.",
    "es": "Durante la última semana murieron cinco rescatistas.",
    "de": "In der vergangenen Woche wurden fünf Helfer getötet.",
    "sv": "Under den senaste veckan dödades fem räddningsarbetare.",
    "ar": "قتل خمسة من عمال الإنقاذ خلال الأسبوع الماضي.",
}


@pytest.mark.parametrize("lang", sorted(PAST_DAYS))
def test_a_period_counted_back_from_the_report_ends_on_its_day(lang: str) -> None:
    six_days_before = FRIDAY - dt.timedelta(days=6)
    assert _periods(PAST_DAYS[lang], lang, FRIDAY) == [(84, six_days_before, FRIDAY)]
    assert _periods(PAST_DAYS[lang], lang, None) == [(84, None, None)]  # no report day: no base


@pytest.mark.parametrize("lang", sorted(PAST_WEEK))
def test_the_last_week_is_a_week_up_to_the_report_not_one_day(lang: str) -> None:
    week_before = FRIDAY - dt.timedelta(days=7)
    assert _periods(PAST_WEEK[lang], lang, FRIDAY) == [(5, week_before, FRIDAY)]


def test_the_last_day_of_something_counts_nothing_back() -> None:
    assert _periods("On the last day of the siege 12 people were killed.", "en", FRIDAY) == [
        (12, None, None)
    ]


def test_eastern_arabic_digits_and_levantine_months_are_read() -> None:
    """Syrian, Iraqi and Lebanese reports name months in the Syriac calendar ("نيسان", April;
    "كانون الثاني", January) and often write Eastern Arabic digits."""
    april = dt.date(2016, 4, 27)
    for text in (
        "قتل ٥٠ مدنيا في غارة يوم ٢٧ نيسان ٢٠١٦.",
        "قتل 50 مدنيا في غارة يوم 27 نيسان 2016.",
        "قتل ٥٠ مدنيا في غارة يوم ٢٧ نيسان عام ٢٠١٦.",
        "قتل ٥٠ مدنيا في غارة يوم ٢٧ أبريل ٢٠١٦.",
    ):
        assert _periods(text, "ar", dt.date(2021, 4, 28)) == [(50, april, april)], text
    january = dt.date(2023, 1, 14)
    for text in (
        "قتل ١٢ مدنيا في غارة يوم ١٤ كانون الثاني.",
        "قتل 12 مدنيا في غارة يوم 14 كانون الثاني.",
    ):
        assert _periods(text, "ar", dt.date(2023, 1, 17)) == [(12, january, january)], text
    october = dt.date(2016, 10, 8)
    text = "قتل ١٤٠ شخصا في غارة على قاعة عزاء في ٨ تشرين الأول ٢٠١٦."
    assert _periods(text, "ar", None) == [(140, october, october)]


LAST_WEEK = {
    "en": "An airstrike killed 12 civilians last week.",
    "fr": "Une frappe a tué 12 civils la semaine dernière.",
    "es": "Un ataque mató a 12 civiles la semana pasada.",
    "de": "Ein Luftangriff tötete vergangene Woche 12 Zivilisten.",
    "sv": "Ett flyganfall dödade 12 civila förra veckan.",
    "ar": "قتل 12 مدنيا في غارة الأسبوع الماضي.",
}


@pytest.mark.parametrize("lang", sorted(LAST_WEEK))
def test_last_week_is_the_week_before_the_report_in_every_language(lang: str) -> None:
    week_before = FRIDAY - dt.timedelta(days=7)
    assert _periods(LAST_WEEK[lang], lang, FRIDAY) == [(12, week_before, FRIDAY)]


def test_a_month_named_after_last_month_is_that_month() -> None:
    march = (dt.date(2017, 3, 1), dt.date(2017, 3, 31))
    assert _periods("El pasado mes de marzo murieron 12 civiles.", "es", FRIDAY) == [(12, *march)]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, October 27th, 2023 two civilians were killed in the strike.",
        "On the night of March 3rd 2022 four civilians were killed by shelling.",
    ],
)
def test_the_year_after_an_ordinal_day_is_no_count(text: str) -> None:
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    assert [(c.low, c.high) for c in claims] in ([(2, 2)], [(4, 4)])
