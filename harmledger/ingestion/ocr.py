"""OCR: text from page images (scans, photos of notices) with Tesseract through pytesseract.

OCR text is a working copy: the archived bytes stay the evidence, and the document records how
its text was read (engine, version, languages, mean word confidence, page spans) so a reader
can weigh it. Tesseract and its language data come from the system's packages; where they are
missing, :func:`unavailable_reason` says so and the item is archived unread, never lost.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from harmledger.errors import IngestError

if TYPE_CHECKING:
    from PIL.Image import Image

# the six languages' Tesseract data packs (tesseract-ocr-ara, -eng, -fra, -spa, -deu, -swe)
TESSERACT_CODES = {"ar": "ara", "en": "eng", "fr": "fra", "es": "spa", "de": "deu", "sv": "swe"}
PAGE_TIMEOUT_SECONDS = 180  # one page; a pathological image must not hold the batch
# Debian's (fast) models drop whole lines of large glyphs, Arabic most (our rendered Naskh at
# a 40 px em: character error 1.0 at full size, 0.0 at 2/3); a page whose read words leave
# ink outside them, whose lines come out in shreds, or whose words are unsure is read again
# smaller, and the reading with the best coverage x wholeness x confidence kept.
RETRY_SCALES = (1.0, 2 / 3, 1 / 2, 1 / 3)
ENOUGH_COVERAGE = 0.8
ENOUGH_CONFIDENCE = 80.0
MAX_PIXELS = 60_000_000  # ~ an A3 page at 600 dpi; more is a decompression bomb, not a scan


@dataclass(frozen=True)
class PageText:
    """The text Tesseract read on one page, its mean word confidence (0-100), the models used."""

    text: str
    confidence: float | None
    words: int
    models: str = ""


@functools.cache
def _engine() -> tuple[str, tuple[str, ...]] | str:
    """(version, installed language codes), or the reason OCR cannot run on this machine."""
    try:
        import pytesseract
    except ImportError:
        return "OCR unavailable: the pytesseract package is not installed"
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return "OCR unavailable: no tesseract program (install Debian's tesseract-ocr packages)"
    try:
        version = str(pytesseract.get_tesseract_version())
        installed = tuple(code for code in pytesseract.get_languages() if code != "osd")
    except (pytesseract.TesseractError, OSError, RuntimeError) as error:
        return f"OCR unavailable: tesseract does not run ({error})"
    if not set(installed) & set(TESSERACT_CODES.values()):
        return "OCR unavailable: tesseract has none of the six languages' data installed"
    return version, installed


def unavailable_reason() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    engine = _engine()
    return engine if isinstance(engine, str) else None


def languages_for(lang_hint: str | None) -> tuple[str, ...]:
    """Tesseract codes to read with: the user's language if given, else every installed one
    of the six (then :func:`read_page` finds the page's language first)."""
    engine = _engine()
    if isinstance(engine, str):
        raise IngestError(engine)
    installed = engine[1]
    if lang_hint and TESSERACT_CODES.get(lang_hint) in installed:
        return (TESSERACT_CODES[lang_hint],)
    return tuple(code for code in TESSERACT_CODES.values() if code in installed)


def read_page(image: Image, languages: Sequence[str]) -> PageText:
    """OCR a page in the right language.

    Reading with all six models at once is slow and loses diacritics (English's model wins
    Latin-script words: 'dödades' comes out 'dódades'). So with no language given, a first
    pass with English and Arabic (one model per script) gives enough text to detect the
    language, and a second pass reads with that language alone (mixed models also misread
    Arabic words as digits). Measured on our rendered sentences: character error 0-5.6% with
    all six models -> 0% in all six languages, in about half the time.
    """
    return _reflowed(_read_in_its_language(image, languages))


def _read_in_its_language(image: Image, languages: Sequence[str]) -> PageText:
    if len(languages) == 1:
        return read_image(image, languages)
    scripts = tuple(code for code in ("eng", "ara") if code in languages) or tuple(languages)
    first = read_image(image, scripts)
    if not first.text:
        return first
    from harmledger.language import detect_language

    wanted = tuple(lang for lang, code in TESSERACT_CODES.items() if code in languages)
    lang, _confidence = detect_language(first.text, wanted)
    code = TESSERACT_CODES.get(lang)
    if code is None or scripts == (code,):  # undetermined, or already read with its model alone
        return first
    return read_image(image, (code,))


def _reflowed(page: PageText) -> PageText:
    return PageText(reflow(page.text), page.confidence, page.words, page.models)


_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|[-•*·–])\s")
_SHORT_LINE = 0.5  # of the block's longest line: a line ending this early ends its paragraph
LAYOUT = "reflow-2"  # how page text is laid out (in caches keyed on readings)


