"""Classes of reading that decide an incident's civilians-killed figures in long monitor
narratives (the kind Airwars writes): sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract.claim import Claim
from harmledger.extract.engine import extract_claims


def _casualties(text: str, lang: str = "en") -> list[Claim]:
    return [c for c in extract_claims(text, lang) if c.is_casualty]


def _read(text: str, lang: str = "en") -> list[tuple[str, str | None, int | None, int | None]]:
    return [(c.measure, c.who, c.low, c.high) for c in _casualties(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, May 3rd 2024, the family, including up to nine children, were killed.",
        "In 2024, the family, including up to nine children, were killed in a strike.",
    ],
)
def test_a_date_before_a_subset_is_not_the_figure_it_belongs_to(text: str) -> None:
    # "20 gunshot wounds, including six in the back" counts nobody; a date is no such figure
    assert ("killed", "children", None, 9) in _read(text)
