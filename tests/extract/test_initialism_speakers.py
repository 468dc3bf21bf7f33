"""A speaker whose name holds an initialism written with full stops ("U.N.", "U.S.") keeps it
whole: the full stop after each letter is no break between words of the name, before a cue or
after one ("the U.N. said", "U.S. officials said", "the head of U.S. Central Command said").
Sentences our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("Twelve civilians were killed in the strike, the U.N. said.", "U.N"),
    ("At least 30 people died, U.S. officials said.", "U.S. officials"),
    (
        "The head of U.S. Central Command said 13 soldiers were killed.",
        "head of U.S. Central Command",
    ),
    # after a cue the name ends at the initialism, as "according to the UN mission" reads "UN"
    ("According to the U.N. mission, 40 people died.", "U.N"),
    (
        "Twelve civilians were killed in the strike, the U.N. refugee agency said.",
        "U.N. refugee agency",
    ),
    ("Nine villagers were wounded, said the U.N. envoy.", "U.N"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_speaker_keeps_its_initialism(text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]
