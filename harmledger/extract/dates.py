"""Reading one date expression: dateparser, with its answers for the common shapes reused.

dateparser costs milliseconds per call, more than extracting a whole article, and a document's
publication date (the base for relative dates) is nearly always new, so caching whole calls does
little. Most expressions have one of three shapes whose reading is simple calendar arithmetic:

- a weekday ("Tuesday", "on Tuesday"): the latest such weekday strictly before the base;
- a month name with an optional day and year ("October", "26 October", "October 26 2023"):
  that day (or the 1st), in the given year, else in the base's year or, when that would lie
  after the base, the year before (``PREFER_DATES_FROM = past``);
- a relative word that is a fixed number of days from the base ("today", "yesterday", "hier"),
  or the first day of the month a fixed number of months away ("this year", "last month":
  dateparser gives the start of the base's month, shifted).

For each language and written form of the shape (the words; digits only by their count, since
a locale's date order can make "12 november" a year where "5 november" is a day) the first
occurrence goes to dateparser, and the arithmetic is used from then on only if it gives
dateparser's answer there and on probes (months: once per pattern of digits, other digits half
a year before and after; weekdays: a second base; relative words: six bases spread over
weekdays and month, year and leap-day boundaries). A form dateparser cannot read is remembered
as unreadable once a variant (other digits or another base) also fails. Anything else (Eastern
Arabic digits, invalid days, February without a year) always goes to dateparser, cached per
(text, language, base).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import Any

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.text import normalize

_YEAR = re.compile(r"^(19|20)\d\d$")
# a month name (M) with a day of one (d) or two digits (D: read as a two-digit year by some
# locales' date order, "12 november" in Swedish) and a year (Y)
_MONTH_PATTERNS = frozenset({"M", "dM", "DM", "Md", "MD", "MY", "dMY", "DMY", "MdY", "MDY"})
_HALF_YEAR = dt.timedelta(days=183)
_UNREADABLE = "unreadable"  # dateparser reads no form of this shape
_UNTRUSTED = "untrusted"  # the arithmetic disagreed once: always ask dateparser
_PROBE_DAYS = 3
# bases on every weekday and next to month, year and leap-day boundaries: an expression read
# as the same day offset from all of them ("yesterday") is a day offset, not month or year
# arithmetic ("last month", "this year") nor a weekday
_PROBE_BASES = tuple(
    dt.date.fromisoformat(d)
    for d in ("2000-03-01", "2001-03-01", "2001-03-31", "2001-12-31", "2004-02-29", "2003-01-01")
)

# (kind, lang, written form[, pattern, has base]) -> month number, weekday, day offset,
# ("months", month offset), _UNREADABLE or _UNTRUSTED; ("pattern", lang, pattern, has base) ->
# 1 when the arithmetic holds for the pattern's digits, else 0
_learned: dict[tuple[Any, ...], int | str | tuple[str, int]] = {}


@lru_cache(maxsize=4096)
def dateparser_date(text: str, lang: str, base: dt.date | None) -> dt.date | None:
    """dateparser's reading of ``text`` (past preferred, 1st of the month for month-only)."""
    import dateparser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(text, languages=[lang], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def forget_learned() -> None:
    """Drop what was learned about shapes (tests compare the arithmetic with dateparser)."""
    _learned.clear()


def read_date(text: str, pack: LanguagePack, base: dt.date | None) -> dt.date | None:
    """The date ``text`` (words joined by single spaces) names, read as dateparser would."""
    text = _known_month_names(text, pack)
    tokens = text.split(" ")
    cats = [pack.lexicon.categories(t if t in pack.verbatim else normalize(t)) for t in tokens]
    digits = any(ch.isdigit() for ch in text)
    if base is not None and len(tokens) <= 2 and "date:weekdays" in cats[-1] and not digits:
        index = _weekday_index(pack, tokens[-1])
        if index is not None:  # "am Freitag", "på fredagen": the pack's own weekday list
            return _weekday_before(base, index)
        return _weekday(text, pack.lang, base)
    pattern = "".join(
        "M"
        if "date:months" in c
        else "Y"
        if _YEAR.match(t)
        else ("d" if len(t) == 1 else "D")
        if t.isascii() and t.isdigit() and len(t) <= 2
        else "?"
        for t, c in zip(tokens, cats, strict=True)
    )
    if pattern in _MONTH_PATTERNS and (base is not None or "Y" in pattern):
        return _month_date(tokens, pattern, pack.lang, base)
    if base is not None and not digits:
        back = _days_back(pack).get(" ".join(normalize(t) for t in tokens))
        if back is not None:  # "ce matin", "esta madrugada", "heute Morgen" (not tomorrow)
            return base - dt.timedelta(days=back)
        return _relative(text, pack.lang, base)
    return dateparser_date(text, pack.lang, base)


def _days_back(pack: LanguagePack) -> dict[str, int]:
    """The pack's ``days_back``: parts of a day dateparser cannot read ("i morse", this
    morning) or reads as another day ("heute Morgen" as tomorrow), by days before the report."""
    table: dict[str, int] = pack.raw.get("dates", {}).get("days_back", {})
    return {
        " ".join(normalize(w) for w in phrase.split()): int(days) for phrase, days in table.items()
    }


def _known_month_names(text: str, pack: LanguagePack) -> str:
    """Month names dateparser does not know written as ones it does (the pack's
    ``month_names``: Levantine "نيسان" is April, "كانون الثاني" January)."""
    names: dict[str, str] = pack.raw.get("dates", {}).get("month_names", {})
    for name in sorted(names, key=len, reverse=True):
        if name in text:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", names[name], text)
    return text


def _weekday_index(pack: LanguagePack, token: str) -> int | None:
    """Monday = 0 ... Sunday = 6 from the pack's weekday list (written Monday first, spelling
    variants folded, a trailing ``*`` for inflected forms), or None when it does not list seven."""
    words = _weekday_words(pack.lang)
    if len(words) != 7:
        return None
    norm = normalize(token)
    for index, word in enumerate(words):
        stem = word.rstrip("*")
        if norm == stem or (word.endswith("*") and norm.startswith(stem)):
            return index
    return None


@cache
def _weekday_words(lang: str) -> tuple[str, ...]:
    """A pack's ``dates.weekdays``, normalised once per run, spelling variants folded
    ("miércoles", "miercoles": one)."""
    written = load_pack(lang).raw.get("dates", {}).get("weekdays", [])
    return tuple(dict.fromkeys(normalize(w) for w in written))


def _weekday_before(base: dt.date, weekday: int) -> dt.date:
    """The latest ``weekday`` strictly before ``base`` (dateparser: past, no modifier)."""
    back = (base.weekday() - weekday) % 7
    return base - dt.timedelta(days=back or 7)


def _weekday(text: str, lang: str, base: dt.date) -> dt.date | None:
    key = ("weekday", lang, text)
    known = _learned.get(key)
    if isinstance(known, int):
        return _weekday_before(base, known)
    if known is not None:
        return None if known == _UNREADABLE else dateparser_date(text, lang, base)
    answer = dateparser_date(text, lang, base)
    probe_base = base - dt.timedelta(days=_PROBE_DAYS)
    probe = dateparser_date(text, lang, probe_base)
    if answer is None and probe is None:
        _learned[key] = _UNREADABLE
    elif (
        answer is not None
        and answer == _weekday_before(base, answer.weekday())
        and probe == _weekday_before(probe_base, answer.weekday())
    ):
        _learned[key] = answer.weekday()
    else:
        _learned[key] = _UNTRUSTED
    return answer


def _months(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _relative(text: str, lang: str, base: dt.date) -> dt.date | None:
    key = ("relative", lang, text)
    known = _learned.get(key)
    if isinstance(known, int):
        return base + dt.timedelta(days=known)
    if isinstance(known, tuple):  # ("months", n): the 1st of the month n months away
        year, month = divmod(_months(base) + known[1], 12)
        return dt.date(year, month + 1, 1)
    if known is not None:
        return None if known == _UNREADABLE else dateparser_date(text, lang, base)
    answers = [(b, dateparser_date(text, lang, b)) for b in (base, *_PROBE_BASES)]
    days = {None if a is None else (a - b).days for b, a in answers}
    months = {None if a is None or a.day != 1 else _months(a) - _months(b) for b, a in answers}
    if days == {None}:
        _learned[key] = _UNREADABLE
    elif len(days) == 1:
        (_learned[key],) = days  # type: ignore[assignment]
    elif len(months) == 1 and None not in months:
        (shift,) = months
        assert shift is not None
        _learned[key] = ("months", shift)  # "this year", "last month" (period starts)
    else:
        _learned[key] = _UNTRUSTED
    return answers[0][1]


def _month_arithmetic(
    month: int, day: int | None, year: int | None, base: dt.date | None
) -> dt.date | None:
    """The date dateparser gives for these parts, or None where its rules get subtle."""
    if (year is None and (month == 2 or base is None)) or day == 0:
        return None  # 29 February and its leap-year search, day 0: leave to dateparser
    try:
        if year is not None:
            return dt.date(year, month, day or 1)
        assert base is not None
        found = dt.date(base.year, month, day or 1)
        return found.replace(year=base.year - 1) if found > base else found
    except ValueError:
        return None


def _month_date(tokens: list[str], pattern: str, lang: str, base: dt.date | None) -> dt.date | None:
    key = ("month", lang, pattern, tokens[pattern.index("M")], base is None)
    text = " ".join(tokens)
    known = _learned.get(key)
    if isinstance(known, int):
        found = _month_arithmetic(known, *_day_year(tokens, pattern), base)
        return found if found is not None else dateparser_date(text, lang, base)
    if known == _UNREADABLE:
        return None
    answer = dateparser_date(text, lang, base)
    if known == _UNTRUSTED:
        return answer
    if answer is None:
        # an unreadable month word, or only this day (31 June)? ask again with other digits
        if dateparser_date(" ".join(_other_digits(tokens, pattern)), lang, base) is None:
            _learned[key] = _UNREADABLE
        return None
    found = _month_arithmetic(answer.month, *_day_year(tokens, pattern), base)
    if found is None:
        return answer  # February, or a day the month lacks: nothing to learn here
    if found != answer:
        if "Y" not in pattern and abs(found.year - answer.year) > 1:
            # a day beside a month read as a two-digit year ("28 jan" as 1928 in Swedish date
            # order): in running text the number next to a month is its day
            return found
        _learned[key] = _UNTRUSTED  # a word read otherwise ("mar" as Tuesday?)
        return answer
    # the digits' reading (day or two-digit year, year rolled back or not) belongs to the
    # language's date order, not to the month word: probe it once per pattern
    pattern_key = ("pattern", lang, pattern, base is None)
    holds = _learned.get(pattern_key)
    if holds is None:
        probes = [base] if base is None else [base - _HALF_YEAR, base + _HALF_YEAR]
        other = _other_digits(tokens, pattern)
        holds = _learned[pattern_key] = int(
            all(
                dateparser_date(" ".join(other), lang, probe)
                == _month_arithmetic(answer.month, *_day_year(other, pattern), probe)
                for probe in probes
            )
        )
    _learned[key] = answer.month if holds else _UNTRUSTED
    return answer


def _day_year(tokens: list[str], pattern: str) -> tuple[int | None, int | None]:
    day = next((int(t) for t, kind in zip(tokens, pattern, strict=True) if kind in "dD"), None)
    year = int(tokens[pattern.index("Y")]) if "Y" in pattern else None
    return day, year


def _other_digits(tokens: list[str], pattern: str) -> list[str]:
    """The same expression with another day and year of the same number of digits."""
    swap = {"d": ("7", "8"), "D": ("23", "17"), "Y": ("2003", "2005")}
    return [
        (swap[kind][0] if token != swap[kind][0] else swap[kind][1]) if kind in swap else token
        for token, kind in zip(tokens, pattern, strict=True)
    ]
