"""Normalising a name word by word, so each distinct word is folded once.

A list of a million names holds a few thousand distinct words, but the normalisers work on the
whole name (particles glue to their neighbours) with a dozen regular expressions run until
nothing changes. :func:`normalise_by_words` splits a name at the spaces no rule can cross and
normalises each piece once (cached); the result is the same string the whole-name normaliser
returns, which ``tests/names/test_normalise.py`` checks against it.

A script supplies ``classify(word) -> Word``: the word's normal form when it can stand alone
(``None`` for a word the script cannot vouch for, such as one with marks or punctuation: the
whole name then takes the full normaliser), and whether a rule may join it to the word before or
after (an article or "abu" joins the next word, a compound tail such as "al-din" the previous
one). A lone article is flagged too: "al" + "din" makes the tail "al-din", which joins the word
before the article, so a run that starts with an article and is joined from the right takes
the run before it along.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

__all__ = ["Word", "normalise_by_words"]


class Word(NamedTuple):
    """How one word behaves next to its neighbours (see the module docstring)."""

    form: str | None
    joins_previous: bool = False
    joins_next: bool = False
    article: bool = False


def normalise_by_words(
    text: str,
    classify: Callable[[str], Word],
    whole: Callable[[str], str],
) -> str:
    """``whole(text)``, computed piece by piece: a piece is a run of words that some rule may
    join; a word no rule joins is its own piece, normalised by ``classify``."""
    words = text.split()
    if not words:
        return whole(text)
    runs: list[list[str]] = []
    alone: list[str | None] = []  # the form of a one-word run that stands alone, else None
    from_article: list[bool] = []  # whether the run starts with an article
    open_right = False
    for word in words:
        kind = classify(word)
        if kind.form is None:
            return whole(text)
        if runs and (open_right or kind.joins_previous):
            runs[-1].append(word)
            alone[-1] = None
            if kind.joins_previous and from_article[-1] and len(runs) > 1:
                joined = runs.pop()
                runs[-1] += joined
                alone.pop()
                from_article.pop()
                alone[-1] = None
        else:
            runs.append([word])
            standalone = not (kind.joins_previous or kind.joins_next or kind.article)
            alone.append(kind.form if standalone else None)
            from_article.append(kind.article)
        open_right = kind.joins_next
    pieces = [
        form if form is not None else whole(" ".join(run))
        for run, form in zip(runs, alone, strict=True)
    ]
    return " ".join(piece for piece in pieces if piece)
