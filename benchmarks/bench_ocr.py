"""OCR accuracy and speed on our own sentences rendered into page images (no real-world text).

Character error rate (Levenshtein / reference length, whitespace collapsed) per language, with
and without the language given, and pages per minute; plus the Arabic font/size study that set
ocr.RETRY_SCALES. Run: PYTHONPATH=. .venv/bin/python benchmarks/bench_ocr.py
"""

from __future__ import annotations

import time

from rapidfuzz.distance import Levenshtein

from harmledger.ingestion import ocr
from tests.ingestion import helpers
from tests.ingestion.helpers import OCR_SENTENCES, render_page


def _cer(got: str, want: str) -> float:
    return Levenshtein.distance(" ".join(got.split()), want) / len(want)


def main() -> None:
    reason = ocr.unavailable_reason()
    if reason:
        raise SystemExit(reason)
    every = ocr.languages_for(None)
    for mode in ("detected", "given"):
        pages, started = 0, time.perf_counter()
        for lang, sentence in OCR_SENTENCES.items():
            languages = ocr.languages_for(lang) if mode == "given" else every
            page = ocr.read_page(render_page(sentence, lang), languages)
            pages += 1
            print(f"{mode:8} {lang} CER {_cer(page.text, sentence):.3f} conf {page.confidence}")
        minutes = (time.perf_counter() - started) / 60
        print(f"{mode:8} {pages / minutes:.1f} pages/minute (1700x280 px pages)")
    fonts = {
        "noto-sans-arabic": "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        "noto-naskh-arabic": "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
        "dejavu-sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    }
    for name, path in fonts.items():
        helpers.FONTS["arabic"] = path
        for size in (28, 40, 48):
            for width in (1000, 1700):
                image = render_page(OCR_SENTENCES["ar"], "ar", width=width, size=size)
                page = ocr.read_image(image, ("ara",))
                cer = _cer(page.text, OCR_SENTENCES["ar"])
                print(f"ar {name} {size}px width {width}: CER {cer:.2f}")


if __name__ == "__main__":
    main()
