"""Circumstances found by position, not by scanning: a paragraph reads the same alone and as the
hundredth paragraph of a long document (speaker, perpetrator, weapon, place, period), and the
bisected nearest-item lookup agrees with the plain definition. Sentences are our own."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.context import nearest
from harmledger.extract.language_pack import load_pack
from harmledger.extract.text import tokenize

PARAGRAPHS = {
    "en": "On Monday an airstrike by coalition jets killed {n} civilians in Mosul, according to "
    "local officials. Witnesses said {m} people were injured.",
    "fr": "Lundi, une frappe aérienne de la coalition a tué {n} civils à Mossoul, selon des "
    "sources locales. {m} personnes ont été blessées, selon des témoins.",
    "es": "El lunes, un bombardeo de la coalición mató a {n} civiles en Mosul, según fuentes "
    "locales. {m} personas resultaron heridas, dijeron testigos.",
    "de": "Am Montag wurden bei einem Luftangriff der Koalition in Mossul {n} Zivilisten getötet, "
    "teilten örtliche Behörden mit. {m} Menschen wurden verletzt, sagten Augenzeugen.",
    "sv": "I måndags dödades {n} civila i ett flyganfall av koalitionen i Mosul, enligt lokala "
    "källor. {m} människor skadades, uppger vittnen.",
    "ar": "قتل {n} مدنيا في غارة جوية للتحالف الدولي على الموصل يوم الاثنين، بحسب مصادر محلية. "
    "وأصيب {m} آخرون، حسب شهود عيان.",
}
PUBLISHED = dt.date(2017, 6, 14)
_FIELDS = ("measure", "low", "high", "speaker", "perpetrator", "weapon", "place", "period_start")


def _reading(text: str, lang: str, shift: int = 0) -> list[tuple[object, ...]]:
    return [
        (c.start - shift, *(getattr(c, f) for f in _FIELDS))
        for c in extract_claims(text, lang, PUBLISHED)
    ]


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_paragraph_reads_the_same_deep_in_a_long_document(lang: str) -> None:
    paragraphs = [PARAGRAPHS[lang].format(n=11 + 2 * t, m=12 + 2 * t) for t in range(120)]
    text = "\n\n".join(paragraphs)
    whole = _reading(text, lang)
    offset, expected = 0, []
    for paragraph in paragraphs:
        alone = _reading(paragraph, lang)
        assert len(alone) == 2
        expected += [(start + offset, *rest) for start, *rest in alone]
        offset += len(paragraph) + 2
    assert whole == expected


def _nearest_by_definition(
    sentence: list[int], items: list[tuple[int, object]], position: int
) -> object | None:
    same = [t for t, (k, _) in enumerate(items) if sentence[k] == sentence[position]]
    if same:
        return items[min(same, key=lambda t: abs(items[t][0] - position))][1]
    before = [value for k, value in items if k < position]
    return before[-1] if before else None


def test_the_bisected_nearest_item_agrees_with_its_definition() -> None:
    pack = load_pack("en")
    words = " ".join(
        f"Word{t} word{t}." if t % 3 == 0 else f"Word{t} word{t} word{t}" for t in range(60)
    )
    doc = tokenize(words, "en", pack.number_pattern)
    rng = random.Random(3)
    n = len(doc.words)
    for _ in range(200):
        # text order with repeated positions: several items may start at one word
        items = sorted(
            ((rng.randrange(n), rng.choice("abcd")) for _ in range(rng.randrange(1, 12))),
            key=lambda item: item[0],
        )
        for position in range(n):
            got = nearest(doc.sentence, items, [k for k, _ in items], position)
            assert got == _nearest_by_definition(doc.sentence, items, position)
