"""The one CSV dialect: formula cells neutralised, numbers kept, header always, optional BOM."""

from __future__ import annotations

import csv
import io

import pytest

from harmledger.publish.csv_writer import csv_cell, write_csv


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x.invalid","click")', '\'=HYPERLINK("http://x.invalid","click")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("-2+3", "'-2+3"),
        ("\tindent", "'\tindent"),
        ("قتل 12 مدنيا", "قتل 12 مدنيا"),
        (-4, "-4"),
        (2.5, "2.5"),
        (None, ""),
        (True, "true"),
        (["Raqqa", "=1+1"], "Raqqa; =1+1"),  # only a cell's start is read as a formula
        (["=1+1", "x"], "'=1+1; x"),
        ({"b": 1, "a": "ä"}, '{"a": "ä", "b": 1}'),
    ],
)
def test_cells(value: object, written: str) -> None:
    assert csv_cell(value) == written


def test_header_even_when_empty_and_byte_order_mark() -> None:
    assert write_csv([], ["id", "name"]) == "id,name\r\n"
    assert write_csv([], ["id"], bom=True).startswith("\ufeffid")
    text = write_csv([{"id": 1, "name": 'Hüda, "Q"'}, {"id": 2, "extra": "x"}])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows == [
        {"id": "1", "name": 'Hüda, "Q"', "extra": ""},
        {"id": "2", "name": "", "extra": "x"},
    ]
