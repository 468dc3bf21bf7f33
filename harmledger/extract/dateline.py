"""The publisher's own voice: the agency of a dateline or a source line at a report's start.

A wire report opens with the agency that wrote it ("Sanaa (AFP) —", "BEIRUT, 3 March (Reuters)
-", "(رويترز)", "Madrid (EFE).-", "(dpa)", "(TT)"), and a copied article often names where it was
copied from ("Source: Al Jazeera", "Fuente:", "Quelle:", "Källa:", "المصدر:"). A figure the text
states with no one cited is then the agency's or that outlet's statement, and the labelling
conventions credit it so. Only a named agency in parentheses or a labelled source line in the
opening lines counts: a photo credit ("Name/AFP"), an unnamed "agencies" byline and a sign-off
at the end of a report do not. The publisher stored with a document (its source) is not a
speaker, since a news outlet reporting plainly is not quoting anyone, except in a press release
(a line "Press release", "Communiqué de presse", "بيان صحفي" in the opening): there the
organisation that publishes it speaks.

Packs list the agencies as their press writes them (``attribution.agencies``) and the labels of
a source line (``attribution.source_labels``) and of a press release
(``attribution.release_labels``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.text import normalize

OPENING_CHARS = 300  # a dateline or source line stands in the first lines of a report
_OPENING_LINES = 4
_DATELINE_PLACE = 60  # characters of place and date before a dateline's agency
_DATELINE_WORDS = 5  # words of place and date before an agency joined by a dash
_NAME_END = re.compile(r"\s*[\[(|•–—]|\s+-\s")  # what closes a name on a source line


# the last reading: a document's voice is asked for by the engine and again when its repeats
# are merged; (opening, pack, publisher, voice)
_last: tuple[str, LanguagePack, str | None, str | None] | None = None


def publisher_voice(text: str, pack: LanguagePack, publisher: str | None = None) -> str | None:
    """The agency of the dateline or the outlet of the source line that opens ``text``, or the
    ``publisher`` of a press release, if any: the speaker of a figure the report states without
    citing anyone. Only the opening is read, so the last answer is kept for it."""
    global _last
    opening = text[:OPENING_CHARS]
    last = _last
    if last is not None and last[1] is pack and last[2] == publisher and last[0] == opening:
        return last[3]
    voice = _voice(opening, pack, publisher)
    _last = (opening, pack, publisher, voice)
    return voice


def _voice(text: str, pack: LanguagePack, publisher: str | None) -> str | None:
    """:func:`publisher_voice` of a text's opening."""
    settings = pack.raw.get("attribution", {})
    lines = [line.strip() for line in text[:OPENING_CHARS].splitlines() if line.strip()]
    opening = lines[: _OPENING_LINES + 2]  # a press release label stands under title and date
    releases = _normalised(tuple(settings.get("release_labels", [])))
    if publisher and publisher.strip() and any(normalize(line) in releases for line in opening):
        return publisher.strip()
    opening = opening[:_OPENING_LINES]
    labels = [label.casefold() for label in settings.get("source_labels", [])]
    for line in opening:
        named = _source_line(line, labels)
        if named:
            return named
    dateline = _dateline(tuple(settings.get("agencies", [])))
    if dateline is None:
        return None
    for line in opening:
        found = dateline.search(line)
        if found and _heads_line(line, found.start(), found.end()):
            return found.group(1)
    if settings.get("dash_datelines", False):
        dashed = _dash_dateline(tuple(settings.get("agencies", [])))
        for line in opening:
            found = dashed.search(line[: _DATELINE_PLACE + 20])
            if (
                found
                and len(line[: found.start(1)].split()) <= _DATELINE_WORDS
                and line[found.end() :].strip()
            ):
                return found.group(1)
    return None


@lru_cache(maxsize=16)
def _dash_dateline(agencies: tuple[str, ...]) -> re.Pattern[str]:
    """A dateline that joins its agency to place and date with dashes, no brackets
    (``attribution.dash_datelines``: "رام الله 3-5-2024 وفا-", "دمشق-سانا-", "غزة - وفا:"): the
    agency stands after a short place and date at the start of a line and a dash or colon
    closes it."""
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    return re.compile(rf"^[^\n.!?؟،,]{{0,{_DATELINE_PLACE}}}?(?:^|[\s/–—-])({names})\s*[-–—:/]")


@lru_cache(maxsize=16)
def _normalised(labels: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(label) for label in labels)


@lru_cache(maxsize=16)
def _dateline(agencies: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pattern of a dateline naming one of ``agencies`` (built once per pack, not per
    document)."""
    if not agencies:
        return None
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    # "(AFP)", "(Reuters/EP)", "(TT-AFP)", "( أ ف ب )": the first agency named in the brackets
    return re.compile(rf"\(\s*({names})(?:\s*[/,-]\s*[^()\n]{{1,30}})?\s*\)")


def _heads_line(line: str, start: int, end: int) -> bool:
    """Whether the brackets at ``[start, end)`` are a dateline: after a place and date at most
    ("BEIRUT, 3 March (Reuters) -"), not a sign-off closing a sentence ("... follows. (AFP)")."""
    before = line[:start].rstrip()
    if len(before) > _DATELINE_PLACE:
        return False
    return bool(line[end:].strip()) or not before.endswith((".", "!", "?", "؟"))


def _source_line(line: str, labels: list[str]) -> str | None:
    """The name on a labelled source line ("Source: Al Jazeera [state media]" -> "Al Jazeera")."""
    for label in labels:
        if line.casefold().startswith(label):
            rest = line[len(label) :].lstrip()
            if not rest.startswith(":"):
                continue
            rest = rest[1:].strip()
            name = _NAME_END.split(rest, maxsplit=1)[0].strip(" .,;")
            if name and len(name.split()) <= 6:
                return name
    return None
