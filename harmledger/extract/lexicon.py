"""Phrase lexicons matched word by word on the normalised stream.

A pack lists phrases per category ("killed", "at_least", "civilians", ...). Everything a word
form can start (its single-word categories and the multi-word phrases beginning with it, indexed
by their second word) is computed once per distinct form and cached, so annotating a document
costs about one dictionary lookup per word plus one per possible phrase continuation, never one
regex per category. A trailing or inner ``*`` in a pack word matches any letters; ``?`` matches
one letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from harmledger.extract.text import normalize

Span = tuple[str, int, int]  # (category, first word, end word exclusive)
_Phrase = tuple[int, tuple[str, ...], str]  # (order, words still to match, category)
_NO_SPANS: list[Span] = []  # shared by the many words that start nothing; never mutated
_NO_CATS: dict[str, int] = {}
_UNSEEN: Any = object()  # a word form not looked up yet (None: it starts nothing)
# single-word globs a word with a given first letter can match: all as one regex (None when
# there are none), and per category
_Globs = tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]


class Marks(list[Sequence[Span]]):
    """Phrases starting at each word, per word the category -> longest end mapping, and per
    category prefix ("measure", "attr", ...) every phrase of that family in text order."""

    cats: list[dict[str, int]]
    families: dict[str, list[Span]]
    _positions: dict[str, list[int]]
    _indexed: set[str]  # the families whose categories ``_positions`` holds
    _ends: dict[str, dict[int, list[Span]]]

    def family(self, prefix: str) -> list[Span]:
        """Phrases whose category starts with ``prefix:``, in text order."""
        return self.families.get(prefix, _NO_SPANS)

    def opens(self, k: int, prefixes: str | tuple[str, ...]) -> bool:
        """Whether a phrase whose category starts with ``prefixes`` starts at word ``k``. A
        plain loop: rules ask this of most words they look at, and a generator expression per
        question costs more than the look-up itself."""
        for cat in self.cats[k]:  # noqa: SIM110 (a loop on purpose, see above)
            if cat.startswith(prefixes):
                return True
        return False

    def positions(self, category: str) -> list[int]:
        """Word positions where a phrase of ``category`` starts (each once, in order). The
        first question about a family answers for all its categories in one pass over it
        (rules ask for several: "date:months", "date:weekdays", "date:relative", ...)."""
        found = self._positions.get(category)
        if found is None:
            family = category.partition(":")[0]
            by_category = self._positions
            if family not in self._indexed:
                self._indexed.add(family)
                for cat, i, _ in self.family(family):
                    listed = by_category.get(cat)
                    if listed is None:
                        by_category[cat] = [i]
                    elif listed[-1] != i:
                        listed.append(i)
                found = by_category.get(category)
            if found is None:
                found = by_category[category] = []
        return found

    def ending(self, prefix: str, end: int) -> list[Span]:
        """Phrases of family ``prefix`` that end right before word ``end``, in text order."""
        by_end = self._ends.get(prefix)
        if by_end is None:
            by_end = self._ends[prefix] = {}
            for span in self.family(prefix):  # (no empty list made per span, as setdefault)
                listed = by_end.get(span[2])
                if listed is None:
                    by_end[span[2]] = [span]
                else:
                    listed.append(span)
        return by_end.get(end, _NO_SPANS)

    def within(self, category: str, lo: int, hi: int) -> list[int]:
        """Positions of ``category`` in ``[lo, hi)``."""
        found = self.positions(category)
        if not found:
            return found
        return found[bisect_left(found, lo) : bisect_left(found, hi)]


def plain_forms(word: str) -> tuple[str, ...]:
    """The forms of a word in a language that writes no particles onto words: the word."""
    return (word,)


def _word_regex(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word).replace(r"\*", r"\w*").replace(r"\?", r"\w"))


def opens_with(words: Sequence[str], phrases: Iterable[Sequence[str]]) -> bool:
    """Whether ``words`` begin with one of ``phrases`` (each compared as the same type: tuples
    with tuples). A loop, as rules ask it for most numbers and sentences they read."""
    for phrase in phrases:  # noqa: SIM110 (a loop on purpose, see above)
        if words[: len(phrase)] == phrase:
            return True
    return False


def _all_match(
    word_matches: Callable[[str, str], bool], rest: tuple[str, ...], norms: list[str], at: int
) -> bool:
    """Whether the pack words ``rest`` match the words from ``at`` on (a loop: run for every
    phrase whose second word matched, a generator there cost more than the matching)."""
    for k, pattern in enumerate(rest):  # noqa: SIM110 (a loop on purpose, see above)
        if not word_matches(pattern, norms[at + k]):
            return False
    return True


def _is_glob(word: str) -> bool:
    return "*" in word or "?" in word


@dataclass(frozen=True, slots=True)
class _Entry:
    """What one word form starts: single-word categories (sorted, with their family) and the
    multi-word phrases, indexed by their second word (exact), by their third where the second
    is any word ("a * couple": asked of every "a", it must not try every word after it), or
    listed (another glob second word)."""

    singles: tuple[tuple[str, str], ...]
    single_cats: tuple[str, ...]
    by_next: dict[str, tuple[_Phrase, ...]]
    glob_next: tuple[_Phrase, ...]
    by_after_any: dict[str, tuple[_Phrase, ...]]


@dataclass
class Lexicon:
    """Categories of phrases, with a per-word cache of what each word form starts."""

    forms: Callable[[str], tuple[str, ...]]
    # words kept as written (see text.tokenize): "är" (is) never meets the unit "år" (year)
    verbatim: frozenset[str] = frozenset()
    exact: dict[str, set[str]] = field(default_factory=dict)
    globs: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    multi_glob: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    # the pack words of ``globs``, by category, as written (their first letter indexes them)
    glob_words: dict[str, list[str]] = field(default_factory=dict)
    # per first letter of a word, the single-word globs that can match it (those starting with
    # that letter or a wildcard): all of them as one regex (most words match none), and per
    # category as one; compiled on first use, as a pack is loaded by hundreds of ``add`` calls
    _glob_by_first: dict[str, _Globs] = field(default_factory=dict)
    _regexes: dict[str, re.Pattern[str]] = field(default_factory=dict)
    _cache: dict[str, frozenset[str]] = field(default_factory=dict)
    _word_cache: dict[tuple[str, str], bool] = field(default_factory=dict)
    _entries: dict[str, _Entry | None] = field(default_factory=dict)

    def add(self, category: str, phrases: Iterable[str]) -> None:
        """Register ``phrases`` (normalised here) under ``category``."""
        for phrase in phrases:
            words = tuple(
                w if w in self.verbatim else normalize(w)
                for w in phrase.replace("'", " ").replace("’", " ").split()
            )
            if not words:
                continue
            if len(words) == 1:
                if _is_glob(words[0]):
                    self.globs.setdefault(category, []).append(_word_regex(words[0]))
                    self.glob_words.setdefault(category, []).append(words[0])
                else:
                    self.exact.setdefault(words[0], set()).add(category)
            elif _is_glob(words[0]):
                self.multi_glob.append((words, category))
            else:
                self.multi.setdefault(words[0], []).append((words, category))
        self._glob_by_first.clear()
        self._cache.clear()
        self._entries.clear()

    def _globs(self, first: str) -> _Globs:
        """The single-word globs a word starting with ``first`` can match: a glob starting with
        another letter cannot, so a word is tried against about one letter's worth of them
        instead of every glob of the pack."""
        found = self._glob_by_first.get(first)
        if found is None:
            by_cat = {
                cat: [
                    p.pattern
                    for p, word in zip(pats, self.glob_words[cat], strict=True)
                    if word[:1] == first or word[:1] in "*?"
                ]
                for cat, pats in self.globs.items()
            }
            alts = tuple(
                (cat, re.compile("|".join(f"(?:{p})" for p in patterns)))
                for cat, patterns in by_cat.items()
                if patterns
            )
            patterns = [p for pats in by_cat.values() for p in pats]
            any_glob = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
            found = self._glob_by_first[first] = (any_glob, alts)
        return found

    def categories(self, word: str) -> frozenset[str]:
        """Categories that the single word ``word`` (normalised) belongs to."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: set[str] = set()
        for form in self.forms(word):
            found |= self.exact.get(form, set())
            any_glob, alts = self._globs(form[:1])
            if any_glob is None or not any_glob.fullmatch(form):
                continue
            for cat, alt in alts:
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
                regex = self._regexes.get(pattern)
                if regex is None:
                    regex = self._regexes[pattern] = _word_regex(pattern)
                hit = any(regex.fullmatch(f) for f in self.forms(word))
            else:
                hit = pattern in self.forms(word)
            self._word_cache[key] = hit
        return hit

    def _entry(self, word: str) -> _Entry | None:
        """What ``word`` starts, or None when it starts nothing (computed once per form)."""
        phrases: list[tuple[tuple[str, ...], str]] = []
        for form in self.forms(word):
            phrases.extend((words[1:], cat) for words, cat in self.multi.get(form, ()))
        phrases.extend(
            (words[1:], cat) for words, cat in self.multi_glob if self.word_matches(words[0], word)
        )
        singles = tuple(sorted(self.categories(word)))
        if not singles and not phrases:
            return None
        by_next: dict[str, list[_Phrase]] = {}
        glob_next: list[_Phrase] = []
        by_after_any: dict[str, list[_Phrase]] = {}
        for order, (rest, cat) in enumerate(phrases):
            if rest[0] == "*" and len(rest) > 1 and not _is_glob(rest[1]):
                by_after_any.setdefault(rest[1], []).append((order, rest, cat))
            elif _is_glob(rest[0]):
                glob_next.append((order, rest, cat))
            else:
                by_next.setdefault(rest[0], []).append((order, rest[1:], cat))
        return _Entry(
            tuple((cat, cat.partition(":")[0]) for cat in singles),
            singles,
            {k: tuple(v) for k, v in by_next.items()},
            tuple(glob_next),
            {k: tuple(v) for k, v in by_after_any.items()},
        )

    def _phrases_at(self, entry: _Entry, norms: list[str], i: int) -> list[tuple[int, int, str]]:
        """Multi-word phrases of ``entry`` matching from word ``i``: (order, end, category)."""
        n = len(norms)
        if i + 1 >= n:
            return []
        word_matches = self.word_matches
        found: list[tuple[int, int, str]] = []
        if entry.by_next:
            for form in self.forms(norms[i + 1]):
                for order, rest, cat in entry.by_next.get(form, ()):
                    j = i + 2 + len(rest)
                    if j <= n and _all_match(word_matches, rest, norms, i + 2):
                        found.append((order, j, cat))
        glob_next = entry.glob_next
        if entry.by_after_any and i + 2 < n:
            glob_next += tuple(
                phrase
                for form in self.forms(norms[i + 2])
                for phrase in entry.by_after_any.get(form, ())
            )
        for order, rest, cat in glob_next:
            j = i + 1 + len(rest)
            if j <= n and _all_match(word_matches, rest, norms, i + 1):
                found.append((order, j, cat))
        if len(found) > 1:
            found.sort()  # the pack's phrase order, as a plain scan would find them
        return found

    def annotate(self, norms: list[str]) -> Marks:
        """For every word position, the phrases ``(category, i, j)`` starting there."""
        # every word starts as starting nothing; only the words that start something are set
        marks = Marks([_NO_SPANS] * len(norms))
        cats_list: list[dict[str, int]] = [_NO_CATS] * len(norms)
        families: dict[str, list[Span]] = {}
        entries = self._entries
        forms = self.forms
        plain = forms is plain_forms  # a word's only form is itself: no call per word
        last = len(norms) - 1
        for i, word in enumerate(norms):
            entry = entries.get(word, _UNSEEN)
            if entry is _UNSEEN:
                entry = entries[word] = self._entry(word)
            if entry is None:
                continue
            end = i + 1
            here: list[Span] = []
            for cat, family in entry.singles:
                span = (cat, i, end)
                here.append(span)
                if family in families:
                    families[family].append(span)
                else:
                    families[family] = [span]
            cats = dict.fromkeys(entry.single_cats, end)
            if (
                entry.glob_next
                or (
                    entry.by_after_any
                    and i + 1 < last
                    and (
                        norms[i + 2] in entry.by_after_any
                        if plain
                        else not entry.by_after_any.keys().isdisjoint(forms(norms[i + 2]))
                    )
                )
            ) or (
                entry.by_next
                and i < last
                and (
                    norms[i + 1] in entry.by_next
                    if plain
                    else not entry.by_next.keys().isdisjoint(forms(norms[i + 1]))
                )
            ):
                for _, j, cat in self._phrases_at(entry, norms, i):
                    span = (cat, i, j)
                    here.append(span)
                    family = cat.partition(":")[0]
                    if family in families:
                        families[family].append(span)
                    else:
                        families[family] = [span]
                    if j > cats.get(cat, -1):
                        cats[cat] = j
            if here:
                # a tuple of tuples of strings and ints: the garbage collector stops tracking it
                # after its first collection, so a long document's marks are not walked again
                marks[i] = tuple(here)
            if cats:
                cats_list[i] = cats
        marks.cats = cats_list
        marks.families = families
        marks._positions = {}
        marks._indexed = set()
        marks._ends = {}
        return marks
