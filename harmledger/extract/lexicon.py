"""Phrase lexicons matched word by word on the normalised stream.

A pack lists phrases per category ("killed", "at_least", "civilians", ...). Single words are
looked up once per distinct word form (cached), multi-word phrases are indexed by their first
word, so annotating a document costs a dictionary lookup per word, not one regex per category.
A trailing or inner ``*`` in a pack word matches any letters; ``?`` matches one letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from harmledger.extract.text import normalize

Span = tuple[str, int, int]  # (category, first word, end word exclusive)


class Marks(list[list[Span]]):
    """Phrases starting at each word, plus per word the category -> longest end mapping."""

    cats: list[dict[str, int]]


def _word_regex(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word).replace(r"\*", r"\w*").replace(r"\?", r"\w"))


def _is_glob(word: str) -> bool:
    return "*" in word or "?" in word


@dataclass
class Lexicon:
    """Categories of phrases, with a per-word cache of the categories a word form starts."""

    forms: Callable[[str], tuple[str, ...]]
    exact: dict[str, set[str]] = field(default_factory=dict)
    globs: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    multi_glob: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    _glob_alt: dict[str, re.Pattern[str]] = field(default_factory=dict)
    _cache: dict[str, frozenset[str]] = field(default_factory=dict)
    _word_cache: dict[tuple[str, str], bool] = field(default_factory=dict)
    _entries: dict[str, tuple[tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]]] = field(
        default_factory=dict
    )

    def add(self, category: str, phrases: Iterable[str]) -> None:
        """Register ``phrases`` (normalised here) under ``category``."""
        for phrase in phrases:
            words = tuple(normalize(w) for w in phrase.replace("'", " ").replace("’", " ").split())
            if not words:
                continue
            if len(words) == 1:
                if _is_glob(words[0]):
                    self.globs.setdefault(category, []).append(_word_regex(words[0]))
                else:
                    self.exact.setdefault(words[0], set()).add(category)
            elif _is_glob(words[0]):
                self.multi_glob.append((words, category))
            else:
                self.multi.setdefault(words[0], []).append((words, category))
        self._glob_alt = {
            cat: re.compile("|".join(f"(?:{p.pattern})" for p in pats))
            for cat, pats in self.globs.items()
        }
        self._cache.clear()
        self._entries.clear()

    def categories(self, word: str) -> frozenset[str]:
        """Categories that the single word ``word`` (normalised) belongs to."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: set[str] = set()
        for form in self.forms(word):
            found |= self.exact.get(form, set())
            for cat, alt in self._glob_alt.items():
                if alt.fullmatch(form):
                    found.add(cat)
        result = frozenset(found)
        self._cache[word] = result
        return result

    def word_matches(self, pattern: str, word: str) -> bool:
        """Whether one pack word (maybe a glob) matches a normalised text word."""
        key = (pattern, word)
        hit = self._word_cache.get(key)
        if hit is None:
            if _is_glob(pattern):
                regex = _word_regex(pattern)
                hit = any(regex.fullmatch(f) for f in self.forms(word))
            else:
                hit = pattern in self.forms(word)
            self._word_cache[key] = hit
        return hit

    def _entry(self, word: str) -> tuple[tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]]:
        """Single-word categories of a word and the multi-word phrases it may start (cached)."""
        entry = self._entries.get(word)
        if entry is None:
            candidates: list[tuple[tuple[str, ...], str]] = []
            for form in self.forms(word):
                candidates.extend((words[1:], cat) for words, cat in self.multi.get(form, ()))
            candidates.extend(
                (words[1:], cat)
                for words, cat in self.multi_glob
                if self.word_matches(words[0], word)
            )
            entry = (tuple(sorted(self.categories(word))), tuple(candidates))
            self._entries[word] = entry
        return entry

    def annotate(self, norms: list[str]) -> Marks:
        """For every word position, the phrases ``(category, i, j)`` starting there."""
        marks = Marks()
        cats_list: list[dict[str, int]] = []
        n = len(norms)
        word_matches = self.word_matches
        for i, word in enumerate(norms):
            singles, candidates = self._entry(word)
            here: list[Span] = [(cat, i, i + 1) for cat in singles]
            cats = dict.fromkeys(singles, i + 1)
            for rest, cat in candidates:
                j = i + 1 + len(rest)
                if j <= n and all(word_matches(p, norms[i + 1 + k]) for k, p in enumerate(rest)):
                    here.append((cat, i, j))
                    if j > cats.get(cat, -1):
                        cats[cat] = j
            marks.append(here)
            cats_list.append(cats)
        marks.cats = cats_list
        return marks
