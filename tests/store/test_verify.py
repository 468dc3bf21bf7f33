"""``verify`` passes on an intact ledger and names each kind of tampering precisely."""

import os
from pathlib import Path

from sqlalchemy import select, update

from harmledger.ingestion.pipeline import ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent, Document
from harmledger.store.verify import verify_ledger
from tests.fixtures_docs import AR_TEXT, EN_TEXT


def _ingest_two(ledger: Ledger, tmp_path: Path) -> list[Document]:
    (tmp_path / "en.txt").write_text(EN_TEXT)
    (tmp_path / "ar.txt").write_text(AR_TEXT)
    ingest_items(ledger, [str(tmp_path / "en.txt"), str(tmp_path / "ar.txt")])
    with ledger.session() as session:
        return list(session.scalars(select(Document).order_by(Document.id)))


def _flip_one_byte(path: Path) -> None:
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[5] ^= 0x01
    path.write_bytes(bytes(data))


def test_intact_ledger_verifies(ledger: Ledger, tmp_path: Path) -> None:
    _ingest_two(ledger, tmp_path)
    report = verify_ledger(ledger)
    assert report.ok and (
        report.blobs_checked,
        report.documents_checked,
        report.events_checked,
    ) == (2, 2, 2)


def test_one_changed_byte_is_reported(ledger: Ledger, tmp_path: Path) -> None:
    documents = _ingest_two(ledger, tmp_path)
    path = ledger.archive.path_for(documents[1].sha256)
    _flip_one_byte(path)
    report = verify_ledger(ledger)
    assert not report.ok
    [problem] = report.problems
    assert problem.kind == "altered" and problem.subject == f"blob:{documents[1].sha256}"
    assert str(path) in problem.message and "was altered" in problem.message


def test_missing_file_is_reported(ledger: Ledger, tmp_path: Path) -> None:
    documents = _ingest_two(ledger, tmp_path)
    ledger.archive.path_for(documents[0].sha256).unlink()
    [problem] = verify_ledger(ledger).problems
    assert problem.kind == "missing" and "is missing" in problem.message


def test_edited_custody_event_is_reported(ledger: Ledger, tmp_path: Path) -> None:
    _ingest_two(ledger, tmp_path)
    with ledger.session() as session:
        session.execute(
            update(CustodyEvent).where(CustodyEvent.id == 1).values(details={"origin": "forged"})
        )
    problems = verify_ledger(ledger).problems
    assert [p.kind for p in problems] == ["chain", "out_of_chain"]
    assert (
        "custody event 1 (ingest blob:" in problems[0].message and "altered" in problems[0].message
    )
    assert "document 1" in problems[1].message


def test_edited_working_text_and_stray_files_are_reported(ledger: Ledger, tmp_path: Path) -> None:
    _ingest_two(ledger, tmp_path)
    with ledger.session() as session:
        session.execute(update(Document).where(Document.id == 2).values(text="tampered"))
    stray = ledger.archive.put(b"bytes nobody ingested")
    kinds = {(p.kind, p.subject) for p in verify_ledger(ledger).problems}
    assert kinds == {("altered", "document:2"), ("unrecorded", f"blob:{stray.sha256}")}
