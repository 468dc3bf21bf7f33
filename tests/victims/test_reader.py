"""Reading victim lists: formats, encodings, column mapping, row errors with row numbers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from harmledger.errors import InputError
from harmledger.victims import read_victim_file

# Invented records in Arabic and Latin script.
CSV_TEXT = (
    "ID,Full name,Name (EN),Sex,Age,Died\n"
    "a1,سمير خليل حداد,Samir Khalil Haddad,m,41,2023-11-02\n"
    "a2,رانيا عمر النمر,Rania Omar Al-Nimr,F,<1,02/11/2023\n"
    "a3,هبة طارق,Hiba Tariq,x,abc,2023-13-40\n"
    "a4,وليد سمرة,Walid Samra,male,7.0,\n"
)
MAPPING = {
    "record_key": "ID",
    "name": "Full name",
    "name_latin": "Name (EN)",
    "sex": "Sex",
    "age": "Age",
    "date_of_death": "Died",
}


def _check(result_records: list, errors: list) -> None:
    assert [r.record_key for r in result_records] == ["a1", "a2", "a4"]
    first, second, fourth = result_records
    assert (first.name, first.sex, first.age) == ("سمير خليل حداد", "male", 41)
    assert (second.sex, second.age, second.date_of_death) == ("female", 0, date(2023, 11, 2))
    assert fourth.age == 7 and fourth.date_of_death is None
    assert {(e.row, e.field) for e in errors} == {(4, "sex"), (4, "age"), (4, "date_of_death")}
    assert all(r.list_name == "hospital" for r in result_records)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_csv_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    result = read_victim_file(path, "hospital", MAPPING)
    _check(result.records, result.errors)
    assert result.records[0].name == "سمير خليل حداد"


def test_semicolon_csv_and_headers_named_like_fields(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("record_key;Name;Family Name;status\nk1;Omar;Haddad;civilian\n", "utf-8")
    result = read_victim_file(path, "monitor")
    assert result.errors == []
    record = result.records[0]
    assert (record.name, record.family_name, record.status) == ("Omar", "Haddad", "civilian")


def test_xlsx(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in CSV_TEXT.strip().split("\n"):
        sheet.append(row.split(","))
    sheet.append([])  # a blank row is skipped, not an error
    sheet.append([950602, "عمر", "Omar", "m", 33, date(2023, 10, 9)])
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = read_victim_file(path, "hospital", MAPPING)
    _check(result.records[:3], result.errors)
    last = result.records[3]
    assert (last.record_key, last.age, last.date_of_death) == ("950602", 33, date(2023, 10, 9))


def test_json(tmp_path: Path) -> None:
    rows = [
        {"key": "j1", "name": "سمير حداد", "age": 41, "sex": "ذكر"},
        {"key": "j2", "name": "Rania", "age": -3},
        "not an object",
        {"key": "j4", "name": "Hiba", "sex": "أنثى", "family_contact": "+000 invented"},
    ]
    path = tmp_path / "list.json"
    path.write_text(json.dumps({"records": rows}, ensure_ascii=False), "utf-8")
    result = read_victim_file(path, "monitor", {"record_key": "key"})
    assert [r.record_key for r in result.records] == ["j1", "j4"]
    assert result.records[0].sex == "male" and result.records[1].sex == "female"
    assert [(e.row, e.field) for e in result.errors] == [(2, "age"), (3, None)]
    assert "family_contact" not in result.records[1].public_dict()


def test_missing_record_key_uses_the_row_number(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name\nOmar\nHiba\n", "utf-8")
    assert [r.record_key for r in read_victim_file(path, "x").records] == ["row-2", "row-3"]


def test_mapping_errors_name_the_column(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(CSV_TEXT, "utf-8")
    with pytest.raises(InputError, match="'Nom'"):
        read_victim_file(path, "hospital", {"name": "Nom"})
    with pytest.raises(InputError, match="'nickname'"):
        read_victim_file(path, "hospital", {"nickname": "ID"})


def test_unreadable_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_victim_file(tmp_path / "absent.csv", "x")
    odd = tmp_path / "list.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported format"):
        read_victim_file(odd, "x")
    bad = tmp_path / "list.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        read_victim_file(bad, "x")
