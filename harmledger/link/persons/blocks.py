"""Derived blocking columns: buckets for "within n" rules, and small blocks.

Splink blocks on equal values, which the database joins on a hash of them. Two kinds of rule
need a column made for them first:

* "age within a year" is not equality. It becomes equality of buckets, ``age // 2`` and
  ``(age + 1) // 2`` (see :meth:`LinkageProfile.blocking_rules`), so the join stays a hash
  join on small groups instead of a filter over every pair of a larger one.
* Small blocks. Agreeing on given and family name says a lot in a list where few people share
  them, and almost nothing where hundreds do ("Mohammed al-Najjar" in a list of a million):
  such a pair cannot reach the threshold on names alone, yet a block of n records makes n²/2
  pairs. A small block rule generates a block's pairs only when it holds at most a given
  number of records (across all the lists linked); bigger blocks are left to the rules that
  ask for more (a third name part, an age, a date). Its column holds the block's number where
  the block is small enough and NULL elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from harmledger.link.persons.spec import (
    NAME_PAIR_COLUMN,
    NAME_PARTS_COLUMN,
    LinkageProfile,
    bucket_column,
    small_block_column,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["with_blocking_columns"]


def with_blocking_columns(
    frames: Mapping[str, pd.DataFrame], profile: LinkageProfile
) -> dict[str, pd.DataFrame]:
    """``frames`` with the bucket and small-block columns ``profile``'s rules block on."""
    derived: dict[str, dict[str, object]] = {table: {} for table in frames}
    for column, within in profile.buckets():
        for table, frame in frames.items():
            values = frame[column].astype("Int64")
            for shift in range(within + 1):
                derived[table][bucket_column(column, within, shift)] = (values + shift) // (
                    within + 1
                )
    for index, (columns, limit) in enumerate(profile.small_blocks):
        for table, values in _small_blocks(frames, columns, limit).items():
            derived[table][small_block_column(index)] = values
    if profile.name_pair_blocks:
        for table, values in _name_pair_blocks(frames, profile.name_pair_blocks).items():
            derived[table][NAME_PAIR_COLUMN] = values
    if profile.reordered_names:
        for table, frame in frames.items():
            derived[table][NAME_PARTS_COLUMN] = [
                _all_parts(g, f, o)
                for g, f, o in zip(
                    frame["given_skel"], frame["family_skel"], frame["other_skels"], strict=True
                )
            ]
    return {table: frame.assign(**derived[table]) for table, frame in frames.items()}


def _all_parts(given: object, family: object, others: object) -> list[str] | None:
    """The sorted distinct skeletons of every part of a record's name (``None`` if none)."""
    parts = {p for p in (given, family) if isinstance(p, str) and p}
    if isinstance(others, (list, tuple, np.ndarray)):
        parts.update(p for p in others if isinstance(p, str) and p)
    return sorted(parts) or None


def _pair_keys(given: object, family: object, others: object) -> list[str]:
    """Every unordered pair of a record's name-part skeletons, as ``a|b`` with ``a < b``."""
    ordered = _all_parts(given, family, others) or []
    return [f"{a}|{b}" for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


def _name_pair_blocks(frames: Mapping[str, pd.DataFrame], limit: int) -> dict[str, object]:
    """Per table, each record's name-part pairs shared by at most ``limit`` records.

    Lists order name parts differently (family name first, a father's name dropped), so no
    positional rule pairs "Nabil Hassan Kazzan" with "Kazzan Nabil Hassan"; two rare parts in
    common, in any position, do. As with small blocks, a pair of common parts ("Mohammed" and
    "Ahmed") makes no block: only pairs held by at most ``limit`` records count.
    """
    from collections import Counter

    keys = {
        table: [
            _pair_keys(g, f, o)
            for g, f, o in zip(
                frame["given_skel"], frame["family_skel"], frame["other_skels"], strict=True
            )
        ]
        for table, frame in frames.items()
    }
    sizes = Counter(key for rows in keys.values() for row in rows for key in row)
    return {
        table: [[k for k in row if sizes[k] <= limit] or None for row in rows]
        for table, rows in keys.items()
    }


def _small_blocks(
    frames: Mapping[str, pd.DataFrame], columns: tuple[str, ...], limit: int
) -> dict[str, object]:
    """Per table, each record's block number where its block has at most ``limit`` records."""
    import pandas as pd

    stacked = pd.concat([frame[list(columns)] for frame in frames.values()], ignore_index=True)
    groups = stacked.groupby(list(columns), dropna=True, sort=False)
    block = groups.ngroup()  # -1 for a record with a missing value: in no block
    size = groups[columns[0]].transform("size")
    key = block.where((block >= 0) & (size <= limit)).astype("Int64").array
    out: dict[str, object] = {}
    start = 0
    for table, frame in frames.items():
        out[table] = key[start : start + len(frame)]
        start += len(frame)
    return out
