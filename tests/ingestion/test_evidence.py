"""Every item is evidence: what cannot be read is archived, logged and listed as unread."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from harmledger.catalog import list_unread
from harmledger.ingestion import ocr
from harmledger.ingestion.pipeline import ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent, Document, UnreadItem
from harmledger.store.verify import verify_ledger
from tests.ingestion.helpers import OCR_SENTENCES, render_page

NO_OCR = "OCR unavailable: no tesseract program (install Debian's tesseract-ocr packages)"
needs_ocr = pytest.mark.skipif(
    ocr.unavailable_reason() is not None,
    reason=f"{ocr.unavailable_reason()} (.ci/run installs tesseract-ocr and its language data)",
)


def _scans(tmp_path: Path) -> dict[str, Path]:
    """A photographed notice (PNG) and a scanned statement (PDF without a text layer)."""
    png = tmp_path / "notice.png"
    render_page(OCR_SENTENCES["sv"], "sv").save(png)
    pdf = tmp_path / "statement.pdf"
    render_page(OCR_SENTENCES["de"], "de").save(pdf, "PDF", resolution=200)
    return {"png": png, "pdf": pdf}


def test_without_ocr_scans_are_archived_unread_and_not_duplicated(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: NO_OCR)
    scans = _scans(tmp_path)

    report = ingest_items(ledger, [str(scans["png"]), str(scans["pdf"])])

    assert [r.status for r in report.results] == ["unread", "unread"]
    assert report.results[0].reason == NO_OCR
    assert "no text layer" in (report.results[1].reason or "")
    assert report.ok  # nothing was lost
    for result in report.results:
        assert result.sha256 and ledger.archive.path_for(result.sha256).is_file()
    listed = list_unread(ledger)
    assert [(u["format"], Path(u["origin"]).name) for u in listed] == [
        ("image", "notice.png"),
        ("pdf", "statement.pdf"),
    ]
    with ledger.reader() as session:
        actions = session.scalars(select(CustodyEvent.action)).all()
        assert session.scalar(select(func.count(Document.id))) == 0
    assert actions.count("archive_unread") == 2
    assert verify_ledger(ledger).ok  # the unread blobs are in the chain, not strays

    again = ingest_items(ledger, [str(scans["png"])])
    assert again.results[0].status == "already_archived"
    assert (again.results[0].reason or "").startswith("still unread: ")
    with ledger.reader() as session:
        assert session.scalar(select(func.count(UnreadItem.id))) == 2


def test_a_damaged_image_is_kept_unread(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(200)))
    report = ingest_items(ledger, [str(path)])
    assert report.results[0].status == "unread"
    if ocr.unavailable_reason() is None:
        assert "image cannot be read" in (report.results[0].reason or "")
    assert list_unread(ledger)[0]["sha256"] == report.results[0].sha256


@needs_ocr
def test_an_unread_scan_is_read_once_ocr_is_there(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scans = _scans(tmp_path)
    with monkeypatch.context() as patch:
        patch.setattr(ocr, "unavailable_reason", lambda: NO_OCR)
        assert ingest_items(ledger, [str(scans["png"])]).results[0].status == "unread"

    report = ingest_items(ledger, [str(scans["png"])])

    assert report.results[0].status == "ingested"
    assert list_unread(ledger) == []
    assert list_unread(ledger, include_read=True)[0]["read_at"] is not None
    with ledger.reader() as session:
        document = session.scalars(select(Document)).one()
    assert document.lang == "sv" and "dödades" in document.text
    assert verify_ledger(ledger).ok
