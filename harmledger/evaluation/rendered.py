"""Labelled texts as scans: rendered to page images and read back by OCR.

The OCR variant of ``eval extraction`` asks how much of the extractor's accuracy survives a
scanned statement or a photographed notice: each labelled text is drawn onto white pages
(DejaVu Sans for Latin script, Noto Sans Arabic shaped right-to-left through libraqm, at about
200 dpi), read back with Tesseract in the document's language, and the OCR text is scored
against the same gold claims. It measures reading and extraction together, not the fonts of
real scans: a clean render is the best case.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from harmledger.errors import ConfigError
from harmledger.gazetteer import cache_dir

if TYPE_CHECKING:
    from PIL.Image import Image

FONTS = {
    "latin": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # fonts-dejavu-core
    "arabic": Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),  # fonts-noto-core
}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ku"})
PAGE_WIDTH = 1700
FONT_SIZE = 40
LINES_PER_PAGE = 40
RENDERER = f"pillow-{PAGE_WIDTH}px-{FONT_SIZE}px-{LINES_PER_PAGE}lines"  # in the cache key


def unavailable_reason() -> str | None:
    """Why texts cannot be rendered and read back here, or None when they can."""
    from PIL import features

    from harmledger.ingestion import ocr

    missing = [str(path) for path in FONTS.values() if not path.is_file()]
    if missing:
        return f"fonts missing: {', '.join(missing)} (Debian's fonts-dejavu-core, fonts-noto-core)"
    if not features.check("raqm"):
        return "Pillow has no libraqm: Arabic cannot be shaped (Debian's libraqm0/libfribidi0)"
    return ocr.unavailable_reason()


def render_pages(text: str, lang: str) -> list[Image]:
    """``text`` in black on white pages, wrapped to the page, paragraphs kept."""
    from PIL import Image, ImageDraw, ImageFont

    rtl = lang in RIGHT_TO_LEFT
    font = ImageFont.truetype(str(FONTS["arabic" if rtl else "latin"]), FONT_SIZE)
    lines = [line for paragraph in text.splitlines() for line in _wrap(paragraph, font) or [""]]
    pages = []
    for start in range(0, max(len(lines), 1), LINES_PER_PAGE):
        chunk = lines[start : start + LINES_PER_PAGE]
        page = Image.new("L", (PAGE_WIDTH, 200 + len(chunk) * FONT_SIZE * 2), 255)
        draw = ImageDraw.Draw(page)
        for number, line in enumerate(chunk):
            y = 100 + number * FONT_SIZE * 2
            if rtl:
                draw.text(
                    (PAGE_WIDTH - 100, y), line, font=font, fill=0, anchor="ra", direction="rtl"
                )
            else:
                draw.text((100, y), line, font=font, fill=0)
        pages.append(page)
    return pages


def _wrap(paragraph: str, font: object) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) > PAGE_WIDTH - 200 and line:  # type: ignore[attr-defined]
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def read_back(text: str, lang: str) -> str:
    """The text as OCR reads it from its rendered pages (in ``lang``'s model).

    Readings are cached by text, language, renderer and Tesseract version: a second run of the
    evaluation re-reads nothing (``$HARMLEDGER_CACHE_DIR/ocr-eval``)."""
    from harmledger.ingestion import ocr

    reason = unavailable_reason()
    if reason:
        raise ConfigError(f"the OCR variant cannot run here: {reason}")
    languages = ocr.languages_for(lang)
    key = hashlib.sha256(
        "\x00".join(
            [
                RENDERER,
                ocr.LAYOUT,
                str(ocr.engine_record(languages, [])["engine_version"]),
                lang,
                text,
            ]
        ).encode("utf-8")
    ).hexdigest()
    cached = cache_dir() / "ocr-eval" / f"{key}.txt"
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    reading = "\n\n".join(
        page.text for page in (ocr.read_page(p, languages) for p in render_pages(text, lang))
    )
    cached.parent.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(".tmp")
    temporary.write_text(reading, encoding="utf-8")
    temporary.replace(cached)
    return reading
