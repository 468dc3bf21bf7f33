"""Publication dates with their precision (day, month or year)."""

from __future__ import annotations

import datetime as dt
import re

from harmledger.errors import IngestError

Precision = str  # "day" | "month" | "year"

_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_published(
    value: str | dt.date | dt.datetime | None, languages: list[str] | None = None
) -> tuple[dt.date | None, Precision | None]:
    """Parse a publication date; ``"2017"`` → year precision, ``"2017-06"`` → month, else day.

    Free-form dates ("5 March 2024", "2024-03-05T10:00:00Z", RFC 822) go through dateparser with
    explicit languages (English plus the document's, when known).
    """
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    raw = str(value).strip()
    if not raw:
        return None, None
    if match := _YEAR.match(raw):
        return dt.date(int(match.group(1)), 1, 1), "year"
    if match := _MONTH.match(raw):
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return dt.date(year, month, 1), "month"
    try:
        return dt.date.fromisoformat(raw[:10]), "day"
    except ValueError:
        pass
    import dateparser

    langs = sorted({"en", *(languages or [])})
    parsed = dateparser.parse(
        raw, languages=langs, settings={"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
    )
    if parsed is None:
        raise IngestError(f"publication date {raw!r} is not a date")
    return parsed.date(), "day"
