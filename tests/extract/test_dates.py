"""Date reading: the arithmetic for common shapes must give dateparser's answer (oracle tests)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from harmledger.extract import dates
from harmledger.extract.dates import dateparser_date, forget_learned, read_date
from harmledger.extract.language_pack import available_languages, load_pack
from harmledger.extract.text import normalize

_EDGE_BASES = [dt.date.fromisoformat(d) for d in ("2016-02-29", "2017-01-01", "2017-12-31")]


def _bases(rng: random.Random, count: int) -> list[dt.date]:
    start = dt.date(1995, 1, 1)
    return _EDGE_BASES + [start + dt.timedelta(days=rng.randrange(365 * 35)) for _ in range(count)]


_PATTERNS = ("M", "d M", "D M", "M d", "M D", "M Y", "d M Y", "D M Y", "M d Y", "M D Y")


def _month_text(word: str, pattern: str, rng: random.Random) -> str:
    day = rng.randint(1, 31)
    return (
        pattern.replace("D", f"{max(day, 10)}" if rng.random() < 0.8 else f"0{day % 10}")
        .replace("d", str(day % 10 or 1))
        .replace("Y", str(rng.randint(1990, 2030)))
        .replace("M", word)
    )


@pytest.mark.parametrize("lang", available_languages())
def test_month_dates_read_as_dateparser_does(lang: str) -> None:
    forget_learned()
    rng = random.Random(f"months-{lang}")
    months = load_pack(lang).raw["dates"]["months"]
    pack = load_pack(lang)
    for word in [months[0], *rng.sample(months, 3)]:
        for pattern in _PATTERNS:
            written = word.capitalize() if rng.random() < 0.5 else word
            for _ in range(4):  # the first one teaches, the others use what was learned
                text = _month_text(written, pattern, rng)
                base = (
                    None if "Y" in pattern and rng.random() < 0.25 else rng.choice(_bases(rng, 1))
                )
                expected = dateparser_date(text, lang, base)
                got = read_date(text, pack, base)
                if (
                    expected is not None
                    and base is not None
                    and "Y" not in pattern
                    and abs(expected.year - base.year) > 1
                    and any(t.isdigit() and 1 <= int(t) <= 31 for t in text.split())
                ):
                    # dateparser reads the day as a two-digit year ("29 januari" as 1929 in
                    # Swedish date order); beside a month in running text it is a day
                    assert got is not None and abs(got.year - base.year) <= 1, (text, base)
                else:
                    assert got == expected, (text, base)
    assert any(isinstance(v, int) for v in dates._learned.values())


@pytest.mark.parametrize("lang", available_languages())
def test_weekdays_and_relative_words_read_as_dateparser_does(lang: str) -> None:
    forget_learned()
    rng = random.Random(f"relative-{lang}")
    pack = load_pack(lang)
    raw = pack.raw["dates"]
    weekdays = [w.rstrip("*") + ("en" if w.endswith("*") else "") for w in raw["weekdays"]]
    # the pack's days_back are where we read otherwise than dateparser (test_date_opening.py)
    own = {normalize(p) for p in raw.get("days_back", {})}
    texts = [*weekdays, *(t for t in raw["relative"] if normalize(t) not in own)]
    for index, text in enumerate(texts):
        if index % 2:
            text = text.capitalize()  # as at the start of a sentence
        for base in _bases(rng, 4):
            expected = dateparser_date(text, lang, base)
            if (
                expected is None
                and len(text.split()) <= 2
                and "date:weekdays" in pack.lexicon.categories(normalize(text.split()[-1]))
            ):
                # dateparser cannot read "am Montag", "ce dimanche", "måndagen": the pack's
                # weekday list can, as the latest such weekday before the base
                got = read_date(text, pack, base)
                assert got is not None and 1 <= (base - got).days <= 7, (text, base)
                continue
            assert read_date(text, pack, base) == expected, (text, base)


def test_learned_shapes_skip_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_learned()
    pack = load_pack("en")
    base = dt.date(2019, 5, 10)
    for text in ("October 26", "on Tuesday", "yesterday", "last month", "12 May 2015"):
        read_date(text, pack, base)

    def refuse(*_: object) -> None:
        raise AssertionError("dateparser called for a learned shape")

    monkeypatch.setattr(dates, "dateparser_date", refuse)
    later = dt.date(2021, 1, 3)
    assert read_date("October 26", pack, later) == dt.date(2020, 10, 26)
    assert read_date("on Tuesday", pack, later) == dt.date(2020, 12, 29)
    assert read_date("yesterday", pack, later) == dt.date(2021, 1, 2)
    assert read_date("last month", pack, later) == dt.date(2020, 12, 1)
    assert read_date("13 May 2001", pack, later) == dt.date(2001, 5, 13)


def test_unreadable_forms_are_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_learned()
    pack = load_pack("fr")
    base = dt.date(2019, 5, 10)
    assert read_date("la veille", pack, base) == dateparser_date("la veille", "fr", base)
    monkeypatch.setattr(dates, "dateparser_date", lambda *_: pytest.fail("dateparser called"))
    assert read_date("la veille", pack, dt.date(2020, 1, 1)) is None
