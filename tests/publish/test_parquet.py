"""Parquet export: every exported table reads back as the ledger holds it (pyarrow and DuckDB),
and protected people stay in the ledger unless asked for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import InputError
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.publish.parquet import TABLES, export_parquet, read_parquet
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from tests.fixtures_docs import AR_TEXT, EN_TEXT, SV_TEXT

pytest.importorskip("pyarrow")
NOW = dt.datetime(2024, 3, 6, 12, 30, tzinfo=dt.UTC)


@pytest.fixture
def filled(ledger: Ledger, tmp_path: Path) -> Ledger:
    for name, text, lang, source_type in (
        ("en", EN_TEXT, "en", "news"),
        ("ar", AR_TEXT, "ar", "monitor"),
        ("sv", SV_TEXT, "sv", "witness"),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        options = IngestOptions(
            lang=lang, published="2024-03-05", source=f"src-{name}", source_type=source_type
        )
        ingest_items(ledger, [str(path)], options)
    extract_documents(ledger)
    with ledger.session() as session:
        session.add(
            Incident(
                kind="event", name="Fennick bus station", period_start=dt.date(2024, 3, 5),
                period_end=dt.date(2024, 3, 5), perpetrators=["Invented army"],
                grade_reasons=["single source"], latitude=1.5, longitude=2.5, created_at=NOW,
            )
        )  # fmt: skip
        victims = VictimList(name="Volunteers", created_at=NOW)
        session.add(victims)
        session.flush()
        for n, (name, publishable) in enumerate((("سمير خالد", True), ("Lina Haddad", False))):
            session.add(
                VictimRecordRow(
                    list_id=victims.id, record_key=str(n), name=name, search_key=name,
                    data={"name": name, "age": 30 + n}, publishable=publishable, imported_at=NOW,
                )
            )  # fmt: skip
    return ledger


def test_round_trip_keeps_values_and_types(filled: Ledger, tmp_path: Path) -> None:
    result = export_parquet(filled, tmp_path / "out", sensitive=True)
    assert set(result.rows) == set(TABLES)
    claims = read_parquet(tmp_path / "out", "claims")
    with filled.reader() as session:
        stored = {c.id: c for c in session.scalars(select(ClaimRow))}
    assert result.rows["claims"] == len(stored) >= 6
    for claim in claims:
        row = stored[claim["id"]]
        assert (claim["low"], claim["high"], claim["quote"], claim["period_start"]) == (
            row.low,
            row.high,
            row.quote,
            row.period_start,
        )
        assert claim["attribution_chain"] == row.attribution_chain
    (incident,) = read_parquet(tmp_path / "out", "incidents")
    assert incident["perpetrators"] == ["Invented army"] and incident["created_at"] == NOW
    records = read_parquet(tmp_path / "out", "victim_records")
    assert [(r["name"], r["data"]["age"]) for r in records] == [
        ("سمير خالد", 30),
        ("Lina Haddad", 31),
    ]
    documents = read_parquet(tmp_path / "out", "documents")
    assert {d["lang"] for d in documents} == {"en", "ar", "sv"}
    assert {d["text"] for d in documents} == {EN_TEXT, AR_TEXT, SV_TEXT}


def test_witnesses_and_unpublishable_records_stay_unless_asked(
    filled: Ledger, tmp_path: Path
) -> None:
    export_parquet(filled, tmp_path / "out")
    documents = read_parquet(tmp_path / "out", "documents")
    assert {d["source_type"] for d in documents} == {"news", "monitor"}
    kept = {d["id"] for d in documents}
    assert {c["document_id"] for c in read_parquet(tmp_path / "out", "claims")} == kept
    assert [r["name"] for r in read_parquet(tmp_path / "out", "victim_records")] == ["سمير خالد"]
    with pytest.raises(InputError):
        export_parquet(filled, tmp_path / "x", ("persons",))


def test_duckdb_reads_the_export_from_the_cli(filled: Ledger, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    if not filled.settings.is_sqlite:
        pytest.skip("the CLI test opens the SQLite home")
    folder = tmp_path / "cli-out"
    result = CliRunner().invoke(
        app, ["export", "parquet", str(folder), "--home", str(filled.settings.home)]
    )
    assert result.exit_code == 0, result.output
    killed = duckdb.sql(
        f"select c.low, d.lang from '{folder}/claims.parquet' c "
        f"join '{folder}/documents.parquet' d on d.id = c.document_id "
        "where c.measure = 'killed' order by d.lang"
    ).fetchall()
    assert killed == [(3, "ar"), (3, "en")]
