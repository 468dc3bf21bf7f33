"""Capture tables: how many people each combination of lists recorded.

Every estimator works on the same small structure: for ``k`` lists, the counts of the
``2**k - 1`` observable capture patterns (the all-absent pattern is the unknown we estimate).
Cells are indexed by bit pattern: bit ``j`` is set when the person is on list ``j``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from harmledger.errors import Invalid

IntArray = NDArray[np.int64]

#: More lists than this would make the dense ``2**k`` table too large to hold.
MAX_LISTS = 20


@dataclass(frozen=True)
class CaptureTable:
    """Counts of people per capture pattern over named lists.

    ``cells[c]`` is the number of people whose pattern of presence is the bit pattern ``c``
    (bit ``j`` = on list ``lists[j]``); ``cells[0]`` is always 0 because nobody can be observed
    on no list.
    """

    lists: tuple[str, ...]
    cells: IntArray

    def __post_init__(self) -> None:
        k = len(self.lists)
        if k < 2:
            raise Invalid(f"a capture table needs at least 2 lists, got {k}")
        if k > MAX_LISTS:
            raise Invalid(f"at most {MAX_LISTS} lists are supported, got {k}")
        if len(set(self.lists)) != k:
            raise Invalid(f"list names must be distinct: {', '.join(self.lists)}")
        cells = np.asarray(self.cells, dtype=np.int64)
        if cells.shape != (2**k,):
            raise Invalid(f"expected {2**k} cells for {k} lists, got shape {cells.shape}")
        if (cells < 0).any():
            raise Invalid("capture counts must not be negative")
        if cells[0] != 0:
            raise Invalid("the all-absent cell cannot be observed; it must be 0")
        if cells.sum() == 0:
            raise Invalid("the capture table is empty: nobody is on any list")
        cells.setflags(write=False)
        object.__setattr__(self, "cells", cells)

    # construction -------------------------------------------------------------------------

    @classmethod
    def from_patterns(
        cls, patterns: Sequence[Sequence[int]], counts: Sequence[int], lists: Sequence[str]
    ) -> CaptureTable:
        """Build a table from 0/1 rows (one per pattern or per person) and their counts.

        Repeated patterns are added up.
        """
        k = len(lists)
        pattern_array = np.asarray(patterns, dtype=np.int64).reshape(-1, k)
        count_array = np.asarray(counts, dtype=np.int64)
        if len(pattern_array) != len(count_array):
            raise Invalid("patterns and counts differ in length")
        if not np.isin(pattern_array, (0, 1)).all():
            raise Invalid("capture patterns must hold only 0 and 1")
        index = pattern_array @ (1 << np.arange(k, dtype=np.int64))
        if (index == 0).any():
            raise Invalid("a capture pattern with no list at all cannot be observed")
        cells = np.bincount(index, weights=count_array, minlength=2**k).astype(np.int64)
        return cls(tuple(lists), cells)

    @classmethod
    def from_memberships(
        cls, memberships: Iterable[Iterable[str]], lists: Sequence[str]
    ) -> CaptureTable:
        """Build a table from each person's set of list names (e.g. from linked persons).

        Names outside ``lists`` are ignored, so one linkage can feed estimates over any subset
        of lists; people on none of ``lists`` are not counted.
        """
        position = {name: j for j, name in enumerate(lists)}
        if len(position) != len(lists):
            raise Invalid(f"list names must be distinct: {', '.join(lists)}")
        cells = np.zeros(2 ** len(lists), dtype=np.int64)
        for person in memberships:
            index = 0
            for name in set(person):
                j = position.get(name)
                if j is not None:
                    index |= 1 << j
            if index:
                cells[index] += 1
        return cls(tuple(lists), cells)

    @classmethod
    def from_mapping(
        cls, memberships: Mapping[object, Iterable[str]], lists: Sequence[str]
    ) -> CaptureTable:
        """Like :meth:`from_memberships` for a mapping person -> list names."""
        return cls.from_memberships(memberships.values(), lists)

    # views ----------------------------------------------------------------------------------

    @property
    def k(self) -> int:
        """Number of lists."""
        return len(self.lists)

    @property
    def observed(self) -> int:
        """Number of distinct people on at least one list."""
        return int(self.cells.sum())

    def patterns(self) -> IntArray:
        """The ``(2**k - 1, k)`` 0/1 matrix of observable patterns, in cell order 1, 2, ..."""
        return pattern_matrix(self.k)[1:]

    def observed_counts(self) -> IntArray:
        """Counts of the observable cells, aligned with :meth:`patterns`."""
        return self.cells[1:]

    def list_sizes(self) -> dict[str, int]:
        """How many people each list holds."""
        sizes = self.patterns().T @ self.observed_counts()
        return {name: int(size) for name, size in zip(self.lists, sizes, strict=True)}

    def frequencies(self) -> IntArray:
        """``f[j]`` = people on exactly ``j`` lists, for ``j = 0..k`` (``f[0]`` is 0)."""
        on_lists = self.patterns().sum(axis=1)
        return np.bincount(on_lists, weights=self.observed_counts(), minlength=self.k + 1).astype(
            np.int64
        )

    def select(self, lists: Sequence[str]) -> CaptureTable:
        """Collapse the table onto a subset of its lists (people on none of them drop out)."""
        missing = [name for name in lists if name not in self.lists]
        if missing:
            raise Invalid(f"unknown list(s): {', '.join(missing)}; have {', '.join(self.lists)}")
        positions = [self.lists.index(name) for name in lists]
        sub = self.patterns()[:, positions]
        index = sub @ (1 << np.arange(len(positions), dtype=np.int64))
        cells = np.bincount(index, weights=self.observed_counts(), minlength=2 ** len(positions))
        cells[0] = 0
        return CaptureTable(tuple(lists), cells.astype(np.int64))

    def rows(self) -> list[tuple[tuple[int, ...], int]]:
        """Non-empty cells as ``(pattern, count)`` pairs, for printing and CSV output."""
        return [
            (tuple(int(v) for v in pattern), int(count))
            for pattern, count in zip(self.patterns(), self.observed_counts(), strict=True)
            if count
        ]


@dataclass(frozen=True)
class CaptureFrequencies:
    """Counts of people captured exactly 1, 2, ... times, without list identities.

    Some published data (e.g. repeated police apprehensions) only give these; Chao-type
    estimators work on them, list-dependence models cannot. ``occasions`` is the number of
    lists or ``None`` when unbounded.
    """

    counts: IntArray
    occasions: int | None = None

    def __post_init__(self) -> None:
        counts = np.asarray(self.counts, dtype=np.int64)
        if counts.ndim != 1 or len(counts) < 2 or counts[0] != 0:
            raise Invalid("capture frequencies need f[0] = 0 and at least f[1]")
        if (counts < 0).any():
            raise Invalid("capture frequencies must not be negative")
        if counts.sum() == 0:
            raise Invalid("capture frequencies are all zero")
        counts.setflags(write=False)
        object.__setattr__(self, "counts", counts)

    @property
    def observed(self) -> int:
        """Number of distinct people captured at least once."""
        return int(self.counts.sum())

    def frequencies(self) -> IntArray:
        """``f[j]`` = people captured exactly ``j`` times (``f[0]`` is 0)."""
        return self.counts


def pattern_matrix(k: int) -> IntArray:
    """The ``(2**k, k)`` 0/1 matrix whose row ``c`` is the bit pattern of cell ``c``."""
    cells = np.arange(2**k, dtype=np.int64)
    return ((cells[:, None] >> np.arange(k, dtype=np.int64)) & 1).astype(np.int64)
