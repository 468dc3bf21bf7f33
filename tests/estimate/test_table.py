"""CaptureTable construction and views."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from harmledger.errors import InputError
from harmledger.estimate import CaptureTable
from tests.estimate.conftest import LISTS_3


def test_views(table3: CaptureTable) -> None:
    assert table3.k == 3
    assert table3.observed == 470
    assert table3.list_sizes() == {"مستشفى": 207, "bårhus": 166, "monitor": 224}
    assert table3.frequencies().tolist() == [0, 355, 103, 12]
    assert table3.cells[0] == 0
    assert len(table3.rows()) == 7


def test_from_memberships_ignores_other_lists_and_nobody() -> None:
    people = [{"A"}, {"A", "B"}, {"B", "Z"}, {"Z"}, set(), {"A", "B"}]
    table = CaptureTable.from_memberships(people, ["A", "B"])
    assert table.cells.tolist() == [0, 1, 1, 2]
    mapping = dict(enumerate(people))
    assert CaptureTable.from_mapping(mapping, ["A", "B"]).cells.tolist() == [0, 1, 1, 2]


def test_select_collapses(table3: CaptureTable) -> None:
    two = table3.select(["bårhus", "مستشفى"])
    assert two.lists == ("bårhus", "مستشفى")
    assert two.list_sizes() == {"bårhus": 166, "مستشفى": 207}
    assert two.observed == 470 - 140
    with pytest.raises(InputError, match="unknown list"):
        table3.select(["nope", "bårhus"])


@pytest.mark.parametrize(
    ("lists", "cells", "message"),
    [
        (("A",), [0, 3], "at least 2 lists"),
        (("A", "A"), [0, 1, 1, 1], "distinct"),
        (("A", "B"), [0, 1, 1], "expected 4 cells"),
        (("A", "B"), [0, -1, 1, 1], "negative"),
        (("A", "B"), [5, 1, 1, 1], "all-absent"),
        (("A", "B"), [0, 0, 0, 0], "empty"),
    ],
)
def test_invalid_tables(lists: tuple[str, ...], cells: list[int], message: str) -> None:
    with pytest.raises(InputError, match=message):
        CaptureTable(lists, np.array(cells))


def test_from_patterns_rejects_bad_patterns() -> None:
    with pytest.raises(InputError, match="0 and 1"):
        CaptureTable.from_patterns([[2, 0]], [1], ["A", "B"])
    with pytest.raises(InputError, match="no list"):
        CaptureTable.from_patterns([[0, 0]], [1], ["A", "B"])


@given(st.lists(st.frozensets(st.sampled_from(LISTS_3), min_size=1), min_size=1, max_size=60))
def test_memberships_agree_with_person_rows(people: list[frozenset[str]]) -> None:
    rows = [[int(name in person) for name in LISTS_3] for person in people]
    by_rows = CaptureTable.from_patterns(rows, [1] * len(rows), LISTS_3)
    by_sets = CaptureTable.from_memberships(people, LISTS_3)
    assert by_rows.cells.tolist() == by_sets.cells.tolist()
    assert by_sets.observed == len(people)
    assert sum(by_sets.list_sizes().values()) == sum(len(p) for p in people)
