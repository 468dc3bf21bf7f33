"""Dates and periods: found with the pack's date words, resolved as dateparser reads them
(:mod:`harmledger.extract.dates`).

dateparser always gets the one explicit language and, when the document has a publication date,
that date as the base for relative expressions ("yesterday", "on Tuesday", "since January of
this year"). Without a publication date only expressions that carry a year are resolved: a
guess relative to today would be wrong for an archived article.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from harmledger.extract.dates import read_date
from harmledger.extract.day_ranges import first_day_before, last_day_after
from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.text import Doc
from harmledger.folding import normalize

_YEAR = re.compile(r"^(19|20)\d\d$")
AHEAD_DAYS = 31  # a day and month this far after the publication date is this year's
_SINCE_REACH = 9  # words from "since" to the date it governs ("since the battle began in June")


@dataclass(frozen=True)
class Period:
    """A resolved period at word positions ``[i, j)``; start == end for a single day."""

    i: int
    j: int
    start: dt.date
    end: dt.date


def _cats(marks: Marks, k: int) -> dict[str, int]:
    return marks.cats[k]


def _expression(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """A date expression around the month or weekday/relative word at ``k``.

    A date has one day, before its month or after it; a number after a clause break is the
    next clause's. A month word that is also a number word (French "sept", seven) is a month
    only beside a day or a year, and never as the end of a hyphenated number ("vingt-sept").
    """
    cats = _cats(marks, k)
    if "date:relative" in cats or "date:weekdays" in cats:
        ends = [j for c, _, j in marks[k] if c in ("date:relative", "date:weekdays")]
        return k, max(ends)
    if "date:months" not in cats:
        return None
    words = doc.words
    # a month of two words ("كانون الثاني", the Levantine January) ends where its phrase does
    start, end = k, cats["date:months"]
    if k > 0 and _day(words[k - 1].norm):
        start = k - 1
    elif k > 1 and words[k - 1].text.casefold() in pack.of_words and _day(words[k - 2].norm):
        start = k - 2  # "17 de marzo", "17th of March"
    if start == k and end < len(words) and _day(words[end].norm) and not _breaks(doc, end):
        end += 1  # "October 20"; after "20 October" a number is no second day ("…, 7 people")
    if end < len(words) and _YEAR.match(words[end].norm):
        end += 1
    elif (
        end + 1 < len(words)
        and (words[end].text.casefold() in pack.of_words or words[end].norm in _year_words(pack))
        and _YEAR.match(words[end + 1].norm)
    ):
        end += 2  # "marzo de 2017", "٢٨ نيسان عام ٢٠١٦"
    if doc.words[k].norm in pack.number_words:
        hyphenated = k > 0 and doc.gaps[k] == "-" and doc.words[k - 1].norm in pack.number_words
        if hyphenated or (start, end) == (k, k + 1):
            return None
    return start, end


def _year_words(pack: LanguagePack) -> frozenset[str]:
    """Words between a date and its year ("عام" in "٢٨ نيسان عام ٢٠١٦"), normalised."""
    return _pack_year_words(pack.lang)


@cache
def _pack_year_words(lang: str) -> frozenset[str]:
    """A pack's ``dates.year_words``, normalised once per run (asked for every date)."""
    return frozenset(
        normalize(w) for w in load_pack(lang).raw.get("dates", {}).get("year_words", [])
    )


def _day(norm: str) -> bool:
    """A day of a month: "In May 40 civilians were killed" has none."""
    return norm.isdigit() and len(norm) <= 2 and 1 <= int(norm) <= 31


def _base(published: dt.date | None, weekday: bool) -> dt.date | None:
    """A weekday named in an article usually means this week, up to the publication day."""
    if published is None or not weekday:
        return published
    return published + dt.timedelta(days=1)


