"""Kinds of scene a report names (hospital, market, funeral hall ...), from ``sites.toml``.

Two reports in any of the six languages that name the same kind of scene in the same place are
likely about one event; a report of a hospital strike and one of an airport bombing are not.
The words are data; this module only compiles them into one pattern per concept.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

NOT_SCENES = (
    "destination",
    "receiving",
    "not_names",
    "place_cues",
    "named_scene",
    "recall",
    "unfixed_days",
)
MAX_SUFFIX = 3  # letters a word may add to an entry (plurals, cases) before it is another word
_ARABIC_CLITICS = "(?:[وف]?[بلك]?ال|[وف]?[بلك]|[وف]|لل)?"
OPENING_CHARS = 200  # the lead: where a report says what happened
CLAIM_WINDOW = 160  # characters either side of a casualty claim
LOOK_BEHIND = 40  # characters before a scene word searched for a destination cue
LOOK_AHEAD = 30  # characters after a scene word searched for a receiving verb


def _entry_pattern(entry: str) -> str:
    inside = entry.startswith("*")
    word = re.escape(entry.lstrip("*").casefold()).replace(r"\ ", r"\s+")
    if any("\u0600" <= ch <= "\u06ff" for ch in entry):
        return rf"(?<!\w){_ARABIC_CLITICS}{word}\w{{0,{MAX_SUFFIX}}}(?!\w)"
    if inside:
        return rf"{word}"
    return rf"(?<!\w){word}\w{{0,{MAX_SUFFIX}}}(?!\w)"


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict[str, Any]]:
    text = (resources.files("harmledger.link.incidents") / "sites.toml").read_text("utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Capitalised words that are no one's name (months, weekdays, languages), any language."""
    return frozenset(w for words in _entries()["not_names"].values() for w in words)


@lru_cache(maxsize=16)
def place_cue_pattern(lang: str | None) -> re.Pattern[str] | None:
    """Words that introduce a place ("in the town of X"), for scripts without capitals."""
    cues = _entries()["place_cues"].get(lang or "")
    if not cues:
        return None
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # the words in a lookahead: cues follow one another ("في مدينة خان شيخون")
    return re.compile(rf"(?<!\w)(?:{alternatives})(?=\s+(\w+)(?:\s+(\w+))?)")


def cued_places(text: str, lang: str | None) -> set[str]:
    """Each of the two words right after a place cue, and the pair: the place names a report
    gives where names have no capitals (Arabic "في بلدة بوشا", "مدينة خان شيخون")."""
    pattern = place_cue_pattern(lang)
    found: set[str] = set()
    for match in pattern.finditer(text) if pattern else ():
        first, second = match.group(1), match.group(2)
        found |= {first, second, f"{first} {second}"} if second else {first}
    return found


@lru_cache(maxsize=16)
def destination_pattern(lang: str | None) -> re.Pattern[str]:
    """Words before a scene that make it where people were taken ("to the hospital")."""
    by_lang = _entries()["destination"]
    cues = by_lang.get(lang or "") or [c for found in by_lang.values() for c in found]
    return re.compile(rf"(?<!\w)(?:{_alternatives(cues)})(?:\s+\S+){{0,2}}\s*$")


@lru_cache(maxsize=16)
def receiving_pattern(lang: str | None) -> re.Pattern[str] | None:
    """Words right after a scene (its name between) that make it where the casualties were
    received ("the hospital received 60 wounded")."""
    cues = _entries()["receiving"].get(lang or "")
    if not cues:
        return None
    return re.compile(rf"^[\w’'-]*(?:\s+[^\s.,;:!?]+){{0,2}}?\s+(?:{_alternatives(cues)})(?!\w)")


@lru_cache(maxsize=16)
def site_patterns(lang: str | None) -> dict[str, re.Pattern[str]]:
    """One compiled pattern per concept: the language's entries, or every language's when the
    language has none (a German compound rule must not read English text)."""
    patterns = {}
    for concept, by_lang in _entries().items():
        if concept in NOT_SCENES:
            continue
        entries = by_lang.get(lang or "") or [e for found in by_lang.values() for e in found]
        patterns[concept] = re.compile("|".join(_entry_pattern(e) for e in entries))
    return patterns


def scene_text(text: str, spans: Iterable[tuple[int, int]], title: str | None = None) -> str:
    """The title and the text around each casualty claim: where a report names the scene of the
    harm (a strike "days after the airport bombing" is not at the airport)."""
    windows: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        low, high = max(0, start - CLAIM_WINDOW), min(len(text), end + CLAIM_WINDOW)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    # the lead is the body's opening: a text that repeats its headline first (a feed item's
    # title and description) would otherwise spend the lead on the headline again, and a
    # headline's figure ("admits two deaths in X") would lose the scene the lead names
    lead = len(title) if title and text.startswith(title) else 0
    parts = [title or "", text[lead : lead + OPENING_CHARS]] + [text[a:b] for a, b in windows]
    return "\n".join(parts)


