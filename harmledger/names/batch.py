"""Splitting many full names at once: each distinct word, and each particle run, read once.

A list of a million victims holds a million distinct full names but only thousands of distinct
words, and most words stand alone: no rule joins them to a neighbour ("محمد", "Hassan"). Such a
word's token is its normal form. Only runs that a rule may join (particles and what they glue
to, compound tails, titles, words the per-word classifier cannot vouch for) go through
:func:`script_tokens`, once per distinct run. A name's tokens are the concatenation of its
pieces' tokens, so the result equals :func:`split_name` name by name
(``tests/names/test_batch.py`` checks it); the work per name is array arithmetic.

Per-name work in Python is what costs at 10^6 names, so none is left: Arrow splits the names
into words and codes them, a run of words is packed into one integer (script and word codes)
so that NumPy finds the distinct runs, and each word is classified only in the scripts of the
names it occurs in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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


def _word_table(
    words: list[str], used: dict[bool, npt.NDArray[np.bool_]], vocab: _Vocabulary
) -> dict[str, npt.NDArray[np.generic]]:
    """Per distinct word and script (arabic?) it is ``used`` in: the token of a word that
    stands alone (-1 otherwise) and whether a rule may join it to the word before / after."""
    n = len(words)
    table: dict[str, npt.NDArray[np.generic]] = {}
    for script in (True, False):
        token = np.full(n, -1, np.int64)
        left = np.ones(n, bool)
        right = np.ones(n, bool)
        for i in np.flatnonzero(used[script]).tolist():
            word = words[i]
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


def _words(names: Sequence[str]) -> tuple[list[str], Codes, Codes]:
    """Distinct words (in order of first appearance), each word's code and each name's number
    of words. Arrow splits at the characters :meth:`str.split` splits at (every code point,
    ``tests/names/test_batch.py``) and codes the words, in C++."""
    import pyarrow as pa
    import pyarrow.compute as pc

    pieces = pc.utf8_split_whitespace(pa.array(names, type=pa.large_string()))
    values = pieces.flatten()
    owner = pc.list_parent_indices(pieces)
    kept = pc.greater(pc.binary_length(values), 0)  # Arrow keeps an empty word at either end
    encoded = pc.dictionary_encode(values.filter(kept))
    flat = encoded.indices.to_numpy().astype(np.int64)
    counts = np.bincount(owner.filter(kept).to_numpy(), minlength=len(names)).astype(np.int64)
    return encoded.dictionary.to_pylist(), flat, counts


def _pack(
    flat: Codes, start: Codes, length: Codes, script: npt.NDArray[np.bool_], words: int
) -> tuple[Codes, npt.NDArray[np.bool_]]:
    """One int64 per run of words (its script and its word codes), equal for equal runs, and
    which runs were short enough to pack (the others are read one by one)."""
    base = words + 1
    width = 1
    while base ** (width + 1) * 2 < 2**62:
        width += 1
    packable = length <= width
    key = script.astype(np.int64)
    for offset in range(width):
        present = packable & (offset < length)
        code = np.where(present, flat[np.where(present, start + offset, 0)] + 1, 0)
        key = key * base + code
    return key, packable


def _tokens(names: Sequence[str], vocab: _Vocabulary) -> tuple[Codes, Codes]:
    """Token codes of every name, concatenated, and each name's first token's index."""
    if not names:
        return np.empty(0, np.int64), np.zeros(1, np.int64)
    words, flat, counts = _words(names)
    if not counts.any():
        return np.empty(0, np.int64), np.zeros(len(names) + 1, np.int64)
    record = np.repeat(np.arange(len(names)), counts)
    arabic = np.fromiter(map(has_arabic, words), bool, len(words))
    nickname = np.fromiter((bool(_NICKNAME_START.search(w)) for w in words), bool, len(words))
    rec_arabic = np.bincount(record, arabic[flat], len(names)) > 0
    rec_nickname = np.bincount(record, nickname[flat], len(names)) > 0
    script = rec_arabic[record]
    # Each word is classified in the scripts of the names it is in (a name's script is Arabic
    # when any of its words is).
    in_arabic = np.bincount(flat, script, len(words)) > 0
    table = _word_table(
        words, {True: in_arabic, False: np.bincount(flat, ~script, len(words)) > 0}, vocab
    )
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
    read_start, read_length = start[~alone], length[~alone]
    read_record = record[read_start]
    key, packed = _pack(flat, read_start, read_length, rec_arabic[read_record], len(words))
    packed &= ~rec_nickname[read_record]
    run_tokens: list[int] = []
    run_starts: list[int] = []

    def read(s: int, n: int, r: int) -> int:
        if rec_nickname[r]:
            found = parts.name_tokens(names[r])
        else:
            text = " ".join(words[c] for c in flat[s : s + n].tolist())
            found = parts.script_tokens(text, bool(rec_arabic[r]))
        run_starts.append(len(run_tokens))
        run_tokens.extend(vocab(t) for t in found)
        return len(run_starts) - 1

    piece_run = np.empty(len(read_start), np.int64)
    _, where, inverse = np.unique(key[packed], return_index=True, return_inverse=True)
    at = np.flatnonzero(packed)
    runs = np.array(
        [read(s, n, r) for s, n, r in zip(
            read_start[at[where]].tolist(),
            read_length[at[where]].tolist(),
            read_record[at[where]].tolist(),
            strict=True,
        )],
        np.int64,
    )  # fmt: skip
    piece_run[at] = runs[inverse.reshape(-1)]
    # Long runs and nicknamed names, rare: one by one, still once per distinct run.
    seen: dict[tuple[object, ...], int] = {}
    for k in np.flatnonzero(~packed).tolist():
        s, n, r = int(read_start[k]), int(read_length[k]), int(read_record[k])
        run_key: tuple[object, ...] = (
            (names[r],) if rec_nickname[r] else (bool(rec_arabic[r]), *flat[s : s + n].tolist())
        )
        found = seen.get(run_key)
        if found is None:
            found = seen[run_key] = read(s, n, r)
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
