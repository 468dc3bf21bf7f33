"""EM training passes: the tightest block with enough pairs, else the looser one."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from harmledger.link.persons.engine import _training_blocks, block_pairs
from harmledger.link.persons.spec import VICTIM_PROFILE


def _frame(names: list[str], dates: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame({"given_key": names, "family_key": ["nsr"] * len(names), "dod": dates})


def test_block_pairs_counts_pairs_within_a_list_or_across_lists() -> None:
    one = _frame(["ali", "ali", "ali", "omr"], ["d1", "d1", None, "d1"])
    two = _frame(["ali", "omr"], ["d1", "d1"])
    assert block_pairs({"a": one}, ("given_key",), "dedupe_only") == 3
    assert block_pairs({"a": one}, ("given_key", "dod"), "dedupe_only") == 1  # missing is no match
    assert block_pairs({"a": one, "b": two}, ("given_key",), "link_only") == 4  # 3x1 + 1x1
    assert block_pairs({"a": one, "b": two}, ("given_key",), "link_and_dedupe") == 7
    assert block_pairs({"a": one}, ("no_such_column",), "dedupe_only") == 0


def test_a_pass_falls_back_to_its_looser_block_where_the_tight_one_is_too_small() -> None:
    profile = replace(
        VICTIM_PROFILE,
        training=((("given_key", "dod"), ("given_key",)),),
        min_training_pairs=2,
    )
    dated = _frame(["ali"] * 3, ["d1"] * 3)
    undated = _frame(["ali"] * 3, [None] * 3)  # a list that gives no date of death
    assert _training_blocks({"a": dated}, profile, "dedupe_only") == [("given_key", "dod")]
    assert _training_blocks({"a": undated}, profile, "dedupe_only") == [("given_key",)]
