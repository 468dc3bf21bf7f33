"""Claims read from OCR text carry the OCR's confidence of their page; decoded text's do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmledger.claims.queries import list_claims
from harmledger.extract.runner import extract_documents, reading_confidence
from harmledger.ingestion import ocr
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from tests.ingestion.helpers import OCR_SENTENCES, render_page

READING = {
    "method": "ocr",
    "pages": [
        {"page": 1, "start": 0, "end": 100, "confidence": 91.5},
        {"page": 2, "start": 102, "end": 180, "confidence": 42.0},
        {"page": 3, "start": 182, "end": 200, "confidence": None},
    ],
}


def test_a_claims_page_gives_its_confidence() -> None:
    assert reading_confidence(READING, 10) == 0.915
    assert reading_confidence(READING, 150) == 0.42
    assert reading_confidence(READING, 190) is None  # a page read without a confidence
    assert reading_confidence(None, 10) is None  # decoded text
    assert reading_confidence({"method": "ocr", "pages": []}, 10) is None


@pytest.mark.skipif(ocr.unavailable_reason() is not None, reason=str(ocr.unavailable_reason()))
def test_claims_of_a_photographed_notice_carry_its_ocr_confidence(
    sqlite_ledger: Ledger, tmp_path: Path
) -> None:
    notice = tmp_path / "notice.png"
    render_page(OCR_SENTENCES["es"], "es").save(notice)
    typed = tmp_path / "typed.txt"
    typed.write_text(OCR_SENTENCES["es"], encoding="utf-8")
    ingest_items(sqlite_ledger, [str(notice), str(typed)], IngestOptions(lang="es"))

    extract_documents(sqlite_ledger)

    claims = [c for c in list_claims(sqlite_ledger) if c["kind"] == "casualty"]
    by_document = {c["document_id"]: c["reading_confidence"] for c in claims}
    assert len(by_document) == 2
    from_scan, from_text = by_document.values()
    assert from_scan is not None and 0.5 < from_scan <= 1.0
    assert from_text is None