def far_scenes(text: str, title: str | None, lang: str | None) -> frozenset[str]:
    """The scenes a report's whole text is mostly about: for a report that names none beside its
    figures (a toll updated months later, an anniversary, that names the hospital they died in
    paragraphs away). Linking reads them only for such a later report (``documents``)."""
    return main_sites(site_counts(f"{title or ''}\n{text}", lang))


def site_counts(text: str, lang: str | None = None) -> Counter[str]:
    """How often each kind of scene is named in ``text``."""
    body = text.casefold()
    destination = destination_pattern(lang)
    receiving = receiving_pattern(lang)
    counts: Counter[str] = Counter()
    for concept, pattern in site_patterns(lang).items():
        found = sum(
            not destination.search(body, max(0, m.start() - LOOK_BEHIND), m.start())
            and not (receiving and receiving.match(body[m.end() : m.end() + LOOK_AHEAD]))
            for m in pattern.finditer(body)
        )
        if found:
            counts[concept] = found
    return counts


@lru_cache(maxsize=1)
def _named_scene_rules() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    entries = _entries()["named_scene"]
    links = "|".join(re.escape(w) for w in sorted(entries["link_words"], key=len, reverse=True))
    name = r"(?:[Aa]l[-\s]|[Ee]l[-\s])?[A-Z][\w’'\-]+"
    before = re.compile(rf"(?<![.!?:]\s)(?<!^)\b({name})[\s-]+$")
    after = re.compile(rf"^\s+(?:(?:{links})\s*)?({name})")
    return before, after, frozenset(entries["ar_adjectives"])


def named_sites(text: str, lang: str | None = None) -> frozenset[tuple[str, str]]:
    """The scenes ``text`` names by a name of their own, as (kind, spelling key of the name):
    the MSF hospital, Kabul airport, مستشفى القدس. Two strikes on unnamed hospitals of one city
    are not one event, and the Aman mosque is not the Julani mosque."""
    from harmledger.link.incidents.translit import key

    before, after, adjectives = _named_scene_rules()
    ignored = not_names()
    minimum = int(_entries()["named_scene"]["min_key"])
    found: set[tuple[str, str]] = set()
    for concept, pattern in site_patterns(lang).items():
        cased = re.compile(pattern.pattern, re.IGNORECASE)
        for match in cased.finditer(text):
            start, end = match.span()
            while end < len(text) and (text[end].isalnum() or text[end] == "-"):
                end += 1  # the rest of a compound ("-sjukhuset")
            if lang == "ar":
                following = text[end : end + 30].split()
                if (
                    following
                    and following[0].startswith("ال")
                    and following[0] not in adjectives
                    and (name_key := key(following[0], minimum))
                ):
                    found.add((concept, name_key))
                continue
            names = []
            if (hit := before.search(text[max(0, start - 40) : start])) and start > 0:
                names.append(hit.group(1))
            if hit := after.search(text[end : end + 40]):
                names.append(hit.group(1))
            for name in names:
                if name.casefold().strip("’'-") not in ignored and (name_key := key(name, minimum)):
                    found.add((concept, name_key))
    return frozenset(found)


def main_sites(counts: Counter[str]) -> frozenset[str]:
    """The scenes a report is mostly about: named at least half as often as the most named."""
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(concept for concept, n in counts.items() if 2 * n >= top)


# a full stop after a digit is an ordinal date more often than an end ("am 26. August")
_SENTENCE_END = re.compile(r"(?:(?<!\d)\.|[!?؟;\n])(?=\s|$)")


def _alternatives(cues: Iterable[str]) -> str:
    """Cue phrases as regex alternatives, case folded, any run of spaces between words."""
    return "|".join(re.escape(c.casefold()).replace(r"\ ", r"\s+") for c in cues)


def _cue_words(section: str, lang: str | None) -> re.Pattern[str] | None:
    """Any cue of a ``sites.toml`` section as whole words: the language's, or every language's
    when it has none."""
    by_lang = _entries()[section]
    cues = by_lang.get(lang or "") or [c for found in by_lang.values() for c in found]
    if not cues:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternatives(cues)})(?!\w)")


@lru_cache(maxsize=16)
def recall_pattern(lang: str | None) -> re.Pattern[str] | None:
    """Words that set a figure in another event, a stated time apart ("days after the airport
    bombing"): the language's, or every language's when it has none."""
    return _cue_words("recall", lang)


def recalled_claims(
    text: str, spans: Iterable[tuple[int, int, int]], lang: str | None = None
) -> frozenset[int]:
    """Ids of the claims (id, start, end) whose sentence recalls another event before them:
    "… days after the bombing at the airport on 26 August, when over 180 were killed"."""
    pattern = recall_pattern(lang)
    if pattern is None:
        return frozenset()
    found = set()
    for claim_id, start, _ in spans:
        before = text[max(0, start - CLAIM_WINDOW) : start]
        ends = list(_SENTENCE_END.finditer(before))
        sentence = before[ends[-1].end() :] if ends else before
        if pattern.search(sentence.casefold()):
            found.add(claim_id)
    return frozenset(found)


