"""One test per claim of a labelled report, for the speaker-report test files.

A report is (lang, text, expected), each expected claim (measure, low, speaker): speaker is the
labelled source, alternatives joined by "|", and ``None`` (or an alternative "None") for no
speaker. A claim whose id is in ``gaps`` is a strict xfail with that reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from harmledger.evaluation.matching import same_speaker
from harmledger.extract import extract_claims

Report = tuple[str, str, list[tuple[str, int | None, str | None]]]


def speaker_cases(reports: list[Report], gaps: dict[str, str]) -> list[Any]:
    """One pytest param per claim of a report, named so a failure names the claim."""
    out = []
    for number, (lang, text, expected) in enumerate(reports):
        for measure, low, speaker in expected:
            name = f"{number}-{lang}-{measure}-{low}"
            marks = [pytest.mark.xfail(strict=True, reason=gaps[name])] if name in gaps else []
            out.append(pytest.param(lang, text, measure, low, speaker, id=name, marks=marks))
    return out


def assert_speaker(
    lang: str, text: str, measure: str, low: int | None, speaker: str | None
) -> None:
    """The claim of ``measure`` and ``low`` is found and its speaker is one of the labelled."""
    claims = [
        c
        for c in extract_claims(text, lang)
        if c.is_casualty and c.measure == measure and c.low == low
    ]
    assert claims, f"no {measure} claim of {low}"
    have = claims[0].speaker
    ok = any(
        have is None if s == "None" else same_speaker(have, s) for s in str(speaker).split("|")
    )
    assert ok, (speaker, have)
