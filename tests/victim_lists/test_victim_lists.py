"""Victim lists in the ledger: import, row errors, idempotence, cross-script search, sensitivity."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import InputError
from harmledger.store.ledger import Ledger
from harmledger.store.verify import verify_ledger
from harmledger.victims.ledger import find_records, import_victim_list, stored_records

# invented people
LIST_A = """record_key,name,name_latin,age,sex,date_of_death,family_contact
a1,مروان ابو ريدة,Marwan Abu Raida,54,m,2023-10-20,+000 555 0101
a2,سلمى حداد,Salma Haddad,7,F,2023-10-20,
a3,,,abc,x,2023-13-40,
"""
LIST_B = [
    {"id": "b1", "الاسم": "مروان محمد محمود ابوريده", "العمر": 54},
    {"id": "b2", "الاسم": "نور الهدى عبد الرحمن", "العمر": "31"},
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.csv"
    a.write_text(LIST_A, encoding="utf-8")
    b = tmp_path / "b.json"
    b.write_text(json.dumps(LIST_B, ensure_ascii=False), encoding="utf-8")
    return a, b


def test_import_keeps_good_rows_and_names_bad_ones(
    ledger: Ledger, files: tuple[Path, Path]
) -> None:
    a, b = files
    report = import_victim_list(ledger, a, "Monitor A")
    assert (report.created, report.already_in_list) == (2, 0)
    assert all(error.startswith("row 4") for error in report.errors) and len(report.errors) == 3
    again = import_victim_list(ledger, a, "Monitor A")
    assert (again.created, again.already_in_list) == (0, 2)
    mapped = import_victim_list(
        ledger, b, "Ministry", column_map={"record_key": "id", "name": "الاسم", "age": "العمر"}
    )
    assert (mapped.created, mapped.errors) == (2, [])
    assert verify_ledger(ledger).ok
    records = stored_records(ledger, ["Ministry"])
    assert [r.age for _, r in records] == [54, 31]
    with pytest.raises(InputError, match="no victim list named Nobody"):
        stored_records(ledger, ["Nobody"])


def test_a_mapping_error_names_the_column(ledger: Ledger, files: tuple[Path, Path]) -> None:
    _a, b = files
    with pytest.raises(InputError, match="الاسم الكامل"):
        import_victim_list(ledger, b, "Ministry", column_map={"name": "الاسم الكامل"})


def test_search_across_scripts_and_sensitive_fields(
    ledger: Ledger, files: tuple[Path, Path]
) -> None:
    a, b = files
    import_victim_list(ledger, a, "Monitor A")
    import_victim_list(
        ledger, b, "Ministry", column_map={"record_key": "id", "name": "الاسم", "age": "العمر"}
    )
    found = find_records(ledger, query="Marwan")
    assert {(r["list"], r["record_key"]) for r in found} == {
        ("Monitor A", "a1"),
        ("Ministry", "b1"),
    }
    assert [r["record_key"] for r in find_records(ledger, query="مروان ابو ريدة")] == ["a1", "b1"]
    assert find_records(ledger, query="Haddad")[0]["record_key"] == "a2"
    assert "family_contact" not in found[0]
    assert (
        find_records(ledger, query="Marwan", include_sensitive=True)[0]["family_contact"]
        == "+000 555 0101"
    )


def test_cli_import_list_show(ledger_home: Path, files: tuple[Path, Path]) -> None:
    a, _b = files
    runner = CliRunner()
    home = str(ledger_home)
    result = runner.invoke(
        app, ["victims", "import", str(a), "--list", "Monitor A", "--home", home]
    )
    assert result.exit_code == 1  # row 4 is refused, and the command says so
    assert "2 records stored" in result.stdout
    listed = runner.invoke(
        app, ["victims", "list", "--search", "salma", "--home", home, "--format", "json"]
    )
    assert [r["name_latin"] for r in json.loads(listed.stdout)] == ["Salma Haddad"]
    shown = runner.invoke(app, ["victims", "show", "1", "--home", home])
    assert json.loads(shown.stdout)["name"] == "مروان ابو ريدة"


def test_publishable_only_pages_in_the_database(ledger: Ledger, tmp_path: Path) -> None:
    """The limit counts publishable records: a hidden list imported first takes no place."""
    hidden, shown = tmp_path / "hidden.csv", tmp_path / "shown.csv"
    hidden.write_text("name_latin,sex\nAmal Nasser,female\nOmar Saleh,male\n", encoding="utf-8")
    shown.write_text("name_latin,sex\nLina Haddad,female\n", encoding="utf-8")
    import_victim_list(ledger, hidden, "Hidden", publishable=False)
    import_victim_list(ledger, shown, "Shown", publishable=True)
    found = find_records(ledger, limit=1, publishable_only=True)
    assert [r["name_latin"] for r in found] == ["Lina Haddad"]
    assert len(find_records(ledger, limit=1)) == 1
