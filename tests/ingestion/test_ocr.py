"""OCR reads our own sentences back from rendered images and image-only PDFs, in six languages.

Skipped with the reason when this machine has no tesseract; CI installs it (.ci/run).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein
from sqlalchemy import select

from harmledger.catalog import get_document
from harmledger.ingestion import ocr
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.tables import Document
from tests.ingestion.helpers import OCR_SENTENCES, render_page

pytestmark = pytest.mark.skipif(
    ocr.unavailable_reason() is not None,
    reason=f"{ocr.unavailable_reason()} (.ci/run installs tesseract-ocr and its language data)",
)


def _cer(got: str, want: str) -> float:
    return Levenshtein.distance(" ".join(got.split()), want) / len(want)


@pytest.mark.parametrize("lang", sorted(OCR_SENTENCES))
def test_a_photographed_notice_is_read_in_its_language(
    lang: str, ledger: Ledger, tmp_path: Path
) -> None:
    if ledger.settings.database_url.startswith("postgres"):
        pytest.skip("OCR is the same on every database; one backend is enough")
    path = tmp_path / f"notice-{lang}.png"
    render_page(OCR_SENTENCES[lang], lang).save(path)

    report = ingest_items(ledger, [str(path)])

    assert report.results[0].status == "ingested", report.results[0].reason
    record = get_document(ledger, report.results[0].document_ids[0])
    assert _cer(record["text"], OCR_SENTENCES[lang]) <= 0.02, record["text"]
    assert record["lang"] == lang and record["media_type"] == "image/png"
    reading = record["reading"]
    assert reading["method"] == "ocr" and reading["engine"] == "tesseract"
    assert reading["engine_version"][0].isdigit() and reading["mean_confidence"] > 60
    assert reading["pages"][0]["languages"] == ocr.TESSERACT_CODES[lang]


def test_a_scanned_pdf_keeps_its_page_numbers(ledger: Ledger, tmp_path: Path) -> None:
    if ledger.settings.database_url.startswith("postgres"):
        pytest.skip("OCR is the same on every database; one backend is enough")
    path = tmp_path / "scan.pdf"
    blank = render_page("", "en")
    first, second = render_page(OCR_SENTENCES["fr"], "fr"), render_page(OCR_SENTENCES["ar"], "ar")
    first.save(path, "PDF", resolution=200, save_all=True, append_images=[blank, second])

    report = ingest_items(ledger, [str(path)])

    assert report.results[0].status == "ingested", report.results[0].reason
    with ledger.reader() as session:
        document = session.scalars(select(Document)).one()
    assert document.media_type == "application/pdf" and document.reading
    pages = document.reading["pages"]
    assert [p["page"] for p in pages] == [1, 3]  # the blank page 2 has no text, keeps its number
    assert [p["languages"] for p in pages] == ["fra", "ara"]
    for span, lang in zip(pages, ("fr", "ar"), strict=True):
        assert _cer(document.text[span["start"] : span["end"]], OCR_SENTENCES[lang]) <= 0.02


def test_the_users_language_reads_in_one_pass(ledger: Ledger, tmp_path: Path) -> None:
    if ledger.settings.database_url.startswith("postgres"):
        pytest.skip("OCR is the same on every database; one backend is enough")
    path = tmp_path / "liste.tiff"
    render_page(OCR_SENTENCES["es"], "es").save(path)
    report = ingest_items(ledger, [str(path)], IngestOptions(lang="es"))
    record = get_document(ledger, report.results[0].document_ids[0])
    assert record["reading"]["languages"] == ["spa"]
    assert _cer(record["text"], OCR_SENTENCES["es"]) <= 0.02
