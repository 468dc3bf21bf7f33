"""Blocking: "within n" rules as bucket rules, small blocks, and the feature columns they use."""

from __future__ import annotations

import dataclasses
from datetime import date
from itertools import combinations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.link.persons import VICTIM_PROFILE, feature_frames
from harmledger.link.persons.blocks import with_blocking_columns
from harmledger.link.persons.features import FEATURE_COLUMNS, FeatureBuilder, record_features
from harmledger.link.persons.frame import feature_frame
from harmledger.link.persons.synthetic import synthetic_lists
from harmledger.victims import VictimRecord


def _blocked_pairs(frame: pd.DataFrame, rules: list[tuple[str, ...]]) -> set[tuple[int, int]]:
    """Pairs of row numbers equal (and present) on every column of at least one rule."""
    pairs = set()
    rows = frame.to_dict("records")
    for (i, left), (j, right) in combinations(enumerate(rows), 2):
        for rule in rules:
            values = [(left[c], right[c]) for c in rule]
            if all(not pd.isna(a) and not pd.isna(b) and a == b for a, b in values):
                pairs.add((i, j))
                break
    return pairs


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=3),
    st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=30)), max_size=12),
)
def test_within_rules_block_exactly_the_near_pairs(within: int, ages: list[int | None]) -> None:
    profile = dataclasses.replace(
        VICTIM_PROFILE,
        blocking=((("age", within),),),
        small_blocks=(),
        name_pair_blocks=0,
        reordered_names=False,
    )
    frame = pd.DataFrame({"age": pd.array(ages, dtype="Int64")})
    derived = with_blocking_columns({"t": frame}, profile)["t"]
    found = _blocked_pairs(derived, profile.blocking_rules())
    expected = {
        (i, j)
        for (i, a), (j, b) in combinations(enumerate(ages), 2)
        if a is not None and b is not None and abs(a - b) <= within
    }
    assert found == expected
    assert len(profile.blocking_rules()) == within + 1


def test_small_blocks_count_records_across_lists() -> None:
    profile = dataclasses.replace(
        VICTIM_PROFILE,
        blocking=(),
        small_blocks=((("given_key", "family_key"), 3),),
        name_pair_blocks=0,
        reordered_names=False,
    )
    left = pd.DataFrame(
        {"given_key": ["smir", "smir", "rni", None, "wlid"], "family_key": ["hd"] * 5}
    )
    right = pd.DataFrame({"given_key": ["smir", "rni", "wlid"], "family_key": ["hd", "hd", "nmr"]})
    derived = with_blocking_columns({"a": left, "b": right}, profile)
    column = "small_block_0"
    a, b = derived["a"][column], derived["b"][column]
    # smir/hd: 3 records in all (small); rni/hd: 2; wlid/hd and wlid/nmr: 1 each; None: no key
    assert a[0] == a[1] == b[0] and a[2] == b[1]
    assert a[0] != a[2] and a[4] != b[2]
    assert pd.isna(a[3])
    profile = dataclasses.replace(profile, small_blocks=((("given_key", "family_key"), 2),))
    derived = with_blocking_columns({"a": left, "b": right}, profile)
    assert derived["a"]["small_block_0"][:2].isna().all()  # smir/hd has 3 > 2 records now


def test_victim_rules_use_known_columns_and_stay_narrow() -> None:
    derived = {f"small_block_{i}" for i in range(len(VICTIM_PROFILE.small_blocks))}
    derived |= {
        f"{column}_within{n}_{shift}"
        for column, n in VICTIM_PROFILE.buckets()
        for shift in range(n + 1)
    }
    for rule in VICTIM_PROFILE.blocking_rules():
        assert set(rule) <= set(FEATURE_COLUMNS) | derived
        # a rule on one column is a small block; others join on two varied fields at least
        assert len(rule) >= 2 or rule[0].startswith("small_block_")
    assert set(VICTIM_PROFILE.columns()) <= set(FEATURE_COLUMNS)


