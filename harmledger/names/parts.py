"""Splitting a full name into given name, father, grandfather and family name.

Arabic names are usually written as a nasab chain: given name, father's given name, grandfather's
given name, family name ("مروان محمد محمود ابوريده"), sometimes with "بن"/"ibn" between the links,
often shortened to given + family ("مروان ابو ريدة"). Particles belong to the word after them, so
"abd al-rahman", "abu raida" and "umm zaki" are one part each. Titles (Mrs., al-Hajj, Dr.) and
nicknames in quotes or brackets are not part of the name and are dropped.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from harmledger.names.arabic import has_arabic, normalise_arabic
from harmledger.names.latin import LATIN_CONNECTORS, normalise_latin

__all__ = ["NameParts", "name_tokens", "script_tokens", "split_name"]

_NICKNAME = re.compile(r"[`\"(\[«].*?(?:[`\")\]»]|$)")
_ARABIC_TITLES = frozenset(
    {
        "السيد",
        "السيده",
        "الحاج",
        "الحاجه",
        "الحج",
        "الحجه",
        "الشيخ",
        "الشيخه",
        "الدكتور",
        "الدكتوره",
        "د",
        "المهندس",
        "المهندسه",
        "الطفل",
        "الطفله",
        "الشهيد",
        "الشهيده",
        "الابن",
        "الابنه",
        "الرضيع",
        "الرضيعه",
    }
)
_LATIN_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "hajj",
        "haj",
        "hajja",
        "hajjah",
        "al-hajj",
        "al-haj",
        "sheikh",
        "shaikh",
        "sheikha",
        "eng",
        "prof",
        "martyr",
        "child",
        "baby",
        "infant",
    }
)
_ARABIC_CONNECTORS = frozenset({"بن", "ابن", "بنت"})
_ARABIC_GLUE_NEXT = frozenset({"عبد", "ام"})
_LATIN_GLUE_NEXT = frozenset({"abu", "abd", "umm", "abd-al", "al"})


@dataclass(frozen=True)
class NameParts:
    """A name split into its parts; any part may be ``None`` when the name does not give it."""

    given: str | None = None
    father: str | None = None
    grandfather: str | None = None
    family: str | None = None
    middle: tuple[str, ...] = field(default_factory=tuple)
    tokens: tuple[str, ...] = field(default_factory=tuple)


def name_tokens(name: str) -> list[str]:
    """Normalised name parts in written order, titles, connectors and nicknames removed."""
    name = _NICKNAME.sub(" ", name)
    return script_tokens(name, has_arabic(name))


def script_tokens(name: str, arabic: bool) -> list[str]:
    """:func:`name_tokens` of a name without nicknames, read in the script given."""
    text = normalise_arabic(name) if arabic else normalise_latin(name)
    titles = _ARABIC_TITLES if arabic else _LATIN_TITLES
    connectors = _ARABIC_CONNECTORS if arabic else LATIN_CONNECTORS
    glue = _ARABIC_GLUE_NEXT if arabic else _LATIN_GLUE_NEXT
    words = [w for w in text.split() if w not in titles and w not in connectors]
    parts: list[str] = []
    pending = ""
    for word in words:
        if word in glue:
            pending = f"{pending} {word}".strip() if arabic else f"{pending}-{word}".strip("-")
            continue
        if pending:
            word = f"{pending} {word}" if arabic else f"{pending}-{word}"
            pending = ""
        parts.append(word)
    if pending:
        parts.append(pending)
    return parts


@lru_cache(maxsize=1 << 16)
def split_name(name: str) -> NameParts:
    """Assign the parts of a full name to given / father / grandfather / family by position.

    One part is a given name unless it is plainly a family name (article or "abu"); two are
    given + family; three given + father + family; four or more given + father + grandfather
    + family, any further parts kept in ``middle``.
    """
    tokens = tuple(name_tokens(name))
    if not tokens:
        return NameParts()
    if len(tokens) == 1:
        only = tokens[0]
        if only.startswith(("ال", "ابو", "al-", "abu-")):
            return NameParts(family=only, tokens=tokens)
        return NameParts(given=only, tokens=tokens)
    given, family = tokens[0], tokens[-1]
    inner = tokens[1:-1]
    father = inner[0] if inner else None
    grandfather = inner[1] if len(inner) > 1 else None
    return NameParts(given, father, grandfather, family, tuple(inner[2:]), tokens)
