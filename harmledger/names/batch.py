"""Splitting many full names at once: each distinct word, and each particle run, read once.

A list of a million victims holds a million distinct full names but only thousands of distinct
words, and most words stand alone: no rule joins them to a neighbour ("محمد", "Hassan"). Such a
word's token is its normal form. Only runs that a rule may join (particles and what they glue
to, compound tails, titles, words the per-word classifier cannot vouch for) go through
:func:`script_tokens`, once per distinct run. A name's tokens are the concatenation of its
pieces' tokens, so the result equals :func:`split_name` name by name
(``tests/names/test_batch.py`` checks it); the work per name is array arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt

from harmledger.names import arabic, latin, parts
from harmledger.names.arabic import has_arabic

__all__ = ["SplitNames", "split_names"]

Codes = npt.NDArray[np.int64]
_NICKNAME_START = re.compile(r"[`\"(\[«]")
# Words that name_tokens drops or glues to the next word, by script (arabic?).
_DROPPED = {
    True: parts._ARABIC_TITLES | parts._ARABIC_CONNECTORS,
    False: parts._LATIN_TITLES | latin.LATIN_CONNECTORS,
}
_GLUED = {True: parts._ARABIC_GLUE_NEXT, False: parts._LATIN_GLUE_NEXT}


@dataclass(frozen=True)
class SplitNames:
    """Name parts of many names as codes into ``tokens`` (-1: the part is missing).

    ``middle[middle_starts[i]:middle_starts[i + 1]]`` are name ``i``'s further middle parts.
    """

    tokens: list[str]
    given: Codes
    father: Codes
    grandfather: Codes
    family: Codes
    middle: Codes
    middle_starts: Codes


class _Vocabulary:
    def __init__(self) -> None:
        self.code: dict[str, int] = {}

    def __call__(self, token: str) -> int:
        return self.code.setdefault(token, len(self.code))

    def tokens(self) -> list[str]:
        return list(self.code)


def _word_table(words: list[str], vocab: _Vocabulary) -> dict[str, npt.NDArray[np.generic]]:
    """Per distinct word: its script, a nickname mark, and per script the token of a word that
    stands alone (-1 otherwise) and whether a rule may join it to the word before / after."""
    n = len(words)
    table: dict[str, npt.NDArray[np.generic]] = {
        "arabic": np.fromiter(map(has_arabic, words), bool, n),
        "nickname": np.fromiter((bool(_NICKNAME_START.search(w)) for w in words), bool, n),
    }
    for script in (True, False):
        token = np.full(n, -1, np.int64)
        left = np.ones(n, bool)
        right = np.ones(n, bool)
        for i, word in enumerate(words):
            if script:
                kind = arabic._classify(word)
            elif latin._GLUED_WORDS.search(word):
                continue  # split into two words before normalising: a run of its own
            else:
                kind = latin._classify(word)
            form = kind.form
            if form is None or form in _DROPPED[script]:
                continue  # read with its neighbours; a title may sit inside a glued run
            token[i] = vocab(form)
            # An article may be taken back into the run before it ("salah al din").
            left[i] = kind.joins_previous or kind.article
            right[i] = kind.joins_next or form in _GLUED[script]
        table[f"token{int(script)}"] = token
        table[f"left{int(script)}"] = left
        table[f"right{int(script)}"] = right
    return table


def _ragged_take(values: Codes, starts: Codes, lengths: Codes) -> Codes:
    """``values[starts[i]:starts[i] + lengths[i]]`` for every ``i``, concatenated."""
    total = int(lengths.sum())
    within = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return values[np.repeat(starts, lengths) + within]


def _tokens(names: Sequence[str], vocab: _Vocabulary) -> tuple[Codes, Codes]:
    """Token codes of every name, concatenated, and each name's first token's index."""
    split = [name.split() for name in names]
    counts = np.fromiter(map(len, split), np.int64, len(split))
    if not counts.any():
        return np.empty(0, np.int64), np.zeros(len(names) + 1, np.int64)
    # distinct words in order, then every word's code, both iterated in C
    words = list(dict.fromkeys(chain.from_iterable(split)))
    word_code = {w: i for i, w in enumerate(words)}
    flat = np.fromiter(
        map(word_code.__getitem__, chain.from_iterable(split)), np.int64, int(counts.sum())
    )
    table = _word_table(words, vocab)
    record = np.repeat(np.arange(len(names)), counts)
    rec_arabic = np.bincount(record, table["arabic"][flat], len(names)) > 0
    rec_nickname = np.bincount(record, table["nickname"][flat], len(names)) > 0
    script = rec_arabic[record]
    token = np.where(script, table["token1"][flat], table["token0"][flat])
    left = np.where(script, table["left1"][flat], table["left0"][flat])
    right = np.where(script, table["right1"][flat], table["right0"][flat])
    first = np.zeros(len(flat), bool)
    first[(np.cumsum(counts) - counts)[counts > 0]] = True
    # A piece starts where no rule joins a word to the one before; a nickname's name is one.
    joined = np.concatenate(([True], right[:-1])) | left | rec_nickname[record]
    start = np.flatnonzero(first | ~joined)
    length = np.diff(np.append(start, len(flat)))
    alone = (length == 1) & (token[start] >= 0) & ~left[start] & ~right[start]
    alone &= ~rec_nickname[record[start]]
    # Pieces read through script_tokens: once per distinct run of words (per name if nicknamed).
    runs: dict[tuple[object, ...], int] = {}
    run_tokens: list[int] = []
    run_starts: list[int] = []
    piece_run = np.empty(int((~alone).sum()), np.int64)
    flat_list = flat.tolist()
    for k, (s, n, r) in enumerate(
        zip(
            start[~alone].tolist(),
            length[~alone].tolist(),
            record[start[~alone]].tolist(),
            strict=True,
        )
    ):
        key: tuple[object, ...] = (
            (names[r],) if rec_nickname[r] else (bool(rec_arabic[r]), *flat_list[s : s + n])
        )
        found = runs.get(key)
        if found is None:
            if rec_nickname[r]:
                read = parts.name_tokens(names[r])
            else:
                text = " ".join(words[c] for c in flat_list[s : s + n])
                read = parts.script_tokens(text, bool(rec_arabic[r]))
            found = runs[key] = len(run_starts)
            run_starts.append(len(run_tokens))
            run_tokens.extend(vocab(t) for t in read)
        piece_run[k] = found
    run_start = np.array([*run_starts, len(run_tokens)], np.int64)
    count = np.ones(len(start), np.int64)
    count[~alone] = np.diff(run_start)[piece_run]
    piece_first = np.cumsum(count) - count
    out = np.empty(int(count.sum()), np.int64)
    out[piece_first[alone]] = token[start[alone]]
    out[_ragged_take(np.arange(len(out)), piece_first[~alone], count[~alone])] = _ragged_take(
        np.array(run_tokens, np.int64), run_start[piece_run], count[~alone]
    )
    per_name = np.bincount(record[start], count, len(names)).astype(np.int64)
    return out, np.concatenate(([0], np.cumsum(per_name)))


def split_names(names: Sequence[str]) -> SplitNames:
    """:func:`split_name` of every name in ``names``, as code arrays (see :class:`SplitNames`)."""
    vocab = _Vocabulary()
    tokens, bounds = _tokens(names, vocab)
    vocabulary = vocab.tokens()
    family_alone = np.fromiter(
        (t.startswith(("ال", "ابو", "al-", "abu-")) for t in [*vocabulary, ""]),
        bool,
        len(vocabulary) + 1,
    )  # a lone part that is plainly a family name; the last entry reads a missing part
    begin, end = bounds[:-1], bounds[1:]
    size = end - begin
    tokens = np.append(tokens, -1)  # index -1 reads a missing part
    missing = len(tokens) - 1
    first = tokens[np.where(size > 0, begin, missing)]
    one = size == 1
    only_family = one & family_alone[first]
    given = np.where(only_family, -1, first)
    family = np.where(
        one, np.where(only_family, first, -1), tokens[np.where(size > 1, end - 1, missing)]
    )
    father = tokens[np.where(size > 2, begin + 1, missing)]
    grandfather = tokens[np.where(size > 3, begin + 2, missing)]
    middle_count = np.maximum(size - 4, 0)
    middle = _ragged_take(tokens, begin + 3, middle_count)
    middle_starts = np.concatenate(([0], np.cumsum(middle_count)))
    return SplitNames(vocabulary, given, father, grandfather, family, middle, middle_starts)
