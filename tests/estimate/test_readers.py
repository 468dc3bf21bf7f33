"""Reading capture tables from CSV, and errors that name the file, column and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmledger.errors import InputError
from harmledger.estimate import (
    CaptureFrequencies,
    CaptureTable,
    read_capture_csv,
    read_capture_data,
    read_stratified_csv,
)


def write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_aggregated_and_person_rows_agree(tmp_path: Path) -> None:
    aggregated = write(tmp_path, "مستشفى,bårhus,freq\n1,0,3\n0,1,2.0\n1.0,1,1\n1,0,1\n", "a.csv")
    people = write(tmp_path, "مستشفى,bårhus\n" + "1,0\n" * 4 + "0,1\n" * 2 + "1,1\n", "p.csv")
    a, p = read_capture_csv(aggregated), read_capture_csv(people)
    assert a.lists == p.lists == ("مستشفى", "bårhus")
    assert a.cells.tolist() == p.cells.tolist() == [0, 4, 2, 1]


@pytest.mark.parametrize("name", ["count", "Freq", "frequency", "n"])
def test_count_column_names(tmp_path: Path, name: str) -> None:
    table = read_capture_csv(write(tmp_path, f"A,B,{name}\n1,0,5\n0,1,4\n1,1,0\n"))
    assert table.cells.tolist() == [0, 5, 4, 0]


def test_lists_option_and_byte_order_mark(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffid,A,B,C\n7,1,0,1\n8,0,1,0\n")
    table = read_capture_csv(path, lists=["A", "C"])
    assert table.lists == ("A", "C")
    assert table.cells.tolist() == [0, 0, 0, 1]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("A,B,count\n1,2,5\n", ["t.csv", "line 2", "'B'", "0 or 1"]),
        ("A,B,count\n1,0,-3\n", ["line 2", "'count'", "negative"]),
        ("A,B,count\n1,0,2.5\n", ["line 2", "whole number"]),
        ("A,B,count\n1,0,\n", ["line 2", "empty"]),
        ("A,B,count\n1,0,x\n", ["line 2", "not a number"]),
        ("A,B\n1,0\n0,37\n", ["line 3", "'B'", "name it one of count"]),
        ("A,B,count\n1,0,4\n0,0,9\n", ["line 3", "no list at all"]),
        ("A,count\n1,4\n", ["at least 2 list columns"]),
        ("A,B,count\n1,0\n", ["line 2", "2 fields"]),
        ("A,B,count\n", ["no data rows"]),
        ("", ["empty file"]),
        ("A,A,count\n1,0,1\n", ["repeated column"]),
        ("A,B,count,n\n1,0,1,1\n", ["more than one count column"]),
        ("A,B,count\n1,0,0\n0,1,0\n", ["all counts are zero"]),
        ("A,B,count\n1,0,nan\n", ["not finite"]),
        ("A,B,count\n1,0,1e23\n0,1,4\n", ["line 2", "more than any population"]),
    ],
)
def test_malformed_files(tmp_path: Path, text: str, pieces: list[str]) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        read_capture_csv(path)
    for piece in pieces:
        assert piece in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_capture_csv(tmp_path / "absent.csv")


def test_stratified(tmp_path: Path) -> None:
    path = write(
        tmp_path, "month,A,B,count\n2017-06,1,0,3\n2017-07,1,1,2\n2017-06,0,1,1\n2017-06,1,1,4\n"
    )
    tables = read_stratified_csv(path, "month")
    assert list(tables) == ["2017-06", "2017-07"]
    assert tables["2017-06"].cells.tolist() == [0, 3, 1, 4]
    assert tables["2017-07"].cells.tolist() == [0, 0, 0, 2]
    with pytest.raises(InputError, match="no strata column 'place'"):
        read_stratified_csv(path, "place")


def test_capture_frequencies(tmp_path: Path) -> None:
    data = read_capture_data(write(tmp_path, "nbcap,freq\n1,50\n2,10\n4,1\n"))
    assert isinstance(data, CaptureFrequencies)
    assert data.frequencies().tolist() == [0, 50, 10, 0, 1]
    with pytest.raises(InputError, match="only the chao method"):
        read_capture_csv(write(tmp_path, "nbcap,freq\n1,50\n", "f.csv"))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.integers(2, 5).flatmap(
        lambda k: st.tuples(
            st.just(k),
            st.dictionaries(st.integers(1, 2**k - 1), st.integers(0, 10**6), min_size=1),
        )
    )
)
def test_round_trip(tmp_path: Path, case: tuple[int, dict[int, int]]) -> None:
    k, cells = case
    if not any(cells.values()):
        cells[1] = 1
    lists = [f"L{j}" for j in range(k)]
    lines = [",".join([*lists, "count"])]
    for cell, count in cells.items():
        lines.append(",".join([*(str(cell >> j & 1) for j in range(k)), str(count)]))
    table = read_capture_csv(write(tmp_path, "\n".join(lines) + "\n"))
    assert isinstance(table, CaptureTable)
    for cell in range(1, 2**k):
        assert table.cells[cell] == cells.get(cell, 0)
