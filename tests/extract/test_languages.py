"""Casualty claims in all six languages, from sentences we wrote (see ``cases.py``)."""

from __future__ import annotations

import pytest

from harmledger.extract import CASUALTY_MEASURES, extract_claims
from tests.extract.cases import CASES, NO_CASUALTY


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_casualty_claims(lang: str, text: str, expected: list[tuple]) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [(c.measure, c.who, c.low, c.high, c.qualifier) for c in claims] == expected


@pytest.mark.parametrize(
    ("lang", "text"), NO_CASUALTY, ids=[f"{c[0]}-{i}" for i, c in enumerate(NO_CASUALTY)]
)
def test_distractors_are_not_casualty_claims(lang: str, text: str) -> None:
    assert [c.quote for c in extract_claims(text, lang) if c.is_casualty] == []


@pytest.mark.parametrize(("lang", "text"), [(c[0], c[1]) for c in CASES] + NO_CASUALTY)
def test_spans_are_exact_and_fields_valid(lang: str, text: str) -> None:
    for claim in extract_claims(text, lang):
        assert text[claim.start : claim.end] == claim.quote
        assert claim.lang == lang
        assert 0.0 <= claim.confidence <= 1.0
        if claim.kind == "casualty":
            assert claim.measure in CASUALTY_MEASURES
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high


def test_language_is_detected_when_not_given() -> None:
    claims = extract_claims(
        "Mindestens 21 Zivilisten wurden bei dem Angriff getötet, sagten Ärzte."
    )
    assert [(c.lang, c.measure, c.low) for c in claims if c.is_casualty] == [("de", "killed", 21)]


def test_unsupported_explicit_language_is_an_error() -> None:
    from harmledger.errors import ConfigError

    with pytest.raises(ConfigError, match="no extraction pack"):
        extract_claims("15 people", "xx")


def test_empty_text_has_no_claims() -> None:
    assert extract_claims("   ", "en") == []


def test_claims_serialise_with_exactly_the_interface_fields() -> None:
    claim = extract_claims("At least 3 children were killed.", "en")[0]
    assert list(claim.model_dump(mode="json")) == [
        "kind", "measure", "who", "who_text", "low", "high", "qualifier", "start", "end", "quote",
        "speaker", "attribution_chain", "perpetrator", "weapon", "place", "place_name", "latitude",
        "longitude", "place_confidence", "period_start", "period_end", "confidence", "negated",
        "lang",
    ]  # fmt: skip
