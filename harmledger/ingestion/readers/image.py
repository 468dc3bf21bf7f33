"""Images (PNG, JPEG, TIFF, WebP): photos of notices, scanned lists; their text through OCR.

A multi-page TIFF is read page by page. The image itself is the evidence (archived as is);
the text is OCR's working copy, with how it was read in ``reading``.
"""

from __future__ import annotations

import io
import warnings

from harmledger.errors import IngestError
from harmledger.ingestion import ocr
from harmledger.ingestion.model import ParsedDocument, RawItem, ReadResult

MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "TIFF": "image/tiff", "WEBP": "image/webp"}
MAX_FRAMES = 200


def read_image(item: RawItem) -> ReadResult:
    from PIL import Image, ImageOps

    reason = ocr.unavailable_reason()
    if reason:
        raise IngestError(reason)
    languages = ocr.languages_for(item.lang_hint)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(item.data))
            kind = image.format or ""
            if kind not in MEDIA_TYPES:
                raise IngestError(f"not a PNG, JPEG, TIFF or WebP image (found {kind or 'none'})")
            pages = []
            for frame in range(min(getattr(image, "n_frames", 1), MAX_FRAMES)):
                image.seek(frame)
                pages.append(ocr.read_page(ImageOps.exif_transpose(image), languages))
    except IngestError:
        raise
    except Exception as error:  # Pillow's many decoder errors: a damaged or truncated image
        raise IngestError(f"image cannot be read (damaged or truncated?): {error}") from error
    return ocr_result(pages, languages, MEDIA_TYPES[kind], item.url, what="image")


def ocr_result(
    pages: list[ocr.PageText],
    languages: tuple[str, ...],
    media_type: str,
    url: str | None,
    *,
    what: str,
) -> ReadResult:
    """One document from OCR'd pages, page spans kept so a quote can be shown on its page."""
    parts: list[str] = []
    spans = []
    offset = 0
    for number, page in enumerate(pages, start=1):
        if not page.text:
            continue
        if parts:
            offset += 2  # the "\n\n" between pages
        spans.append(
            {
                "page": number,
                "start": offset,
                "end": offset + len(page.text),
                "confidence": page.confidence,
                "words": page.words,
                "languages": page.models,
            }
        )
        parts.append(page.text)
        offset += len(page.text)
    text = "\n\n".join(parts)
    if not text.strip():
        raise IngestError(f"OCR found no text in the {what} ({len(pages)} page(s))")
    return ReadResult(
        [
            ParsedDocument(
                text=text,
                media_type=media_type,
                url=url,
                reading=ocr.engine_record(languages, spans),
            )
        ]
    )