def _resolve(
    doc: Doc,
    marks: Marks,
    span: tuple[int, int],
    pack: LanguagePack,
    published: dt.date | None,
    year: int | None,
    month_words: set[int],
    published_from: dt.date | None = None,
) -> tuple[dt.date, dt.date] | None:
    words = [w for w in doc.words[span[0] : span[1]] if w.norm not in _year_words(pack)]
    # digits folded (Eastern Arabic ٢٧ reads as 27), so every script takes one path
    text = " ".join(w.norm if w.is_digit else w.text for w in words)
    has_year = any(_YEAR.match(w.norm) for w in words)
    if not has_year and year is not None:
        text = f"{text} {year}"
        has_year = True
    if not has_year and published is None:
        return None
    weekday = (
        not has_year
        and not any(k in month_words for k in range(*span))
        and "date:weekdays" in _cats(marks, span[1] - 1)
    )
    day = read_date(text, pack, _base(published, weekday))
    if day is None:
        return None
    has_day = any(w.is_digit and len(w.norm) <= 2 for w in words)
    named_month = any(k in month_words for k in range(*span))
    # a report known only to its month (or year): "on Tuesday", "yesterday" name a day only
    # the exact publication date fixes; read from the first and the last day it may have
    # appeared they differ, and the claim keeps only the report's own dating
    relative = not (has_year or named_month or has_day)
    if relative and published_from is not None and published_from != published:
        earliest = read_date(text, pack, _base(published_from, weekday))
        return None if earliest != day else (day, day)
    if has_day and named_month and not has_year and published is not None and day < published:
        day = _this_year(day, published)
    month_only = not has_day and named_month
    if month_only:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def _this_year(day: dt.date, published: dt.date) -> dt.date:
    """A day and month with no year read a year back (dateparser prefers the past) that would
    fall within :data:`AHEAD_DAYS` after the publication date is this year's: a report dated
    a day early, by its time zone or by the incident it files under ("on 24 October" in a report
    dated 23 October), or one that looks ahead, not an event of a year before."""
    try:
        ahead = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day
    return ahead if 0 < (ahead - published).days <= AHEAD_DAYS else day


def find_periods(
    doc: Doc,
    pack: LanguagePack,
    marks: Marks,
    published: dt.date | None,
    published_from: dt.date | None = None,
) -> list[Period]:
    """Resolved dates and periods of the document, in text order. ``published`` is the last day
    the report may have appeared, ``published_from`` the first when only its month or year is
    known (a day counted from the publication is then no day)."""
    month_words = set(marks.positions("date:months"))
    counted = _recent_periods(doc, pack, marks, published, published_from)
    taken = {k for p in counted for k in range(p.i, p.j)}
    periods = [p for p in counted if p.start <= p.end]  # (an unfixed one dates nothing)
    starts = sorted(
        {i for cat, i, _ in marks.family("date") if cat in ("date:relative", "date:weekdays")}
        | month_words
    )
    k = 0
    for candidate in starts:
        if candidate < k or candidate in taken:
            continue  # inside the previous expression, or a recent period's words
        k = candidate
        span = _expression(doc, k, marks, pack)
        if span is None or taken.intersection(range(*span)):
            continue  # (a relative phrase around a recent period's words: "la semaine dernière")
        alone = tuple(w.norm for w in doc.words[span[0] : span[1]])
        if any(alone == phrase for phrase, _ in _year_phrases(pack)):
            k = span[1]  # "last year" alone names a year, no day: the report's dating stands
            continue
        lead = _lead(doc, marks, span[0])
        this_year, year_words = _year_phrase(doc, span[1], published, pack)
        if lead == "between":
            second_k = _next_expression_after_join(doc, span[1], marks)
            if second_k is not None:
                second = _expression(doc, second_k, marks, pack)
                if second is not None:
                    year2 = _span_year(doc, second)
                    a = _resolve(
                        doc, marks, span, pack, published, year2, month_words, published_from
                    )
                    b = _resolve(
                        doc, marks, second, pack, published, year2, month_words, published_from
                    )
                    if a and b:
                        periods.append(Period(span[0] - 1, second[1], a[0], b[1]))
                        k = second[1]
                        continue
        resolved = _resolve(
            doc, marks, span, pack, published, this_year, month_words, published_from
        )
        if resolved:
            start, end = resolved
            if lead == "since" and published is not None:
                end = published
            first_i = span[0]
            if start == end:  # "du 3 au 4 mars", "March 3 to 5": a range of days
                start, end, first_i = _day_range(doc, pack, span, k, start, end)
            periods.append(Period(first_i, span[1] + year_words, start, end))
        k = span[1] + year_words
    return sorted(periods, key=lambda p: p.i)


