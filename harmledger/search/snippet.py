"""A hit's snippet: the original text around the first word that matched, as it is written.

The index holds folded stems only; the snippet is found by folding the original text again
word by word (:func:`harmledger.search.terms.words` keeps each word's place) and cutting the
text around the first word whose stem was asked for, so the reader sees the diacritics, case
and script of the source, never the folded form.
"""

from __future__ import annotations

from dataclasses import dataclass

from harmledger.search.terms import words

BEFORE = 60  # characters of context before the matching word, about
AFTER = 140  # and after it
ELLIPSIS = "…"


@dataclass(frozen=True)
class Snippet:
    """The text around the match, and the matching word as written."""

    text: str
    match: str


def snippet(text: str, wanted: set[str]) -> Snippet | None:
    """The snippet of ``text`` around its first word whose stem is in ``wanted``; None if no
    word of the text matches (a hit found only through another field)."""
    first = next((w for w in words(text) if w.stem in wanted), None)
    if first is None:
        return None
    start = _word_edge(text, max(0, first.start - BEFORE), forward=True, limit=first.start)
    end = _word_edge(text, min(len(text), first.end + AFTER), forward=False, limit=first.end)
    body = " ".join(text[start:end].split())
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return Snippet(f"{prefix}{body}{suffix}", text[first.start : first.end])


def head(text: str) -> Snippet:
    """The text's beginning, for a hit with no matching word in it."""
    end = _word_edge(text, min(len(text), BEFORE + AFTER), forward=False, limit=0)
    suffix = ELLIPSIS if end < len(text) else ""
    return Snippet(" ".join(text[:end].split()) + suffix, "")


def _word_edge(text: str, at: int, *, forward: bool, limit: int) -> int:
    """``at`` moved off a word's middle to the nearest space (towards ``limit``)."""
    if at <= 0 or at >= len(text) or text[at - 1].isspace() or text[at].isspace():
        return at
    step = 1 if forward else -1
    moved = at
    while moved != limit and not text[moved - 1].isspace():
        moved += step
    return moved
