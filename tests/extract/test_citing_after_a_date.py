"""A day named before "citing" is no source: "an aid worker said on Tuesday, citing witnesses"
has the aid worker pass on what the witnesses said; a name before "citing" is one."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "chain"),
    [
        (
            "en",
            "The strike killed 17 people, an aid worker said on Tuesday, citing witnesses.",
            ["aid worker", "witnesses"],
        ),
        (
            "en",
            "Nine civilians died in the shelling, the mayor said on Friday, citing local doctors.",
            ["mayor", "local doctors"],
        ),
        (
            "de",
            "Der Angriff tötete 17 Menschen, sagte ein Helfer am Dienstag, unter Berufung auf Zeugen.",
            ["Helfer", "Zeugen"],
        ),
        # a name right before "citing" is the one who passes the words on
        (
            "en",
            "The strike killed 17 people, said Sam Example, citing witnesses.",
            ["Sam Example", "witnesses"],
        ),
    ],
)
def test_a_day_before_citing_is_no_source(lang: str, text: str, chain: list[str]) -> None:
    claims = extract_claims(text, lang)
    assert claims, text
    assert claims[0].attribution_chain == chain