def _day_range(
    doc: Doc, pack: LanguagePack, span: tuple[int, int], month: int, start: dt.date, end: dt.date
) -> tuple[dt.date, dt.date, int]:
    """The day resolved at ``span`` widened to the range of days it ends or opens."""
    if span[0] < month:  # the day before its month: "3 au 4 mars"
        first = first_day_before(doc, pack, span[0])
        if first is not None:
            return start.replace(day=first[1]), end, first[0]
    if span[0] == month and span[1] > month + 1:  # the day after its month: "March 3 to 5"
        last = last_day_after(doc, pack, month + 1)
        if last is not None and last[1] <= calendar.monthrange(end.year, end.month)[1]:
            return start, end.replace(day=last[1]), span[0]
    return start, end, span[0]


_UNIT_DAYS = {"date:recent_days": 1, "date:recent_weeks": 7, "date:recent_months": 30}
_CAMPAIGN_DAYS = 15  # a span this long is a campaign's (link.incidents.facts.AGGREGATE_MIN_DAYS)
_RECENT_REACH = 2  # words from a unit ("days") to its "past" word, the count between them


def _recent_periods(
    doc: Doc,
    pack: LanguagePack,
    marks: Marks,
    published: dt.date | None,
    published_from: dt.date | None = None,
) -> list[Period]:
    """Periods counted back from the report: "over the past six days", "au cours des six
    derniers jours", "in den vergangenen sechs Tagen", "under de senaste sex dagarna", "en los
    últimos seis días", "خلال الأيام الستة الماضية" run from six days before publication to it.
    A later report restating a toll this way dates it by the report, not by the event: read as
    one day ("last week" = seven days ago) it would split one strike from its first reports.
    The count is the number between the two words or just before them; none is one unit
    ("over the last week"), for weeks and months only.

    A report known only to its month (``published_from`` its first day) fixes no such window:
    "last week" read from the month's last day would date a strike of the month's first days to
    its last week. A span shorter than a campaign's then dates nothing (the report's own dating
    stands; returned with its start after its end, so that its words are no date of their own);
    a longer one ("over the past six months") still reads as a campaign, counted back from the
    first day the report may have appeared to the last."""
    if published is None:
        return []
    found: list[Period] = []
    words = doc.words
    units = sorted({u for category in _UNIT_DAYS for u in marks.positions(category)})
    for u in units:  # only the words a unit starts at, not every word
        days = next(n for c, n in _UNIT_DAYS.items() if c in _cats(marks, u))
        near = range(max(0, u - _RECENT_REACH), min(len(words), u + _RECENT_REACH + 1))
        pasts = [
            k
            for k in near
            if k != u
            and "date:past" in _cats(marks, k)
            and doc.sentence[k] == doc.sentence[u]
            and not any(_breaks(doc, m) for m in range(min(k, u) + 1, max(k, u) + 1))
        ]
        if not pasts:
            continue
        p = min(pasts, key=lambda k: (abs(k - u), k))
        a, b = min(p, u), max(p, u)
        if any("date:months" in _cats(marks, k) for k in range(b + 1, min(len(words), b + 3))):
            continue  # "el pasado mes de marzo": a month named, not a count back
        between = [_count(words[k].norm, pack) for k in range(a + 1, b)]
        if any(value is None for value in between) or len(between) > 1:
            continue  # other words between: not one phrase
        count = between[0] if between else None
        if count is None and a > 0 and not _breaks(doc, a):
            count = _count(words[a - 1].norm, pack)  # "des six derniers jours"
            if count is not None:
                a -= 1
        if (count is None and days == 1) or (count is not None and not 0 < count <= 366):
            continue  # "the last day of the siege" counts nothing back from the report
        span = dt.timedelta(days=days * (count or 1))
        start = published - span
        if published_from is not None and published_from != published:
            if span.days < _CAMPAIGN_DAYS:
                start = published + dt.timedelta(days=1)  # fixes no day: dates nothing
            else:
                start = published_from - span
        found.append(Period(a, b + 1, start, published))
    return found