@lru_cache(maxsize=16)
def unfixed_pattern(lang: str | None) -> re.Pattern[str] | None:
    """Words that date a figure by a day or week counted from the report (``[unfixed_days]``):
    the language's, or every language's when it has none."""
    return _cue_words("unfixed_days", lang)


@lru_cache(maxsize=16)
def since_month_pattern(lang: str | None) -> re.Pattern[str] | None:
    """ "since" and a month a few words on ("since mid-November", "depuis la mi-novembre",
    "seit Mitte November", "منذ منتصف تشرين الثاني"), from the language pack's date words; a
    month with its day ("from the April 27 strike", "since 3 May") is a date, not a count."""
    from harmledger.extract import available_languages
    from harmledger.extract.language_pack import load_pack

    if lang not in available_languages():
        return None
    dates = load_pack(lang).raw.get("dates", {})
    since, months = dates.get("since", []), dates.get("months", [])
    if not since or not months:
        return None
    return re.compile(
        rf"(?<!\w)(?:{_alternatives(since)})(?!\w)[^.;!?\n\d]{{0,25}}?"
        rf"(?<!\w)(?:{_alternatives(months)})(?!\w)(?!\W{{0,2}}\d)"
    )


def since_month_claims(
    text: str,
    spans: Iterable[tuple[int, int, int]],
    lang: str | None = None,
    published: object | None = None,
) -> frozenset[int]:
    """Ids of the claims (id, start, end) of a report with no publication date whose sentence
    counts them since a month ("since mid-November, 500 civilians were killed"): a campaign's
    figure over weeks, though no year dates it (with a publication date extraction reads the
    period itself)."""
    if published is not None:
        return frozenset()
    pattern = since_month_pattern(lang)
    if pattern is None:
        return frozenset()
    return _claims_in_matching_sentences(text, spans, pattern)


def _claims_in_matching_sentences(
    text: str, spans: Iterable[tuple[int, int, int]], pattern: re.Pattern[str]
) -> frozenset[int]:
    """Ids of the claims (id, start, end) whose sentence ``pattern`` finds (case folded)."""
    return frozenset(
        claim_id
        for claim_id, start, end in spans
        if pattern.search(_sentence(text, start, end).casefold())
    )


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (within :data:`CLAIM_WINDOW` either side)."""
    before = text[max(0, start - CLAIM_WINDOW) : start]
    ends = list(_SENTENCE_END.finditer(before))
    after = text[end : end + CLAIM_WINDOW]
    stop = _SENTENCE_END.search(after)
    sentence = (before[ends[-1].end() :] if ends else before) + text[start:end]
    return sentence + (after[: stop.start()] if stop else after)


def unfixed_claims(
    text: str,
    spans: Iterable[tuple[int, int, int]],
    lang: str | None = None,
    precision: str | None = None,
) -> frozenset[int]:
    """Ids of the claims (id, start, end) of a report known only to its month or year
    (``precision``) whose sentence dates them by a day or week counted from the report ("last
    week", "on Tuesday"): a time of their own that the report's month does not fix."""
    if precision not in ("month", "year"):
        return frozenset()
    pattern = unfixed_pattern(lang)
    if pattern is None:
        return frozenset()
    return _claims_in_matching_sentences(text, spans, pattern)


@lru_cache(maxsize=16)
def _related_markers(lang: str | None) -> frozenset[str]:
    """Lines that open a block of related links: the language's, or every language's."""
    by_lang = {k: v for k, v in _entries()["related_links"].items() if isinstance(v, list)}
    cues = by_lang.get(lang or "") or [c for found in by_lang.values() for c in found]
    return frozenset(c.casefold() for c in cues)


_LINE_TAIL = re.compile(r"[\s:：›»>→…]+$")


def teaser_claims(
    text: str, spans: Iterable[tuple[int, int, int]], lang: str | None = None
) -> frozenset[int]:
    """Ids of the claims (id, start, end) in a block of related links: the short lines after a
    line such as "Read more" or "Explorer plus" (a teaser's date and headline, "11 dead, 64
    injured"), up to the next line long enough to be the article again. Such a figure is another
    event's, which the report mentions only to send the reader there."""
    markers = _related_markers(lang)
    limit = int(_entries()["related_links"]["max_line"])
    blocks: list[tuple[int, int]] = []
    position, inside = 0, None
    for line in text.splitlines(keepends=True):
        bare = _LINE_TAIL.sub("", line.strip()).casefold()
        if bare in markers:
            inside = position
        elif inside is not None and len(line.strip()) > limit:
            blocks.append((inside, position))
            inside = None
        position += len(line)
    if inside is not None:
        blocks.append((inside, position))
    return frozenset(
        claim_id for claim_id, start, _ in spans if any(a <= start < b for a, b in blocks)
    )