def reflow(text: str) -> str:
    """Tesseract's lines joined back into paragraphs, as the page's writer wrote them.

    A page wraps a sentence across lines; read line by line, "7 civilians were" and "killed"
    fall apart. Lines of one block are joined with a space (a word hyphenated at the line end
    is joined whole when the next line goes on in lower case), except where a line ends early
    (a heading, a paragraph's last line) or the next line starts a list item (``1.``, ``-``):
    a list of names stays one name per line. Blank lines stay paragraph breaks, unless the text
    before one stops mid-sentence and the text after goes on in lower case.
    """
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        longest = max(len(line) for line in lines)
        out = lines[0]
        for previous, line in itertools.pairwise(lines):
            ends_early = len(previous) < _SHORT_LINE * longest
            if ends_early or _LIST_MARKER.match(line):
                out += "\n" + line
            elif previous.endswith("-") and line[:1].islower() and previous[-2:-1].isalpha():
                out = out[:-1] + line
            else:
                out += " " + line
        if blocks and _runs_on(blocks[-1], out):
            blocks[-1] += " " + out  # Tesseract set a paragraph's last line apart
        else:
            blocks.append(out)
    return "\n\n".join(blocks)


_SENTENCE_END = tuple('.!?:;…"”’»)]؟۔')


def _runs_on(block: str, following: str) -> bool:
    """The block stops mid-sentence and the next goes on in lower case: one paragraph."""
    return not block.rstrip().endswith(_SENTENCE_END) and following[:1].islower()


def engine_record(languages: Sequence[str], pages: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The ``documents.reading`` entry: what read the text and how sure it was.

    ``languages`` are the models the reader could use; each page names the one(s) it used.
    """
    import pytesseract

    engine = _engine()
    version = engine if isinstance(engine, str) else engine[0]
    weighted = [(p["confidence"], p["words"]) for p in pages if p["confidence"] is not None]
    words = sum(w for _c, w in weighted)
    mean = round(sum(c * w for c, w in weighted) / words, 1) if words else None
    return {
        "method": "ocr",
        "engine": "tesseract",
        "engine_version": version,
        "binding": f"pytesseract {pytesseract.__version__}",
        "languages": list(languages),
        "mean_confidence": mean,
        "pages": list(pages),
    }


def read_image(image: Image, languages: Sequence[str]) -> PageText:
    """OCR one page image; a blank page is skipped without running Tesseract."""
    if image.width * image.height > MAX_PIXELS:
        raise IngestError(
            f"image too large to OCR: {image.width}x{image.height} pixels (limit {MAX_PIXELS:,})"
        )
    gray = image.convert("L")
    low, high = gray.getextrema()
    if float(high) - float(low) < 32:  # type: ignore[arg-type]  # uniform: no ink to read
        return PageText("", None, 0, "")
    import numpy as np

    ink = np.asarray(gray) < 128
    best: tuple[float, PageText] | None = None
    for scale in RETRY_SCALES:
        size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
        page, boxes = _tesseract(gray if scale == 1 else gray.resize(size), languages)
        covered = _coverage(ink, [tuple(v / scale for v in box) for box in boxes])
        whole = 1.0 - _fragment_share(page.text)
        confidence = page.confidence or 0.0
        score = covered * whole * confidence
        if best is None or score > best[0]:
            best = (score, page)
        if covered >= ENOUGH_COVERAGE and whole == 1.0 and confidence >= ENOUGH_CONFIDENCE:
            break
    return best[1] if best else PageText("", None, 0, "")


def _coverage(ink: Any, boxes: Sequence[tuple[float, ...]]) -> float:
    """Share of the page's ink inside some word Tesseract read: low when it dropped words or
    whole lines."""
    import numpy as np

    total = int(ink.sum())
    if not total:
        return 1.0
    inside = np.zeros_like(ink)
    for left, top, right, bottom in boxes:
        inside[max(0, int(top) - 2) : int(bottom) + 3, max(0, int(left) - 2) : int(right) + 3] = (
            True
        )
    return int((ink & inside).sum()) / total


def _fragment_share(text: str) -> float:
    """Share of lines of one or two characters: one line of script split into shreds."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if len(line) <= 2) / len(lines) if lines else 0.0


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _tesseract(gray: Image, languages: Sequence[str]) -> tuple[PageText, list[Box]]:
    """One Tesseract run: the page's text and the box of each word read."""
    import pytesseract

    try:
        text, tsv = pytesseract.run_and_get_multiple_output(
            gray, extensions=["txt", "tsv"], lang="+".join(languages), timeout=PAGE_TIMEOUT_SECONDS
        )
    except RuntimeError as error:  # pytesseract's timeout
        raise IngestError(f"OCR timed out after {PAGE_TIMEOUT_SECONDS} s on one page") from error
    except pytesseract.TesseractError as error:
        raise IngestError(f"OCR failed: {error.message.strip()[:200]}") from error
    words = _words(tsv)
    confidences = [confidence for confidence, _box in words]
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    page = PageText(_tidy(text), mean, len(confidences), "+".join(languages))
    return page, [box for _confidence, box in words]


def _words(tsv: str) -> list[tuple[float, tuple[float, float, float, float]]]:
    """(confidence, (left, top, right, bottom)) of each word in Tesseract's TSV."""
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    found = []
    for row in rows:
        try:
            confidence = float(row.get("conf") or -1)
            left, top = float(row.get("left") or 0), float(row.get("top") or 0)
            right = left + float(row.get("width") or 0)
            bottom = top + float(row.get("height") or 0)
        except ValueError:
            continue
        if confidence >= 0 and (row.get("text") or "").strip():
            found.append((confidence, (left, top, right, bottom)))
    return found


def _tidy(text: str) -> str:
    """Tesseract's lines, with its form feed and runs of blank lines removed."""
    lines = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
