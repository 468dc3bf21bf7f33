"""What the paragraph tests of numbers that count no casualty share (dist10, dist12, dist13):
each case is (language, paragraph, every casualty claim expected as (measure, low, high)), a
case the extractor does not read so yet is a strict xfail with its reason, and a paragraph
passes when its casualty claims are exactly the expected ones, no more, no fewer."""

from __future__ import annotations

from collections import Counter

import pytest

from harmledger.extract import extract_claims

Expected = tuple[str, int | None, int | None]


def params(cases: list[tuple[str, str, list[Expected]]], gaps: dict[str, str]) -> list[object]:
    """The cases as pytest params, ids of language and paragraph opening, gaps marked."""
    out = []
    for lang, text, expected in cases:
        marks = [pytest.mark.xfail(strict=True, reason=gaps[text])] if text in gaps else []
        out.append(pytest.param(lang, text, expected, marks=marks, id=f"{lang}-{text[:40]}"))
    return out


def casualty_claims(text: str, lang: str) -> Counter[Expected]:
    """The paragraph's casualty claims as (measure, low, high), counted."""
    return Counter((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)
