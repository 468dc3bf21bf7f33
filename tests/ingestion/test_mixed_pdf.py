"""A PDF typed on some pages and scanned on others: every page is read, each its own way."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmledger.catalog import get_document
from harmledger.ingestion import ocr
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from tests.ingestion.helpers import OCR_SENTENCES, render_page

TYPED = "Statement of the district council, typed and signed on the first page."
NO_OCR = "OCR unavailable: no tesseract program (install Debian's tesseract-ocr packages)"


def _mixed_pdf(tmp_path: Path, scanned: str, lang: str) -> Path:
    """Page 1 has a text layer; page 2 is only an image of a page (a scan)."""
    from fpdf import FPDF

    scan = tmp_path / "scan.png"
    render_page(scanned, lang).save(scan)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 7, TYPED)
    pdf.add_page()
    pdf.image(str(scan), x=10, y=10, w=190)
    path = tmp_path / "mixed.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.skipif(ocr.unavailable_reason() is not None, reason=str(ocr.unavailable_reason()))
def test_the_scanned_page_is_read_by_ocr_beside_the_typed_one(
    sqlite_ledger: Ledger, tmp_path: Path
) -> None:
    path = _mixed_pdf(tmp_path, OCR_SENTENCES["fr"], "fr")
    report = ingest_items(sqlite_ledger, [str(path)], IngestOptions(lang="fr"))
    assert [r.status for r in report.results] == ["ingested"]
    document = get_document(sqlite_ledger, report.results[0].document_ids[0])
    text, reading = document["text"], document["reading"]
    assert text.startswith(TYPED)
    assert "Trois civils ont été tués" in text
    assert reading["method"] == "text layer + ocr" and reading["text_layer_pages"] == [1]
    (span,) = reading["pages"]
    assert span["page"] == 2 and text[span["start"] : span["end"]].startswith("Trois civils")


def test_without_ocr_the_typed_pages_are_kept_and_the_scanned_one_is_named(
    sqlite_ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: NO_OCR)
    path = _mixed_pdf(tmp_path, OCR_SENTENCES["de"], "de")
    report = ingest_items(sqlite_ledger, [str(path)])
    statuses = [(r.status, r.origin.rsplit(" ", 2)[-2:]) for r in report.results]
    assert statuses[0][0] == "ingested"
    assert ("failed", ["(page", "2)"]) in statuses
    failed = next(r for r in report.results if r.status == "failed")
    assert "no text layer" in (failed.reason or "") and "OCR unavailable" in (failed.reason or "")
    document = get_document(sqlite_ledger, report.results[0].document_ids[0])
    assert document["text"] == TYPED and document["reading"] is None
