"""The OCR variant of `eval extraction`: the same labelled texts, rendered and read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harmledger.evaluation.extraction import evaluate_extraction
from harmledger.evaluation.rendered import read_back, render_pages, unavailable_reason

needs_ocr = pytest.mark.skipif(
    unavailable_reason() is not None,
    reason=f"{unavailable_reason()} (.ci/run installs tesseract-ocr, its data and the fonts)",
)

# our own sentences, labelled as the evaluation sets are
DOCS = [
    {
        "id": "en-1",
        "lang": "en",
        "text": "Rescue workers said that at least nine civilians were killed when the bakery "
        "in the northern quarter was struck on Monday evening, and fourteen were injured.",
        "claims": [
            {
                "measure": "killed",
                "who": "civilians",
                "low": 9,
                "high": None,
                "quote": "at least nine civilians were killed",
            },
            {
                "measure": "injured",
                "who": "people",
                "low": 14,
                "high": 14,
                "quote": "fourteen were injured",
            },
        ],
    },
    {
        "id": "ar-1",
        "lang": "ar",
        "text": "قال الدفاع المدني إن خمسة مدنيين قتلوا يوم الاثنين في قصف استهدف المخبز في الحي الشمالي.",
        "claims": [
            {
                "measure": "killed",
                "who": "civilians",
                "low": 5,
                "high": 5,
                "quote": "خمسة مدنيين قتلوا",
            },
        ],
    },
]


def test_a_long_text_is_rendered_on_several_pages_in_its_script() -> None:
    pages = render_pages(" ".join(["Seven civilians were killed in the raid."] * 300), "en")
    assert len(pages) > 1 and all(page.width == 1700 for page in pages)
    (arabic,) = render_pages(str(DOCS[1]["text"]), "ar")
    inked = [x for y in (130, 150) for x in range(arabic.width) if arabic.getpixel((x, y)) < 128]
    assert inked and max(inked) > arabic.width - 150  # right-to-left: set against the right


@needs_ocr
def test_the_ocr_variant_reports_each_set_beside_its_text_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARMLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "eval"
    root.mkdir()
    (root / "multilingual_dev.jsonl").write_text(
        json.dumps(DOCS[0], ensure_ascii=False), encoding="utf-8"
    )

    results = evaluate_extraction(root, sets=["multilingual_dev"], via_ocr=True)

    text, ocr = results["sets"]["multilingual_dev"], results["sets"]["multilingual_dev (ocr)"]
    assert text["all"]["f1"] == 1.0
    assert ocr["all"]["gold"] == 2 and ocr["all"]["f1"] == 1.0  # a clean page reads back whole
    assert len(list((tmp_path / "cache" / "ocr-eval").glob("*.txt"))) == 1
    assert read_back(DOCS[0]["text"], "en") == DOCS[0]["text"]  # now from the cache