def _count(norm: str, pack: LanguagePack) -> int | None:
    """A count written in digits or as a number word (Arabic with its article: "الستة")."""
    if norm.isdigit():
        return int(norm)
    value = pack.number_words.get(norm)
    if value is None and norm.startswith("ال"):
        value = pack.number_words.get(norm[2:])
    return value


def _lead(doc: Doc, marks: Marks, start: int) -> str | None:
    """ "since"/"between" right before a date; "since" may also open the clause the date ends
    ("since the battle began in June": from June on)."""
    for k in range(max(0, start - 2), start):
        for cat, _, j in marks[k]:
            if j in (start, start - 1) and cat in ("date:since", "date:between"):
                return cat[5:]
    for k in range(start - 1, max(-1, start - _SINCE_REACH), -1):
        if k < 0 or doc.sentence[k] != doc.sentence[start] or _breaks(doc, k + 1):
            return None
        if "date:since" in _cats(marks, k):
            return "since"
        if marks.opens(k, "date:") or doc.words[k].is_digit:
            return None
    return None


_BREAKS = frozenset(".,;:!?؟،\n()")


def _breaks(doc: Doc, k: int) -> bool:
    return not _BREAKS.isdisjoint(doc.gaps[k])


def _next_expression_after_join(doc: Doc, end: int, marks: Marks) -> int | None:
    for k in range(end, min(len(doc.words), end + 3)):
        if "date:months" in _cats(marks, k):
            return k
    return None


def _span_year(doc: Doc, span: tuple[int, int]) -> int | None:
    for w in doc.words[span[0] : span[1]]:
        if _YEAR.match(w.norm):
            return int(w.norm)
    return None


def _year_phrase(
    doc: Doc, end: int, published: dt.date | None, pack: LanguagePack
) -> tuple[int | None, int]:
    """ "January of this year", "29 August last year", "le 29 août de l'année dernière": the
    year told from the publication (the pack's ``dates.year_phrases``), and how many words
    after the date the phrase takes (one linking word, "of", may stand between), so that the
    phrase is read as the date's year and never as a date of its own ("last year")."""
    if published is None:
        return None, 0
    norms = [w.norm for w in doc.words[end : end + 6]]
    for phrase, delta in _year_phrases(pack):
        for skip in (0, 1):
            if norms[skip : skip + len(phrase)] == list(phrase):
                return published.year + delta, skip + len(phrase)
    return None, 0


def _year_phrases(pack: LanguagePack) -> tuple[tuple[tuple[str, ...], int], ...]:
    """The pack's year phrases as word tuples, longest first."""
    return _pack_year_phrases(pack.lang)


@cache
def _pack_year_phrases(lang: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """A pack's ``dates.year_phrases``, read once per run (asked for every date)."""
    written = load_pack(lang).raw.get("dates", {}).get("year_phrases", {})
    found = [(tuple(re.findall(r"\w+", normalize(p))), int(d)) for p, d in written.items()]
    return tuple(sorted((f for f in found if f[0]), key=lambda f: -len(f[0])))
