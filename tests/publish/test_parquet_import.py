"""Parquet back into a ledger: ``ingest`` reads an exported ``documents.parquet`` (one document
per row) and ``victims import`` an exported ``victim_records.parquet``, so a corpus moves from one
ledger (or a Spark job) to another without losing text, dates or record fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import Invalid
from harmledger.store.ledger import open_ledger
from harmledger.store.tables import Document
from harmledger.store.victim_tables import VictimRecordRow
from harmledger.victims.reader import read_victim_file
from tests.fixtures_docs import AR_TEXT, DE_TEXT, EN_TEXT, ES_TEXT, FR_TEXT, SV_TEXT
from tests.ledgers import home_from_template

pytest.importorskip("pyarrow")
runner = CliRunner()
TEXTS = {"en": EN_TEXT, "ar": AR_TEXT, "es": ES_TEXT, "fr": FR_TEXT, "de": DE_TEXT, "sv": SV_TEXT}


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _documents(home: Path) -> dict[str, tuple[str, str | None, str | None]]:
    with open_ledger(home=home) as ledger, ledger.reader() as session:
        return {
            d.lang: (d.text, str(d.published) if d.published else None, d.title)
            for d in session.scalars(select(Document))
        }


def test_an_exported_ledger_ingests_and_imports_into_another(
    ledger_home: Path, sqlite_template: Path, tmp_path: Path
) -> None:
    for lang, text in TEXTS.items():
        path = tmp_path / f"report-{lang}.txt"
        path.write_text(text, encoding="utf-8")
        _run("ingest", str(path), "--lang", lang, "--published", "2024-03-05",
             "--home", str(ledger_home))  # fmt: skip
    victims = tmp_path / "list.csv"
    victims.write_text(
        "record_key,name,age,sex,date_of_death\n"
        "a1,سمير خالد,34,male,2024-03-05\n"
        "a2,Lina Haddad,29,female,2024-03-05\n",
        encoding="utf-8",
    )
    _run("victims", "import", str(victims), "--list", "Volunteers", "--publishable",
         "--home", str(ledger_home))  # fmt: skip
    out = tmp_path / "out"
    _run("export", "parquet", str(out), "--home", str(ledger_home))

    other = home_from_template(sqlite_template, tmp_path / "other")
    printed = _run("ingest", str(out / "documents.parquet"), "--home", str(other))
    assert "6" in printed
    _run("victims", "import", str(out / "victim_records.parquet"), "--list", "Volunteers",
         "--home", str(other))  # fmt: skip

    assert _documents(other) == _documents(ledger_home)
    with open_ledger(home=other) as ledger, ledger.reader() as session:
        records = {r.record_key: r for r in session.scalars(select(VictimRecordRow))}
    assert set(records) == {"a1", "a2"}
    assert records["a1"].name == "سمير خالد"
    assert records["a1"].data["age"] == 34 and records["a2"].data["sex"] == "female"


def test_a_file_that_is_not_parquet_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "list.parquet"
    path.write_bytes(b"PAR1 this is not really a parquet file")
    with pytest.raises(Invalid, match="not a readable Parquet file"):
        read_victim_file(path, "L")


def test_ingest_reports_an_unreadable_parquet_file_and_goes_on(
    ledger_home: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1\x00\x01garbage")
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(broken), str(good), "--home", str(ledger_home)])
    assert result.exit_code == 0, result.output
    assert "Parquet" in result.output and "unread 1" in result.output  # archived, reason kept
    with open_ledger(home=ledger_home) as ledger, ledger.reader() as session:
        assert [d.text for d in session.scalars(select(Document))] == [EN_TEXT.strip()]
