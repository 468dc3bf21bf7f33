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

from harmledger.link.persons.spec import LinkageProfile, bucket_column, small_block_column

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
    return {table: frame.assign(**derived[table]) for table, frame in frames.items()}


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
