"""Capture tables we wrote for the tests (no rows from the evaluation data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmledger.estimate import CaptureTable
from harmledger.evaldata import eval_dir

# Three lists with names in three scripts: a hospital register (Arabic), a morgue log
# (Swedish) and a monitor's list. Counts invented for the tests.
LISTS_3 = ("مستشفى", "bårhus", "monitor")
ROWS_3 = [
    ((1, 0, 0), 120),
    ((0, 1, 0), 95),
    ((0, 0, 1), 140),
    ((1, 1, 0), 31),
    ((1, 0, 1), 44),
    ((0, 1, 1), 28),
    ((1, 1, 1), 12),
]

# Four lists with positive dependence between the first two.
LISTS_4 = ("A", "B", "C", "D")
ROWS_4 = [
    ((1, 0, 0, 0), 210),
    ((0, 1, 0, 0), 180),
    ((0, 0, 1, 0), 160),
    ((0, 0, 0, 1), 90),
    ((1, 1, 0, 0), 95),
    ((1, 0, 1, 0), 40),
    ((1, 0, 0, 1), 22),
    ((0, 1, 1, 0), 35),
    ((0, 1, 0, 1), 18),
    ((0, 0, 1, 1), 25),
    ((1, 1, 1, 0), 20),
    ((1, 1, 0, 1), 12),
    ((1, 0, 1, 1), 6),
    ((0, 1, 1, 1), 5),
    ((1, 1, 1, 1), 4),
]


def make_table(lists: tuple[str, ...], rows: list[tuple[tuple[int, ...], int]]) -> CaptureTable:
    return CaptureTable.from_patterns([p for p, _ in rows], [c for _, c in rows], lists)


@pytest.fixture
def table3() -> CaptureTable:
    return make_table(LISTS_3, ROWS_3)


@pytest.fixture
def table4() -> CaptureTable:
    return make_table(LISTS_4, ROWS_4)


@pytest.fixture
def mse_dir() -> Path:
    folder = eval_dir(must_exist=False) / "mse"
    if not folder.is_dir():
        pytest.skip(f"evaluation data not found at {folder} (set HARMLEDGER_EVAL_DIR)")
    return folder
