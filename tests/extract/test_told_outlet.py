"""German: an article of the dative before a news agency or a medium's noun, right after the
speaker of a cue, opens whom the speaker told ("sagte die Polizei der AFP": the police told
AFP); the speaker ends before it. A genitive name ("Ministerium der Verteidigung", "Sprecher
der Polizei") keeps its words. Sentences our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("Zwei Menschen wurden getötet, sagte die Polizei der AFP.", "Polizei"),
    ("Drei Menschen starben, bestätigte ein Sprecher der Nachrichtenagentur dpa.", "Sprecher"),
    ("Fünf Menschen starben, sagte der Bürgermeister dem Sender NTV.", "Bürgermeister"),
    ("Sieben Menschen wurden verletzt, sagte ein Arzt der Zeitung.", "Arzt"),
    ("Drei Menschen starben, sagte ein Sprecher der Polizei.", "Sprecher der Polizei"),
    (
        "Vier Soldaten wurden getötet, teilte das Ministerium der Verteidigung mit.",
        "Ministerium der Verteidigung",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_whom_the_speaker_told_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, "de") if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]
