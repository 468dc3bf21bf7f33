"""One-to-one matching of predicted and gold casualty claims, and agreement measures.

A predicted casualty claim (``kind="casualty"``, not negated) matches a gold claim when
``(measure, low, high)`` are equal; among several candidates the one whose span overlaps the
gold quote wins. Each gold and each predicted claim is used at most once.

Speakers agree when they name the same actor however it is written: gold often writes the
speaker in English while the text and the prediction are in Arabic or German, or spells out
what the text abbreviates. So an actor alias of any pack (a word read without an Arabic
article or proclitic, as the extractor reads it), an acronym and the name whose initials it
spells ("UN", "United Nations"), the same acronym on both sides, one name transliterated two
ways (:mod:`harmledger.evaluation.name_skeletons`: "Pawlenko" and "Pavlenko", "الشمراني" and
"al-Shamrani", and a short family name with the article read with its vowels: "العزي" and
"al-Azzi") or a shared content word count as the same speaker; a different name, acronym or
role does not.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from harmledger.evaluation.name_skeletons import article_names, skeletons
from harmledger.extract.claim import Claim
from harmledger.extract.language_pack import available_languages, load_pack
from harmledger.extract.text import normalize

_STOP = {
    "the",
    "of",
    "for",
    "and",
    "via",
    "per",
    "its",
    "local",
    "said",
    "report",
    "reported",
    "as",
    "by",
    "implied",
    "citing",
    "news",
    "agency",
    "head",
    "chief",
    "director",
    "official",
}


@dataclass
class Tally:
    """Counts behind the claim-level figures of one set or language."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    located: int = 0
    range_exact: int = 0
    who_same: int = 0
    speaker_same: int = 0
    span_overlap: int = 0
    docs: int = 0
    distractors: int = 0
    distractor_hits: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    distractor_records: list[dict[str, Any]] = field(default_factory=list)
    # matched pairs whose speakers differ: what the detail file shows to study attribution
    speaker_records: list[dict[str, Any]] = field(default_factory=list)
    # (gold index, predicted index among the casualty claims) of each match; one document only
    pairs: list[tuple[int, int]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "gold",
            "predicted",
            "matched",
            "located",
            "range_exact",
            "who_same",
            "speaker_same",
            "span_overlap",
            "docs",
            "distractors",
            "distractor_hits",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.false_alarms += other.false_alarms
        self.distractor_records += other.distractor_records
        self.speaker_records += other.speaker_records


def gold_span(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Character span of a gold quote (the occurrence nearest ``near`` when repeated)."""
    starts = [m.start() for m in re.finditer(re.escape(quote), text)] if quote else []
    if not starts:
        return None
    best = min(starts, key=lambda s: abs(s - near))
    return best, best + len(quote)


def _predicted(claim: Claim) -> dict[str, Any]:
    return {
        "measure": claim.measure,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "who": claim.who,
        "speaker": claim.speaker,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
    }


def distractor_hits(
    text: str,
    predicted: list[Claim],
    distractors: list[str],
    doc_id: str,
    matched: Collection[int] = (),
) -> list[dict[str, Any]]:
    """Distractor substrings (any occurrence) that overlap a predicted casualty claim's span,
    leaving out the claims at ``matched`` (indices among the predicted casualty claims that match
    a gold claim on measure, low and high).

    Claim spans are tight (number and its noun or verb), so an overlap means the distractor's
    number was read as, or into, a casualty claim; but a claim that matches the gold was not
    misread, whatever its quote holds beside its count ("a man of 55 was killed": one killed,
    the age inside the quote).
    """
    pool = [c for i, c in enumerate(predicted_casualties(predicted)) if i not in matched]
    hits = []
    for distractor in dict.fromkeys(distractors):
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(distractor), text)]
        claims = [c for c in pool if any(_overlaps(s, (c.start, c.end)) for s in spans)]
        if distractor and claims:
            hits.append(
                {"doc": doc_id, "distractor": distractor, "predicted": _predicted(claims[0])}
            )
    return hits


def predicted_casualties(predicted: list[Claim]) -> list[Claim]:
    """The predicted claims that are scored: casualty claims, in order (pair indices refer to
    this list)."""
    return [c for c in predicted if c.is_casualty]


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


_ALIASES: dict[tuple[re.Pattern[str], ...], str] | None = None
_SHORT: dict[str, str] | None = None  # aliases of two letters ("un", "fn"): acronyms only


def _aliases() -> dict[tuple[re.Pattern[str], ...], str]:
    """Every actor alias of every pack (a pattern per word, ``*`` any letters as in the
    extractor's lexicon: "zivilschutz*" is "Zivilschutzteams") with its actor id."""
    global _ALIASES, _SHORT
    if _ALIASES is None:
        _ALIASES, _SHORT = {}, {}
        for lang in available_languages():
            for actor, aliases in load_pack(lang).raw.get("actors", {}).items():
                for alias in aliases:
                    if len(normalize(alias.replace("*", ""))) < 3:
                        if "*" not in alias and " " not in alias:
                            _SHORT[normalize(alias)] = actor
                        continue
                    words = normalize(alias).split()
                    key = tuple(
                        re.compile(re.escape(w).replace(r"\*", r"\w*").replace(r"\?", r"\w"))
                        for w in words
                    )
                    _ALIASES[key] = actor
    return _ALIASES


def _alias_ids(text: str) -> set[str]:
    """Actor ids whose alias (in any pack) occurs in ``text``, a word also read without an
    Arabic proclitic or article ("الشهود" is "شهود", witnesses), as the extractor reads it; an
    alias of two letters only as an acronym in capitals ("UN", "FN", never French "un")."""
    aliases = _aliases()
    forms = load_pack("ar").forms
    words = [forms(normalize(w)) for w in re.findall(r"\w+", text)]
    short = _SHORT or {}
    found = {short[normalize(w)] for w in _acronyms(text) if normalize(w) in short}
    for alias, actor in aliases.items():
        n = len(alias)
        for i in range(len(words) - n + 1):
            if all(any(alias[k].fullmatch(f) for f in words[i + k]) for k in range(n)):
                found.add(actor)
                break
    return found


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
# lower-case words inside a name that its acronym skips ("Syrian Observatory for Human Rights")
_NAME_LINKS = frozenset({
    "of", "for", "and", "the", "de", "des", "du", "la", "le", "l", "d", "del", "y",
    "für", "der", "und", "af", "för", "och",
})  # fmt: skip


def _acronyms(text: str) -> set[str]:
    """Acronyms written in capitals ("UN", "AP", "OSDH")."""
    return set(_ACRONYM.findall(text))


def _initials(text: str) -> set[str]:
    """The initials of every run of capitalised words in ``text`` ("United Nations" -> "UN",
    "Chin National Front" -> "CNF"), lower-case name links skipped."""
    words = re.findall(r"\w+", text)
    found: set[str] = set()
    for start, first in enumerate(words):
        if not first[0].isupper():
            continue
        letters = first[0]
        for word in words[start + 1 :]:
            if word[0].isupper():
                letters += word[0]
                found.add(letters.upper())
            elif word.casefold() not in _NAME_LINKS:
                break
    return found


def _same_acronym(predicted: str, gold: str) -> bool:
    """An acronym on one side that is the other's acronym too or spells the initials of a name
    there: "UN" and "United Nations", "AP" and "Nachrichtenagentur AP" name one body."""
    a, b = _acronyms(predicted), _acronyms(gold)
    return bool(a & b or a & _initials(gold) or b & _initials(predicted))


def _tokens(text: str) -> set[str]:
    return {normalize(w) for w in re.findall(r"\w+", text) if len(w) >= 3} - _STOP


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Both absent, or both present and naming the same actor: an actor alias in any language,
    an acronym, a name transliterated another way, or a shared content word."""
    if not predicted or not gold:
        return not predicted and not gold
    if normalize(predicted.strip()) == normalize(gold.strip()):
        return True
    if _alias_ids(predicted) & _alias_ids(gold):
        return True
    if _same_acronym(predicted, gold):
        return True
    if skeletons(predicted) & skeletons(gold):
        return True  # one name transliterated two ways: "Pawlenko" and "Pavlenko"
    if article_names(predicted) & article_names(gold):
        return True  # a short family name with the article: "العزي" and "al-Azzi"
    return bool(_tokens(predicted) & _tokens(gold))


def score_document(
    text: str, predicted: list[Claim], gold: list[dict[str, Any]], doc_id: str
) -> Tally:
    """Match one document's casualty claims and count agreements."""
    tally = Tally(gold=len(gold), docs=1)
    pool = predicted_casualties(predicted)
    tally.predicted = len(pool)
    used: set[int] = set()
    for gold_index, g in enumerate(gold):
        g_span = gold_span(text, g.get("quote", ""))
        located = [
            i
            for i, c in enumerate(pool)
            if _overlaps(g_span, (c.start, c.end)) and c.measure == g["measure"]
        ]
        if located:
            tally.located += 1
            if any((pool[i].low, pool[i].high) == (g["low"], g["high"]) for i in located):
                tally.range_exact += 1
        candidates = [
            i
            for i, c in enumerate(pool)
            if i not in used and (c.measure, c.low, c.high) == (g["measure"], g["low"], g["high"])
        ]
        if not candidates:
            tally.misses.append(
                {
                    "doc": doc_id,
                    "measure": g["measure"],
                    "low": g["low"],
                    "high": g["high"],
                    "qualifier": g.get("qualifier"),
                    "who": g.get("who"),
                    "speaker": g.get("speaker"),
                    "quote": g.get("quote"),
                    "predicted_here": [
                        _predicted(c) for c in pool if _overlaps(g_span, (c.start, c.end))
                    ],
                }
            )
            continue
        candidates.sort(key=lambda i: not _overlaps(g_span, (pool[i].start, pool[i].end)))
        best = candidates[0]
        used.add(best)
        tally.pairs.append((gold_index, best))
        claim = pool[best]
        tally.matched += 1
        tally.who_same += claim.who == g.get("who")
        if same_speaker(claim.speaker, g.get("speaker")):
            tally.speaker_same += 1
        else:
            tally.speaker_records.append(
                {
                    "doc": doc_id,
                    "gold_speaker": g.get("speaker"),
                    "predicted_speaker": claim.speaker,
                    "chain": list(claim.attribution_chain),
                    "quote": g.get("quote"),
                    "predicted": _predicted(claim),
                }
            )
        near = gold_span(text, g.get("quote", ""), claim.start)
        tally.span_overlap += _overlaps(near, (claim.start, claim.end))
    for i, c in enumerate(pool):
        if i not in used:
            tally.false_alarms.append({"doc": doc_id, **_predicted(c)})
    return tally
