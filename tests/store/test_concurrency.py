"""Concurrent writers on the embedded default: nothing lost, nothing doubled, chain intact."""

import multiprocessing
from pathlib import Path

from sqlalchemy import func, select

from harmledger.config import load_settings
from harmledger.store.ledger import open_ledger
from harmledger.store.tables import Document
from harmledger.store.verify import verify_ledger


def _writer(home: str, paths: list[str]) -> int:
    from harmledger.ingestion.pipeline import IngestOptions, ingest_items

    with open_ledger(load_settings(home=home, actor="writer")) as ledger:
        report = ingest_items(ledger, paths, IngestOptions(lang="en"))
        return report.failed


def test_parallel_ingestion_into_one_sqlite_ledger(tmp_path: Path) -> None:
    home = tmp_path / "home"
    open_ledger(load_settings(home=home)).close()
    files = []
    for index in range(24):
        path = tmp_path / f"note-{index}.txt"
        path.write_text(
            f"Report number {index}: two civilians were injured in an invented village."
        )
        files.append(str(path))
    shared = files[:6]  # every writer also ingests these: each must be stored exactly once
    batches = [shared + files[6 + i * 6 : 12 + i * 6] for i in range(3)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        failures = pool.starmap(_writer, [(str(home), batch) for batch in batches])
    assert failures == [0, 0, 0]
    with open_ledger(load_settings(home=home)) as ledger:
        with ledger.session() as session:
            assert session.scalar(select(func.count(Document.id))) == 24
        report = verify_ledger(ledger)
        assert report.ok, report.problems
        assert report.events_checked == 24
