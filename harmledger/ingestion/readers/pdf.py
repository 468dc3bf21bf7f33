"""PDF files: text and metadata through pypdf; a truncated or encrypted PDF is a clear error."""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from typing import Any

from harmledger.errors import IngestError
from harmledger.ingestion.model import ParsedDocument, PartError, RawItem, ReadResult

# what pypdf raises on damaged files besides its own errors (seen by fuzzing)
_DAMAGED_BUILTIN: tuple[type[Exception], ...] = (
    ValueError,
    KeyError,
    TypeError,
    OSError,
    AttributeError,
    IndexError,
    AssertionError,
    ZeroDivisionError,
    NotImplementedError,
    RecursionError,
)


def read_pdf(item: RawItem) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    _DAMAGED: tuple[type[Exception], ...] = (PdfReadError, PyPdfError, *_DAMAGED_BUILTIN)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are ours to report
    if not item.data.lstrip().startswith(b"%PDF-"):
        raise IngestError("not a PDF: the file does not start with %PDF-")
    try:
        reader = PdfReader(io.BytesIO(item.data), strict=False)
        if reader.is_encrypted:
            raise IngestError("PDF is encrypted: decrypt it before ingesting")
        page_list = list(reader.pages)
        info: Mapping[str, Any] = reader.metadata or {}
    except _DAMAGED as error:
        raise IngestError(f"PDF cannot be read (truncated or damaged?): {error}") from error
    pages: list[str] = []
    errors: list[PartError] = []
    for number, page in enumerate(page_list, start=1):
        try:  # one damaged page (an unsupported filter, a broken stream) costs that page only
            pages.append(page.extract_text() or "")
        except _DAMAGED as error:
            errors.append(PartError(f"page {number}", f"unreadable page: {error}"))
    if errors and not any(p.strip() for p in pages):
        raise IngestError(f"PDF cannot be read: {errors[0].location}: {errors[0].reason}")
    if not any(page.strip() for page in pages):
        return _ocr_pdf(item, len(pages))
    reading = None
    scanned = [number for number, page in enumerate(pages, start=1) if not page.strip()]
    if scanned:  # a statement typed on some pages and scanned on others
        reading = _ocr_scanned_pages(item, pages, scanned, errors)
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    published = info.get("/CreationDate")
    return ReadResult(
        [
            ParsedDocument(
                text=text,
                media_type="application/pdf",
                title=_clean(info.get("/Title")),
                author=_clean(info.get("/Author")),
                published=_pdf_date(published) if published else None,
                url=item.url,
                reading=reading,
            )
        ],
        errors,
    )


def _ocr_scanned_pages(
    item: RawItem, pages: list[str], scanned: list[int], errors: list[PartError]
) -> dict[str, Any] | None:
    """OCR the pages without a text layer in place (``pages`` is updated); the reading says
    which pages were read how, with each OCR'd page's span and confidence.

    Without OCR, or past the page limit, each such page is one part error: the text pages are
    kept, and the gap is said, not hidden.
    """
    from harmledger.ingestion import ocr

    reason = ocr.unavailable_reason()
    if reason or len(scanned) > MAX_OCR_PAGES:
        why = reason or f"more than {MAX_OCR_PAGES} scanned pages"
        errors.extend(
            PartError(f"page {number}", f"no text layer (scanned?); not read: {why}")
            for number in scanned
        )
        return None
    import pypdfium2 as pdfium

    languages = ocr.languages_for(item.lang_hint)
    read: dict[int, ocr.PageText] = {}
    try:
        document = pdfium.PdfDocument(item.data)
        try:
            for number in scanned:
                page = document[number - 1]
                try:
                    image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
                finally:
                    page.close()
                read[number] = ocr.read_page(image, languages)
                pages[number - 1] = read[number].text
        finally:
            document.close()
    except (pdfium.PdfiumError, IngestError) as error:
        errors.extend(
            PartError(f"page {number}", f"scanned page not read: {error}")
            for number in scanned
            if number not in read
        )
    spans: list[dict[str, Any]] = []
    offset = 0
    for number, page_text in enumerate(pages, start=1):
        kept = page_text.strip()
        if not kept:
            continue
        if offset:
            offset += 2  # the "\n\n" between pages
        if number in read:
            spans.append(
                {
                    "page": number,
                    "start": offset,
                    "end": offset + len(kept),
                    "confidence": read[number].confidence,
                    "words": read[number].words,
                    "languages": read[number].models,
                }
            )
        offset += len(kept)
    record = ocr.engine_record(languages, spans)
    record["method"] = "text layer + ocr"
    record["text_layer_pages"] = [n for n in range(1, len(pages) + 1) if n not in read]
    return record


def _clean(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _pdf_date(value: object) -> str | None:
    """PDF dates look like ``D:20240305120000Z``; keep the calendar date."""
    raw = str(value).removeprefix("D:")
    if len(raw) >= 8 and raw[:8].isdigit():
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"
    return None


MAX_OCR_PAGES = 300
OCR_DPI = 300  # Tesseract's accuracy drops on text under ~20 px high; 300 dpi keeps 10 pt text


def _ocr_pdf(item: RawItem, page_count: int) -> ReadResult:
    """A PDF without a text layer (a scan): render each page with PDFium and OCR it."""
    from harmledger.ingestion import ocr
    from harmledger.ingestion.readers.image import ocr_result

    reason = ocr.unavailable_reason()
    if reason:
        raise IngestError(f"PDF has no text layer in {page_count} page(s) (scanned?); {reason}")
    if page_count > MAX_OCR_PAGES:
        raise IngestError(
            f"PDF has no text layer and {page_count} pages, over the OCR limit of {MAX_OCR_PAGES}"
        )
    import pypdfium2 as pdfium

    languages = ocr.languages_for(item.lang_hint)
    try:
        document = pdfium.PdfDocument(item.data)
    except pdfium.PdfiumError as error:
        raise IngestError(f"PDF cannot be rendered for OCR: {error}") from error
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
            finally:
                page.close()
            pages.append(ocr.read_page(image, languages))
    except pdfium.PdfiumError as error:
        raise IngestError(f"PDF page cannot be rendered for OCR: {error}") from error
    finally:
        document.close()
    return ocr_result(pages, languages, "application/pdf", item.url, what="scanned PDF")
