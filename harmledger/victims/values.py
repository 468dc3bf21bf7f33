"""Reading the values lists write for sex, status, age and dates.

Lists come from many organisations and languages: "M", "male", "ذكر"; "54", "54.0", "<1";
"2023-10-07", "07/10/2023", Excel dates. Each parser returns the canonical value or raises
``ValueError`` with a message a clerk can act on (pydantic turns it into a row error).
Day-first is assumed for slashed dates, as in the lists of the region; ambiguity is never
resolved by guessing month-first.
"""

import re
from datetime import date, datetime
from typing import Any

__all__ = ["parse_age", "parse_date", "parse_sex", "parse_status"]

_SEX = {
    "f": "female",
    "female": "female",
    "woman": "female",
    "girl": "female",
    "w": "female",
    "أنثى": "female",
    "انثى": "female",
    "انثي": "female",
    "أنثي": "female",
    "امرأة": "female",
    "m": "male",
    "male": "male",
    "man": "male",
    "boy": "male",
    "ذكر": "male",
    "رجل": "male",
    "u": "unknown",
    "unknown": "unknown",
    "?": "unknown",
    "غير معروف": "unknown",
}
_STATUS = {
    "civilian": "civilian",
    "civ": "civilian",
    "c": "civilian",
    "مدني": "civilian",
    "combatant": "combatant",
    "fighter": "combatant",
    "military": "combatant",
    "مقاتل": "combatant",
    "عسكري": "combatant",
    "unknown": "unknown",
    "u": "unknown",
    "غير معروف": "unknown",
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_AGE = re.compile(r"^(?:<\s*1|(\d{1,3})(?:[.,]\d+)?)$")


def parse_sex(value: Any) -> str | None:
    """``female`` / ``male`` / ``unknown`` from the usual spellings in English and Arabic."""
    if value is None:
        return None
    key = str(value).strip().casefold()
    if not key:
        return None
    if key in _SEX:
        return _SEX[key]
    raise ValueError(f"unknown sex {value!r} (use female, male or unknown)")


def parse_status(value: Any) -> str:
    """``civilian`` / ``combatant`` / ``unknown``; missing means ``unknown``, never civilian."""
    if value is None or not str(value).strip():
        return "unknown"
    key = str(value).strip().casefold()
    if key in _STATUS:
        return _STATUS[key]
    raise ValueError(f"unknown status {value!r} (use civilian, combatant or unknown)")


def parse_age(value: Any) -> int | None:
    """Completed years (age at last birthday): ``54``, ``54.0``; ``0.6`` and ``<1`` are 0."""
    if value is None or isinstance(value, bool):
        return None if value is None else _refuse_age(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value >= 0 else _refuse_age(value)
    text = str(value).strip()
    if not text:
        return None
    match = _AGE.match(text)
    if not match:
        return _refuse_age(value)
    return int(match.group(1)) if match.group(1) else 0


def _refuse_age(value: Any) -> int:
    raise ValueError(f"age {value!r} is not a whole number of years")


def parse_date(value: Any) -> date | None:
    """A calendar date from ISO, ``YYYYMMDD``, day-first ``DD/MM/YYYY`` or a spreadsheet date.

    A year alone is refused rather than invented into a day; record it as age or in notes.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for pattern, order in ((_ISO, (1, 2, 3)), (_COMPACT, (1, 2, 3)), (_DAY_FIRST, (3, 2, 1))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return date(year, month, day)
            except ValueError as error:
                raise ValueError(f"impossible date {text!r}: {error}") from None
    raise ValueError(f"unreadable date {text!r} (use YYYY-MM-DD; a year alone is not a date)")