def _records() -> list[VictimRecord]:
    return [
        VictimRecord(
            list_name="hospital",
            record_key="1",
            name="سمير خليل يوسف ابو سمرة",
            age=41,
            date_of_death="2023-11-02",
        ),
        VictimRecord(list_name="monitor", record_key="1", name_latin="Sameer Abu Samra", age=42),
        VictimRecord(
            list_name="hospital",
            record_key="2",
            name="سمير خليل يوسف ابو سمرة",
            family_group="7",
            place_of_death="رفح",
        ),
        VictimRecord(
            list_name="monitor",
            record_key="2",
            given_name="Rania",
            family_name="El-Nimr",
            date_of_birth="1994-05-01",
            date_of_death="2023-11-03",
        ),
    ]


def test_feature_builder_matches_one_record_at_a_time() -> None:
    records = _records()
    columns = FeatureBuilder().columns(records)
    for i, record in enumerate(records):
        assert {c: values[i] for c, values in columns.items()} == record_features(record, i)
    assert columns["death_day"][0] == (date(2023, 11, 2) - date(1970, 1, 1)).days
    assert columns["death_day"][1] is None
    assert columns["age"][3] == 29  # from the dates of birth and death
    assert columns["given_key"][0] == columns["given_key"][1]  # سمير / Sameer


def _cells(values: list[object]) -> list[object]:
    return [None if v is None or v is pd.NaT or (not isinstance(v, list) and pd.isna(v)) else v
            for v in values]  # fmt: skip


def test_feature_frame_equals_the_record_by_record_columns() -> None:
    records, _ = synthetic_lists(400, seed=3)
    records += _records()
    records.append(VictimRecord(list_name="x", record_key="1", name='"Abu Ali" محمد ابو'))
    records.append(VictimRecord(list_name="x", record_key="2", family_name="Al Najjar"))
    records.append(VictimRecord(list_name="x", record_key="3", name="Sameer Nour al-Din x y"))
    records.append(VictimRecord(list_name="x", record_key="4"))
    expected = FeatureBuilder().columns(records)
    frame = feature_frame(records, [r.record_id for r in records])
    assert list(frame.columns) == list(FEATURE_COLUMNS)
    for column, values in expected.items():
        got = frame[column].tolist()
        if column.startswith("date_"):
            got = [None if pd.isna(v) else v.date() for v in got]
        assert _cells(got) == _cells(values), column


def test_feature_frames_split_by_list_keep_global_ids() -> None:
    frames = feature_frames(_records(), by_list=True)
    assert list(frames) == ["list_0", "list_1"]
    assert frames["list_0"]["unique_id"].tolist() == [0, 2]
    assert frames["list_1"]["record_id"].tolist() == ["monitor:1", "monitor:2"]
    assert "source_dataset" not in frames["list_0"].columns
    one = feature_frames(_records(), by_list=False)["list_0"]
    assert one["unique_id"].tolist() == [0, 1, 2, 3]
    assert str(one["death_day"].dtype) == "Int64"


def test_name_pair_blocks_ignore_order_and_skip_common_pairs() -> None:
    profile = dataclasses.replace(VICTIM_PROFILE, blocking=(), small_blocks=(), name_pair_blocks=2)
    columns = ("given_skel", "family_skel", "other_skels")
    # one person written given name first and family name first; a common pair held by three
    left = pd.DataFrame(
        [("nbl", "kzn", ["hsn"]), ("mhmd", "ahmd", None), ("mhmd", "ahmd", ["ali"])],
        columns=columns,
    )
    right = pd.DataFrame([("kzn", "hsn", ["nbl"]), ("ahmd", "mhmd", None)], columns=columns)
    derived = with_blocking_columns({"a": left, "b": right}, profile)
    a, b = derived["a"]["name_pair_block"], derived["b"]["name_pair_block"]
    assert set(a[0]) == set(b[0]) == {"hsn|kzn", "hsn|nbl", "kzn|nbl"}
    assert a[1] is None and b[1] is None  # ahmd|mhmd is held by three records
    assert a[2] == ["ahmd|ali", "ali|mhmd"]
    assert derived["a"]["name_parts_skels"][0] == ["hsn", "kzn", "nbl"]
