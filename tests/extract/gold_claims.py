"""Checks shared by the labelled-sentence tests: a text's casualty claims are exactly the
labelled ones on (measure, low, high), with `who` where the label gives one; a labelled row
is a pytest case, a strict xfail where the gaps name it."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from harmledger.extract import extract_claims

Gold = list[tuple[str, int | None, int | None, str | None]]


def assert_claims_are_gold(text: str, lang: str, gold: Gold) -> None:
    """The claims on (measure, low, high) must be exactly the labelled ones, `who` where given."""
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    found = Counter((c.measure, c.low, c.high) for c in claims)
    assert found == Counter((m, lo, hi) for m, lo, hi, _ in gold)
    for m, lo, hi, who in gold:
        if who is not None:
            whos = {c.who for c in claims if (c.measure, c.low, c.high) == (m, lo, hi)}
            assert who in whos, (m, lo, hi, whos)


def gold_cases(rows: list[tuple[Any, ...]], gaps: dict[str, str]) -> list[Any]:
    """One case per row ``(name, *values)``, named by it; a strict xfail where ``gaps`` holds
    the name, with its reason."""
    out = []
    for name, *values in rows:
        reason = gaps.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(*values, id=name, marks=marks))
    return out
