"""A date that opens the sentence of its figure dates that figure: "On 20 October, 7 people
were killed", with or without the comma, and the German ordinal day "am 24. Oktober" (whose full
stop ends no sentence). The day of such a date is never a count, and the figure after it is one.
Sentences are our own; each is the second of its report, so the lead day dates nothing."""

import datetime as dt

import pytest

from harmledger.extract.engine import extract_claims

PUBLISHED = dt.date(2023, 11, 30)  # over a month later: no lead day, no day of publication
LEAD = {
    "en": "The ministry published its figures.",
    "fr": "Le ministère a publié ses chiffres.",
    "es": "El ministerio publicó sus cifras.",
    "de": "Das Ministerium veröffentlichte seine Zahlen.",
    "sv": "Ministeriet publicerade sina siffror.",
    "ar": "نشرت الوزارة أرقامها.",
}
OPENING_COMMA = {
    "en": "On 14 October, 9 people were killed in the shelling.",
    "fr": "Le 14 octobre, 9 personnes ont été tuées dans le bombardement.",
    "es": "El 14 de octubre, 9 personas murieron en el bombardeo.",
    "de": "Am 14. Oktober, so die Behörden, wurden 9 Menschen bei dem Beschuss getötet.",
    "sv": "Den 14 oktober, enligt myndigheterna, dödades 9 personer i beskjutningen.",
    "ar": "في 14 أكتوبر، قتل 9 أشخاص في القصف.",
}
OPENING_BARE = {
    "en": "On 14 October 9 people were killed in the shelling.",
    "fr": "Le 14 octobre 9 personnes ont été tuées dans le bombardement.",
    "es": "El 14 de octubre 9 personas murieron en el bombardeo.",
    "de": "Am 14. Oktober wurden 9 Menschen bei dem Beschuss getötet.",
    "sv": "Den 14 oktober dödades 9 personer i beskjutningen.",
    "ar": "في 14 أكتوبر قتل 9 أشخاص في القصف.",
}
GERMAN_ORDINAL = {
    "vom": ("Bei dem Angriff vom 14. Oktober wurden 9 Menschen getötet.", (14, 14)),
    "weekday": ("Am Samstag, dem 14. Oktober, wurden 9 Menschen getötet.", (14, 14)),
    "abbreviated": ("Am 14. Okt. wurden 9 Menschen getötet.", (14, 14)),
}


def _dated(text: str, lang: str) -> list[tuple[int | None, object, object]]:
    return [
        (c.low, c.period_start, c.period_end)
        for c in extract_claims(f"{LEAD[lang]} {text}", lang, PUBLISHED)
        if c.is_casualty
    ]


@pytest.mark.parametrize("table", [OPENING_COMMA, OPENING_BARE], ids=["comma", "bare"])
@pytest.mark.parametrize("lang", sorted(LEAD))
def test_opening_date_dates_the_figure(lang: str, table: dict[str, str]) -> None:
    day = dt.date(2023, 10, 14)
    assert _dated(table[lang], lang) == [(9, day, day)]


@pytest.mark.parametrize("case", sorted(GERMAN_ORDINAL))
def test_german_ordinal_day_is_one_sentence(case: str) -> None:
    text, _ = GERMAN_ORDINAL[case]
    day = dt.date(2023, 10, 14)
    assert _dated(text, "de") == [(9, day, day)]


def test_german_since_ordinal_runs_to_the_report() -> None:
    text = "Seit dem 3. März wurden 900 Menschen getötet."
    assert _dated(text, "de") == [(900, dt.date(2023, 3, 3), PUBLISHED)]


def test_ordinal_full_stop_still_ends_a_sentence_before_other_words() -> None:
    """Only a month makes "14." an ordinal: a day count ending a sentence stays a count."""
    text = "Die Zahl der Toten stieg auf 14. Gestern wurden 9 Menschen verletzt."
    claims = [c.low for c in extract_claims(text, "de", PUBLISHED) if c.is_casualty]
    assert claims == [14, 9]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_day_after_a_month_is_still_a_date(lang: str) -> None:
    """With no day before the month, a number right after it is the day, not a count."""
    text = {
        "en": "The strike on October 14 killed 9 people.",
        "fr": "La frappe d'octobre 14 a tué 9 personnes.",
        "es": "El ataque de octubre 14 mató a 9 personas.",
    }[lang]
    lows = [low for low, _, _ in _dated(text, lang)]
    assert lows == [9]


MONTH_THEN_COUNT = {
    "en": "In October 40 civilians were killed in the shelling.",
    "fr": "En octobre 40 civils ont été tués dans les bombardements.",
    "es": "En octubre 40 civiles murieron en los bombardeos.",
}


@pytest.mark.parametrize("lang", sorted(MONTH_THEN_COUNT))
def test_number_no_day_after_a_month_is_a_count(lang: str) -> None:
    """A number after a month that cannot be its day (40) is a count, and the month is a
    month-long period, not a year ("October 40" is no 1940)."""
    assert _dated(MONTH_THEN_COUNT[lang], lang) == [
        (40, dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    ]


def test_modal_may_is_no_month() -> None:
    """English "may" written in lower case is the modal; "May" and "MAY" are the month."""
    assert _dated("Residents said 12 people may have been killed there.", "en") == [
        (12, None, None)
    ]
    day = dt.date(2023, 5, 3)
    assert _dated("On 3 May, 9 people were killed.", "en") == [(9, day, day)]
    assert _dated("ON 3 MAY 9 PEOPLE WERE KILLED.", "en") == [(9, day, day)]


PART_OF_TODAY = {
    "en": "This evening 9 people were killed in the shelling.",
    "fr": "Ce matin, 9 personnes ont été tuées dans le bombardement.",
    "es": "Esta madrugada murieron 9 personas en el bombardeo.",
    "de": "Heute Morgen wurden 9 Menschen bei dem Beschuss getötet.",
    "sv": "I morse dödades 9 personer i beskjutningen.",
    "ar": "فجر اليوم قتل 9 أشخاص في القصف.",
}


@pytest.mark.parametrize("lang", sorted(PART_OF_TODAY))
def test_part_of_today_is_the_report_day(lang: str) -> None:
    """ "This morning" and its kin name the report's day (German "heute Morgen" is no
    tomorrow); in a report known only to its month they date nothing."""
    assert _dated(PART_OF_TODAY[lang], lang) == [(9, PUBLISHED, PUBLISHED)]
    month_only = extract_claims(
        f"{LEAD[lang]} {PART_OF_TODAY[lang]}",
        lang,
        PUBLISHED,
        published_from=PUBLISHED.replace(day=1),
    )
    assert [(c.low, c.period_start) for c in month_only if c.is_casualty] == [(9, None)]
